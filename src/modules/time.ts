// The time module over the process's virtual clock (src/vm/clock.ts):
// time() starts at 2025-01-01 00:00:00 UTC and advances with the instructions
// executed and the sleeps taken, so programs see the same times on every run.
// The simulated machine's time zone is UTC: localtime() equals gmtime()
// except that tm_zone is 'UTC' (as on a Linux box with TZ=UTC).

import { registerModule } from './registry.js';
import { makeStructSeq } from './struct-seq.js';
import { clockOf, EPOCH_START_S } from '../vm/clock.js';
import { BLOCK } from '../vm/interpreter.js';
import { PyFloat } from '../runtime/object.js';
import { PyTuple } from '../runtime/tuple.js';
import { func } from '../runtime/define.js';
import { typeError, valueError, pyErr, OverflowError } from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';
import { norm } from '../runtime/int-math.js';
import { current, type Process } from '../vm/process.js';

const structTime = makeStructSeq('time', 'struct_time', [
  'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
], ['tm_zone', 'tm_gmtoff']);

/** The longest sleep CPython accepts: 2**63 - 1 nanoseconds. */
const MAX_SLEEP_S = 9223372036.854775807;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** The broken-down time a struct_time holds (wday: Monday = 0; yday: 1-based). */
interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; zone: string;
}

function nowSeconds(proc: Process): number {
  return EPOCH_START_S + clockOf(proc).nowNs() / 1e9;
}

/** A seconds argument: int or float (bool too); anything else as CPython rejects it. */
function secondsArg(v: unknown): number {
  const s = ops.toFloatMaybe(v);
  if (s === undefined) throw typeError(`'${ops.typeName(v)}' object cannot be interpreted as an integer`);
  if (s !== s) throw valueError('Invalid value NaN (not a number)');
  return s;
}

function breakDown(secs: number, zone: string): Tm {
  const whole = Math.floor(secs);
  const d = new Date(whole * 1000);
  if (!Number.isFinite(whole) || Number.isNaN(d.getTime())) {
    throw pyErr(OverflowError, 'timestamp out of range for platform time_t');
  }
  const year = d.getUTCFullYear();
  const startOfYear = Date.UTC(year, 0, 1);
  const yday = Math.floor((Date.UTC(year, d.getUTCMonth(), d.getUTCDate()) - startOfYear) / 86400000) + 1;
  return {
    year, mon: d.getUTCMonth() + 1, mday: d.getUTCDate(), hour: d.getUTCHours(), min: d.getUTCMinutes(),
    sec: d.getUTCSeconds(), wday: (d.getUTCDay() + 6) % 7, yday, isdst: 0, zone,
  };
}

function toStruct(tm: Tm): PyTuple {
  return structTime.make([tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst, tm.zone, 0]);
}

/** A struct_time or 9-tuple argument, checked as CPython checks it. */
function fromTuple(v: unknown, fname: string): Tm {
  if (!(v instanceof PyTuple)) throw typeError('Tuple or struct_time argument required');
  const it = v.items;
  if (it.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const n: number[] = it.map((x) => {
    const i = ops.toIndex(x);
    return typeof i === 'bigint' ? Number(i) : i;
  });
  const [year, mon0, mday0, hour, min, sec, wday0, yday0, isdst] = n;
  const mon = mon0 === 0 ? 1 : mon0;
  const mday = mday0 === 0 ? 1 : mday0;
  const yday = yday0 === 0 ? 1 : yday0;
  if (mon < 1 || mon > 12) throw valueError('month out of range');
  if (mday < 1 || mday > 31) throw valueError('day of month out of range');
  if (hour < 0 || hour > 23) throw valueError('hour out of range');
  if (min < 0 || min > 59) throw valueError('minute out of range');
  if (sec < 0 || sec > 61) throw valueError('seconds out of range');
  if (wday0 < 0) throw valueError('day of week out of range');
  if (yday < 1 || yday > 366) throw valueError('day of year out of range');
  const zone = v.cls === structTime ? ops.getAttr(v, 'tm_zone') : null;
  return {
    year, mon, mday, hour, min, sec, wday: wday0 % 7, yday, isdst, zone: typeof zone === 'string' ? zone : 'UTC',
  };
}

const pad = (n: number, w: number, c = '0') => String(n).padStart(w, c);

/** ISO 8601 week-numbering year and week (for %G, %g, %V). */
function isoWeek(tm: Tm): [number, number] {
  const wdayMon1 = tm.wday + 1; // Monday = 1 .. Sunday = 7
  let week = Math.floor((tm.yday - wdayMon1 + 10) / 7);
  let year = tm.year;
  if (week < 1) {
    year--;
    week = weeksInYear(year);
  } else if (week > weeksInYear(year)) {
    year++;
    week = 1;
  }
  return [year, week];
}

function weeksInYear(y: number): number {
  const p = (x: number) => (x + Math.floor(x / 4) - Math.floor(x / 100) + Math.floor(x / 400)) % 7;
  return p(y) === 4 || p(y - 1) === 3 ? 53 : 52;
}

/** strftime with glibc's spellings (C locale); unknown directives are copied as they are. */
export function strftime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const d = fmt[++i];
    const r = directive(d, tm);
    out += r === null ? '%' + d : r;
  }
  return out;
}

function directive(d: string, tm: Tm): string | null {
  const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  const wdaySun = (tm.wday + 1) % 7; // Sunday = 0
  switch (d) {
    case 'a': return DAYS[tm.wday].slice(0, 3);
    case 'A': return DAYS[tm.wday];
    case 'b': case 'h': return MONTHS[tm.mon - 1].slice(0, 3);
    case 'B': return MONTHS[tm.mon - 1];
    case 'c': return strftime('%a %b %e %H:%M:%S %Y', tm);
    case 'C': return pad(Math.floor(tm.year / 100), 2);
    case 'd': return pad(tm.mday, 2);
    case 'D': return strftime('%m/%d/%y', tm);
    case 'e': return pad(tm.mday, 2, ' ');
    case 'F': return strftime('%Y-%m-%d', tm);
    case 'g': return pad(isoWeek(tm)[0] % 100, 2);
    case 'G': return String(isoWeek(tm)[0]);
    case 'H': return pad(tm.hour, 2);
    case 'I': return pad(h12, 2);
    case 'j': return pad(tm.yday, 3);
    case 'k': return pad(tm.hour, 2, ' ');
    case 'l': return pad(h12, 2, ' ');
    case 'm': return pad(tm.mon, 2);
    case 'M': return pad(tm.min, 2);
    case 'n': return '\n';
    case 'p': return tm.hour < 12 ? 'AM' : 'PM';
    case 'P': return tm.hour < 12 ? 'am' : 'pm';
    case 'r': return strftime('%I:%M:%S %p', tm);
    case 'R': return strftime('%H:%M', tm);
    case 's': return String(Date.UTC(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec) / 1000);
    case 'S': return pad(tm.sec, 2);
    case 't': return '\t';
    case 'T': return strftime('%H:%M:%S', tm);
    case 'u': return String(tm.wday + 1);
    case 'U': return pad(Math.floor((tm.yday - 1 + 7 - wdaySun) / 7), 2);
    case 'V': return pad(isoWeek(tm)[1], 2);
    case 'w': return String(wdaySun);
    case 'W': return pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2);
    case 'x': return strftime('%m/%d/%y', tm);
    case 'X': return strftime('%H:%M:%S', tm);
    case 'y': return pad(((tm.year % 100) + 100) % 100, 2);
    case 'Y': return String(tm.year);
    case 'z': return '+0000';
    case 'Z': return tm.zone;
    case '%': return '%';
  }
  return null;
}

registerModule('time', (proc, ns) => {
  const name = 'time';
  // Read the running process at call time: after os.fork() these functions serve the child too.
  void proc;
  const clock = {
    nowNs: () => clockOf(current).nowNs(),
    cpuNs: () => clockOf(current).cpuNs(),
    sleep: (ns: number) => clockOf(current).sleep(ns),
  };
  ns.set('struct_time', structTime);
  ns.set('timezone', 0);
  ns.set('altzone', 0);
  ns.set('daylight', 0);
  ns.set('tzname', new PyTuple(['UTC', 'UTC']));

  const noArgs = (fname: string, args: unknown[]) => {
    if (args.length !== 0) throw typeError(`time.${fname}() takes no arguments (${args.length} given)`);
  };
  const floatClock = (fname: string, read: () => number) =>
    func(ns, fname, (args) => {
      noArgs(fname, args);
      return new PyFloat(read());
    }, name);
  const nsClock = (fname: string, read: () => number) =>
    func(ns, fname, (args) => {
      noArgs(fname, args);
      return Math.round(read());
    }, name);

  floatClock('time', () => nowSeconds(current));
  func(ns, 'time_ns', (args) => {
    noArgs('time_ns', args);
    return norm(BigInt(EPOCH_START_S) * 1000000000n + BigInt(Math.round(clock.nowNs())));
  }, name);
  floatClock('perf_counter', () => clock.nowNs() / 1e9);
  nsClock('perf_counter_ns', () => clock.nowNs());
  floatClock('monotonic', () => clock.nowNs() / 1e9);
  nsClock('monotonic_ns', () => clock.nowNs());
  floatClock('process_time', () => clock.cpuNs() / 1e9);
  nsClock('process_time_ns', () => clock.cpuNs());
  floatClock('thread_time', () => clock.cpuNs() / 1e9);
  nsClock('thread_time_ns', () => clock.cpuNs());

  func(ns, 'sleep', (args) => {
    if (args.length !== 1) throw typeError(`time.sleep() takes exactly one argument (${args.length} given)`);
    const s = secondsArg(args[0]);
    if (s < 0) throw valueError('sleep length must be non-negative');
    // CPython keeps durations in signed 64-bit nanoseconds.
    if (s > MAX_SLEEP_S) {
      throw pyErr(OverflowError, args[0] instanceof PyFloat ? 'timestamp out of range for platform time_t'
        : 'timestamp too large to convert to C _PyTime_t');
    }
    // The thread blocks (dropping the GIL) until the clock reaches now + s.
    // Inside a callback from a builtin it cannot block: the clock just moves on.
    const proc = current;
    if (!proc.interp.blockable) {
      clock.sleep(s * 1e9);
      return null;
    }
    proc.sched.sleep(proc.thread, s * 1e9);
    return BLOCK;
  }, name);

  const secsOrNow = (args: unknown[], fname: string): number => {
    if (args.length > 1) throw typeError(`${fname}() takes at most 1 argument (${args.length} given)`);
    return args.length === 0 || args[0] === null ? nowSeconds(current) : secondsArg(args[0]);
  };
  func(ns, 'gmtime', (args) => toStruct(breakDown(secsOrNow(args, 'gmtime'), 'GMT')), name);
  func(ns, 'localtime', (args) => toStruct(breakDown(secsOrNow(args, 'localtime'), 'UTC')), name);
  func(ns, 'ctime', (args) => strftime('%a %b %e %H:%M:%S %Y', breakDown(secsOrNow(args, 'ctime'), 'UTC')), name);
  func(ns, 'mktime', (args) => {
    if (args.length !== 1) throw typeError(`time.mktime() takes exactly one argument (${args.length} given)`);
    const tm = fromTuple(args[0], 'mktime');
    return new PyFloat(Date.UTC(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec) / 1000);
  }, name);
  const tmOrNow = (args: unknown[], at: number, fname: string): Tm =>
    args.length > at && args[at] !== null ? fromTuple(args[at], fname) : breakDown(nowSeconds(current), 'UTC');
  func(ns, 'asctime', (args) => {
    if (args.length > 1) throw typeError(`asctime expected at most 1 argument, got ${args.length}`);
    return strftime('%a %b %e %H:%M:%S %Y', tmOrNow(args, 0, 'asctime'));
  }, name);
  func(ns, 'strftime', (args) => {
    if (args.length < 1 || args.length > 2) {
      throw typeError(`strftime() takes ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'} (${args.length} given)`);
    }
    const fmt = args[0];
    if (typeof fmt !== 'string') throw typeError(`strftime() argument 1 must be str, not ${ops.typeName(fmt)}`);
    return strftime(fmt, tmOrNow(args, 1, 'strftime'));
  }, name);
});
