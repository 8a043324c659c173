// The one opcode table. The compiler (stack depth), the VM (dispatch) and the
// disassembler all read it. Names follow CPython 3.11's `dis` where the
// meaning matches, so `pygil dis` reads like `python -m dis`.
//
// An instruction is one 32-bit word: opcode in bits 0-7, argument in 8-31.
// Jump arguments are absolute instruction indices.

/** How the disassembler explains an argument. */
export type OperandKind =
  | 'none' | 'count' | 'const' | 'name' | 'local' | 'free' | 'jump' | 'compare'
  | 'binop' | 'invert' | 'raw' | 'format' | 'method' | 'global';

export interface OpInfo {
  name: string;
  operand: OperandKind;
  /** Net stack effect when the instruction falls through. */
  effect: (arg: number) => number;
  /** Net stack effect when it jumps (jump instructions only). */
  jumpEffect?: (arg: number) => number;
}

/**
 * Opcode numbers as a const enum, so that TypeScript inlines them as literals:
 * the VM's `switch` then compiles to a jump table instead of a chain of
 * comparisons against module variables.
 */
export const enum Op {
  NOP = 0,
  POP_TOP = 1,
  PUSH_NULL = 2,
  COPY = 3,
  SWAP = 4,
  LOAD_CONST = 5,
  LOAD_FAST = 6,
  STORE_FAST = 7,
  DELETE_FAST = 8,
  LOAD_DEREF = 9,
  STORE_DEREF = 10,
  DELETE_DEREF = 11,
  LOAD_CLOSURE = 12,
  LOAD_CLASSDEREF = 13,
  LOAD_GLOBAL = 14,
  STORE_GLOBAL = 15,
  DELETE_GLOBAL = 16,
  LOAD_NAME = 17,
  STORE_NAME = 18,
  DELETE_NAME = 19,
  LOAD_ATTR = 20,
  STORE_ATTR = 21,
  DELETE_ATTR = 22,
  LOAD_METHOD = 23,
  BINARY_OP = 24,
  COMPARE_OP = 25,
  IS_OP = 26,
  CONTAINS_OP = 27,
  UNARY_NEGATIVE = 28,
  UNARY_POSITIVE = 29,
  UNARY_NOT = 30,
  UNARY_INVERT = 31,
  BINARY_SUBSCR = 32,
  STORE_SUBSCR = 33,
  DELETE_SUBSCR = 34,
  BUILD_SLICE = 35,
  BUILD_TUPLE = 36,
  BUILD_LIST = 37,
  BUILD_SET = 38,
  BUILD_MAP = 39,
  BUILD_STRING = 40,
  LIST_APPEND = 41,
  SET_ADD = 42,
  MAP_ADD = 43,
  LIST_EXTEND = 44,
  SET_UPDATE = 45,
  DICT_UPDATE = 46,
  DICT_MERGE = 47,
  LIST_TO_TUPLE = 48,
  FORMAT_VALUE = 49,
  UNPACK_SEQUENCE = 50,
  UNPACK_EX = 51,
  JUMP_FORWARD = 52,
  JUMP_BACKWARD = 53,
  POP_JUMP_IF_FALSE = 54,
  POP_JUMP_IF_TRUE = 55,
  POP_JUMP_IF_NONE = 56,
  POP_JUMP_IF_NOT_NONE = 57,
  JUMP_IF_FALSE_OR_POP = 58,
  JUMP_IF_TRUE_OR_POP = 59,
  GET_ITER = 60,
  FOR_ITER = 61,
  CALL = 62,
  KW_NAMES = 63,
  CALL_FUNCTION_EX = 64,
  MAKE_FUNCTION = 65,
  RETURN_VALUE = 66,
  YIELD_VALUE = 67,
  GET_YIELD_FROM_ITER = 68,
  SEND = 69,
  RETURN_GENERATOR = 70,
  GET_AWAITABLE = 71,
  RAISE_VARARGS = 72,
  RERAISE = 73,
  PUSH_EXC_INFO = 74,
  POP_EXCEPT = 75,
  CHECK_EXC_MATCH = 76,
  BEFORE_WITH = 77,
  WITH_EXCEPT_START = 78,
  IMPORT_NAME = 79,
  IMPORT_FROM = 80,
  IMPORT_STAR = 81,
  LOAD_BUILD_CLASS = 82,
  LOAD_ASSERTION_ERROR = 83,
  SETUP_ANNOTATIONS = 84,
  COPY_FREE_VARS = 85,
  MAKE_CELL = 86,
  GET_LEN = 87,
  JUMP_BACKWARD_NO_INTERRUPT = 88,
  GET_AITER = 89,
  GET_ANEXT = 90,
  BEFORE_ASYNC_WITH = 91,
  END_ASYNC_FOR = 92,
  ASYNC_GEN_WRAP = 93,
  RACE_ACCESS = 94,
  CHECK_EG_MATCH = 95,
  PREP_RERAISE_STAR = 96,
}

const table: OpInfo[] = [];
function op(name: string, operand: OperandKind, effect: (arg: number) => number, jumpEffect?: (arg: number) => number): number {
  table.push({ name, operand, effect, jumpEffect });
  return table.length - 1;
}
const k = (n: number) => () => n;

export const NOP = op('NOP', 'none', k(0));
export const POP_TOP = op('POP_TOP', 'none', k(-1));
export const PUSH_NULL = op('PUSH_NULL', 'none', k(1));
export const COPY = op('COPY', 'count', k(1));
export const SWAP = op('SWAP', 'count', k(0));
export const LOAD_CONST = op('LOAD_CONST', 'const', k(1));
export const LOAD_FAST = op('LOAD_FAST', 'local', k(1));
export const STORE_FAST = op('STORE_FAST', 'local', k(-1));
export const DELETE_FAST = op('DELETE_FAST', 'local', k(0));
export const LOAD_DEREF = op('LOAD_DEREF', 'free', k(1));
export const STORE_DEREF = op('STORE_DEREF', 'free', k(-1));
export const DELETE_DEREF = op('DELETE_DEREF', 'free', k(0));
export const LOAD_CLOSURE = op('LOAD_CLOSURE', 'free', k(1));
export const LOAD_CLASSDEREF = op('LOAD_CLASSDEREF', 'free', k(1));
export const LOAD_GLOBAL = op('LOAD_GLOBAL', 'global', k(1));
export const STORE_GLOBAL = op('STORE_GLOBAL', 'name', k(-1));
export const DELETE_GLOBAL = op('DELETE_GLOBAL', 'name', k(0));
export const LOAD_NAME = op('LOAD_NAME', 'name', k(1));
export const STORE_NAME = op('STORE_NAME', 'name', k(-1));
export const DELETE_NAME = op('DELETE_NAME', 'name', k(0));
export const LOAD_ATTR = op('LOAD_ATTR', 'name', k(0));
export const STORE_ATTR = op('STORE_ATTR', 'name', k(-2));
export const DELETE_ATTR = op('DELETE_ATTR', 'name', k(-1));
/** Pushes (method, self) or (callable, NULL): the call then needs no bound-method object. */
export const LOAD_METHOD = op('LOAD_METHOD', 'name', k(1));
export const BINARY_OP = op('BINARY_OP', 'binop', k(-1));
export const COMPARE_OP = op('COMPARE_OP', 'compare', k(-1));
export const IS_OP = op('IS_OP', 'invert', k(-1));
export const CONTAINS_OP = op('CONTAINS_OP', 'invert', k(-1));
export const UNARY_NEGATIVE = op('UNARY_NEGATIVE', 'none', k(0));
export const UNARY_POSITIVE = op('UNARY_POSITIVE', 'none', k(0));
export const UNARY_NOT = op('UNARY_NOT', 'none', k(0));
export const UNARY_INVERT = op('UNARY_INVERT', 'none', k(0));
export const BINARY_SUBSCR = op('BINARY_SUBSCR', 'none', k(-1));
export const STORE_SUBSCR = op('STORE_SUBSCR', 'none', k(-3));
export const DELETE_SUBSCR = op('DELETE_SUBSCR', 'none', k(-2));
export const BUILD_SLICE = op('BUILD_SLICE', 'count', (n) => 1 - n);
export const BUILD_TUPLE = op('BUILD_TUPLE', 'count', (n) => 1 - n);
export const BUILD_LIST = op('BUILD_LIST', 'count', (n) => 1 - n);
export const BUILD_SET = op('BUILD_SET', 'count', (n) => 1 - n);
export const BUILD_MAP = op('BUILD_MAP', 'count', (n) => 1 - 2 * n);
export const BUILD_STRING = op('BUILD_STRING', 'count', (n) => 1 - n);
export const LIST_APPEND = op('LIST_APPEND', 'count', k(-1));
export const SET_ADD = op('SET_ADD', 'count', k(-1));
export const MAP_ADD = op('MAP_ADD', 'count', k(-2));
export const LIST_EXTEND = op('LIST_EXTEND', 'count', k(-1));
export const SET_UPDATE = op('SET_UPDATE', 'count', k(-1));
export const DICT_UPDATE = op('DICT_UPDATE', 'count', k(-1));
export const DICT_MERGE = op('DICT_MERGE', 'count', k(-1));
export const LIST_TO_TUPLE = op('LIST_TO_TUPLE', 'none', k(0));
/** arg: bit 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 a format spec is on the stack. */
export const FORMAT_VALUE = op('FORMAT_VALUE', 'format', (a) => ((a & 4) !== 0 ? -1 : 0));
export const UNPACK_SEQUENCE = op('UNPACK_SEQUENCE', 'count', (n) => n - 1);
/** arg: count before the starred target | (count after << 8). */
export const UNPACK_EX = op('UNPACK_EX', 'raw', (a) => (a & 0xff) + (a >> 8));
export const JUMP_FORWARD = op('JUMP_FORWARD', 'jump', k(0), k(0));
export const JUMP_BACKWARD = op('JUMP_BACKWARD', 'jump', k(0), k(0));
export const POP_JUMP_IF_FALSE = op('POP_JUMP_IF_FALSE', 'jump', k(-1), k(-1));
export const POP_JUMP_IF_TRUE = op('POP_JUMP_IF_TRUE', 'jump', k(-1), k(-1));
export const POP_JUMP_IF_NONE = op('POP_JUMP_IF_NONE', 'jump', k(-1), k(-1));
export const POP_JUMP_IF_NOT_NONE = op('POP_JUMP_IF_NOT_NONE', 'jump', k(-1), k(-1));
export const JUMP_IF_FALSE_OR_POP = op('JUMP_IF_FALSE_OR_POP', 'jump', k(-1), k(0));
export const JUMP_IF_TRUE_OR_POP = op('JUMP_IF_TRUE_OR_POP', 'jump', k(-1), k(0));
export const GET_ITER = op('GET_ITER', 'none', k(0));
/** Pushes the next value, or pops the iterator and jumps when it is exhausted. */
export const FOR_ITER = op('FOR_ITER', 'jump', k(1), k(-1));
/** Stack: callable, self-or-NULL, args... -> result. */
export const CALL = op('CALL', 'count', (n) => -n - 1);
/** Like CALL; the last `const` holds the keyword names (a tuple) for the final arguments. */
export const KW_NAMES = op('KW_NAMES', 'const', k(0));
/** Stack: callable, NULL, args tuple[, kwargs dict] -> result. */
export const CALL_FUNCTION_EX = op('CALL_FUNCTION_EX', 'raw', (a) => ((a & 1) !== 0 ? -3 : -2));
/** arg flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations tuple, 8 closure tuple; code on top. */
export const MAKE_FUNCTION = op('MAKE_FUNCTION', 'raw', (a) => -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)));
export const RETURN_VALUE = op('RETURN_VALUE', 'none', k(-1));
export const YIELD_VALUE = op('YIELD_VALUE', 'none', k(0));
export const GET_YIELD_FROM_ITER = op('GET_YIELD_FROM_ITER', 'none', k(0));
/** Stack: receiver, value -> receiver, yielded (falls through) | result (jumps when the receiver returns). */
export const SEND = op('SEND', 'jump', k(0), k(-1));
export const RETURN_GENERATOR = op('RETURN_GENERATOR', 'none', k(0));
/** arg: 0 await, 1 after __aenter__, 2 after __aexit__ (for the error message). */
export const GET_AWAITABLE = op('GET_AWAITABLE', 'raw', k(0));
export const RAISE_VARARGS = op('RAISE_VARARGS', 'count', (n) => -n);
/** Re-raises the exception on top; arg 1: also restore f_lasti (unused by pygil). */
export const RERAISE = op('RERAISE', 'raw', k(-1));
/** exc -> previous-exc-info, exc (and makes exc the one being handled). */
export const PUSH_EXC_INFO = op('PUSH_EXC_INFO', 'none', k(1));
/** Pops the saved exception info and restores it. */
export const POP_EXCEPT = op('POP_EXCEPT', 'none', k(-1));
export const CHECK_EXC_MATCH = op('CHECK_EXC_MATCH', 'none', k(0));
/** mgr -> __exit__, result of __enter__. */
export const BEFORE_WITH = op('BEFORE_WITH', 'none', k(1));
/** exit, lasti?, prev_exc, exc -> ..., exit(type, exc, tb). */
export const WITH_EXCEPT_START = op('WITH_EXCEPT_START', 'none', k(1));
export const IMPORT_NAME = op('IMPORT_NAME', 'name', k(-1));
export const IMPORT_FROM = op('IMPORT_FROM', 'name', k(1));
export const IMPORT_STAR = op('IMPORT_STAR', 'none', k(-1));
export const LOAD_BUILD_CLASS = op('LOAD_BUILD_CLASS', 'none', k(1));
export const LOAD_ASSERTION_ERROR = op('LOAD_ASSERTION_ERROR', 'none', k(1));
export const SETUP_ANNOTATIONS = op('SETUP_ANNOTATIONS', 'none', k(0));
/** Copies free-variable cells from the function's closure into the frame (first instruction). */
export const COPY_FREE_VARS = op('COPY_FREE_VARS', 'count', k(0));
/** Wraps the local at `arg` in a new cell. */
export const MAKE_CELL = op('MAKE_CELL', 'free', k(0));
export const GET_LEN = op('GET_LEN', 'none', k(1));
/** The backward jump closing a yield from / await loop: never an eval-breaker check. */
export const JUMP_BACKWARD_NO_INTERRUPT = op('JUMP_BACKWARD_NO_INTERRUPT', 'jump', k(0), k(0));
/** aiterable -> aiter(aiterable). */
export const GET_AITER = op('GET_AITER', 'none', k(0));
/** aiter -> aiter, awaitable of its __anext__(). */
export const GET_ANEXT = op('GET_ANEXT', 'none', k(1));
/** mgr -> __aexit__, awaitable of __aenter__(). */
export const BEFORE_ASYNC_WITH = op('BEFORE_ASYNC_WITH', 'none', k(1));
/** Handler of async for: aiter, exc -> (nothing) when exc is StopAsyncIteration, else re-raises. */
export const END_ASYNC_FOR = op('END_ASYNC_FOR', 'none', k(-2));
/** Marks a value yielded by an async generator (as opposed to one passed through by an await). */
export const ASYNC_GEN_WRAP = op('ASYNC_GEN_WRAP', 'none', k(0));
// pygil's own: compiled only with --race, before each access of a global,
// attribute or item, for the race detector (src/tools/race.ts).
export const RACE_ACCESS = op('RACE_ACCESS', 'none', k(0));
/** except*: exc, type -> rest, match (None, and exc left as it was, when nothing matches). */
export const CHECK_EG_MATCH = op('CHECK_EG_MATCH', 'none', k(0));
/** except*: orig, list of what the clauses raised and the unmatched rest -> what to raise, or None. */
export const PREP_RERAISE_STAR = op('PREP_RERAISE_STAR', 'none', k(-1));

export const OPCODES: readonly OpInfo[] = table;

export function isJump(opcode: number): boolean {
  return OPCODES[opcode].operand === 'jump';
}

/** True for instructions after which control never falls through. */
export function isTerminal(opcode: number): boolean {
  return opcode === RETURN_VALUE || opcode === RAISE_VARARGS || opcode === RERAISE ||
    opcode === JUMP_FORWARD || opcode === JUMP_BACKWARD || opcode === JUMP_BACKWARD_NO_INTERRUPT;
}

export const COMPARE_NAMES = ['<', '<=', '==', '!=', '>', '>='];
export const BINOP_NAMES = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^='];
