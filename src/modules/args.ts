// Argument binding for module functions written in JS that CPython writes in
// Python (random.Random's methods, namedtuple's __new__ …): their errors must
// read like those of a `def`, e.g. "Random.randint() missing 1 required
// positional argument: 'b'", which the argument-clinic helpers in define.ts
// (for C functions) do not produce.

import type { Kwargs } from '../runtime/function.js';
import { typeError, overflowError } from '../runtime/exceptions.js';
import { toIndex } from '../runtime/ops.js';

/** The shape of a Python parameter list: `def name(pos..., *, kwonly...)`. */
export interface Signature {
  /** Shown in messages, e.g. 'Random.randint' or 'Point.__new__'. */
  name: string;
  /** Positional-or-keyword parameters, in order (self included for methods). */
  params: string[];
  /** How many of `params`, counted from the start, have no default. */
  required: number;
  /** How many of `params`, counted from the start, are positional-only (before `/`). */
  posonly?: number;
  /** Keyword-only parameters (all optional). */
  kwonly?: string[];
  /** Whether extra positional arguments are collected (`*args`) instead of refused. */
  varargs?: boolean;
  /** Whether unknown keywords are collected (`**kw`) instead of refused. */
  varkw?: boolean;
}

export interface Bound {
  /** One slot per `params` entry then per `kwonly` entry; undefined where not given. */
  values: unknown[];
  /** Extra positional arguments (only with `varargs`). */
  rest: unknown[];
  /** Unknown keywords (only with `varkw`). */
  extraKw: Map<string, unknown> | null;
}

/** Binds `args`/`kw` to `sig` with CPython's messages for Python functions. */
export function bind(sig: Signature, args: unknown[], kw: Kwargs): Bound {
  const np = sig.params.length;
  const kwonly = sig.kwonly ?? [];
  const values: unknown[] = new Array(np + kwonly.length);
  const n = args.length;
  for (let i = 0; i < n && i < np; i++) values[i] = args[i];
  let rest: unknown[] = [];
  if (n > np) {
    if (!sig.varargs) throw tooMany(sig, n, kw);
    rest = args.slice(np);
  }
  let extraKw: Map<string, unknown> | null = null;
  const posonly = sig.posonly ?? 0;
  if (kw !== null) {
    const posonlyKw: string[] = [];
    for (const [k, v] of kw) {
      let idx = sig.params.indexOf(k);
      if (idx >= 0 && idx < posonly) {
        // A keyword naming a positional-only parameter is just another keyword to **kw.
        if (!sig.varkw) {
          posonlyKw.push(k);
          continue;
        }
        idx = -1;
      }
      if (idx < 0) {
        const j = kwonly.indexOf(k);
        if (j >= 0) idx = np + j;
      }
      if (idx < 0) {
        if (!sig.varkw) throw typeError(`${sig.name}() got an unexpected keyword argument '${k}'`);
        if (extraKw === null) extraKw = new Map();
        extraKw.set(k, v);
        continue;
      }
      if (values[idx] !== undefined) throw typeError(`${sig.name}() got multiple values for argument '${k}'`);
      values[idx] = v;
    }
    if (posonlyKw.length > 0) {
      throw typeError(`${sig.name}() got some positional-only arguments passed as keyword arguments: '${posonlyKw.join(', ')}'`);
    }
  }
  const missing: string[] = [];
  for (let i = 0; i < sig.required; i++) if (values[i] === undefined) missing.push(sig.params[i]);
  if (missing.length > 0) throw missingArgs(sig.name, missing);
  return { values, rest, extraKw };
}

/** Shorthand for the common case: just the values. */
export function bindValues(sig: Signature, args: unknown[], kw: Kwargs): unknown[] {
  return bind(sig, args, kw).values;
}

function missingArgs(name: string, missing: string[]) {
  const q = missing.map((m) => `'${m}'`);
  let list: string;
  if (q.length === 1) list = q[0];
  else if (q.length === 2) list = `${q[0]} and ${q[1]}`;
  else list = q.slice(0, -1).join(', ') + `, and ${q[q.length - 1]}`;
  const s = missing.length === 1 ? '' : 's';
  return typeError(`${name}() missing ${missing.length} required positional argument${s}: ${list}`);
}

function tooMany(sig: Signature, given: number, kw: Kwargs) {
  const np = sig.params.length;
  const takes = sig.required < np
    ? `from ${sig.required} to ${np} positional arguments`
    : `${np} positional argument${np === 1 ? '' : 's'}`;
  let kwonlyGiven = 0;
  if (kw !== null) for (const k of kw.keys()) if (sig.kwonly?.includes(k)) kwonlyGiven++;
  let gave = `${given} ${given === 1 ? 'was' : 'were'} given`;
  if (kwonlyGiven > 0) {
    gave = `${given} positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}) were given`;
  }
  if (np === 0) return typeError(`${sig.name}() takes 0 positional arguments but ${gave}`);
  return typeError(`${sig.name}() takes ${takes} but ${gave}`);
}

/**
 * Binds arguments the way CPython's argument clinic does for C functions
 * (itertools, functools): messages such as "groupby() missing required
 * argument 'iterable' (pos 1)" and "'x' is an invalid keyword argument for
 * count()". `maxPos` limits positional arguments (default: all names).
 */
export function clinic(
  fname: string, args: unknown[], kw: Kwargs, names: string[], required: number,
  maxPos = names.length, tooManyMsg?: string,
): unknown[] {
  const values: unknown[] = new Array(names.length);
  const total = args.length + (kw === null ? 0 : kw.size);
  if (maxPos < names.length && total > names.length && tooManyMsg === undefined) {
    // More arguments than parameters at all is reported before too many positional ones.
    const n = names.length;
    throw typeError(`${fname}() takes at most ${n} ${args.length === 0 ? 'keyword ' : ''}argument${n === 1 ? '' : 's'} (${total} given)`);
  }
  if (args.length > maxPos) {
    throw typeError(tooManyMsg ?? `${fname}() takes at most ${maxPos} ${maxPos < names.length ? 'positional ' : ''}argument${maxPos === 1 ? '' : 's'} (${args.length} given)`);
  }
  for (let i = 0; i < args.length; i++) values[i] = args[i];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      if (values[i] !== undefined) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      values[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (values[i] === undefined) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return values;
}

/** A C Py_ssize_t argument (argument clinic's 'n'): an index, OverflowError beyond 64 bits. */
export function ssizeArg(v: unknown): number {
  const i = toIndex(v);
  if (typeof i === 'bigint' && (i >= 1n << 63n || i < -(1n << 63n))) {
    throw overflowError('Python int too large to convert to C ssize_t');
  }
  return Number(i);
}
