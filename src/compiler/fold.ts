// Constant folding, as CPython 3.11's AST optimizer does it before the
// compiler sees the tree: an operator on constants becomes the constant it
// makes (`-1`, `2**10`, `'ab' * 2`, `not 1`, `'abc'[1]`, `(1, 2)`), so
// `pygil dis` shows CPython's instructions and a program runs as many of
// them as CPython's does. Like CPython, it leaves alone what would raise
// (`1/0` still fails when it runs) and what would make a big constant (an
// int over 128 bits, a str over 4096 characters, a tuple over 256 items).

import type * as A from '../../grammar/ast.js';
import { SyntaxErrorAt } from './symtable.js';
import { PyFloat } from '../runtime/object.js';
import { Ellipsis } from '../runtime/singletons.js';
import { norm } from '../runtime/int-math.js';
import { PyTuple } from '../runtime/tuple.js';
import { makeSet, frozensetType, PySet } from '../runtime/dict.js';
import { PyBytes } from '../runtime/bytes.js';
import { arith } from '../runtime/arith.js';
import * as ops from '../runtime/ops.js';

/** BINARY_OP's argument for each operator (CPython's NB_* order). */
export const BINOP_INDEX: Record<A.OperatorKind, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10,
  Div: 11, BitXor: 12,
};

// CPython's limits on what folding may make (ast_opt.c).
const MAX_INT_BITS = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** Folded values by node: a long chain `a + b + c …` would otherwise be folded again at every level. */
const folded = new WeakMap<A.Expr, unknown>();
const NOT_CONSTANT = Symbol('not constant');

/** The constant `e` folds to, or undefined when it is not one. */
export function foldedConstant(e: A.Expr): unknown {
  let v = folded.get(e);
  if (v === undefined) {
    v = fold(e);
    if (v === undefined) v = NOT_CONSTANT; // (None is null: a value)
    folded.set(e, v);
  }
  return v === NOT_CONSTANT ? undefined : v;
}

function fold(e: A.Expr): unknown {
  switch (e.kind) {
    case 'Constant':
      if (typeof e.value === 'object' && e.value !== null && 'imag' in e.value) return undefined;
      return constValue(e.value, e);
    case 'Tuple': {
      if (e.ctx !== 'Load') return undefined;
      const items = constantValues(e.elts);
      return items === null ? undefined : new PyTuple(items);
    }
    case 'UnaryOp': {
      const v = foldedConstant(e.operand);
      if (v === undefined) return undefined;
      return attempt(() => {
        switch (e.op) {
          case 'USub': return ops.unaryNegative(v);
          case 'UAdd': return ops.unaryPositive(v);
          case 'Invert': return ops.unaryInvert(v);
          default: return !ops.truthy(v);
        }
      });
    }
    case 'BinOp': {
      const a = foldedConstant(e.left);
      if (a === undefined) return undefined;
      const b = foldedConstant(e.right);
      if (b === undefined || !withinLimits(e.op, a, b)) return undefined;
      return attempt(() => arith(a, b, BINOP_INDEX[e.op]));
    }
    case 'Subscript': {
      if (e.ctx !== 'Load' || e.slice.kind === 'Slice') return undefined;
      const v = foldedConstant(e.value);
      if (v === undefined) return undefined;
      const i = foldedConstant(e.slice);
      return i === undefined ? undefined : attempt(() => ops.getItem(v, i));
    }
  }
  return undefined;
}

/** `make()`'s value, or undefined when it raises (the operation is left for run time, where it raises). */
function attempt(make: () => unknown): unknown {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/** Whether folding `a <op> b` stays within CPython's limits (safe_multiply, safe_power, safe_lshift, safe_mod). */
function withinLimits(op: A.OperatorKind, a: unknown, b: unknown): boolean {
  switch (op) {
    case 'MatMult': return false;
    case 'Mod': return typeof a !== 'string' && !(a instanceof PyBytes); // %-formatting is left to run time
    case 'Mult': return multiplyWithinLimits(a, b);
    case 'Pow':
      if (isInt(a) && isInt(b) && !isZero(a) && intSign(b) > 0) return intBits(a) <= Math.floor(MAX_INT_BITS / Number(b));
      return true;
    case 'LShift':
      if (isInt(a) && isInt(b) && !isZero(a) && !isZero(b)) {
        const shift = Number(b);
        return shift >= 0 && shift <= MAX_INT_BITS && intBits(a) <= MAX_INT_BITS - shift;
      }
      return true;
    default:
      return true;
  }
}

function multiplyWithinLimits(a: unknown, b: unknown): boolean {
  if (isInt(a) && isInt(b)) return isZero(a) || isZero(b) || intBits(a) + intBits(b) <= MAX_INT_BITS;
  if (!isInt(a)) [a, b] = [b, a];
  if (!isInt(a)) return true;
  const n = Number(a);
  if (b instanceof PyTuple || b instanceof PySet) {
    const size = b instanceof PyTuple ? b.items.length : b.size;
    if (size === 0) return true;
    return n >= 0 && n <= Math.floor(MAX_COLLECTION_SIZE / size) && (n === 0 || complexity(b, Math.floor(MAX_TOTAL_ITEMS / n)) >= 0);
  }
  if (typeof b === 'string' || b instanceof PyBytes) {
    const size = typeof b === 'string' ? b.length : b.b.length;
    return size === 0 || (n >= 0 && n <= Math.floor(MAX_STR_SIZE / size));
  }
  return true;
}

/** What is left of `limit` after the items of a tuple or frozenset and of those nested in it (CPython's check_complexity). */
function complexity(v: unknown, limit: number): number {
  const items = v instanceof PyTuple ? v.items : v instanceof PySet ? Array.from(v.values()) : null;
  if (items === null) return limit;
  limit -= items.length;
  for (let i = 0; limit >= 0 && i < items.length; i++) limit = complexity(items[i], limit);
  return limit;
}

function isInt(v: unknown): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function isZero(v: number | bigint | boolean): boolean {
  return v === 0 || v === 0n || v === false;
}

function intSign(v: number | bigint | boolean): number {
  const n = typeof v === 'boolean' ? Number(v) : v;
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

/** The number of bits of |v| (int.bit_length()). */
function intBits(v: number | bigint | boolean): number {
  const n = BigInt(typeof v === 'boolean' ? Number(v) : v);
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

/** The values of expressions that fold to constants, or null when one does not. */
export function constantValues(elts: A.Expr[]): unknown[] | null {
  const out: unknown[] = [];
  for (const e of elts) {
    const v = foldedConstant(e);
    if (v === undefined) return null;
    out.push(v);
  }
  return out;
}

/** The frozenset constant CPython makes of these values. */
export function frozensetConstant(values: unknown[]): unknown {
  // CPython also rebuilds the frozenset once from its own iteration order
  // when it merges equal constants (merge_consts_recursive).
  const first = makeSet(new PyTuple(values), frozensetType);
  return makeSet(new PyTuple(Array.from(first.values())), frozensetType);
}

/** A literal's value as a Python object. */
export function constValue(v: A.ConstantValue, at: A.Span): unknown {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return norm(v);
  if (typeof v === 'number') return new PyFloat(v);
  if (v instanceof Uint8Array) return new PyBytes(v);
  if ('ellipsis' in v) return Ellipsis;
  throw new SyntaxErrorAt('pygil does not support complex numbers', at);
}
