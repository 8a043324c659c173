// collections.deque: a double-ended queue in a ring buffer, so appends and
// pops at both ends are O(1) and indexing is O(1) too. Every mutation bumps
// a counter that iterators check, to raise "deque mutated during iteration"
// as CPython does.

import { clinic, ssizeArg } from './args.js';
import { PyObject, PyType, PyFloat, makeBuiltinType } from '../runtime/object.js';
import { PyTuple, PyList } from '../runtime/tuple.js';
import { PyIter } from '../runtime/iter.js';
import { method, constructor, classMethod, getter, noKw } from '../runtime/define.js';
import { typeError, valueError, indexError, runtimeError, newException, StopIteration } from '../runtime/exceptions.js';
import { NotImplemented } from '../runtime/singletons.js';
import { badSelf } from '../runtime/types/native-args.js';
import * as ops from '../runtime/ops.js';
import { subscriptable } from '../runtime/generic-alias.js';

export const dequeType = makeBuiltinType('deque', null, 'other');
dequeType.module = 'collections';
dequeType.cName = 'collections.deque';

/** A ring buffer: items live at buf[(head + i) & mask] for i < len. */
class PyDeque extends PyObject {
  buf: unknown[] = new Array(8);
  head = 0;
  len = 0;
  maxlen: number | null = null;
  /** Bumped by every mutation, so iterators can notice. */
  state = 0;
  constructor(cls: PyType) {
    super(cls);
  }

  at(i: number): unknown {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }
  setAt(i: number, v: unknown): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const old = this.toArray();
    this.buf = new Array(this.buf.length * 2);
    for (let i = 0; i < old.length; i++) this.buf[i] = old[i];
    this.head = 0;
  }
  push(v: unknown): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.len === this.maxlen) this.shift();
    if (this.len === this.buf.length) this.grow();
    this.setAt(this.len++, v);
  }
  unshift(v: unknown): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.len === this.maxlen) this.pop();
    if (this.len === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.len++;
  }
  pop(): unknown {
    if (this.len === 0) return undefined;
    this.state++;
    const v = this.at(--this.len);
    this.setAt(this.len, undefined);
    return v;
  }
  shift(): unknown {
    if (this.len === 0) return undefined;
    this.state++;
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.len--;
    return v;
  }
  toArray(): unknown[] {
    const out = new Array(this.len);
    for (let i = 0; i < this.len; i++) out[i] = this.at(i);
    return out;
  }
  /** Replaces the contents (keeping maxlen), trimming from the left as appends would. */
  setAll(items: unknown[]): void {
    this.state++;
    if (this.maxlen !== null && items.length > this.maxlen) items = items.slice(items.length - this.maxlen);
    let cap = 8;
    while (cap < items.length) cap *= 2;
    this.buf = new Array(cap);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.len = items.length;
  }
}

dequeType.alloc = (cls) => new PyDeque(cls);

const dequeIterType = makeBuiltinType('_deque_iterator', null, 'other');
const dequeRevIterType = makeBuiltinType('_deque_reverse_iterator', null, 'other');

class DequeIter extends PyIter {
  private i = 0;
  private readonly state: number;
  constructor(readonly d: PyDeque, readonly reverse: boolean) {
    super(reverse ? dequeRevIterType : dequeIterType);
    this.state = d.state;
  }
  next(): unknown {
    const d = this.d;
    if (d.state !== this.state) {
      this.i = Infinity;
      throw runtimeError('deque mutated during iteration');
    }
    if (this.i >= d.len) return undefined;
    const k = this.i++;
    return d.at(this.reverse ? d.len - 1 - k : k);
  }
}
for (const t of [dequeIterType, dequeRevIterType]) {
  method(t, '__iter__', (a) => a[0]);
  method(t, '__next__', (a) => {
    const v = (a[0] as DequeIter).next();
    if (v === undefined) throw newException(StopIteration, []);
    return v;
  });
}

/** `v` as a deque, else the error of calling deque's method `name` on it. */
function dq(v: unknown, name: string): PyDeque {
  if (!(v instanceof PyDeque)) throw badSelf('collections.deque', name, v);
  return v;
}

/** deque methods that take no argument, or exactly one, with CPython's messages. */
function dequeMethod(name: string, nargs: 0 | 1, fn: (d: PyDeque, x: unknown) => unknown): void {
  const m = method(dequeType, name, (a, kw) => {
    const d = dq(a[0], name);
    noKw(`deque.${name}`, kw);
    const given = a.length - 1;
    if (nargs === 0 && given !== 0) throw typeError(`deque.${name}() takes no arguments (${given} given)`);
    if (nargs === 1 && given !== 1) throw typeError(`deque.${name}() takes exactly one argument (${given} given)`);
    return fn(d, a[1]);
  });
  // Called with the right count (self, and the argument if any) from a
  // CALL: no argument array (queues' append/popleft are hot in asyncio).
  if (nargs === 0) m.fast1 = (self) => fn(dq(self, name), undefined);
  else m.fast2 = (self, x) => fn(dq(self, name), x);
}

function maxlenArg(v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (!ops.isIntLike(v) && !(v instanceof PyObject && v.cls.lookup('__index__') !== undefined)) {
    throw typeError('an integer is required');
  }
  const n = ssizeArg(v);
  if (n < 0) throw valueError('maxlen must be non-negative');
  return n;
}

constructor(dequeType, (a) => ops.allocInstance(a[0] as PyType));
method(dequeType, '__init__', (a, kw) => {
  const d = dq(a[0], '__init__');
  const [iterable, maxlen] = clinic('deque', a.slice(1), kw, ['iterable', 'maxlen'], 0);
  d.maxlen = maxlenArg(maxlen);
  d.setAll(iterable === undefined ? [] : ops.toArray(iterable === d ? d.toArray() : iterable));
  return null;
});
dequeMethod('append', 1, (d, x) => {
  d.push(x);
  return null;
});
dequeMethod('appendleft', 1, (d, x) => {
  d.unshift(x);
  return null;
});
dequeMethod('pop', 0, (d) => {
  const v = d.pop();
  if (v === undefined) throw indexError('pop from an empty deque');
  return v;
});
dequeMethod('popleft', 0, (d) => {
  const v = d.shift();
  if (v === undefined) throw indexError('pop from an empty deque');
  return v;
});
dequeMethod('extend', 1, (d, x) => {
  for (const v of ops.toArray(x === d ? d.toArray() : x)) d.push(v);
  return null;
});
dequeMethod('extendleft', 1, (d, x) => {
  for (const v of ops.toArray(x === d ? d.toArray() : x)) d.unshift(v);
  return null;
});
dequeMethod('clear', 0, (d) => {
  d.setAll([]);
  return null;
});
dequeMethod('copy', 0, (d) => copyDeque(d));
dequeMethod('__copy__', 0, (d) => copyDeque(d));
dequeMethod('reverse', 0, (d) => {
  d.setAll(d.toArray().reverse());
  return null;
});
dequeMethod('count', 1, (d, x) => {
  const state = d.state;
  let n = 0;
  for (let i = 0; i < d.len; i++) {
    const v = d.at(i);
    if (v === x || ops.eqObjects(v, x)) n++;
    if (d.state !== state) throw runtimeError('deque mutated during iteration');
  }
  return n;
});
dequeMethod('remove', 1, (d, x) => {
  const i = findIndex(d, x, 0, d.len);
  if (i < 0) throw valueError(`${ops.repr(x)} is not in deque`);
  const items = d.toArray();
  items.splice(i, 1);
  d.setAll(items);
  return null;
});
method(dequeType, 'rotate', (a, kw) => {
  noKw('deque.rotate', kw);
  if (a.length > 2) throw typeError(`rotate expected at most 1 argument, got ${a.length - 1}`);
  const d = dq(a[0], 'rotate');
  const n = a.length > 1 ? Number(ops.toIndex(a[1])) : 1;
  if (d.len > 1 && n % d.len !== 0) {
    const k = ((n % d.len) + d.len) % d.len; // rotate right by k
    const items = d.toArray();
    d.setAll(items.slice(items.length - k).concat(items.slice(0, items.length - k)));
  } else {
    d.state++;
  }
  return null;
});
method(dequeType, 'index', (a, kw) => {
  noKw('deque.index', kw);
  if (a.length < 2) throw typeError(`index expected at least 1 argument, got ${a.length - 1}`);
  if (a.length > 4) throw typeError(`index expected at most 3 arguments, got ${a.length - 1}`);
  const d = dq(a[0], 'index');
  const clamp = (v: unknown, dflt: number) => {
    if (v === undefined) return dflt;
    let i = Number(ops.toIndex(v));
    if (i < 0) i = Math.max(0, i + d.len);
    return Math.min(i, d.len);
  };
  const i = findIndex(d, a[1], clamp(a[2], 0), clamp(a[3], d.len));
  if (i < 0) throw valueError(`${ops.repr(a[1])} is not in deque`);
  return i;
});
method(dequeType, 'insert', (a, kw) => {
  noKw('deque.insert', kw);
  if (a.length !== 3) throw typeError(`insert expected 2 arguments, got ${a.length - 1}`);
  const d = dq(a[0], 'insert');
  if (d.maxlen !== null && d.len >= d.maxlen) throw indexError('deque already at its maximum size');
  let i = Number(ops.toIndex(a[1]));
  if (i < 0) i = Math.max(0, i + d.len);
  const items = d.toArray();
  items.splice(Math.min(i, d.len), 0, a[2]);
  d.setAll(items);
  return null;
});

function findIndex(d: PyDeque, x: unknown, start: number, stop: number): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.len; i++) {
    const v = d.at(i);
    if (v === x || ops.eqObjects(v, x)) return i;
    if (d.state !== state) throw runtimeError('deque mutated during iteration');
  }
  return -1;
}

function copyDeque(d: PyDeque): PyDeque {
  const c = new PyDeque(d.cls);
  c.maxlen = d.maxlen;
  c.setAll(d.toArray());
  return c;
}

function dequeIndex(d: PyDeque, key: unknown): number {
  if (!ops.isIntLike(key) && !(key instanceof PyObject && key.cls.lookup('__index__') !== undefined && !(key instanceof PyFloat))) {
    throw typeError(`sequence index must be integer, not '${ops.typeName(key)}'`);
  }
  let i = Number(ops.toIndex(key));
  if (i < 0) i += d.len;
  if (i < 0 || i >= d.len) throw indexError('deque index out of range');
  return i;
}

method(dequeType, '__len__', (a) => dq(a[0], '__len__').len);
method(dequeType, '__bool__', (a) => dq(a[0], '__bool__').len > 0);
method(dequeType, '__getitem__', (a) => {
  const d = dq(a[0], '__getitem__');
  return d.at(dequeIndex(d, a[1]));
});
method(dequeType, '__setitem__', (a) => {
  const d = dq(a[0], '__setitem__');
  d.setAt(dequeIndex(d, a[1]), a[2]);
  return null;
});
method(dequeType, '__delitem__', (a) => {
  const d = dq(a[0], '__delitem__');
  const items = d.toArray();
  items.splice(dequeIndex(d, a[1]), 1);
  d.setAll(items);
  return null;
});
method(dequeType, '__iter__', (a) => new DequeIter(dq(a[0], '__iter__'), false));
method(dequeType, '__reversed__', (a) => new DequeIter(dq(a[0], '__reversed__'), true));
method(dequeType, '__contains__', (a) => findIndex(dq(a[0], '__contains__'), a[1], 0, Infinity) >= 0);
method(dequeType, '__repr__', (a) => {
  const d = dq(a[0], '__repr__');
  const name = d.cls.name;
  return ops.reprGuard(d, '[...]', () => {
    const body = '[' + d.toArray().map(ops.repr).join(', ') + ']';
    return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
  });
});
dequeType.ns.set('__hash__', null);
getter(dequeType, 'maxlen', (d) => dq(d, 'maxlen').maxlen);

/** Lexicographic comparison of two deques, as for lists. */
function dequeCompare(a: unknown[], op: number, name: string): unknown {
  const self = a[0], other = a[1];
  if (!(other instanceof PyDeque)) return NotImplemented;
  const x = dq(self, name).toArray(), y = other.toArray();
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i] || ops.eqObjects(x[i], y[i])) continue;
    if (op === ops.CMP_EQ) return false;
    if (op === ops.CMP_NE) return true;
    return ops.richCompare(x[i], y[i], op);
  }
  const c = x.length - y.length;
  switch (op) {
    case ops.CMP_LT: return c < 0;
    case ops.CMP_LE: return c <= 0;
    case ops.CMP_EQ: return c === 0;
    case ops.CMP_NE: return c !== 0;
    case ops.CMP_GT: return c > 0;
    default: return c >= 0;
  }
}
['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
  method(dequeType, name, (a) => dequeCompare(a, op, name));
});
method(dequeType, '__add__', (a) => {
  const d = dq(a[0], '__add__'), other = a[1];
  if (!(other instanceof PyDeque)) {
    throw typeError(`can only concatenate deque (not "${ops.typeName(other)}") to deque`);
  }
  const c = copyDeque(d);
  for (const v of other.toArray()) c.push(v);
  return c;
});
method(dequeType, '__iadd__', (a) => {
  const d = dq(a[0], '__iadd__');
  for (const v of ops.toArray(a[1] === d ? d.toArray() : a[1])) d.push(v);
  return d;
});
function repeatDeque(d: PyDeque, times: unknown): unknown[] {
  if (!ops.isIntLike(times) && !(times instanceof PyObject && times.cls.lookup('__index__') !== undefined)) {
    throw typeError(`can't multiply sequence by non-int of type '${ops.typeName(times)}'`);
  }
  const n = Number(ops.toIndex(times));
  const items = d.toArray();
  const out: unknown[] = [];
  // With a maxlen only the last maxlen items survive: skip building the rest.
  const limit = d.maxlen ?? Infinity;
  for (let i = 0; i < n && out.length < limit + items.length; i++) out.push(...items);
  return out;
}
method(dequeType, '__mul__', (a) => {
  const d = dq(a[0], '__mul__');
  const c = copyDeque(d);
  c.setAll(repeatDeque(d, a[1]));
  return c;
});
dequeType.ns.set('__rmul__', dequeType.ns.get('__mul__'));
method(dequeType, '__imul__', (a) => {
  const d = dq(a[0], '__imul__');
  d.setAll(repeatDeque(d, a[1]));
  return d;
});
method(dequeType, '__reduce__', (a) => {
  const d = dq(a[0], '__reduce__');
  return new PyTuple([d.cls, new PyTuple([new PyList(d.toArray()), d.maxlen])]);
});
subscriptable(dequeType);
