// The one event stream (MODEL.md §5). Every scheduling fact — the GIL taken
// or dropped and why, a thread blocked or woken and on what, a thread or
// process started or finished — is emitted here once, with its virtual time.
// Tracing, statistics (and later timelines, race detection, exploration)
// are listeners; none of them keeps scheduling state of its own.

export type SchedEventKind =
  | 'thread-start' | 'thread-exit' | 'gil-take' | 'gil-drop' | 'block' | 'wake' | 'process-start' | 'process-exit'
  | 'task-switch';

/** Why a thread gave up the GIL. */
export type DropReason = 'interval' | 'blocked' | 'finished' | 'yield';

export interface SchedEvent {
  kind: SchedEventKind;
  /** Virtual time in nanoseconds. */
  time: number;
  pid: number;
  core: number;
  tid: number;
  threadName: string;
  /** gil-drop: the reason; block: what the thread waits for; wake: why it woke. */
  detail: string;
  /** gil-take: the thread that held the GIL before (or -1). */
  from: number;
  fromName: string;
  /** Instructions the thread had executed in total when the event happened. */
  ticks: number;
  /** Instructions the whole process had executed (the step counter schedules name). */
  step: number;
  /** task-switch (asyncio): the task that runs next, and the one that ran before ('' at the start); detail is what that one waits for. */
  task?: string;
  fromTask?: string;
}

export type Listener = (e: SchedEvent) => void;

export class EventStream {
  private listeners: Listener[] = [];

  /** True when someone listens: emitters skip building events otherwise. */
  active = false;

  on(l: Listener): void {
    this.listeners.push(l);
    this.active = true;
  }

  emit(e: SchedEvent): void {
    for (const l of this.listeners) l(e);
  }
}
