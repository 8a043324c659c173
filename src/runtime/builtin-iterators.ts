// The iterator types behind the builtins enumerate, zip, map, filter and
// reversed, and the callable_iterator of two-argument iter().
//
// They are real classes in the builtins namespace (isinstance(m, map) works,
// type(z).__name__ is 'zip') and their instances are PyIter objects, so the
// VM's FOR_ITER drives them without StopIteration. Every one pulls one item
// at a time from its sources through ops.iterNext: nothing is materialised,
// so they work over infinite generators exactly as in CPython.

import { PyObject, PyType, makeBuiltinType, typeOf, boolType } from './object.js';
import { PyIter, runsPython } from './iter.js';
import { PyFunction, PyBoundMethod } from './function.js';
import { PyTuple, PyList } from './tuple.js';
import { PyDict, dictType } from './dict.js';
import { method, constructor } from './define.js';
import {
  PyBaseException, typeError, valueError, newException, excMatches, StopIteration, IndexError,
} from './exceptions.js';
import * as ops from './ops.js';
import { intAdd, type Int } from './int-math.js';

export const enumerateType = makeBuiltinType('enumerate', null, 'other');
export const zipType = makeBuiltinType('zip', null, 'other');
export const mapType = makeBuiltinType('map', null, 'other');
export const filterType = makeBuiltinType('filter', null, 'other');
export const reversedType = makeBuiltinType('reversed', null, 'other');
export const callableIteratorType = makeBuiltinType('callable_iterator', null, 'other');

/** The classes that builtins.ts must expose by name. */
export const builtinIteratorClasses: PyType[] = [enumerateType, zipType, mapType, filterType, reversedType];

/** Subclass instances (class M(map): ...) get an attribute dict like any user object. */
function withDict<T extends PyObject>(o: T): T {
  if (o.cls.hasInstanceDict) o.dict = new PyDict();
  return o;
}

// ---------------------------------------------------------------- enumerate

export class PyEnumerate extends PyIter {
  constructor(cls: PyType, private readonly it: unknown, private count: Int) {
    super(cls);
    this.framed = this.viaHelper = runsPython(it);
  }
  next(): unknown {
    const v = ops.iterNext(this.it);
    return v === undefined ? undefined : this.counted(v);
  }
  /** (count, v), counting it. */
  counted(v: unknown): PyTuple {
    const c = this.count;
    this.count = typeof c === 'number' && c < Number.MAX_SAFE_INTEGER ? c + 1 : intAdd(c, 1);
    return new PyTuple([c, v]);
  }
  override helperArgs(): [string, unknown[]] {
    return ['enumerate_', [this, this.it]];
  }
}

constructor(enumerateType, (args, kw) => {
  const [iterable, start] = enumerateArgs(args, kw);
  const it = ops.getIter(iterable);
  const count = start === undefined ? 0 : ops.toIndex(start);
  return withDict(new PyEnumerate(args[0] as PyType, it, count));
});

/** enumerate(iterable, start=0), with CPython's hand-written argument checks and messages. */
function enumerateArgs(args: unknown[], kw: Map<string, unknown> | null): [unknown, unknown] {
  const nargs = args.length - 1;
  const names = kw === null ? [] : [...kw.keys()];
  const total = nargs + names.length;
  const expect = (i: number, name: string): void => {
    if (names[i] !== name) throw typeError(`'${names[i]}' is an invalid keyword argument for enumerate()`);
  };
  if (total === 2 || total === 1) {
    if (total === 1) {
      if (names.length === 1) expect(0, 'iterable');
    } else if (names.length === 1) {
      expect(0, 'start');
    } else if (names.length === 2) {
      if (names[0] === 'start') {
        expect(1, 'iterable');
      } else {
        expect(0, 'iterable');
        expect(1, 'start');
      }
    }
    const values = [...args.slice(1), ...names.map((n) => kw!.get(n))];
    if (names.length === 2 && names[0] === 'start') return [values[1], values[0]];
    return [values[0], values[1]];
  }
  if (nargs === 0) throw typeError("enumerate() missing required argument 'iterable'");
  throw typeError(`enumerate() takes at most 2 arguments (${total} given)`);
}

// ---------------------------------------------------------------- zip

export class PyZip extends PyIter {
  constructor(cls: PyType, private readonly its: unknown[], private readonly strict: boolean) {
    super(cls);
    this.framed = this.viaHelper = !strict && its.some(runsPython);
  }
  override helperArgs(): [string, unknown[]] {
    return ['zip_', [new PyList(this.its.slice())]];
  }
  next(): unknown {
    const its = this.its;
    const n = its.length;
    if (n === 0) return undefined;
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const v = ops.iterNext(its[i]);
      if (v === undefined) {
        if (this.strict) this.checkStrict(i);
        return undefined;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }

  /** strict=True: argument `i` ran out; the others must be exhausted too. */
  private checkStrict(i: number): void {
    if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than ${firstArgs(i)}`);
    for (let j = 1; j < this.its.length; j++) {
      if (ops.iterNext(this.its[j]) !== undefined) throw valueError(`zip() argument ${j + 1} is longer than ${firstArgs(j)}`);
    }
  }
}

/** "argument 1" or "arguments 1-3", as zip's strict errors name the earlier arguments. */
function firstArgs(n: number): string {
  return n === 1 ? 'argument 1' : `arguments 1-${n}`;
}

constructor(zipType, (args, kw) => {
  let strict = false;
  if (kw !== null) {
    if (kw.size > 1) throw typeError(`zip() takes at most 1 keyword argument (${kw.size} given)`);
    for (const [k, v] of kw) {
      if (k !== 'strict') throw typeError(`'${k}' is an invalid keyword argument for zip()`);
      strict = ops.truthy(v);
    }
  }
  const its = new Array<unknown>(args.length - 1);
  for (let i = 1; i < args.length; i++) its[i - 1] = ops.getIter(args[i]);
  return withDict(new PyZip(args[0] as PyType, its, strict));
});

// ---------------------------------------------------------------- map

/** A function whose calls a for loop makes in frames (a map's, a filter's). */
function pythonFunction(fn: unknown): boolean {
  return fn instanceof PyFunction && !fn.code.isGenerator;
}

export class PyMap extends PyIter {
  constructor(cls: PyType, private readonly fn: unknown, private readonly its: unknown[]) {
    super(cls);
    this.viaHelper = its.some(runsPython);
    this.pyCall = pythonFunction(fn);
    this.framed = this.viaHelper || this.pyCall;
  }
  override helperArgs(): [string, unknown[]] {
    return ['map_', [this.fn, new PyList(this.its.slice())]];
  }
  override frameStep(): [unknown, unknown[]] | undefined {
    const its = this.its;
    const callArgs = new Array<unknown>(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = ops.iterNext(its[i]);
      if (v === undefined) return undefined;
      callArgs[i] = v;
    }
    return [this.fn, callArgs];
  }
  next(): unknown {
    const its = this.its;
    if (its.length === 1) {
      const v = ops.iterNext(its[0]);
      return v === undefined ? undefined : ops.call(this.fn, [v]);
    }
    const callArgs = new Array<unknown>(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = ops.iterNext(its[i]);
      if (v === undefined) return undefined;
      callArgs[i] = v;
    }
    return ops.call(this.fn, callArgs);
  }
}

constructor(mapType, (args, kw) => {
  if (kw !== null && kw.size > 0 && (args[0] as PyType) === mapType) throw typeError('map() takes no keyword arguments');
  if (args.length < 3) throw typeError('map() must have at least two arguments.');
  const its = new Array<unknown>(args.length - 2);
  for (let i = 2; i < args.length; i++) its[i - 2] = ops.getIter(args[i]);
  return withDict(new PyMap(args[0] as PyType, args[1], its));
});

// ---------------------------------------------------------------- filter

export class PyFilter extends PyIter {
  constructor(cls: PyType, private readonly fn: unknown, private readonly it: unknown) {
    super(cls);
    this.viaHelper = runsPython(it);
    this.pyCall = pythonFunction(fn);
    this.framed = this.viaHelper || this.pyCall;
  }
  override helperArgs(): [string, unknown[]] {
    return ['filter_', [this.fn, this.it]];
  }
  override frameStep(): [unknown, unknown[], unknown] | undefined {
    const v = ops.iterNext(this.it);
    return v === undefined ? undefined : [this.fn, [v], v];
  }
  next(): unknown {
    const fn = this.fn;
    for (;;) {
      const v = ops.iterNext(this.it);
      if (v === undefined) return undefined;
      // filter(None, …) and filter(bool, …) both keep the truthy items.
      const keep = fn === null || fn === boolType ? ops.truthy(v) : ops.truthy(ops.call(fn, [v]));
      if (keep) return v;
    }
  }
}

constructor(filterType, (args, kw) => {
  if (kw !== null && kw.size > 0 && (args[0] as PyType) === filterType) throw typeError('filter() takes no keyword arguments');
  if (args.length !== 3) throw typeError(`filter expected 2 arguments, got ${args.length - 1}`);
  return withDict(new PyFilter(args[0] as PyType, args[1], ops.getIter(args[2])));
});

// ---------------------------------------------------------------- reversed

/** The `reversed` object: walks a sequence backwards by index. */
export class PyReversed extends PyIter {
  /**
   * `items` is set for builtin tuples and strs (read directly); otherwise
   * `seq.__getitem__` is called for each index, as CPython's sequence protocol does.
   */
  constructor(cls: PyType, private readonly seq: unknown, private readonly items: unknown[] | null, private index: number) {
    super(cls);
  }
  next(): unknown {
    const i = this.index;
    if (i < 0) return undefined;
    if (this.items !== null) {
      this.index = i - 1;
      return this.items[i];
    }
    try {
      const v = ops.getItem(this.seq, i);
      this.index = i - 1;
      return v;
    } catch (e) {
      if (e instanceof PyBaseException && (excMatches(e, IndexError) || excMatches(e, StopIteration))) {
        this.index = -1;
        return undefined;
      }
      throw e;
    }
  }
}

/** reversed(seq): `__reversed__` if the type has one, else the sequence protocol. */
export function reversedOf(seq: unknown, cls: PyType = reversedType): unknown {
  const t = typeOf(seq);
  const rev = t.lookup('__reversed__');
  if (rev === null) throw notReversible(seq);
  if (rev !== undefined) return ops.callDescr(rev, seq, []);
  if (seq instanceof PyTuple && t.builtin) return withDict(new PyReversed(cls, seq, seq.items, seq.items.length - 1));
  if (typeof seq === 'string') {
    const chars = Array.from(seq);
    return withDict(new PyReversed(cls, seq, chars, chars.length - 1));
  }
  // A sequence is anything with __getitem__ that is not a mapping.
  if (t.lookup('__getitem__') === undefined || t.isSubtypeOf(dictType)) throw notReversible(seq);
  return withDict(new PyReversed(cls, seq, null, ops.len(seq) - 1));
}

function notReversible(seq: unknown) {
  return typeError(`'${ops.typeName(seq)}' object is not reversible`);
}

constructor(reversedType, (args, kw) => {
  if (kw !== null && kw.size > 0 && (args[0] as PyType) === reversedType) throw typeError('reversed() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`reversed expected 1 argument, got ${args.length - 1}`);
  return reversedOf(args[1], args[0] as PyType);
});

// ---------------------------------------------------------------- iter(callable, sentinel)

export class PyCallableIter extends PyIter {
  constructor(private fn: unknown, readonly sentinel: unknown) {
    super(callableIteratorType);
    // iter(q.get, None): a for loop makes the calls in frames (they may wait).
    const f = fn instanceof PyBoundMethod ? fn.func : fn;
    this.framed = this.pyCall = pythonFunction(f);
  }
  /** The callable, or null once the iterator is exhausted. */
  get callable(): unknown {
    return this.fn;
  }
  /** Exhausted: the sentinel came back, or the callable raised StopIteration. */
  override stopped(): void {
    this.fn = null;
  }
  next(): unknown {
    const fn = this.fn;
    if (fn === null) return undefined;
    let r: unknown;
    try {
      r = ops.call(fn, []);
    } catch (e) {
      if (e instanceof PyBaseException && excMatches(e, StopIteration)) {
        this.fn = null;
        return undefined;
      }
      throw e;
    }
    if (ops.eqObjects(this.sentinel, r)) {
      this.fn = null; // stays exhausted, as CPython drops the callable
      return undefined;
    }
    return r;
  }
}

// ---------------------------------------------------------------- the iterator protocol

/** Iterators are their own iterators; __next__ turns exhaustion into StopIteration. */
function iteratorProtocol(t: PyType): void {
  method(t, '__iter__', (args) => args[0]);
  method(t, '__next__', (args) => {
    const self = args[0];
    if (!(self instanceof PyIter) || !typeOf(self).isSubtypeOf(t)) {
      throw typeError(`descriptor '__next__' requires a '${t.name}' object but received a '${ops.typeName(self)}'`);
    }
    const v = self.next();
    if (v === undefined) throw newException(StopIteration, []);
    return v;
  });
}

for (const t of [...builtinIteratorClasses, callableIteratorType]) {
  iteratorProtocol(t);
}
