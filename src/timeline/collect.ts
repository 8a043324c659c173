// Turns the event stream (MODEL.md §5) into a timeline: for every thread, the
// stretches of virtual time it spent running (holding the GIL), waiting for
// the GIL, blocked on something or asleep, plus one mark per GIL hand-off.
// The recorder is only a listener; it keeps no scheduling state of its own
// beyond "what state did the last event put this thread in".

import type { SchedEvent } from '../vm/events.js';

/** Lane states, in the order the renderer's colour table uses. */
export const enum LaneState { Run = 0, Wait = 1, Block = 2, Sleep = 3 }

/** One thread's row in the picture. */
export interface TimelineLane {
  pid: number;
  tid: number;
  name: string;
  /** The cores the thread ran on (the cores its process held the GIL on while it ran), ascending. */
  cores: number[];
  /** Flat [start, end, state, detailIndex] quadruples, in time order. */
  segs: number[];
}

export interface TimelineData {
  /** Shown in the page title and heading. */
  title: string;
  /** Virtual time of the last event, in ns. */
  end: number;
  lanes: TimelineLane[];
  /** Flat [time, fromLane, toLane, reasonIndex] quadruples: GIL hand-offs. */
  marks: number[];
  /** The strings that detail and reason indexes point to. */
  strings: string[];
}

interface Open {
  lane: TimelineLane;
  state: LaneState | -1;
  since: number;
  detail: number;
}

/** Collects events into TimelineData; call `data()` once the run is over. */
export class TimelineRecorder {
  private readonly lanes: TimelineLane[] = [];
  private readonly open = new Map<string, Open>();
  private readonly marks: number[] = [];
  private readonly strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>([['', 0]]);
  private end = 0;

  constructor(private readonly title: string) {}

  /** The listener to put on an EventStream. */
  readonly listen = (e: SchedEvent): void => {
    this.end = Math.max(this.end, e.time);
    const o = this.thread(e);
    switch (e.kind) {
      case 'thread-start':
      case 'wake':
        this.enter(o, LaneState.Wait, e.time, '');
        break;
      case 'gil-take': {
        this.enter(o, LaneState.Run, e.time, '');
        const cores = o.lane.cores;
        if (!cores.includes(e.core)) {
          cores.push(e.core);
          cores.sort((a, b) => a - b);
        }
        if (e.from >= 0 && e.from !== e.tid) {
          const from = this.open.get(`${e.pid}:${e.from}`);
          if (from !== undefined) {
            this.marks.push(e.time, this.lanes.indexOf(from.lane), this.lanes.indexOf(o.lane), this.str(e.detail));
          }
        }
        break;
      }
      case 'block':
        this.enter(o, e.detail === 'sleep' ? LaneState.Sleep : LaneState.Block, e.time, e.detail);
        break;
      case 'gil-drop':
        if (e.detail === 'finished') this.enter(o, -1, e.time, '');
        else if (e.detail !== 'blocked') this.enter(o, LaneState.Wait, e.time, '');
        // 'blocked': the block event already changed the state.
        break;
      default:
        break;
    }
  };

  /** The finished timeline: every open stretch is closed at the last event's time. */
  data(): TimelineData {
    for (const o of this.open.values()) this.enter(o, -1, this.end, '');
    // Lanes grouped by process (pid order), threads in creation order; marks follow their lanes.
    const order = this.lanes.map((_, i) => i).sort((a, b) => this.lanes[a].pid - this.lanes[b].pid || this.lanes[a].tid - this.lanes[b].tid);
    const where = new Array<number>(order.length);
    order.forEach((old, i) => (where[old] = i));
    const marks = this.marks.slice();
    for (let k = 0; k < marks.length; k += 4) {
      marks[k + 1] = where[marks[k + 1]];
      marks[k + 2] = where[marks[k + 2]];
    }
    return { title: this.title, end: this.end, lanes: order.map((i) => this.lanes[i]), marks, strings: this.strings };
  }

  private thread(e: SchedEvent): Open {
    const key = `${e.pid}:${e.tid}`;
    let o = this.open.get(key);
    if (o === undefined) {
      const lane: TimelineLane = { pid: e.pid, tid: e.tid, name: e.threadName, cores: [], segs: [] };
      this.lanes.push(lane);
      o = { lane, state: -1, since: e.time, detail: 0 };
      this.open.set(key, o);
    }
    return o;
  }

  /** Closes the thread's current stretch at `time` and starts one in `state`. */
  private enter(o: Open, state: LaneState | -1, time: number, detail: string): void {
    if (o.state !== -1 && time > o.since) {
      const segs = o.lane.segs;
      const n = segs.length;
      // Merge with the previous stretch when nothing changed (a holder that keeps the GIL).
      if (n > 0 && segs[n - 2] === o.state && segs[n - 1] === o.detail && segs[n - 3] === o.since) {
        segs[n - 3] = time;
      } else {
        segs.push(o.since, time, o.state, o.detail);
      }
    }
    o.state = state;
    o.since = time;
    o.detail = this.str(detail);
  }

  private str(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }
}
