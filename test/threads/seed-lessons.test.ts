// The lessons of the seed document's thread programs, checked as the issue
// states them: the unlocked MONEY program loses updates, the lock fixes it
// and costs time, the check interval controls how often the GIL changes
// hands, the py311 model hides the race, runs are deterministic, deadlocks
// are reported, and --realtime really sleeps.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runSource, BufferHost, type RunOptions } from '../../src/index.js';

const seedDir = new URL('../../programs/seed/', import.meta.url);
const race = readFileSync(new URL('money_race.py', seedDir), 'utf8');
const locked = readFileSync(new URL('money_lock.py', seedDir), 'utf8');

/** The seed programs with a smaller loop, so sweeps over many schedules stay quick. */
const small = (src: string, n = 20000) => src.replace('range(1000000)', `range(${n})`);

function run(src: string, opts: RunOptions = {}) {
  const h = new BufferHost();
  const code = runSource(src, 'prog.py', h, opts);
  return { code, out: h.stdoutText, err: h.stderrText };
}

function money(out: string): number {
  const m = /MONEY:(-?\d+)/.exec(out);
  if (m === null) throw new Error(`no MONEY in ${JSON.stringify(out)}`);
  return Number(m[1]);
}

function elapsed(out: string): number {
  return Number(/运行时间：([\d.e-]+)/.exec(out)![1]);
}

describe('the MONEY race (seed programs)', () => {
  it('loses updates without the lock under the default flags', () => {
    const r = run(small(race));
    expect(r.code).toBe(0);
    expect(money(r.out)).not.toBe(0);
  });

  it('gives at least 5 distinct results across --sched random --seed 1..20', { timeout: 60000 }, () => {
    const values = new Set<number>();
    for (let seed = 1; seed <= 20; seed++) values.add(money(run(small(race), { sched: 'random', seed }).out));
    expect(values.size).toBeGreaterThanOrEqual(5);
  });

  it('prints MONEY:0 with the lock under every seed and check interval tried', { timeout: 60000 }, () => {
    for (let seed = 1; seed <= 6; seed++) expect(money(run(small(locked), { sched: 'random', seed }).out)).toBe(0);
    for (const checkInterval of [1, 7, 100, 1000]) expect(money(run(small(locked), { checkInterval }).out)).toBe(0);
  });

  it('takes more virtual time with the lock than without ("locking makes it slower")', () => {
    expect(elapsed(run(small(locked)).out)).toBeGreaterThan(elapsed(run(small(race)).out));
  });

  it('switches less and loses fewer updates with a longer check interval', { timeout: 60000 }, () => {
    const handoffs = (ci: number) => {
      const r = run(small(race), { checkInterval: ci, stats: true });
      return Number(/GIL hand-offs (\d+)/.exec(r.err)![1]);
    };
    expect(handoffs(100)).toBeGreaterThan(handoffs(1000));
    expect(handoffs(1000)).toBeGreaterThan(handoffs(10000));
    const mid = small(race, 200000);
    expect(Math.abs(money(run(mid, { checkInterval: 100 }).out)))
      .toBeGreaterThan(Math.abs(money(run(mid, { checkInterval: 1000 }).out)));
    // An interval longer than the whole run: no switch can split an update.
    expect(money(run(small(race), { checkInterval: 100000000 }).out)).toBe(0);
  });

  it('under --gil-model py311 the += program prints MONEY:0, but MONEY = MONEY + abs(n) still races', { timeout: 60000 }, () => {
    const mid = small(race, 200000);
    expect(money(run(mid, { gilModel: 'py311' }).out)).toBe(0);
    const abs = mid.replace('MONEY += n', 'MONEY = MONEY + abs(n)').replace('MONEY -= n', 'MONEY = MONEY - abs(n)');
    expect(money(run(abs, { gilModel: 'py311' }).out)).not.toBe(0);
  });

  it('is deterministic: the same flags give the same bytes', () => {
    const a = run(small(race), { sched: 'random', seed: 3, stats: true, trace: 'gil' });
    const b = run(small(race), { sched: 'random', seed: 3, stats: true, trace: 'gil' });
    expect(a.out).toBe(b.out);
    expect(a.err).toBe(b.err);
  });
});

describe('tracing and statistics', () => {
  it('--trace gil writes one line per hand-off with its reason', () => {
    const r = run(small(race, 200), { trace: 'gil' });
    const lines = r.err.split('\n').filter((l) => l.includes(' gil '));
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.some((l) => /Thread-1 \(run\) -> Thread-2 \(run\) \(interval\)/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('(blocked)'))).toBe(true);
  });

  it('--stats prints a row per thread', () => {
    const r = run(small(race, 200), { stats: true });
    expect(r.err).toMatch(/^MainThread\s+\d+\s+\d+/m);
    expect(r.err).toMatch(/^Thread-1 \(run\)\s+\d+/m);
  });
});

describe('deadlock report', () => {
  it('names both threads, both locks, their holders and the lines, and exits 3', () => {
    const src = [
      'import threading, time',
      'a = threading.Lock()',
      'b = threading.Lock()',
      'def one():',
      '    with a:',
      '        time.sleep(0.1)',
      '        with b:',
      '            pass',
      'def two():',
      '    with b:',
      '        time.sleep(0.1)',
      '        with a:',
      '            pass',
      't1 = threading.Thread(target=one)',
      't2 = threading.Thread(target=two)',
      't1.start(); t2.start()',
      't1.join(); t2.join()',
      '',
    ].join('\n');
    const t0 = Date.now();
    const r = run(src);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(r.code).toBe(3);
    expect(r.err).toContain('deadlock');
    expect(r.err).toMatch(/Thread-1 \(one\) is waiting for Lock 0x[0-9a-f]+, held by Thread-2 \(two\)/);
    expect(r.err).toMatch(/Thread-2 \(two\) is waiting for Lock 0x[0-9a-f]+, held by Thread-1 \(one\)/);
    expect(r.err).toContain('File "prog.py", line 7, in one');
    expect(r.err).toContain('File "prog.py", line 12, in two');
  });
});

describe('--realtime', () => {
  it('really sleeps', () => {
    const src = 'import time\nt = time.perf_counter()\ntime.sleep(0.05)\nprint(time.perf_counter() - t >= 0.05)\n';
    const h = new BufferHost();
    (h as unknown as { monotonicNs: () => number }).monotonicNs = () => Number(process.hrtime.bigint());
    (h as unknown as { sleepNs: (ns: number) => void }).sleepNs = (ns) => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.ceil(ns / 1e6));
    };
    const t0 = performance.now();
    const code = runSource(src, 'prog.py', h, { realtime: true });
    const ms = performance.now() - t0;
    expect(code).toBe(0);
    expect(h.stdoutText).toBe('True\n');
    expect(ms).toBeGreaterThanOrEqual(45);
    expect(ms).toBeLessThan(2000);
  });
});
