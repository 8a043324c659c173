// The sys module: CPython-recorded cases (data/sys.cases.ts, made by
// make-expectations.py), plus what is pygil's own: the version string, the
// implementation name and the GIL's check interval knob.

import { describe, it, expect } from 'vitest';
import { cases } from './data/sys.cases.js';
import { run, runCases } from './run.js';

describe('sys: same output as CPython', () => runCases(cases));

describe('sys: pygil specifics', () => {
  it('names itself pygil while reporting Python 3.11.7', () => {
    const r = run(`import sys
print(sys.version.startswith('3.11.7 (pygil)'), sys.implementation.name, sys.version_info[:3], sys.executable)
`);
    expect(r.out).toBe("True pygil (3, 11, 7) pygil\n");
  });

  it('exposes the check interval as setcheckinterval and setswitchinterval', () => {
    const r = run(`import sys
print(sys.getcheckinterval(), sys.getswitchinterval())
sys.setcheckinterval(50)
print(sys.getcheckinterval(), sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getcheckinterval())
sys.setswitchinterval(1e-12)
print(sys.getcheckinterval())
try:
    sys.setcheckinterval(0)
except ValueError as e:
    print(e)
`, { options: { checkInterval: 100, tickNs: 20 } });
    // 100 instructions of 20 ns = 2 µs; 0.001 s / 20 ns = 50000 instructions; never below 1.
    expect(r.out).toBe('100 2e-06\n50 1e-06\n50000\n1\ncheck interval must be greater or equal than 1\n');
  });

  it('setrecursionlimit changes how deep Python code may recurse', () => {
    const r = run(`import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(5000)
print(depth(4000))
sys.setrecursionlimit(50)
try:
    depth(100)
except RecursionError as e:
    print('RecursionError:', e)
`);
    expect(r.out).toBe('4000\nRecursionError: maximum recursion depth exceeded\n');
  });
});
