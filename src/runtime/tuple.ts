// Tuples and lists: the two array-backed sequences. Both keep a plain JS array
// in `items` so the VM can index them without a method call.

import { PyObject, makeBuiltinType, PyType } from './object.js';

export const tupleType = makeBuiltinType('tuple', null, 'tuple');
export const listType = makeBuiltinType('list', null, 'list');

export class PyTuple extends PyObject {
  items: unknown[];
  constructor(items: unknown[], cls: PyType = tupleType) {
    super(cls);
    this.items = items;
  }
}

export class PyList extends PyObject {
  items: unknown[];
  constructor(items: unknown[], cls: PyType = listType) {
    super(cls);
    this.items = items;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function tuple(items: unknown[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

tupleType.alloc = (cls) => new PyTuple([], cls);
listType.alloc = (cls) => new PyList([], cls);
