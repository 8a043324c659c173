// The operator module: Python's operators as functions, plus itemgetter,
// attrgetter and methodcaller. Every function goes through the same generic
// protocols as the VM (arith, compare, getItem …), so `operator.add(a, b)`
// behaves exactly like `a + b`, dunders and error messages included.

import { registerModule } from './registry.js';
import { ssizeArg } from './args.js';
import { current } from '../vm/process.js';
import { PyObject, makeBuiltinType, typeOf } from '../runtime/object.js';
import { PyTuple } from '../runtime/tuple.js';
import { method, func, argCount, noKw, constructor } from '../runtime/define.js';
import { typeError, valueError } from '../runtime/exceptions.js';
import { arith, compare } from '../runtime/arith.js';
import * as ops from '../runtime/ops.js';
import type { Kwargs } from '../runtime/function.js';
import { NotImplemented } from '../runtime/singletons.js';

// Binary operators by BINARY_OP number (see ops.ts NB_*).
const BINARY: [string, number][] = [
  ['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6], ['or_', 7],
  ['pow', 8], ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
];
const COMPARE: [string, number][] = [['lt', 0], ['le', 1], ['eq', 2], ['ne', 3], ['gt', 4], ['ge', 5]];

// ---------------------------------------------------------------- itemgetter & co

const itemgetterType = makeBuiltinType('itemgetter', null, 'other');
const attrgetterType = makeBuiltinType('attrgetter', null, 'other');
const methodcallerType = makeBuiltinType('methodcaller', null, 'other');
for (const t of [itemgetterType, attrgetterType, methodcallerType]) {
  t.module = 'operator';
  t.cName = `operator.${t.name}`;
}

class PyItemGetter extends PyObject {
  constructor(readonly keys: unknown[]) {
    super(itemgetterType);
  }
}
class PyAttrGetter extends PyObject {
  /** Each attribute path split at its dots. */
  constructor(readonly names: string[], readonly paths: string[][]) {
    super(attrgetterType);
  }
}
class PyMethodCaller extends PyObject {
  constructor(readonly name: string, readonly args: unknown[], readonly kw: Kwargs) {
    super(methodcallerType);
  }
}

constructor(itemgetterType, (args, kw) => {
  noKw('itemgetter', kw);
  if (args.length < 2) throw typeError('itemgetter expected 1 argument, got 0');
  return new PyItemGetter(args.slice(1));
});
method(itemgetterType, '__call__', (args, kw) => {
  const g = args[0] as PyItemGetter;
  noKw('itemgetter', kw);
  if (args.length !== 2) throw typeError(`itemgetter expected 1 argument, got ${args.length - 1}`);
  const obj = args[1];
  if (g.keys.length === 1) return ops.getItem(obj, g.keys[0]);
  return new PyTuple(g.keys.map((k) => ops.getItem(obj, k)));
});
method(itemgetterType, '__repr__', (args) => {
  const g = args[0] as PyItemGetter;
  return ops.reprGuard(g, 'operator.itemgetter(...)', () => `operator.itemgetter(${g.keys.map(ops.repr).join(', ')})`);
});

constructor(attrgetterType, (args, kw) => {
  noKw('attrgetter', kw);
  if (args.length < 2) throw typeError('attrgetter expected 1 argument, got 0');
  const names = args.slice(1);
  for (const n of names) if (typeof n !== 'string') throw typeError('attribute name must be a string');
  return new PyAttrGetter(names as string[], (names as string[]).map((n) => n.split('.')));
});
method(attrgetterType, '__call__', (args, kw) => {
  const g = args[0] as PyAttrGetter;
  noKw('attrgetter', kw);
  if (args.length !== 2) throw typeError(`attrgetter expected 1 argument, got ${args.length - 1}`);
  const get = (path: string[]) => path.reduce((o, n) => ops.getAttr(o, n), args[1]);
  if (g.paths.length === 1) return get(g.paths[0]);
  return new PyTuple(g.paths.map(get));
});
method(attrgetterType, '__repr__', (args) => {
  const g = args[0] as PyAttrGetter;
  return `operator.attrgetter(${g.names.map(ops.repr).join(', ')})`;
});

constructor(methodcallerType, (args, kw) => {
  if (args.length < 2) throw typeError('methodcaller needs at least one argument, the method name');
  const name = args[1];
  if (typeof name !== 'string') throw typeError('method name must be a string');
  return new PyMethodCaller(name, args.slice(2), kw !== null && kw.size > 0 ? new Map(kw) : null);
});
method(methodcallerType, '__call__', (args, kw) => {
  const m = args[0] as PyMethodCaller;
  noKw('methodcaller', kw);
  if (args.length !== 2) throw typeError(`methodcaller expected 1 argument, got ${args.length - 1}`);
  return ops.call(ops.getAttr(args[1], m.name), m.args, m.kw);
});
method(methodcallerType, '__repr__', (args) => {
  const m = args[0] as PyMethodCaller;
  const parts = [ops.repr(m.name), ...m.args.map(ops.repr)];
  if (m.kw !== null) for (const [k, v] of m.kw) parts.push(`${k}=${ops.repr(v)}`);
  return `operator.methodcaller(${parts.join(', ')})`;
});

/** The items countOf/indexOf search, with CPython's message for a non-iterable. */
function searched(seq: unknown): unknown[] {
  const t = typeOf(seq);
  if (typeof seq !== 'string' && t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`argument of type '${t.tpName}' is not iterable`);
  }
  return ops.toArray(seq);
}

/** operator.length_hint: len() if the object has one, else its __length_hint__, else `dflt`. */
function lengthHint(obj: unknown, dflt: unknown): unknown {
  if (!ops.isIntLike(dflt)) throw typeError(`'${ops.typeName(dflt)}' object cannot be interpreted as an integer`);
  const fallback = ssizeArg(dflt);
  const t = typeOf(obj);
  if (t.lookup('__len__') !== undefined) return ops.len(obj);
  const hint = t.lookup('__length_hint__');
  if (hint === undefined) return fallback;
  const r = ops.callDescr(hint, obj, []);
  if (r === NotImplemented) return fallback;
  if (!ops.isIntLike(r)) throw typeError(`__length_hint__ must be an integer, not ${ops.typeName(r)}`);
  if (ops.compareBool(r, 0, ops.CMP_LT)) throw valueError('__length_hint__() should return >= 0');
  return r;
}

// ---------------------------------------------------------------- the module

registerModule('operator', (proc, ns) => {
  const name = 'operator';
  const def = (fname: string, n: number, fn: (args: unknown[]) => unknown, dunder = false) => {
    func(ns, fname, (args, kw) => {
      noKw(fname, kw);
      // One-argument functions (METH_O) name their module in the message.
      argCount(n === 1 ? `_operator.${fname}` : fname, args, n);
      return fn(args);
    }, name);
    // The dunder aliases (operator.__add__ …) that CPython also exports.
    if (dunder) ns.set(`__${fname.replace(/_$/, '')}__`, ns.get(fname));
  };

  for (const [fname, op] of BINARY) {
    def(fname, 2, (a) => arith(a[0], a[1], op), true);
    def('i' + fname.replace(/_$/, ''), 2, (a) => arith(a[0], a[1], op + ops.NB_INPLACE), true);
  }
  for (const [fname, op] of COMPARE) def(fname, 2, (a) => compare(a[0], a[1], op), true);
  def('neg', 1, (a) => ops.unaryNegative(a[0]));
  def('pos', 1, (a) => ops.unaryPositive(a[0]));
  def('invert', 1, (a) => ops.unaryInvert(a[0]));
  def('inv', 1, (a) => ops.unaryInvert(a[0]));
  def('abs', 1, (a) => ops.call(current.builtins.get('abs'), [a[0]]));
  def('not_', 1, (a) => !ops.truthy(a[0]));
  def('truth', 1, (a) => ops.truthy(a[0]));
  def('is_', 2, (a) => a[0] === a[1]);
  def('is_not', 2, (a) => a[0] !== a[1]);
  def('index', 1, (a) => ops.toIndex(a[0]));
  def('concat', 2, (a) => {
    const t = typeOf(a[0]);
    if (t.lookup('__getitem__') === undefined || ops.isIntLike(a[0])) {
      throw typeError(`'${t.tpName}' object can't be concatenated`);
    }
    return arith(a[0], a[1], ops.NB_ADD);
  });
  def('iconcat', 2, (a) => {
    const t = typeOf(a[0]);
    if (t.lookup('__getitem__') === undefined || ops.isIntLike(a[0])) {
      throw typeError(`'${t.tpName}' object can't be concatenated`);
    }
    return arith(a[0], a[1], ops.NB_ADD + ops.NB_INPLACE);
  });
  ns.set('__iconcat__', ns.get('iconcat'));
  func(ns, 'length_hint', (args, kw) => {
    noKw('length_hint', kw);
    argCount('length_hint', args, 1, 2);
    return lengthHint(args[0], args.length > 1 ? args[1] : 0);
  }, name);
  // operator.call(obj, /, *args, **kwargs), new in 3.11.
  func(ns, 'call', (args, kw) => {
    if (args.length < 1) throw typeError('call expected at least 1 argument, got 0');
    return ops.call(args[0], args.slice(1), kw);
  }, name);
  ns.set('__call__', ns.get('call'));
  def('contains', 2, (a) => ops.contains(a[0], a[1]));
  def('countOf', 2, (a) => {
    let n = 0;
    for (const x of searched(a[0])) if (x === a[1] || ops.eqObjects(x, a[1])) n++;
    return n;
  });
  def('indexOf', 2, (a) => {
    const items = searched(a[0]);
    for (let i = 0; i < items.length; i++) if (items[i] === a[1] || ops.eqObjects(items[i], a[1])) return i;
    throw valueError('sequence.index(x): x not in sequence');
  });
  def('getitem', 2, (a) => ops.getItem(a[0], a[1]));
  def('setitem', 3, (a) => {
    ops.setItem(a[0], a[1], a[2]);
    return null;
  });
  def('delitem', 2, (a) => {
    ops.delItem(a[0], a[1]);
    return null;
  });
  ns.set('itemgetter', itemgetterType);
  ns.set('attrgetter', attrgetterType);
  ns.set('methodcaller', methodcallerType);
});
