// Builtin iterator objects. Each implements `next()`, which returns the next
// value or `undefined` when exhausted; the VM's FOR_ITER calls it directly,
// so iterating a list raises no StopIteration and allocates nothing per step.

import { PyObject, makeBuiltinType, PyType } from './object.js';
import { runtimeError } from './exceptions.js';
import type { PyDict, PySet } from './dict.js';

export abstract class PyIter extends PyObject {
  abstract next(): unknown;
  /** FOR_ITER must look at pyCall and viaHelper (either is set). */
  framed = false;
  /**
   * Its next() calls a Python function (a map's or filter's): FOR_ITER
   * runs that call as a frame instead, from frameStep (vm/special-frames.ts).
   */
  pyCall = false;
  /**
   * For a framed iterator: the next call to make, as [function, arguments]
   * for a map, [predicate, [item], item] for a filter; undefined when exhausted.
   */
  frameStep(): [unknown, unknown[], unknown?] | undefined {
    return undefined;
  }
  /**
   * Its items come from iterators that run Python code (enumerate(gen()),
   * zip over a generator, map(str, gen())): while other threads live (one
   * may be what a wait in that code waits for), a for loop iterates it
   * through helperArgs' Python generator instead, which takes each item in
   * frames. (Alone, a thread cannot wait for anyone, and the direct way is
   * three times faster.)
   */
  viaHelper = false;
  /** A frame FOR_ITER ran for its next item raised StopIteration (the loop ends). */
  stopped(): void {}
  /** For viaHelper: the helper (vm/drain-in-frames.ts) and its arguments. */
  helperArgs(): [string, unknown[]] {
    throw new Error('no helper');
  }
}

/** Builtin iterator types whose items come from running Python code (vm/generator.ts adds the generator's). */
export const pythonRunningTypes = new Set<PyType>();

/** Whether taking an item from iterator `it` may run Python code of its own. */
export function runsPython(it: unknown): boolean {
  if (it instanceof PyIter) return it.framed;
  return it instanceof PyObject && (!it.cls.builtin || pythonRunningTypes.has(it.cls));
}

export const listIteratorType = makeBuiltinType('list_iterator', null, 'other');
export const tupleIteratorType = makeBuiltinType('tuple_iterator', null, 'other');
export const strIteratorType = makeBuiltinType('str_ascii_iterator', null, 'other');
export const rangeIteratorType = makeBuiltinType('range_iterator', null, 'other');
export const dictKeyIteratorType = makeBuiltinType('dict_keyiterator', null, 'other');
export const dictValueIteratorType = makeBuiltinType('dict_valueiterator', null, 'other');
export const dictItemIteratorType = makeBuiltinType('dict_itemiterator', null, 'other');
export const setIteratorType = makeBuiltinType('set_iterator', null, 'other');
export const seqIteratorType = makeBuiltinType('iterator', null, 'other');
export const jsIteratorType = makeBuiltinType('iterator', null, 'other');

/** Iterates a live JS array (list items can change while iterating, as in Python). */
export class ArrayIter extends PyIter {
  i = 0;
  constructor(readonly items: unknown[], cls: PyType) {
    super(cls);
  }
  next(): unknown {
    const items = this.items;
    if (this.i < items.length) return items[this.i++];
    this.i = Number.MAX_SAFE_INTEGER; // stays exhausted even if the list grows
    return undefined;
  }
}

/** For lists: re-reads `owner.items` each step since list methods may replace the array. */
export class ListIter extends PyIter {
  i = 0;
  constructor(readonly owner: { items: unknown[] }) {
    super(listIteratorType);
  }
  next(): unknown {
    const items = this.owner.items;
    if (this.i < items.length) return items[this.i++];
    this.i = Number.MAX_SAFE_INTEGER;
    return undefined;
  }
}

export class StrIter extends PyIter {
  i = 0;
  constructor(readonly s: string) {
    super(strIteratorType);
  }
  next(): unknown {
    const s = this.s;
    if (this.i >= s.length) return undefined;
    const c = s.charCodeAt(this.i);
    if (c >= 0xd800 && c < 0xdc00 && this.i + 1 < s.length) {
      const r = s.slice(this.i, this.i + 2);
      this.i += 2;
      return r;
    }
    return s[this.i++];
  }
}

export class RangeIter extends PyIter {
  constructor(public cur: number, readonly stop: number, readonly step: number) {
    super(rangeIteratorType);
  }
  next(): unknown {
    const c = this.cur;
    if (this.step > 0 ? c < this.stop : c > this.stop) {
      this.cur = c + this.step;
      return c;
    }
    return undefined;
  }
}

/** dict views' iterators: raise like CPython when the dict changes size. */
export class DictIter extends PyIter {
  private it: Iterator<[unknown, unknown]>;
  private readonly size0: number;
  constructor(readonly d: PyDict, readonly what: 0 | 1 | 2, cls: PyType, private makeItem: (k: unknown, v: unknown) => unknown) {
    super(cls);
    this.it = d.map.entries();
    this.size0 = d.map.size;
  }
  /** Items handed out so far (a fork's copy of this iterator resumes there). */
  pos = 0;
  /** Restarts on the (copied) dict and skips what was already handed out. */
  resume(): void {
    this.it = this.d.map.entries();
    for (let i = 0; i < this.pos; i++) this.it.next();
  }
  next(): unknown {
    if (this.d.map.size !== this.size0) throw runtimeError(`${isOrderedDict(this.d) ? 'OrderedDict mutated' : 'dictionary changed size'} during iteration`);
    const r = this.it.next();
    if (r.done) return undefined;
    if (this.pos === this.size0) {
      // More items than the dict had: keys were removed and others added
      // (a JS Map iterator would go on over the new ones, maybe forever).
      this.it = [][Symbol.iterator]() as Iterator<[unknown, unknown]>;
      throw runtimeError('dictionary keys changed during iteration');
    }
    this.pos++;
    const [nk, v] = r.value;
    if (this.what === 1) return v;
    const k = this.d.origKey(nk);
    return this.what === 0 ? k : this.makeItem(k, v);
  }
}

export class SetIter extends PyIter {
  private it: Iterator<unknown>;
  private readonly size0: number;
  constructor(readonly s: PySet) {
    super(setIteratorType);
    this.it = s.map.values();
    this.size0 = s.map.size;
  }
  /** Items handed out so far (a fork's copy of this iterator resumes there). */
  pos = 0;
  /** Restarts on the (copied) set and skips what was already handed out. */
  resume(): void {
    this.it = this.s.map.values();
    for (let i = 0; i < this.pos; i++) this.it.next();
  }
  next(): unknown {
    if (this.s.map.size !== this.size0) throw runtimeError('Set changed size during iteration');
    const r = this.it.next();
    if (r.done) return undefined;
    this.pos++;
    return r.value;
  }
}

/** Wraps a JS generator so builtins (zip, map, itertools) can be written as generators. */
export class JsIter extends PyIter {
  constructor(private readonly it: Iterator<unknown>, cls: PyType = jsIteratorType) {
    super(cls);
  }
  next(): unknown {
    const r = this.it.next();
    return r.done ? undefined : r.value;
  }
}

/** An OrderedDict (or a subclass): its iterators word a change CPython's way. */
function isOrderedDict(d: PyDict): boolean {
  return d.cls.mro.some((c) => c.cName === 'collections.OrderedDict');
}
