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
  wday: number; yday: number; isdst: number;
  /** A struct_time's tm_zone; null for a plain tuple or a struct_time without one. */
  zone: string | null;
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

/** Seconds since the epoch of a UTC date and time, any year (Date.UTC would take 0-99 for 1900-1999). */
function utcSeconds(year: number, mon: number, mday: number, hour: number, min: number, sec: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, mon - 1, mday);
  d.setUTCHours(hour, min, sec, 0);
  return d.getTime() / 1000;
}

function breakDown(secs: number, zone: string): Tm {
  const whole = Math.floor(secs);
  const d = new Date(whole * 1000);
  if (!Number.isFinite(whole) || Number.isNaN(d.getTime())) {
    throw pyErr(OverflowError, 'timestamp out of range for platform time_t');
  }
  const year = d.getUTCFullYear();
  const yday = (utcSeconds(year, d.getUTCMonth() + 1, d.getUTCDate(), 0, 0, 0) - utcSeconds(year, 1, 1, 0, 0, 0)) / 86400 + 1;
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
    year, mon, mday, hour, min, sec, wday: wday0 % 7, yday, isdst, zone: typeof zone === 'string' ? zone : null,
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

/**
 * strftime as glibc's C locale spells it, flags included: `_` (pad with
 * spaces), `-` (do not pad a number), `0` (pad with zeros), `^` (upper
 * case), `#` (swap case: names up, %p and %Z down), a field width, and the
 * `E` and `O` modifiers where glibc accepts them (they change nothing in the
 * C locale). A sequence glibc does not know is copied as it is.
 */
export function strftime(fmt: string, tm: Tm): string {
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    let j = pct + 1;
    const spec: Spec = { pad: '', upper: false, swap: false, width: 0 };
    for (; j < n; j++) {
      const f = fmt[j];
      if (f === '_' || f === '-' || f === '0') spec.pad = f;
      else if (f === '^') spec.upper = true;
      else if (f === '#') spec.swap = true;
      else break;
    }
    while (j < n && fmt[j] >= '0' && fmt[j] <= '9') spec.width = spec.width * 10 + Number(fmt[j++]);
    let modifier = '';
    if (j < n && (fmt[j] === 'E' || fmt[j] === 'O')) modifier = fmt[j++];
    const d = j < n ? fmt[j] : '';
    const r = d === '' ? null : conversion(d, modifier, spec, tm);
    // Unknown: glibc copies the sequence (padded to the width).
    out += r === null ? cpy(spec, fmt.slice(pct, j + (d === '' ? 0 : 1)), false, false) : r;
    i = j + 1;
  }
  return out;
}

interface Spec {
  pad: '' | '_' | '-' | '0';
  upper: boolean;
  swap: boolean;
  width: number;
}

/** glibc's add(): text padded on the left to the width, with zeros under the `0` flag. */
function add(spec: Spec, text: string): string {
  const delta = spec.width - text.length;
  return delta > 0 ? (spec.pad === '0' ? '0' : ' ').repeat(delta) + text : text;
}

/** glibc's cpy(): add() after the case conversion asked for. */
function cpy(spec: Spec, text: string, lower: boolean, upper: boolean): string {
  if (lower) text = text.toLowerCase();
  else if (upper || spec.upper) text = text.toUpperCase();
  return add(spec, text);
}

/** glibc's DO_NUMBER: at least `digits` digits (or the width), padded as the flags say. */
function num(spec: Spec, digits: number, value: number, spacePad = false): string {
  let pad = spec.pad;
  if (spacePad && pad !== '0' && pad !== '-') pad = '_';
  const width = Math.max(digits, spec.width);
  const neg = value < 0;
  let body = String(Math.abs(value));
  if (pad !== '-') {
    const padding = width - body.length - (neg ? 1 : 0);
    if (padding > 0) {
      if (pad === '_') return add(spec, ' '.repeat(padding) + (neg ? '-' : '') + body);
      body = '0'.repeat(padding) + body;
    }
  }
  return add(spec, (neg ? '-' : '') + body);
}

/** A composite conversion (%c, %D …): the sub-format, padded, then upper-cased under `^`. */
function sub(spec: Spec, format: string, tm: Tm): string {
  const text = add(spec, strftime(format, tm));
  return spec.upper ? text.toUpperCase() : text;
}

/** Conversions that refuse the E modifier, and those that refuse O (glibc goes to bad_format). */
const NO_E = new Set('aAbBdDeFgGhHIjklmMSUVwW');
const NO_O = new Set('aAcDFxXY');

function conversion(d: string, modifier: string, spec: Spec, tm: Tm): string | null {
  if ((modifier === 'E' && NO_E.has(d)) || (modifier === 'O' && NO_O.has(d))) return null;
  const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  const wdaySun = (tm.wday + 1) % 7; // Sunday = 0
  switch (d) {
    case 'a': return cpy(spec, DAYS[tm.wday].slice(0, 3), false, spec.swap);
    case 'A': return cpy(spec, DAYS[tm.wday], false, spec.swap);
    case 'b': case 'h': return cpy(spec, MONTHS[tm.mon - 1].slice(0, 3), false, spec.swap);
    case 'B': return cpy(spec, MONTHS[tm.mon - 1], false, spec.swap);
    case 'c': return sub(spec, '%a %b %e %H:%M:%S %Y', tm);
    case 'C': return num(spec, 1, Math.floor(tm.year / 100));
    case 'd': return num(spec, 2, tm.mday);
    case 'D': return sub(spec, '%m/%d/%y', tm);
    case 'e': return num(spec, 2, tm.mday, true);
    case 'F': return sub(spec, '%Y-%m-%d', tm);
    case 'g': return num(spec, 2, ((isoWeek(tm)[0] % 100) + 100) % 100);
    case 'G': return num(spec, 1, isoWeek(tm)[0]);
    case 'H': return num(spec, 2, tm.hour);
    case 'I': return num(spec, 2, h12);
    case 'j': return num(spec, 3, tm.yday);
    case 'k': return num(spec, 2, tm.hour, true);
    case 'l': return num(spec, 2, h12, true);
    case 'm': return num(spec, 2, tm.mon);
    case 'M': return num(spec, 2, tm.min);
    case 'n': return add(spec, '\n');
    case 'p': return cpy(spec, tm.hour < 12 ? 'AM' : 'PM', spec.swap, false);
    case 'P': return cpy(spec, tm.hour < 12 ? 'am' : 'pm', true, false);
    case 'r': return sub(spec, '%I:%M:%S %p', tm);
    case 'R': return sub(spec, '%H:%M', tm);
    case 's': return num(spec, 1, utcSeconds(tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec));
    case 'S': return num(spec, 2, tm.sec);
    case 't': return add(spec, '\t');
    case 'T': return sub(spec, '%H:%M:%S', tm);
    case 'u': return num(spec, 1, tm.wday + 1);
    case 'U': return num(spec, 2, Math.floor((tm.yday - 1 + 7 - wdaySun) / 7));
    case 'V': return num(spec, 2, isoWeek(tm)[1]);
    case 'w': return num(spec, 1, wdaySun);
    case 'W': return num(spec, 2, Math.floor((tm.yday - 1 + 7 - tm.wday) / 7));
    case 'x': return sub(spec, '%m/%d/%y', tm);
    case 'X': return sub(spec, '%H:%M:%S', tm);
    case 'y': return num(spec, 2, ((tm.year % 100) + 100) % 100);
    case 'Y': return num(spec, 1, tm.year);
    // Nothing when tm_isdst < 0, else the offset (always 0): the sign, then hours and minutes as one number.
    case 'z': return tm.isdst < 0 ? '' : add(spec, '+') + num(spec, 4, 0);
    // Without tm_zone, glibc takes tzname[isdst] ('UTC' here), or nothing when tm_isdst < 0.
    case 'Z': return cpy(spec, tm.zone ?? (tm.isdst < 0 ? '' : 'UTC'), spec.swap, false);
    case '%': return add(spec, '%');
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
    return new PyFloat(utcSeconds(tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec));
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
