// Argument checks for the methods of builtin types (str, bytes, int, float),
// with the messages of CPython's calling conventions. CPython words an arity
// error differently depending on how a method is declared, and programs that
// print caught TypeErrors show the difference, so each convention has a
// helper here:
//   noArgs   METH_NOARGS    "str.upper() takes no arguments (1 given)"
//   oneArg   METH_O         "str.zfill() takes exactly one argument (0 given)"
//   posArgs  clinic, positional only  "center expected at least 1 argument, got 0"
//   kwArgs   clinic with keywords     "split() takes at most 2 arguments (3 given)"
//   wrapper  slot wrappers (__add__ ...) "expected 1 argument, got 0"
// Every `args` array still holds `self` at index 0.

import { typeError, PyBaseException } from '../exceptions.js';
import { typeName } from '../ops.js';
import type { Kwargs } from '../function.js';

function hasKw(kw: Kwargs): boolean {
  return kw !== null && kw.size > 0;
}

export function noArgs(qual: string, args: unknown[], kw: Kwargs): void {
  if (hasKw(kw)) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qual}() takes no arguments (${args.length - 1} given)`);
}

/** Returns the single argument. */
export function oneArg(qual: string, args: unknown[], kw: Kwargs): unknown {
  if (hasKw(kw)) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 2) throw typeError(`${qual}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

/** Positional-only arguments counted as CPython's _PyArg_CheckPositional does. */
export function posArgs(qual: string, args: unknown[], kw: Kwargs, min: number, max: number): void {
  if (hasKw(kw)) throw typeError(`${qual}() takes no keyword arguments`);
  const n = args.length - 1;
  if (n >= min && n <= max) return;
  const name = qual.slice(qual.indexOf('.') + 1);
  const plural = (k: number) => (k === 1 ? 'argument' : 'arguments');
  if (min === max) throw typeError(`${name} expected ${min} ${plural(min)}, got ${n}`);
  if (n < min) throw typeError(`${name} expected at least ${min} ${plural(min)}, got ${n}`);
  throw typeError(`${name} expected at most ${max} ${plural(max)}, got ${n}`);
}

/** The older "find() takes at least 1 argument (0 given)" wording. */
export function posArgsOld(qual: string, args: unknown[], kw: Kwargs, min: number, max: number): void {
  if (hasKw(kw)) throw typeError(`${qual}() takes no keyword arguments`);
  const n = args.length - 1;
  const name = qual.slice(qual.indexOf('.') + 1);
  const plural = (k: number) => (k === 1 ? 'argument' : 'arguments');
  if (n < min) throw typeError(`${name}() takes at least ${min} ${plural(min)} (${n} given)`);
  if (n > max) throw typeError(`${name}() takes at most ${max} ${plural(max)} (${n} given)`);
}

/**
 * Positional-or-keyword parameters `names` (the first `required` of them
 * mandatory; only the first `maxPos` may be positional). Returns the values
 * in parameter order, undefined where not given.
 */
export function kwArgs(
  fname: string, args: unknown[], kw: Kwargs, names: readonly string[], required = 0, maxPos = names.length,
): unknown[] {
  const n = args.length - 1;
  const total = n + (kw === null ? 0 : kw.size);
  if (total > names.length) {
    const what = n === 0 ? 'keyword argument' : 'argument';
    throw typeError(`${fname}() takes at most ${names.length} ${what}${names.length === 1 ? '' : 's'} (${total} given)`);
  }
  if (n > maxPos) {
    const word = required === maxPos ? 'exactly' : 'at most';
    throw typeError(`${fname}() takes ${word} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${n} given)`);
  }
  const out: unknown[] = new Array(names.length);
  for (let i = 0; i < n; i++) out[i] = args[i + 1];
  // CPython walks the parameters first and complains about unknown keywords last.
  let used = 0;
  for (let i = 0; i < names.length; i++) {
    const v = kw === null ? undefined : kw.get(names[i]);
    if (v !== undefined) {
      if (i < n) throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
      out[i] = v;
      used++;
    } else if (i < required && i >= n) {
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (kw !== null && used < kw.size) {
    for (const k of kw.keys()) {
      if (!names.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

/** Slot wrappers (__add__, __len__ ...): no keywords, exactly `n` arguments. */
export function wrapperArgs(name: string, args: unknown[], kw: Kwargs, n: number): void {
  if (hasKw(kw)) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n + 1) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
}

/**
 * Dunder methods that CPython defines as ordinary methods rather than slot
 * wrappers, so a wrong self gets the method wording ("for 'str' objects
 * doesn't apply to"); a few are ordinary methods only on some types.
 */
const PLAIN_DUNDERS = new Set([
  '__format__', '__round__', '__trunc__', '__floor__', '__ceil__', '__getnewargs__', '__sizeof__',
  '__reversed__', '__reduce__', '__reduce_ex__', '__bytes__', '__dir__', '__getstate__',
  'list.__getitem__', 'dict.__getitem__', 'dict.__contains__', 'set.__contains__', 'frozenset.__contains__',
]);

/** Whether CPython's `owner.name` is a slot wrapper (a special method filling a type slot), not a plain method. */
export function isSlotWrapper(owner: string, name: string): boolean {
  return name.startsWith('__') && name.endsWith('__') && !PLAIN_DUNDERS.has(name) && !PLAIN_DUNDERS.has(`${owner}.${name}`);
}

/** The error for `str.upper(5)` or `int.__add__('a', 1)`: self of the wrong type. */
export function badSelf(owner: string, name: string, self: unknown): PyBaseException {
  const dunder = isSlotWrapper(owner, name);
  if (self === undefined) {
    return dunder
      ? typeError(`descriptor '${name}' of '${owner}' object needs an argument`)
      : typeError(`unbound method ${owner}.${name}() needs an argument`);
  }
  return dunder
    ? typeError(`descriptor '${name}' requires a '${owner}' object but received a '${typeName(self)}'`)
    : typeError(`descriptor '${name}' for '${owner}' objects doesn't apply to a '${typeName(self)}' object`);
}

/** Argument Clinic's "must be str, not None" spelling of a value's type. */
export function clinicTypeName(v: unknown): string {
  return v === null ? 'None' : typeName(v);
}
