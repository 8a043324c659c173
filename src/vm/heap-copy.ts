// A deep copy of a process's object graph, for os.fork() and for objects
// sent between processes (Queue, Pipe, Pool arguments and results).
//
// Design notes
// - A memoised graph copy: each reachable object is copied once, so
//   sharing and cycles survive (two names for one list stay one list). A
//   PyObject's image sits in its `copyImage` slot while the copy runs (all
//   slots are cleared at its end); other objects go through a Map. The JS
//   arrays, Maps and Sets inside objects belong to one owner each and skip
//   the memo altogether (hashing was most of a big copy's cost). The copy works
//   through an explicit work list, never recursively, so a long linked
//   structure (a deque, a frame chain) cannot overflow the host stack.
// - What is shared instead of copied: everything immutable or belonging to
//   pygil itself — code objects, builtin types, unbound builtin functions,
//   floats, immortal singletons (NotImplemented, the empty tuple), JS
//   functions (closures of builtins: they must reach process state through
//   `current` or a bound `self`, never a captured Process), and PyShared
//   objects (multiprocessing's channels and shared memory). A dict or set
//   iterator restarts on the copied container; a JS generator's position
//   cannot be copied, so such an iterator's copy refuses to run.
// - The Process, its Interpreter and Scheduler map to the target process's,
//   and ThreadStates go through `mapThread` (fork: the calling thread becomes
//   the child's main thread; every other thread is dead in the child).
// - Side tables keyed by objects (id() values, dict key ids, threading's
//   per-Thread state) are copied along, so id(x) is the same in the child.

import { PyObject, PyType, PyFloat, ids, anyObjectIds } from '../runtime/object.js';
import { keyIds, anyKeyIds } from '../runtime/dict.js';
import { CodeObject } from '../compiler/code.js';
import { PyBuiltin } from '../runtime/function.js';
import { ThreadState } from './frame.js';
import { DictIter, SetIter, JsIter } from '../runtime/iter.js';
import { runtimeError } from '../runtime/exceptions.js';
import { NotImplemented, Ellipsis } from '../runtime/singletons.js';
import { EMPTY_TUPLE } from '../runtime/tuple.js';
import { lazyAttrs } from '../runtime/lazy-attrs.js';
import { objectNew } from '../runtime/ops.js';

/** A table of per-object data kept outside the objects (a WeakMap). */
interface SideTable {
  table: WeakMap<object, unknown>;
  copyValue: ((v: unknown, c: HeapCopier) => unknown) | null;
  /** False while the table is certainly empty (then copies skip it). */
  used: () => boolean;
}

const sideTables: SideTable[] = [];

/** Registers a side table whose entries follow their objects into copies. */
export function registerSideTable<V>(table: WeakMap<object, V>, copyValue: ((v: V, c: HeapCopier) => V) | null = null,
  used: () => boolean = () => true): void {
  sideTables.push({ table: table as WeakMap<object, unknown>, copyValue: copyValue as SideTable['copyValue'], used });
}

/**
 * Objects JS code knows by identity (NotImplemented, the empty tuple, a
 * module's private sentinels): every process must see the very same object.
 * Each is its own image, for good: its scratch slot is never cleared.
 */
export function markImmortal(...objs: PyObject[]): void {
  for (const o of objs) o.copyImage = o;
}
// object.__new__ too: it is compared by identity (callType, object.__new__'s safety check).
markImmortal(NotImplemented, Ellipsis, EMPTY_TUPLE, objectNew);

registerSideTable(ids, null, anyObjectIds);
// A forked module's lazy names are still to make, in its own namespace.
registerSideTable(lazyAttrs, (m) => new Map(m));
registerSideTable(keyIds, null, anyKeyIds);

/**
 * Run in a forked child before it first runs, with the child process (a
 * vm/process.js Process; typed loosely so modules can register without an
 * import cycle). random re-seeds its hidden instance here, as CPython's does.
 */
export const afterForkInChild: ((child: { pid: number; modules: Map<string, unknown> }) => void)[] = [];

// How objects with a given prototype are copied, decided once per prototype
// (so copying a big heap costs one Map lookup per object, not a chain of
// instanceof tests).
const K_OBJECT = 0, K_ARRAY = 1, K_MAP = 2, K_SET = 3, K_TYPED = 4, K_SHARE = 5;
const K_PYOBJECT = 6, K_TYPE = 7, K_BUILTIN = 8, K_THREAD = 9, K_RESUME = 10, K_JSITER = 11, K_PYSHARED = 12;
const kinds = new Map<object | null, number>();

function classify(o: object, proto: object | null): number {
  let k: number;
  if (o instanceof PyObject) {
    if (o instanceof PyFloat || o instanceof CodeObject) k = K_SHARE;
    else if (o instanceof PyShared) k = K_PYSHARED;
    else if (o instanceof PyType) k = K_TYPE;
    else if (o instanceof PyBuiltin) k = K_BUILTIN;
    // Iterators over a JS Map iterator restart on the copied container once it is filled.
    else if (o instanceof DictIter || o instanceof SetIter) k = K_RESUME;
    // A JS generator's position cannot be copied: the copy refuses to run.
    else if (o instanceof JsIter) k = K_JSITER;
    else k = K_PYOBJECT;
  } else if (o instanceof ThreadState) k = K_THREAD;
  else if (Array.isArray(o)) k = K_ARRAY;
  else if (o instanceof Map) k = K_MAP;
  else if (o instanceof Set) k = K_SET;
  else if (ArrayBuffer.isView(o)) k = K_TYPED;
  else {
    const tag = Object.prototype.toString.call(o);
    k = tag === '[object Object]' || tag === '[object Error]' ? K_OBJECT : K_SHARE;
  }
  kinds.set(proto, k);
  return k;
}

/**
 * The PyObjects whose `copyImage` slot is set, and the copier that set them.
 * One copy runs at a time (copies never nest: no Python code runs during
 * one); a copy that failed half-way leaves its slots set, and the next copier
 * clears them before it starts.
 */
let stamped: PyObject[] = [];
let stampOwner: HeapCopier | null = null;

function clearStamps(): void {
  for (let i = 0; i < stamped.length; i++) stamped[i].copyImage = undefined;
  stamped = [];
  stampOwner = null;
}

export class HeapCopier {
  /** Images of the objects that are not PyObjects (those keep theirs in `copyImage`). */
  private readonly memo = new Map<object, unknown>();
  /** Triples (source, shell, kind) still to fill. */
  private readonly work: unknown[] = [];
  /** Objects copied (for measurements). */
  count = 0;

  /**
   * `fixed` maps objects that have a predetermined image (the process and its
   * machinery); `mapThread` gives the image of a ThreadState.
   */
  constructor(fixed: [object, unknown][], readonly mapThread: ((t: object) => unknown) | null = null,
    /** Decides the image of a PyObject itself (returns undefined for the default copy). */
    readonly hook: ((o: PyObject) => unknown) | null = null) {
    if (stampOwner !== null) clearStamps();
    stampOwner = this;
    for (const [a, b] of fixed) this.remember(a, b);
  }

  /** Records `image` as the image of `src`. */
  private remember(src: object, image: unknown): void {
    if (src instanceof PyObject) {
      src.copyImage = image;
      stamped.push(src);
    } else {
      this.memo.set(src, image);
    }
  }

  /** Says that `src` is copied as `dst` (which the caller fills itself). */
  preset(src: object, dst: unknown): void {
    this.remember(src, dst);
    if (Array.isArray(src) || src instanceof Map || src instanceof Set) (this.presetContainers ??= new Set()).add(src);
  }

  /** Told about every shared object the copy refers to (fork: pipe ends count their holders). */
  onShared: ((s: PyShared) => void) | null = null;
  private presetContainers: Set<object> | null = null;
  private lastProto: object | null | undefined = undefined;
  private lastKind: number | undefined = undefined;

  /** The deep copy of `v`. */
  copy(v: unknown): unknown {
    try {
      const r = this.ref(v);
      this.drain();
      return r;
    } finally {
      if (stampOwner === this) clearStamps();
    }
  }

  /** The image of `v`, creating an empty shell queued for filling when needed. */
  ref(v: unknown): unknown {
    if (typeof v !== 'object' || v === null) return v;
    const proto = Object.getPrototypeOf(v) as object | null;
    let k = proto === this.lastProto ? this.lastKind : kinds.get(proto);
    if (k === undefined) k = classify(v, proto);
    this.lastProto = proto;
    this.lastKind = k;
    let shell: object;
    if (k <= K_SET && k >= K_ARRAY) {
      // The JS containers inside objects (a list's items, a dict's map, a
      // frame's registers) each belong to one owner, which is memoised: they
      // skip the memo, which halves the hashing a big copy does.
      if (this.presetContainers !== null && this.presetContainers.has(v)) return this.memo.get(v);
      if (k === K_ARRAY) shell = new Array((v as unknown[]).length);
      else if (k === K_MAP) shell = new Map();
      else shell = new Set();
      this.work.push(v, shell, k);
      return shell;
    }
    if (k >= K_PYOBJECT && k !== K_THREAD) {
      const m = (v as PyObject).copyImage;
      if (m !== undefined) return m;
    } else {
      const m = this.memo.get(v);
      if (m !== undefined) return m;
    }
    switch (k) {
      case K_SHARE:
        return v;
      case K_PYSHARED:
        if (this.onShared !== null) this.onShared(v as PyShared);
        return v;
      case K_TYPED:
        shell = (v as unknown as { slice(): object }).slice();
        this.remember(v, shell);
        return shell;
      case K_THREAD:
        if (this.mapThread !== null) {
          const t = this.mapThread(v);
          this.remember(v, t);
          return t;
        }
        shell = Object.create(proto) as object;
        break;
      case K_OBJECT:
        shell = Object.create(proto) as object;
        break;
      default: {
        // A PyObject: the hook may decide; builtin types and unbound builtins are shared.
        if (this.hook !== null) {
          const h = this.hook(v as PyObject);
          if (h !== undefined) {
            this.remember(v, h);
            return h;
          }
        }
        if (k === K_TYPE && (v as PyType).builtin) return v;
        if (k === K_BUILTIN && (v as PyBuiltin).self === undefined) return v;
        shell = Object.create(proto) as object;
      }
    }
    this.remember(v, shell);
    this.work.push(v, shell, k);
    return shell;
  }

  /** Fills every queued shell. */
  drain(): void {
    try {
      this.fill();
    } finally {
      if (stampOwner === this) clearStamps();
    }
  }

  private fill(): void {
    const work = this.work;
    const tables = sideTables.filter((t) => t.used());
    const resume: (DictIter | SetIter)[] = [];
    while (work.length > 0) {
      const k = work.pop() as number;
      const dst = work.pop() as object;
      const src = work.pop() as object;
      this.count++;
      if (k === K_ARRAY) {
        const s = src as unknown[];
        const d = dst as unknown[];
        for (let i = 0; i < s.length; i++) {
          const x = s[i];
          d[i] = typeof x === 'object' && x !== null ? this.ref(x) : x;
        }
      } else if (k === K_MAP) {
        for (const [key, x] of src as Map<unknown, unknown>) (dst as Map<unknown, unknown>).set(this.ref(key), this.ref(x));
      } else if (k === K_SET) {
        for (const x of src as Set<unknown>) (dst as Set<unknown>).add(this.ref(x));
      } else {
        const s = src as Record<string, unknown>;
        const d = dst as Record<string, unknown>;
        for (const key in s) {
          const x = s[key];
          // A PyObject's scratch slot holds its image, this very shell: the image's own slot stays empty.
          if (x === dst) d[key] = undefined;
          else d[key] = typeof x === 'object' && x !== null ? this.ref(x) : x;
        }
        if (k >= K_PYOBJECT) {
          for (const st of tables) {
            const x = st.table.get(src);
            if (x !== undefined) st.table.set(dst, st.copyValue === null ? x : st.copyValue(x, this));
          }
          // A copied class is a new type object: give it its own identity for caches.
          if (k === K_TYPE) (d as { typeId: number }).typeId = nextTypeId();
          else if (k === K_RESUME) resume.push(dst as DictIter | SetIter);
          else if (k === K_JSITER) (d as { it: Iterator<unknown> }).it = UNCOPYABLE;
        }
      }
    }
    for (const it of resume) it.resume();
  }
}

/**
 * An object that lives outside any one process's heap (a multiprocessing
 * Queue's channel, a shared Value): every process refers to the same one.
 */
export class PyShared extends PyObject {
  /** A fork copied a heap referring to this object from process `from` into `to` (a pipe end counts its holders). */
  inherit(from: number, to: number): void {
    void from;
    void to;
  }
}

/** What a forked copy of an itertools-style iterator runs instead of the parent's generator. */
const UNCOPYABLE: Iterator<unknown> = {
  next(): IteratorResult<unknown> {
    throw runtimeError('pygil: this iterator was in use when the process forked, and its copy cannot go on');
  },
};

let typeIds = 1 << 24;
function nextTypeId(): number {
  return typeIds++;
}
