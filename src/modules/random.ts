// The random module: Python's face of random-core.ts. random-core draws
// numbers exactly as CPython does; this file turns Python arguments into JS
// values (with random.py's checks, in random.py's order, so that a failing
// call consumes the same draws), maps indices back onto sequences, and turns
// RandomError into the Python exception it names.
//
// Determinism: the module's hidden generator starts as Random(config.seed),
// so an unseeded program prints the same numbers on every run (with the
// default seed 0, random.random() first returns what random.seed(0) gives in
// CPython). Where CPython would read the OS's entropy — random.seed(),
// Random() — pygil seeds from (config.seed, a per-process counter): different
// generators differ, yet every run repeats.

import { outOfMemory } from '../runtime/limits.js';
import { registerModule } from './registry.js';
import { bind, Signature } from './args.js';
import { Random, RandomError, PyInt, PyNumber, crLog, pyPow, pyExp } from './random-core.js';
import { current, type Process } from '../vm/process.js';
import { afterForkInChild } from '../vm/heap-copy.js';
import { PyObject, PyType, PyFloat, makeBuiltinType, typeOf } from '../runtime/object.js';
import { PyTuple, PyList, tupleType } from '../runtime/tuple.js';
import { PyDict, PySet } from '../runtime/dict.js';
import { PyBuiltin } from '../runtime/function.js';
import { PyBytes, bytesType } from '../runtime/bytes.js';
import { method, constructor } from '../runtime/define.js';
import {
  typeError, valueError, overflowError, pyErr, MemoryError, ValueError, IndexError, TypeError, OverflowError,
  ZeroDivisionError, UnicodeEncodeError,
} from '../runtime/exceptions.js';
import { norm } from '../runtime/int-math.js';
import { rangeType } from '../runtime/types/range-type.js';
import * as ops from '../runtime/ops.js';
import { arith } from '../runtime/arith.js';

const randomType = makeBuiltinType('Random', null, 'other');
randomType.module = 'random';
randomType.hasInstanceDict = true;

/** A Random instance: its generator, seeded by __init__ (or by the module for the hidden one). */
class PyRandom extends PyObject {
  // A fixed seed here skips gathering entropy that seeding replaces anyway.
  readonly gen = new Random(0);
  constructor(cls: PyType) {
    super(cls);
  }
}

// ---------------------------------------------------------------- seeding

/** How many times each process has seeded "from entropy". */
const entropyDraws = new WeakMap<Process, number>();

/** Stands in for os.urandom: (config.seed, n-th draw) as the key of init_by_array. */
function seedFromProcess(gen: Random, proc: Process): void {
  const n = (entropyDraws.get(proc) ?? 0) + 1;
  entropyDraws.set(proc, n);
  const s = BigInt(Math.trunc(proc.config.seed)) & 0xffffffffffffffffn;
  gen.seedFromWords([Number(s & 0xffffffffn), Number(s >> 32n), n]);
}

function seed(r: PyRandom, a: unknown, version: unknown): void {
  const gen = r.gen;
  if (a === null || a === undefined) {
    seedFromProcess(gen, current);
    return;
  }
  if (ops.eqObjects(version, 1) && (typeof a === 'string' || a instanceof PyBytes)) {
    gen.seedFromInt(version1Seed(typeof a === 'string' ? a : String.fromCharCode(...(a as PyBytes).b)));
    return;
  }
  if (typeof a === 'string') {
    if (ops.eqObjects(version, 2)) gen.seedFromString(a);
    else gen.seedFromInt(norm(BigInt.asUintN(64, BigInt(ops.hashObject(a)))));
    return;
  }
  if (a instanceof PyBytes) {
    gen.seedFromBytes(a.b);
    return;
  }
  if (typeof a === 'boolean') gen.seedFromInt(a ? 1 : 0);
  else if (typeof a === 'number' || typeof a === 'bigint') gen.seedFromInt(a);
  else if (a instanceof PyFloat) gen.seedFromFloat(a.v);
  else throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}

/** random.py's version-1 string hash (kept for reproducing old sequences). */
function version1Seed(s: string): PyInt {
  const M = 0xffffffffffffffffn;
  let x = s.length > 0 ? BigInt(s.codePointAt(0)!) << 7n : 0n;
  for (const ch of s) x = ((1000003n * x) ^ BigInt(ch.codePointAt(0)!)) & M;
  x ^= BigInt(s.length);
  return norm(x);
}

// ---------------------------------------------------------------- argument helpers

/** Runs a random-core call, turning its RandomError into the Python exception. */
function core<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RandomError) throw pyErr(ERROR_TYPES[e.pyType], e.message);
    throw e;
  }
}
const ERROR_TYPES = {
  ValueError, IndexError, TypeError, OverflowError, ZeroDivisionError, UnicodeEncodeError,
} as const;

/**
 * randrange's argument: an int as is, a float as a JS number (random-core
 * judges it), anything else through int() — CPython's fallback — and refused
 * unless int(x) == x.
 */
function intArg(v: unknown, which: string): PyNumber {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyObject && v.cls.lookup('__index__') !== undefined) return ops.toIndex(v);
  const i = ops.call(current.builtins.get('int'), [v]);
  if (!ops.eqObjects(i, v)) throw valueError(`non-integer ${which} for randrange()`);
  return ops.toIndex(i);
}

/** A float argument of a distribution; TypeError names the type, as arithmetic on it would. */
function floatArg(v: unknown, what: string): number {
  const f = ops.toFloatMaybe(v);
  if (f === undefined) throw typeError(`must be real number, not ${ops.typeName(v)} (${what})`);
  return f;
}

function rnd(v: unknown): PyRandom {
  if (!(v instanceof PyRandom)) throw typeError(`descriptor requires a 'random.Random' object but received a '${ops.typeName(v)}'`);
  return v;
}

/** A method of Random written in Python in CPython: bound with a def's error messages. */
function pyMethod(name: string, params: string[], required: number, fn: (r: PyRandom, v: unknown[]) => unknown, kwonly?: string[]): void {
  const sig: Signature = { name: `Random.${name}`, params: ['self', ...params], required: required + 1, kwonly };
  method(randomType, name, (a, kw) => {
    const v = bind(sig, a, kw).values;
    return fn(rnd(v[0]), v.slice(1));
  });
}

/** A method implemented in C in CPython (random, getrandbits): argument-clinic messages. */
function cMethod(name: string, nargs: 0 | 1, fn: (r: PyRandom, x: unknown) => unknown): void {
  method(randomType, name, (a, kw) => {
    if (kw !== null && kw.size > 0) throw typeError(`Random.${name}() takes no keyword arguments`);
    const given = a.length - 1;
    if (nargs === 0 && given !== 0) throw typeError(`Random.${name}() takes no arguments (${given} given)`);
    if (nargs === 1 && given !== 1) throw typeError(`Random.${name}() takes exactly one argument (${given} given)`);
    return fn(rnd(a[0]), a[1]);
  });
}

const f = (x: number) => new PyFloat(x);

function isSequence(v: unknown): boolean {
  if (typeof v === 'string') return true;
  if (v instanceof PyDict || v instanceof PySet) return false;
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes) return true;
  const t = typeOf(v);
  if (t.isSubtypeOf(rangeType) || t.isSubtypeOf(bytesType) || t.isSubtypeOf(tupleType)) return true;
  // collections.deque registers as a MutableSequence in CPython.
  return t.mro.some((b) => b.name === 'deque' && b.module === 'collections');
}

/** population[i] without the generic protocol when population is a plain list or tuple. */
function pick(pop: unknown, i: number): unknown {
  if ((pop instanceof PyList || pop instanceof PyTuple) && pop.cls.builtin && i < pop.items.length) return pop.items[i];
  return ops.getItem(pop, i);
}

// ---------------------------------------------------------------- the methods

randomType.alloc = (cls) => new PyRandom(cls);
constructor(randomType, (a) => ops.allocInstance(a[0] as PyType));
method(randomType, '__init__', (a, kw) => {
  const [self, x = null] = bind({ name: 'Random.__init__', params: ['self', 'x'], required: 1 }, a, kw).values;
  ops.call(ops.getAttr(self, 'seed'), [x]);
  rnd(self).gen.gaussNext = null;
  return null;
});
pyMethod('seed', ['a', 'version'], 0, (r, [a = null, version = 2]) => {
  core(() => seed(r, a, version));
  return null;
});
cMethod('random', 0, (r) => f(r.gen.random()));
/**
 * The bit count getrandbits accepts: a C int in CPython. Beyond what a JS
 * BigInt can hold (2**30 bits) pygil gives up with MemoryError, where CPython
 * would still build the number.
 */
function bitCount(k: unknown): number {
  const n = ops.toIndex(k);
  if (n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  if (n < 0) throw valueError('number of bits must be non-negative');
  if (n > 2 ** 30) throw outOfMemory();
  return Number(n);
}

cMethod('getrandbits', 1, (r, k) => {
  const n = bitCount(k);
  return norm(core(() => r.gen.getrandbits(n)));
});
// randbytes(n) is getrandbits(n * 8) as bytes, and fails as that call does.
pyMethod('randbytes', ['n'], 1, (r, [n]) => {
  const k = bitCount(arith(n, 8, ops.NB_MULTIPLY)) / 8;
  return new PyBytes(core(() => r.gen.randbytes(k)));
});
pyMethod('getstate', [], 0, (r) => {
  const [version, words, gaussNext] = r.gen.pyGetstate();
  return new PyTuple([version, new PyTuple(words.slice()), gaussNext === null ? null : f(gaussNext)]);
});
pyMethod('setstate', ['state'], 1, (r, [state]) => {
  const version = ops.getItem(state, 0);
  if (!ops.eqObjects(version, 3) && !ops.eqObjects(version, 2)) {
    throw valueError(`state with version ${ops.str(version)} passed to Random.setstate() of version 3`);
  }
  const parts = ops.toArray(state);
  if (parts.length !== 3) {
    throw valueError(parts.length > 3 ? 'too many values to unpack (expected 3)' : `not enough values to unpack (expected 3, got ${parts.length})`);
  }
  const [, internal, gaussNext] = parts;
  if (!(internal instanceof PyTuple)) throw typeError('state vector must be a tuple');
  const words = internal.items.map((w) => ops.toIndex(w));
  const g = gaussNext === null ? null : floatArg(gaussNext, 'gauss_next');
  core(() => r.gen.pySetstate(ops.toIndex(version), words, g));
  return null;
});

pyMethod('randrange', ['start', 'stop', 'step'], 1, (r, [start, stop, step]) => {
  const s = intArg(start, 'arg 1');
  const e = stop === undefined || stop === null ? stop : intArg(stop, 'stop');
  const st = step === undefined || step === null ? step : intArg(step, 'step');
  return core(() => r.gen.randrange(s, e as PyNumber | null | undefined, st as PyNumber | null | undefined));
});
pyMethod('randint', ['a', 'b'], 2, (r, [a, b]) => {
  // randint is randrange(a, b + 1): that sum fails first for a b that is no number.
  ops.binaryOp(b, 1, ops.NB_ADD);
  const x = intArg(a, 'arg 1');
  const y = intArg(b, 'stop');
  return core(() => r.gen.randint(x, y));
});
pyMethod('choice', ['seq'], 1, (r, [seq]) => {
  const n = ops.len(seq);
  return pick(seq, core(() => r.gen.choiceIndex(n)));
});
pyMethod('shuffle', ['x'], 1, (r, [x]) => {
  if (x instanceof PyList && x.cls.builtin) {
    r.gen.shuffleIndices(x.items);
    return null;
  }
  // Any other mutable sequence: the same swaps through __getitem__/__setitem__.
  for (let i = ops.len(x) - 1; i > 0; i--) {
    const j = r.gen.randbelow(i + 1) as number;
    const xi = ops.getItem(x, i), xj = ops.getItem(x, j);
    ops.setItem(x, i, xj);
    ops.setItem(x, j, xi);
  }
  return null;
});
pyMethod('sample', ['population', 'k'], 2, (r, [population, k, counts = null]) => {
  if (!isSequence(population)) throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  const n = ops.len(population);
  const kk = sampleSize(k, n, counts !== null);
  if (counts !== null) {
    const cs = ops.toArray(counts).map((c) => {
      if (ops.isIntLike(c)) return Number(ops.toIndex(c));
      if (c instanceof PyFloat) return c.v + 0.5; // a float total: never an integer
      throw typeError(`unsupported operand type(s) for +: 'int' and '${ops.typeName(c)}'`);
    });
    const floats = ops.toArray(counts).some((c) => c instanceof PyFloat);
    if (floats && cs.length === n) throw typeError('Counts must be integers');
    const idx = core(() => r.gen.sampleWithCounts(n, cs, kk));
    return new PyList(idx.map((i) => pick(population, i)));
  }
  const idx = core(() => r.gen.sampleIndices(n, kk));
  return new PyList(idx.map((i) => pick(population, Number(i))));
}, ['counts']);
pyMethod('choices', ['population', 'weights'], 1, (r, [population, weights = null, cumWeights = null, k = 1]) => {
  const n = ops.len(population);
  const count = Number(ops.toIndex(k));
  let cum: number[] | null = null;
  if (cumWeights === null) {
    if (weights !== null) {
      if (ops.isIntLike(weights)) {
        throw typeError(`The number of choices must be a keyword argument: k=${ops.repr(weights)}`);
      }
      cum = cumulativeFloats(n, accumulate(weights), 'weights');
    }
  } else {
    if (weights !== null) throw typeError('Cannot specify both weights and cumulative weights');
    cum = cumulativeFloats(n, ops.toArray(cumWeights), 'cum_weights');
  }
  const idx = core(() => r.gen.choices(n, Math.max(0, count), cum));
  return new PyList(idx.map((i) => pick(population, i)));
}, ['cum_weights', 'k']);

pyMethod('uniform', ['a', 'b'], 2, (r, [a, b]) => {
  const span = ops.binaryOp(b, a, ops.NB_SUBTRACT); // raises before drawing, as a + (b-a) * random() does
  return ops.binaryOp(a, ops.binaryOp(span, f(r.gen.random()), ops.NB_MULTIPLY), ops.NB_ADD);
});
// triangular, step by step as random.py writes it: u is drawn first, and the
// arithmetic is Python's, so odd arguments fail (or succeed) as in CPython.
pyMethod('triangular', ['low', 'high', 'mode'], 0, (r, [low = f(0), high = f(1), mode = null]) => {
  const sub = (x: unknown, y: unknown) => ops.binaryOp(x, y, ops.NB_SUBTRACT);
  let u: unknown = f(r.gen.random());
  let c: unknown = f(0.5);
  if (mode !== null) {
    try {
      c = ops.binaryOp(sub(mode, low), sub(high, low), ops.NB_TRUE_DIVIDE);
    } catch (e) {
      if (e instanceof PyObject && e.cls.isSubtypeOf(ZeroDivisionError)) return low;
      throw e;
    }
  }
  if (ops.compareBool(u, c, ops.CMP_GT)) {
    u = sub(f(1), u);
    c = sub(f(1), c);
    [low, high] = [high, low];
  }
  const uc = floatArg(ops.binaryOp(u, c, ops.NB_MULTIPLY), 'u * c');
  if (uc < 0) throw valueError('math domain error');
  return ops.binaryOp(low, ops.binaryOp(sub(high, low), f(Math.sqrt(uc)), ops.NB_MULTIPLY), ops.NB_ADD);
});
// gauss and normalvariate: mu + z * sigma in Python arithmetic, so int or odd arguments behave as in CPython.
const scaled = (z: number, mu: unknown, sigma: unknown) =>
  ops.binaryOp(mu, ops.binaryOp(f(z), sigma, ops.NB_MULTIPLY), ops.NB_ADD);
pyMethod('gauss', ['mu', 'sigma'], 0, (r, [mu = f(0), sigma = f(1)]) => scaled(r.gen.gauss(0, 1), mu, sigma));
pyMethod('normalvariate', ['mu', 'sigma'], 0, (r, [mu = f(0), sigma = f(1)]) => scaled(r.gen.normalvariate(0, 1), mu, sigma));
const dist = (name: string, params: string[], fn: (g: Random, x: number[]) => number) =>
  pyMethod(name, params, params.length, (r, v) => f(core(() => fn(r.gen, v.map((x, i) => floatArg(x, params[i]))))));
// These draw first and then combine the draw with the arguments in Python
// arithmetic, as random.py does: a bad argument fails after the draw.
const div = (x: unknown, y: unknown) => ops.binaryOp(x, y, ops.NB_TRUE_DIVIDE);
pyMethod('lognormvariate', ['mu', 'sigma'], 2, (r, [mu, sigma]) => {
  const v = scaled(r.gen.normalvariate(0, 1), mu, sigma);
  return f(core(() => pyExp(floatArg(v, 'mu + z * sigma'))));
});
pyMethod('expovariate', ['lambd'], 1, (r, [lambd]) => div(f(-crLog(1 - r.gen.random())), lambd));
pyMethod('paretovariate', ['alpha'], 1, (r, [alpha]) => {
  const u = 1 - r.gen.random();
  const e = div(f(-1), alpha);
  return f(core(() => pyPow(u, floatArg(e, '-1.0 / alpha'))));
});
pyMethod('weibullvariate', ['alpha', 'beta'], 2, (r, [alpha, beta]) => {
  const u = 1 - r.gen.random();
  const e = div(f(1), beta);
  return ops.binaryOp(alpha, f(core(() => pyPow(-crLog(u), floatArg(e, '1.0 / beta')))), ops.NB_MULTIPLY);
});
pyMethod('vonmisesvariate', ['mu', 'kappa'], 2, (r, [mu, kappa]) => {
  // random.py tests kappa first, and for a tiny kappa never looks at mu.
  if (ops.compareBool(kappa, f(1e-6), ops.CMP_LE)) return f(2 * Math.PI * r.gen.random());
  return f(core(() => r.gen.vonmisesvariate(floatArg(mu, 'mu'), floatArg(kappa, 'kappa'))));
});
dist('gammavariate', ['alpha', 'beta'], (g, [a, b]) => g.gammavariate(a, b));
dist('betavariate', ['alpha', 'beta'], (g, [a, b]) => g.betavariate(a, b));

randomType.ns.set('VERSION', 3);

/** sample()'s k check: `0 <= k <= n`, then `[None] * k` (which refuses non-ints). */
function sampleSize(k: unknown, n: number, withCounts: boolean): PyInt {
  if (withCounts) return ops.isIntLike(k) ? ops.toIndex(k) : Number(ops.toFloatMaybe(k) ?? NaN);
  if (ops.isIntLike(k)) {
    const kk = ops.toIndex(k);
    if (kk < 0 || kk > n) throw valueError('Sample larger than population or is negative');
    return kk;
  }
  const kf = ops.toFloatMaybe(k);
  if (kf === undefined) throw typeError(`'<=' not supported between instances of 'int' and '${ops.typeName(k)}'`);
  if (!(kf >= 0 && kf <= n)) throw valueError('Sample larger than population or is negative');
  throw typeError(`can't multiply sequence by non-int of type '${ops.typeName(k)}'`);
}

/** list(itertools.accumulate(weights)), summed with Python's + (so its errors are Python's). */
function accumulate(weights: unknown): unknown[] {
  let total: unknown = undefined;
  const out: unknown[] = [];
  for (const w of ops.toArray(weights)) {
    total = total === undefined ? w : ops.binaryOp(total, w, ops.NB_ADD);
    out.push(total);
  }
  return out;
}

/**
 * The cumulative weights as floats for bisecting, after random.py's own
 * checks in its order: the count, then `cum_weights[-1] + 0.0` (whose
 * TypeError is Python's). random-core checks the total's value.
 */
function cumulativeFloats(n: number, cum: unknown[], what: string): number[] {
  if (cum.length === n && n > 0) ops.binaryOp(cum[n - 1], f(0), ops.NB_ADD);
  return cum.map((w) => floatArg(w, what));
}

// ---------------------------------------------------------------- the module

// CPython re-seeds the hidden instance in a forked child from urandom; pygil
// from (config.seed, the child's pid), so children differ but runs repeat.
afterForkInChild.push((child) => {
  const m = child.modules.get('random') as { dict: PyDict } | undefined;
  const inst = m?.dict.get('_inst');
  if (!(inst instanceof PyRandom)) return;
  const s = BigInt(Math.trunc(current.config.seed)) & 0xffffffffffffffffn;
  inst.gen.seedFromWords([Number(s & 0xffffffffn), Number(s >> 32n), child.pid]);
});

registerModule('random', (proc, ns) => {
  ns.set('Random', randomType);
  // The hidden instance starts from config.seed itself: see the header.
  const inst = new PyRandom(randomType);
  inst.gen.seedFromInt(Math.trunc(proc.config.seed));
  const names = [
    'seed', 'random', 'getrandbits', 'randbytes', 'getstate', 'setstate', 'randrange', 'randint', 'choice',
    'shuffle', 'sample', 'choices', 'uniform', 'triangular', 'gauss', 'normalvariate', 'lognormvariate',
    'expovariate', 'vonmisesvariate', 'gammavariate', 'betavariate', 'paretovariate', 'weibullvariate',
  ];
  for (const n of names) {
    const m = randomType.ns.get(n) as PyBuiltin;
    ns.set(n, new PyBuiltin(n, m.fn, true, inst));
  }
  ns.set('_inst', inst);
});

