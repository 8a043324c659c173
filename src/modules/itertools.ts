// The itertools module. Every tool is lazy: most are a JS generator wrapped
// in a JsIter whose class is the tool's type (so `type(chain())` is
// itertools.chain), which makes each one a few lines long and lets them run
// on infinite inputs. count and repeat are small classes of their own because
// their reprs show their current state. Arguments are checked, and iterables
// turned into iterators, when the object is made — not at the first next() —
// since that is when CPython raises.

import { registerModule } from './registry.js';
import { clinic, ssizeArg } from './args.js';
import { PyObject, PyFloat, PyType, makeBuiltinType } from '../runtime/object.js';
import { PyTuple, EMPTY_TUPLE } from '../runtime/tuple.js';
import { PyIter, JsIter } from '../runtime/iter.js';
import { method, constructor, classMethod, noKw, func } from '../runtime/define.js';
import { typeError, valueError, newException, StopIteration } from '../runtime/exceptions.js';
import { arith } from '../runtime/arith.js';
import * as ops from '../runtime/ops.js';
import type { Kwargs } from '../runtime/function.js';

const MAXSIZE = Number.MAX_SAFE_INTEGER; // stands in for sys.maxsize as "no stop"

/** Declares an itertools type whose instances are PyIters. */
function iterType(name: string): PyType {
  const t = makeBuiltinType(name, null, 'other');
  t.module = 'itertools';
  t.cName = `itertools.${name}`;
  method(t, '__iter__', (a) => a[0]);
  method(t, '__next__', (a) => {
    const v = (a[0] as PyIter).next();
    if (v === undefined) throw newException(StopIteration, []);
    return v;
  });
  return t;
}

/** A tool built from a generator: `make(args, kw)` checks arguments and returns the generator. */
function genTool(name: string, make: (args: unknown[], kw: Kwargs) => Iterator<unknown>): PyType {
  const t = iterType(name);
  constructor(t, (a, kw) => new JsIter(make(a.slice(1), kw), t));
  return t;
}

/** PyArg_UnpackTuple's count check: "cycle expected 1 argument, got 0". */
function expectArgs(name: string, a: unknown[], n: number): void {
  if (a.length !== n) throw typeError(`${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${a.length}`);
}

/** Pulls from a Python iterator inside a JS generator. */
function* drain(it: unknown): Generator<unknown> {
  for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) yield x;
}

function isNumber(v: unknown): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return true;
  if (v instanceof PyObject) {
    const t = v.cls;
    return t.lookup('__index__') !== undefined || t.lookup('__float__') !== undefined || t.lookup('__int__') !== undefined;
  }
  return false;
}

const boolToInt = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

// ---------------------------------------------------------------- count, repeat

const countType = iterType('count');

class PyCount extends PyIter {
  constructor(public cur: unknown, readonly step: unknown) {
    super(countType);
  }
  next(): unknown {
    const v = this.cur;
    const c = this.cur, s = this.step;
    this.cur = typeof c === 'number' && typeof s === 'number' && Number.isSafeInteger(c + s) ? c + s : arith(c, s, ops.NB_ADD);
    return v;
  }
}

constructor(countType, (a, kw) => {
  const [start = 0, step = 1] = clinic('count', a.slice(1), kw, ['start', 'step'], 0);
  if (!isNumber(start) || !isNumber(step)) throw typeError('a number is required');
  return new PyCount(boolToInt(start), boolToInt(step));
});
method(countType, '__repr__', (a) => {
  const c = a[0] as PyCount;
  const step = c.step;
  // An int step of 1 is left out; 1.0 is shown, as in CPython.
  if (step === 1) return `count(${ops.repr(c.cur)})`;
  return `count(${ops.repr(c.cur)}, ${ops.repr(step)})`;
});

const repeatType = iterType('repeat');

class PyRepeat extends PyIter {
  /** Items left to produce; -1 for forever. */
  constructor(readonly obj: unknown, public left: number) {
    super(repeatType);
  }
  next(): unknown {
    if (this.left === 0) return undefined;
    if (this.left > 0) this.left--;
    return this.obj;
  }
}

constructor(repeatType, (a, kw) => {
  const [obj, times] = clinic('repeat', a.slice(1), kw, ['object', 'times'], 1);
  if (times === undefined) return new PyRepeat(obj, -1);
  const n = ops.toIndex(times);
  return new PyRepeat(obj, n < 0 ? 0 : Number(n));
});
method(repeatType, '__repr__', (a) => {
  const r = a[0] as PyRepeat;
  return r.left < 0 ? `repeat(${ops.repr(r.obj)})` : `repeat(${ops.repr(r.obj)}, ${r.left})`;
});
method(repeatType, '__length_hint__', (a) => {
  const r = a[0] as PyRepeat;
  if (r.left < 0) throw typeError('len() of unsized object');
  return r.left;
});

// ---------------------------------------------------------------- simple filters and maps

const cycleType = genTool('cycle', (a, kw) => {
  noKw('cycle', kw);
  expectArgs('cycle', a, 1);
  return cycle(ops.getIter(a[0]));
});
function* cycle(it: unknown): Generator<unknown> {
  const saved: unknown[] = [];
  for (const x of drain(it)) {
    saved.push(x);
    yield x;
  }
  if (saved.length === 0) return;
  for (;;) for (const x of saved) yield x;
}

const accumulateType = genTool('accumulate', (a, kw) => {
  const [iterable, f = null, initial = null] = clinic('accumulate', a, kw, ['iterable', 'func', 'initial'], 1, 2);
  return accumulate(ops.getIter(iterable), f, initial);
});
function* accumulate(it: unknown, f: unknown, initial: unknown): Generator<unknown> {
  let total = initial;
  if (total !== null) yield total;
  for (const x of drain(it)) {
    if (total === null) total = x;
    else total = f === null ? arith(total, x, ops.NB_ADD) : ops.call(f, [total, x]);
    yield total;
  }
}

export const chainType = genTool('chain', (a, kw) => {
  noKw('chain', kw);
  return chain(a[Symbol.iterator]());
});
function* chain(sources: Iterator<unknown>): Generator<unknown> {
  for (let s = sources.next(); !s.done; s = sources.next()) yield* drain(ops.getIter(s.value));
}
classMethod(chainType, 'from_iterable', (a) => {
  if (a.length !== 2) throw typeError(`chain.from_iterable() takes exactly one argument (${a.length - 1} given)`);
  return new JsIter(chain(drain(ops.getIter(a[1]))), chainType);
});

const compressType = genTool('compress', (a, kw) => {
  const [data, selectors] = clinic('compress', a, kw, ['data', 'selectors'], 2);
  return compress(ops.getIter(data), ops.getIter(selectors));
});
function* compress(data: unknown, sel: unknown): Generator<unknown> {
  for (;;) {
    const d = ops.iterNext(data);
    if (d === undefined) return;
    const s = ops.iterNext(sel);
    if (s === undefined) return;
    if (ops.truthy(s)) yield d;
  }
}

/** The three tools of shape `tool(predicate, iterable)`. */
function predicateTool(name: string, gen: (pred: unknown, it: unknown) => Generator<unknown>): PyType {
  return genTool(name, (a, kw) => {
    noKw(name, kw);
    expectArgs(name, a, 2);
    return gen(a[0], ops.getIter(a[1]));
  });
}
const test = (pred: unknown, x: unknown) => ops.truthy(pred === null ? x : ops.call(pred, [x]));

const dropwhileType = predicateTool('dropwhile', function* (pred, it) {
  let dropping = true;
  for (const x of drain(it)) {
    if (dropping && ops.truthy(ops.call(pred, [x]))) continue;
    dropping = false;
    yield x;
  }
});
const takewhileType = predicateTool('takewhile', function* (pred, it) {
  for (const x of drain(it)) {
    if (!ops.truthy(ops.call(pred, [x]))) return;
    yield x;
  }
});
const filterfalseType = predicateTool('filterfalse', function* (pred, it) {
  for (const x of drain(it)) if (!test(pred, x)) yield x;
});

const starmapType = genTool('starmap', (a, kw) => {
  noKw('starmap', kw);
  expectArgs('starmap', a, 2);
  return starmap(a[0], ops.getIter(a[1]));
});
function* starmap(f: unknown, it: unknown): Generator<unknown> {
  for (const x of drain(it)) yield ops.call(f, ops.toArray(x));
}

const pairwiseType = genTool('pairwise', (a, kw) => {
  noKw('pairwise', kw);
  expectArgs('pairwise', a, 1);
  return pairwise(ops.getIter(a[0]));
});
function* pairwise(it: unknown): Generator<unknown> {
  let prev = ops.iterNext(it);
  if (prev === undefined) return;
  for (const x of drain(it)) {
    yield new PyTuple([prev, x]);
    prev = x;
  }
}

const zipLongestType = genTool('zip_longest', (a, kw) => {
  let fill: unknown = null;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument');
      fill = v;
    }
  }
  return zipLongest(a.map(ops.getIter), fill);
});
function* zipLongest(its: unknown[], fill: unknown): Generator<unknown> {
  if (its.length === 0) return;
  const done = new Array<boolean>(its.length).fill(false);
  let active = its.length;
  for (;;) {
    const row: unknown[] = [];
    for (let i = 0; i < its.length; i++) {
      let v: unknown = undefined;
      if (!done[i]) {
        v = ops.iterNext(its[i]);
        if (v === undefined) {
          done[i] = true;
          if (--active === 0) return;
        }
      }
      row.push(v === undefined ? fill : v);
    }
    yield new PyTuple(row);
  }
}

// ---------------------------------------------------------------- islice

const isliceType = genTool('islice', (a, kw) => {
  noKw('islice', kw);
  if (a.length < 2) throw typeError(`islice expected at least 2 arguments, got ${a.length}`);
  if (a.length > 4) throw typeError(`islice expected at most 4 arguments, got ${a.length}`);
  const indicesMsg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  let start = 0, stop = -1, step = 1;
  if (a.length === 2) {
    if (a[1] !== null) {
      stop = ssize(a[1]);
      if (stop === -1) throw valueError(stopMsg);
    }
  } else {
    if (a[1] !== null) start = ssize(a[1]);
    if (a[2] !== null) {
      stop = ssize(a[2]);
      if (stop === -1) throw valueError(stopMsg);
    }
  }
  if (start < 0 || stop < -1) throw valueError(indicesMsg);
  if (a.length === 4 && a[3] !== null) step = ssize(a[3]);
  if (step < 1) throw valueError('Step for islice() must be a positive integer or None.');
  return islice(ops.getIter(a[0]), start, stop, step);
});

/** PyNumber_AsSsize_t as islice uses it: -1 for anything unusable. */
function ssize(v: unknown): number {
  if (v instanceof PyFloat || typeof v === 'string') return -1;
  let n: number | bigint;
  try {
    n = ops.toIndex(v);
  } catch {
    return -1;
  }
  if (typeof n === 'bigint') return n > 0n ? -1 : -2;
  return n;
}

/** CPython's islice_next loop: never reads past the last item it will return. */
function* islice(it: unknown, start: number, stop: number, step: number): Generator<unknown> {
  let cnt = 0;
  let nxt = start;
  for (;;) {
    while (cnt < nxt) {
      if (ops.iterNext(it) === undefined) return;
      cnt++;
    }
    if (stop !== -1 && cnt >= stop) return;
    const v = ops.iterNext(it);
    if (v === undefined) return;
    cnt++;
    const old = nxt;
    nxt += step;
    if (nxt < old || (stop !== -1 && nxt > stop)) nxt = stop === -1 ? MAXSIZE : stop;
    yield v;
  }
}

// ---------------------------------------------------------------- groupby

const groupbyType = iterType('groupby');
const grouperType = iterType('_grouper');

/** Marks "nothing read yet" (key) and "handed out already" (value). */
const NONE = Symbol('none');

/**
 * groupby's shared state, as in CPython's C version: the groups read the one
 * underlying iterator, so moving the groupby on abandons the current group
 * (`list(g1)` after the next group was taken is []).
 */
class PyGroupBy extends PyIter {
  currKey: unknown = NONE;
  currValue: unknown = NONE;
  tgtKey: unknown = NONE;
  currGrouper: PyGrouper | null = null;
  constructor(readonly it: unknown, readonly keyf: unknown) {
    super(groupbyType);
  }
  /** Reads the next value and its key; false at the end. */
  step(): boolean {
    const v = ops.iterNext(this.it);
    if (v === undefined) return false;
    const k = this.keyf === null ? v : ops.call(this.keyf, [v]);
    this.currValue = v;
    this.currKey = k;
    return true;
  }
  next(): unknown {
    this.currGrouper = null;
    for (;;) {
      if (this.currKey !== NONE) {
        if (this.tgtKey === NONE) break;
        if (!sameKey(this.tgtKey, this.currKey)) break;
      }
      if (!this.step()) return undefined;
    }
    this.tgtKey = this.currKey;
    const g = new PyGrouper(this, this.tgtKey);
    this.currGrouper = g;
    return new PyTuple([this.currKey, g]);
  }
}

class PyGrouper extends PyIter {
  constructor(readonly parent: PyGroupBy, readonly tgtKey: unknown) {
    super(grouperType);
  }
  next(): unknown {
    const p = this.parent;
    if (p.currGrouper !== this) return undefined;
    if (p.currValue === NONE && !p.step()) return undefined;
    if (!sameKey(this.tgtKey, p.currKey)) return undefined;
    const v = p.currValue;
    p.currValue = NONE;
    return v;
  }
}

function sameKey(a: unknown, b: unknown): boolean {
  return a === b || ops.eqObjects(a, b);
}

constructor(groupbyType, (a, kw) => {
  const [iterable, key = null] = clinic('groupby', a.slice(1), kw, ['iterable', 'key'], 1);
  return new PyGroupBy(ops.getIter(iterable), key);
});

// ---------------------------------------------------------------- tee

const teeType = iterType('_tee');

interface TeeLink {
  value: unknown;
  next: TeeLink | null;
}

/** One of tee()'s iterators: a cursor into a linked buffer filled from the shared source. */
class PyTee extends PyIter {
  constructor(readonly source: { it: unknown; done: boolean }, public at: TeeLink) {
    super(teeType);
  }
  next(): unknown {
    let nxt = this.at.next;
    if (nxt === null) {
      if (this.source.done) return undefined;
      const v = ops.iterNext(this.source.it);
      if (v === undefined) {
        this.source.done = true;
        return undefined;
      }
      nxt = { value: v, next: null };
      this.at.next = nxt;
    }
    this.at = nxt;
    return nxt.value;
  }
}
method(teeType, '__copy__', (a) => {
  const t = a[0] as PyTee;
  return new PyTee(t.source, t.at);
});

function teeFunction(a: unknown[], kw: Kwargs): unknown {
  noKw('tee', kw);
  if (a.length < 1) throw typeError('tee expected at least 1 argument, got 0');
  if (a.length > 2) throw typeError(`tee expected at most 2 arguments, got ${a.length}`);
  const n = a.length > 1 ? ssizeArg(a[1]) : 2;
  if (n < 0) throw valueError('n must be >= 0');
  const it = ops.getIter(a[0]);
  if (n === 0) return EMPTY_TUPLE;
  // A tee of a tee shares its buffer, as CPython's __copy__ does.
  const first = it instanceof PyTee ? new PyTee(it.source, it.at) : new PyTee({ it, done: false }, { value: undefined, next: null });
  const out: unknown[] = [first];
  for (let i = 1; i < n; i++) out.push(new PyTee(first.source, first.at));
  return new PyTuple(out);
}

// ---------------------------------------------------------------- combinatorics

const productType = genTool('product', (a, kw) => {
  let repeat = 1;
  if (kw !== null && kw.size > 0) {
    if (kw.size > 1) throw typeError(`product() takes at most 1 keyword argument (${kw.size} given)`);
    for (const [k, v] of kw) {
      if (k !== 'repeat') throw typeError(`'${k}' is an invalid keyword argument for product()`);
      const r = ops.toIndex(v);
      if (r < 0) throw valueError('repeat argument cannot be negative');
      repeat = Number(r);
    }
  }
  const pools = a.map((x) => ops.toArray(x));
  const all: unknown[][] = [];
  for (let i = 0; i < repeat; i++) all.push(...pools);
  return product(all);
});
function* product(pools: unknown[][]): Generator<unknown> {
  if (pools.some((p) => p.length === 0)) return;
  const idx = new Array<number>(pools.length).fill(0);
  for (;;) {
    yield new PyTuple(idx.map((j, i) => pools[i][j]));
    // Odometer: bump the rightmost index that can move, reset those after it.
    let i = pools.length - 1;
    while (i >= 0 && ++idx[i] === pools[i].length) idx[i--] = 0;
    if (i < 0) return;
  }
}

const permutationsType = genTool('permutations', (a, kw) => {
  const [iterable, rArg = null] = clinic('permutations', a, kw, ['iterable', 'r'], 1);
  const pool = ops.toArray(iterable);
  let r = pool.length;
  if (rArg !== null) {
    if (!ops.isIntLike(rArg)) throw typeError('Expected int as r');
    r = Number(ops.toIndex(rArg));
    if (r < 0) throw valueError('r must be non-negative');
  }
  return permutations(pool, r);
});
function* permutations(pool: unknown[], r: number): Generator<unknown> {
  const n = pool.length;
  if (r > n) return;
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  yield new PyTuple(indices.slice(0, r).map((i) => pool[i]));
  if (n === 0) return;
  for (;;) {
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        // Rotate indices[i:] left by one.
        const moved = indices[i];
        indices.splice(i, 1);
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i];
        const t = indices[i];
        indices[i] = indices[j];
        indices[j] = t;
        yield new PyTuple(indices.slice(0, r).map((k) => pool[k]));
        break;
      }
    }
    if (i < 0) return;
  }
}

/** combinations and combinations_with_replacement share their argument checks. */
function combTool(name: string, gen: (pool: unknown[], r: number) => Generator<unknown>): PyType {
  return genTool(name, (a, kw) => {
    const [iterable, rArg] = clinic(name, a, kw, ['iterable', 'r'], 2);
    // r is converted while the arguments are parsed, before the iterable is read.
    const r = ssizeArg(rArg);
    const pool = ops.toArray(iterable);
    if (r < 0) throw valueError('r must be non-negative');
    return gen(pool, r);
  });
}

const combinationsType = combTool('combinations', function* (pool, r) {
  const n = pool.length;
  if (r > n) return;
  const idx = Array.from({ length: r }, (_, i) => i);
  for (;;) {
    yield new PyTuple(idx.map((i) => pool[i]));
    let i = r - 1;
    while (i >= 0 && idx[i] === i + n - r) i--;
    if (i < 0) return;
    idx[i]++;
    for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
  }
});

const cwrType = combTool('combinations_with_replacement', function* (pool, r) {
  const n = pool.length;
  if (n === 0 && r > 0) return;
  const idx = new Array<number>(r).fill(0);
  for (;;) {
    yield new PyTuple(idx.map((i) => pool[i]));
    let i = r - 1;
    while (i >= 0 && idx[i] === n - 1) i--;
    if (i < 0) return;
    const v = idx[i] + 1;
    for (let j = i; j < r; j++) idx[j] = v;
  }
});

// ---------------------------------------------------------------- the module

registerModule('itertools', (_proc, ns) => {
  const types: PyType[] = [
    countType, repeatType, cycleType, accumulateType, chainType, compressType, dropwhileType, takewhileType,
    filterfalseType, starmapType, pairwiseType, zipLongestType, isliceType, groupbyType, productType,
    permutationsType, combinationsType, cwrType,
  ];
  for (const t of types) ns.set(t.name, t);
  ns.set('_grouper', grouperType);
  ns.set('_tee', teeType);
  func(ns, 'tee', teeFunction, 'itertools');
});
