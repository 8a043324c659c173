// The race detector behind `pygil run --race` (in the spirit of Go's and of
// the FastTrack algorithm). Two accesses to the same location, at least
// one a write, race when neither happens before the other.
//
// Design notes
// - Happens-before is tracked with vector clocks: one per thread, one per
//   synchronising object (a lock, an event, a finished thread…). Releasing
//   an object publishes the thread's clock into the object's; acquiring it
//   takes the maximum of both. Starting a thread, and waking a blocked
//   thread (a lock hand-over, a notify, a join, a queue put), are edges too.
// - Locations are globals (per module dict and name), instance attributes
//   (per object and name) and list/dict items (per container and key). Each
//   keeps its last write and the last read of every thread, with the code
//   position and the locks the thread held, so a report can show both sides.
// - Only the program's own code is instrumented: the compiler puts a
//   RACE_ACCESS instruction before each access it compiles with --race, and
//   the VM does not count it as an instruction, so schedules (and outputs)
//   are the same as without --race.
// - Each location is reported once.

import type { CodeObject } from '../compiler/code.js';
import type { Frame, ThreadState } from '../vm/frame.js';
import { sourceLine } from '../vm/traceback.js';
import { PyDict } from '../runtime/dict.js';
import { PyList } from '../runtime/tuple.js';
import { PyObject, objectId } from '../runtime/object.js';
import { repr } from '../runtime/ops.js';
import * as O from '../compiler/opcodes.js';
import { localType } from '../modules/threading.js';

type Clock = number[];
/** A lock as the report names it (asked only when a report is written, so --race makes no ids of its own). */
interface NamedLock {
  describe(): string;
}
type LockSet = readonly NamedLock[];
const NO_LOCKS: LockSet = [];

/** One access kept for reports: who, where, holding what. */
interface Access {
  thread: ThreadState;
  clock: number;
  code: CodeObject;
  ip: number;
  locks: LockSet;
}

/** Reuses a thread's access record (saves an allocation per access). */
function update(a: Access, clock: number, code: CodeObject, ip: number, locks: LockSet): void {
  a.clock = clock;
  a.code = code;
  a.ip = ip;
  a.locks = locks;
}

function isThreadLocal(o: PyObject): boolean {
  return o.cls.isSubtypeOf(localType);
}

class Shadow {
  write: Access | null = null;
  /** The last read of each thread, by thread id. */
  reads: (Access | undefined)[] = [];
  reported = false;
  constructor(readonly describe: () => string) {}
}

export class RaceDetector {
  private readonly clocks = new Map<ThreadState, Clock>();
  private readonly syncClocks = new WeakMap<object, Clock>();
  private readonly held = new Map<ThreadState, LockSet>();
  private readonly names = new WeakMap<object, Map<string, Shadow>>();
  private readonly items = new WeakMap<object, Map<unknown, Shadow>>();
  /** Locations reported so far. */
  races = 0;

  constructor(private readonly write: (text: string) => void) {}

  // ------------------------------------------------------------ happens-before

  private clock(t: ThreadState): Clock {
    let c = this.clocks.get(t);
    if (c === undefined) {
      c = [];
      c[t.id] = 1;
      this.clocks.set(t, c);
    }
    return c;
  }

  private static join(into: Clock, from: Clock): void {
    for (let i = 0; i < from.length; i++) {
      const v = from[i];
      if (v !== undefined && !(into[i] >= v)) into[i] = v;
    }
  }

  /** `t` publishes what it did so far into `obj` (a release, a set, an end). */
  release(t: ThreadState, obj: object): void {
    const c = this.clock(t);
    let s = this.syncClocks.get(obj);
    if (s === undefined) this.syncClocks.set(obj, (s = []));
    RaceDetector.join(s, c);
    c[t.id]++;
  }

  /** `t` sees everything published into `obj` (an acquire, a wait, a join). */
  acquire(t: ThreadState, obj: object): void {
    const s = this.syncClocks.get(obj);
    if (s !== undefined) RaceDetector.join(this.clock(t), s);
  }

  /** A direct edge: everything `from` did so far happens before what `to` does next. */
  edge(from: ThreadState, to: ThreadState): void {
    if (from === to) return;
    const c = this.clock(from);
    RaceDetector.join(this.clock(to), c);
    c[from.id]++;
  }

  lockTaken(t: ThreadState, lock: NamedLock): void {
    this.acquire(t, lock);
    this.held.set(t, [...(this.held.get(t) ?? NO_LOCKS), lock]);
    this.lastThread = null;
  }

  lockReleased(t: ThreadState, lock: NamedLock): void {
    this.release(t, lock);
    const h = this.held.get(t) ?? NO_LOCKS;
    const i = h.lastIndexOf(lock);
    if (i >= 0) this.held.set(t, [...h.slice(0, i), ...h.slice(i + 1)]);
    this.lastThread = null;
  }

  // ------------------------------------------------------------ accesses

  // One-entry caches: the running thread changes only at a switch.
  private lastThread: ThreadState | null = null;
  private lastClock: Clock = [];
  private lastHeld: LockSet = NO_LOCKS;

  /**
   * Called by RACE_ACCESS with the instruction it precedes (`next`) and the
   * value stack, before that instruction runs.
   */
  access(t: ThreadState, frame: Frame, regs: unknown[], sp: number, next: number, ip: number): void {
    const op = next & 0xff;
    const arg = next >> 8;
    const code = frame.code;
    let shadow: Shadow | null;
    let isWrite = false;
    switch (op) {
      case O.STORE_GLOBAL:
      case O.DELETE_GLOBAL:
        isWrite = true;
      // fall through
      case O.LOAD_GLOBAL:
        shadow = this.named(frame.globals, code.names[arg], 'global');
        break;
      case O.STORE_NAME:
      case O.DELETE_NAME:
        isWrite = true;
      // fall through
      case O.LOAD_NAME:
        shadow = frame.locals === null ? null : this.named(frame.locals, code.names[arg], 'global');
        break;
      case O.STORE_ATTR:
      case O.DELETE_ATTR:
        isWrite = true;
      // fall through
      case O.LOAD_ATTR: {
        const obj = regs[sp - 1];
        // A threading.local has one set of attributes per thread: nothing to share.
        shadow = obj instanceof PyObject && obj.dict !== null && !isThreadLocal(obj) ? this.named(obj, code.names[arg], 'attribute') : null;
        break;
      }
      case O.STORE_SUBSCR:
      case O.DELETE_SUBSCR:
        isWrite = true;
      // fall through
      case O.BINARY_SUBSCR:
        shadow = this.item(regs[sp - 2], regs[sp - 1]);
        break;
      default:
        shadow = null;
    }
    if (shadow === null) return;
    if (t !== this.lastThread) {
      this.lastThread = t;
      this.lastClock = this.clock(t);
      this.lastHeld = this.held.get(t) ?? NO_LOCKS;
    }
    const c = this.lastClock;
    const now = c[t.id];
    const w = shadow.write;
    if (w !== null && w.thread !== t && w.clock > (c[w.thread.id] ?? 0) && !shadow.reported) {
      this.report(shadow, { thread: t, clock: now, code, ip, locks: this.lastHeld }, isWrite, w, true);
    }
    if (isWrite) {
      const reads = shadow.reads;
      if (!shadow.reported) {
        for (let i = 0; i < reads.length; i++) {
          const r = reads[i];
          if (r !== undefined && r.thread !== t && r.clock > (c[i] ?? 0)) {
            this.report(shadow, { thread: t, clock: now, code, ip, locks: this.lastHeld }, true, r, false);
            break;
          }
        }
      }
      reads.length = 0;
      if (w !== null && w.thread === t) update(w, now, code, ip, this.lastHeld);
      else shadow.write = { thread: t, clock: now, code, ip, locks: this.lastHeld };
    } else {
      const r = shadow.reads[t.id];
      if (r !== undefined) update(r, now, code, ip, this.lastHeld);
      else shadow.reads[t.id] = { thread: t, clock: now, code, ip, locks: this.lastHeld };
    }
  }

  private lastOwner: object | null = null;
  private lastNames: Map<string, Shadow> | null = null;

  private named(owner: object, name: string, kind: 'global' | 'attribute'): Shadow {
    let m: Map<string, Shadow> | undefined;
    if (owner === this.lastOwner) m = this.lastNames!;
    else {
      m = this.names.get(owner);
      if (m === undefined) this.names.set(owner, (m = new Map()));
      this.lastOwner = owner;
      this.lastNames = m;
    }
    let s = m.get(name);
    if (s === undefined) {
      const describe = kind === 'global' ? () => `global '${name}'`
        : () => `attribute '${name}' of ${(owner as PyObject).cls.name} object at 0x${objectAddress(owner)}`;
      m.set(name, (s = new Shadow(describe)));
    }
    return s;
  }

  private item(container: unknown, key: unknown): Shadow | null {
    let k: unknown;
    if (container instanceof PyList) {
      if (typeof key !== 'number' || !Number.isInteger(key)) return null;
      k = key < 0 ? key + container.items.length : key;
    } else if (container instanceof PyDict) {
      if (typeof key !== 'number' && typeof key !== 'string' && typeof key !== 'boolean' && key !== null) return null;
      k = key === true ? 1 : key === false ? 0 : key;
    } else {
      return null;
    }
    let m = this.items.get(container);
    if (m === undefined) this.items.set(container, (m = new Map()));
    let s = m.get(k);
    if (s === undefined) {
      const what = container instanceof PyList ? 'list' : 'dict';
      m.set(k, (s = new Shadow(() => `item ${safeRepr(k)} of ${what} object at 0x${objectAddress(container)}`)));
    }
    return s;
  }

  // ------------------------------------------------------------ reports

  private report(s: Shadow, now: Access, nowWrites: boolean, before: Access, beforeWrote: boolean): void {
    if (s.reported) return;
    s.reported = true;
    this.races++;
    const side = (a: Access, writes: boolean, previous: boolean) =>
      `  ${previous ? 'Previous ' : ''}${writes ? (previous ? 'write' : 'Write') : previous ? 'read' : 'Read'} by ${a.thread.name}:\n` +
      siteText(a.code, a.ip) +
      `    ${a.locks.length === 0 ? 'holding no locks' : `holding ${a.locks.map((l) => l.describe()).join(', ')}`}\n`;
    this.write('==================\n' +
      `WARNING: DATA RACE on ${s.describe()}\n` +
      side(now, nowWrites, false) +
      side(before, beforeWrote, true) +
      '==================\n');
  }

  /** The closing line printed when the program ends. */
  summary(): string {
    return this.races === 0 ? '' : `pygil --race: found ${this.races} data race${this.races === 1 ? '' : 's'}\n`;
  }
}

function siteText(code: CodeObject, ip: number): string {
  const line = code.lineOf(ip);
  let s = `    File "${code.filename}", line ${line}, in ${code.name}\n`;
  const src = sourceLine(code.source, line);
  if (src !== null && src.trim() !== '') s += `      ${src.trim()}\n`;
  return s;
}

function safeRepr(v: unknown): string {
  try {
    return repr(v);
  } catch {
    return '?';
  }
}

function objectAddress(o: object): string {
  return objectId(o).toString(16);
}
