// The time module: CPython-recorded cases (data/time.cases.ts, made by
// make-expectations.py), plus pygil's virtual clock, which CPython cannot
// check: the specification is the module's header (time starts at
// 2025-01-01 00:00:00 UTC and advances with instructions and sleeps).

import { describe, it, expect } from 'vitest';
import { cases } from './data/time.cases.js';
import { run, runCases } from './run.js';

describe('time: same output as CPython', () => runCases(cases));

describe('time: virtual clock', () => {
  it('starts at 2025-01-01 00:00:00 UTC', () => {
    const r = run(`import time
print(int(time.time()), time.gmtime()[:6], time.localtime().tm_zone)
print(time.time_ns() // 10**9, time.strftime('%Y-%m-%d'), time.ctime())
print(time.perf_counter() < 0.01, time.monotonic() < 0.01, time.process_time() < 0.01)
`);
    expect(r.out).toBe(
      '1735689600 (2025, 1, 1, 0, 0, 0) UTC\n1735689600 2025-01-01 Wed Jan  1 00:00:00 2025\nTrue True True\n',
    );
  });

  it('sleep moves every clock but process_time, and takes no real time', () => {
    const started = Date.now();
    const r = run(`import time
w, m, p, c = time.time(), time.monotonic(), time.perf_counter(), time.process_time()
time.sleep(3600)
time.sleep(86400 * 365)
print(round(time.time() - w), round(time.monotonic() - m), round(time.perf_counter() - p), round(time.process_time() - c))
print(time.gmtime()[:3], time.monotonic_ns() >= 31539600 * 10**9)
`);
    expect(r.out).toBe('31539600 31539600 31539600 0\n(2026, 1, 1) True\n');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('prints the same times on every run', () => {
    const src = `import time
t0 = time.perf_counter_ns()
x = [i * i for i in range(2000)]
time.sleep(0.5)
print(time.perf_counter_ns() - t0, time.time(), time.process_time_ns())
`;
    const a = run(src), b = run(src);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
  });

  it('never runs backwards', () => {
    const r = run(`import time
last = time.monotonic_ns()
ok = True
for i in range(3000):
    now = time.monotonic_ns()
    ok = ok and now >= last
    last = now
print(ok)
`);
    expect(r.out).toBe('True\n');
  });
});
