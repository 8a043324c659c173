// "Did you mean: 'x'?" for NameError and AttributeError, with CPython 3.11's
// candidate lists and its weighted Levenshtein distance (case changes cost 1,
// other edits 2), so pygil suggests exactly what CPython suggests.

import type { PyBaseException } from '../runtime/exceptions.js';
import type { Frame } from './frame.js';
import type { PyDict } from '../runtime/dict.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40; // bytes of UTF-8
const MOVE_COST = 2;
const CASE_COST = 1;

/** CPython compares bytes: only ASCII letters differ by case. */
function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  return la === lb && la >= 97 && la <= 122 ? CASE_COST : MOVE_COST;
}

const encoder = new TextEncoder();

/**
 * CPython's weighted edit distance, over the UTF-8 bytes of the two names
 * (so a Chinese character counts three), giving up past `maxCost`.
 */
export function levenshtein(wrong: string, name: string, maxCost: number): number {
  if (wrong === name) return 0;
  let a = encoder.encode(wrong);
  let b = encoder.encode(name);
  let a0 = 0, a1 = a.length, b0 = 0, b1 = b.length;
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
    a0++;
    b0++;
  }
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) {
    a1--;
    b1--;
  }
  a = a.subarray(a0, a1);
  b = b.subarray(b0, b1);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bc = b[bi];
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(bc, a[i]);
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest candidate within a third of the characters, the first of equals (CPython's calculate_suggestions). */
export function bestSuggestion(wrong: string, candidates: string[]): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const wrongSize = encoder.encode(wrong).length;
  let best = Number.MAX_SAFE_INTEGER;
  let suggestion: string | null = null;
  for (const name of candidates) {
    if (name === wrong) continue;
    let maxDistance = Math.floor((wrongSize + encoder.encode(name).length + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(wrong, name, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}

/**
 * CPython 3.11's builtins in the order of its builtins dict, which decides
 * between equally close names (`inpt` is 'input', not 'int'); a few of them
 * pygil lacks (eval, memoryview ...), and CPython still suggests them.
 */
const CPYTHON_BUILTINS = ('__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii ' +
  'bin breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input ' +
  'isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr sorted sum vars ' +
  'None Ellipsis NotImplemented False True bool memoryview bytearray bytes classmethod complex dict enumerate filter ' +
  'float frozenset property int list map object range reversed set slice staticmethod str super tuple type zip ' +
  '__debug__ BaseException BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit ArithmeticError ' +
  'AssertionError AttributeError BufferError EOFError ImportError LookupError MemoryError NameError OSError ' +
  'ReferenceError RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError TypeError ValueError Warning ' +
  'FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning FutureWarning ' +
  'ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning ' +
  'BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError InterruptedError ' +
  'IsADirectoryError NotADirectoryError PermissionError ProcessLookupError TimeoutError IndentationError IndexError ' +
  'KeyError ModuleNotFoundError NotImplementedError RecursionError UnboundLocalError UnicodeError BrokenPipeError ' +
  'ConnectionAbortedError ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError UnicodeEncodeError ' +
  'UnicodeTranslateError ExceptionGroup EnvironmentError IOError open quit exit copyright credits license help').split(' ');
const CPYTHON_BUILTIN_SET = new Set(CPYTHON_BUILTINS);

type Suggestible = PyBaseException & { nameAttr?: string; attrName?: string; attrObj?: unknown; raisedIn?: Frame };

/**
 * Where a NameError's suggestion is looked for, one list after the other
 * until one has a close name, as CPython 3.11 does: the code's local
 * variable names (bound or not; none at module level), the globals, the
 * builtins.
 */
function nameCandidates(f: Frame, builtins: PyDict): string[][] {
  const globals: string[] = [];
  for (const k of f.globals.map.keys()) if (typeof k === 'string') globals.push(k);
  const extra: string[] = [];
  for (const k of builtins.map.keys()) if (typeof k === 'string' && !CPYTHON_BUILTIN_SET.has(k)) extra.push(k);
  const lists = [globals, extra.length > 0 ? [...CPYTHON_BUILTINS, ...extra] : CPYTHON_BUILTINS];
  return f.locals === null ? [f.code.varnames, ...lists] : lists;
}

/** The suffix CPython appends to the exception line, or ''. */
export function suggestionSuffix(e: PyBaseException, builtins: PyDict | null, dirOf: (o: unknown) => string[]): string {
  const s = e as Suggestible;
  let name: string | undefined;
  let lists: string[][] | null = null;
  if (s.nameAttr !== undefined && s.raisedIn !== undefined && builtins !== null) {
    name = s.nameAttr;
    lists = nameCandidates(s.raisedIn, builtins);
  } else if (s.attrName !== undefined && s.attrObj !== undefined) {
    name = s.attrName;
    try {
      lists = [dirOf(s.attrObj)];
    } catch {
      return '';
    }
  }
  if (name === undefined || lists === null) return '';
  for (const candidates of lists) {
    const best = bestSuggestion(name, candidates);
    if (best !== null) return `. Did you mean: '${best}'?`;
  }
  return '';
}
