// A deep copy of a process's object graph, for os.fork() and for objects
// sent between processes (Queue, Pipe, Pool arguments and results).
//
// Design notes
// - A memoised graph copy: each reachable JS object is copied once, so
//   sharing and cycles survive (two names for one list stay one list). The
//   copy is breadth-first over an explicit work list, never recursive, so a
//   long linked structure (a deque, a frame chain) cannot overflow the host
//   stack.
// - What is shared instead of copied: everything immutable or belonging to
//   pygil itself — code objects, builtin types, unbound builtin functions,
//   floats, JS functions (closures of builtins; they must reach process
//   state through `current`, never a captured Process), and host objects
//   the copy cannot understand (a live Map iterator, a JS generator).
// - The Process, its Interpreter and Scheduler map to the target process's,
//   and ThreadStates go through `mapThread` (fork: the calling thread becomes
//   the child's main thread; every other thread is dead in the child).
// - Side tables keyed by objects (id() values, dict key ids, threading's
//   per-Thread state) are copied along, so id(x) is the same in the child.

import { PyObject, PyType, PyFloat, ids } from '../runtime/object.js';
import { keyIds } from '../runtime/dict.js';
import { CodeObject } from '../compiler/code.js';
import { PyBuiltin } from '../runtime/function.js';
import { ThreadState } from './frame.js';

/** A table of per-object data kept outside the objects (a WeakMap). */
interface SideTable {
  table: WeakMap<object, unknown>;
  copyValue: ((v: unknown, c: HeapCopier) => unknown) | null;
}

const sideTables: SideTable[] = [];

/** Registers a side table whose entries follow their objects into copies. */
export function registerSideTable<V>(table: WeakMap<object, V>, copyValue: ((v: V, c: HeapCopier) => V) | null = null): void {
  sideTables.push({ table: table as WeakMap<object, unknown>, copyValue: copyValue as SideTable['copyValue'] });
}

registerSideTable(ids);
registerSideTable(keyIds);

/**
 * Run in a forked child before it first runs, with the child process (a
 * vm/process.js Process; typed loosely so modules can register without an
 * import cycle). random re-seeds its hidden instance here, as CPython's does.
 */
export const afterForkInChild: ((child: { pid: number; modules: Map<string, unknown> }) => void)[] = [];

const K_OBJECT = 0, K_ARRAY = 1, K_MAP = 2, K_SET = 3, K_TYPED = 4, K_SHARE = 5;
/** How objects with a given prototype are copied (decided once per prototype). */
const kinds = new Map<object | null, number>();

function kindOf(o: object): number {
  const proto = Object.getPrototypeOf(o) as object | null;
  let k = kinds.get(proto);
  if (k !== undefined) return k;
  const tag = Object.prototype.toString.call(o);
  if (Array.isArray(o)) k = K_ARRAY;
  else if (o instanceof Map) k = K_MAP;
  else if (o instanceof Set) k = K_SET;
  else if (ArrayBuffer.isView(o)) k = K_TYPED;
  else if (tag === '[object Object]' || tag === '[object Error]') k = K_OBJECT;
  else k = K_SHARE;
  kinds.set(proto, k);
  return k;
}

export class HeapCopier {
  private readonly memo = new Map<object, unknown>();
  private readonly work: object[] = [];
  /** Objects copied (for measurements). */
  count = 0;

  /**
   * `fixed` maps objects that have a predetermined image (the process and its
   * machinery); `mapThread` gives the image of a ThreadState.
   */
  constructor(fixed: [object, unknown][], readonly mapThread: ((t: object) => unknown) | null = null,
    /** Decides the image of a PyObject itself (returns undefined for the default copy). */
    readonly hook: ((o: PyObject) => unknown) | null = null) {
    for (const [a, b] of fixed) this.memo.set(a, b);
  }

  /** Says that `src` is copied as `dst` (which the caller fills itself). */
  preset(src: object, dst: unknown): void {
    this.memo.set(src, dst);
  }

  /** The deep copy of `v`. */
  copy(v: unknown): unknown {
    const r = this.ref(v);
    this.drain();
    return r;
  }

  /** The image of `v`, creating an empty shell queued for filling when needed. */
  ref(v: unknown): unknown {
    if (typeof v !== 'object' || v === null) return v;
    const m = this.memo.get(v);
    if (m !== undefined) return m;
    if (v instanceof PyObject) {
      if (v instanceof PyFloat || v instanceof CodeObject) return v;
      if (v instanceof PyShared) return v;
      if (this.hook !== null) {
        const h = this.hook(v);
        if (h !== undefined) {
          this.memo.set(v, h);
          return h;
        }
      }
      if (v instanceof PyType && v.builtin) return v;
      if (v instanceof PyBuiltin && v.self === undefined) return v;
    } else if (this.mapThread !== null && v instanceof ThreadState) {
      const t = this.mapThread(v);
      this.memo.set(v, t);
      return t;
    }
    let shell: object;
    switch (kindOf(v)) {
      case K_ARRAY:
        shell = new Array((v as unknown[]).length);
        break;
      case K_MAP:
        shell = new Map();
        break;
      case K_SET:
        shell = new Set();
        break;
      case K_TYPED:
        shell = (v as unknown as { slice(): object }).slice();
        this.memo.set(v, shell);
        return shell;
      case K_SHARE:
        return v;
      default:
        shell = Object.create(Object.getPrototypeOf(v) as object) as object;
    }
    this.memo.set(v, shell);
    this.work.push(v, shell);
    return shell;
  }

  /** Fills every queued shell. */
  drain(): void {
    const work = this.work;
    while (work.length > 0) {
      const dst = work.pop()!;
      const src = work.pop()!;
      this.count++;
      if (Array.isArray(src)) {
        const d = dst as unknown[];
        for (let i = 0; i < src.length; i++) {
          const x = src[i];
          d[i] = typeof x === 'object' && x !== null ? this.ref(x) : x;
        }
      } else if (src instanceof Map) {
        for (const [k, x] of src) (dst as Map<unknown, unknown>).set(this.ref(k), this.ref(x));
      } else if (src instanceof Set) {
        for (const x of src) (dst as Set<unknown>).add(this.ref(x));
      } else {
        const s = src as Record<string, unknown>;
        const d = dst as Record<string, unknown>;
        for (const k of Object.keys(s)) {
          const x = s[k];
          d[k] = typeof x === 'object' && x !== null ? this.ref(x) : x;
        }
        if (src instanceof PyObject) {
          for (const st of sideTables) {
            const x = st.table.get(src);
            if (x !== undefined) st.table.set(dst, st.copyValue === null ? x : st.copyValue(x, this));
          }
          // A copied class is a new type object: give it its own identity for caches.
          if (src instanceof PyType) (d as { typeId: number }).typeId = nextTypeId();
        }
      }
    }
  }
}

/**
 * An object that lives outside any one process's heap (a multiprocessing
 * Queue's channel, a shared Value): every process refers to the same one.
 */
export class PyShared extends PyObject {}

let typeIds = 1 << 24;
function nextTypeId(): number {
  return typeIds++;
}
