// The random module: CPython-recorded cases (data/random.cases.ts, made by
// make-expectations.py), plus pygil's deterministic seeding. The expected
// numbers below are CPython's for the seeds named in the comments.

import { describe, it, expect } from 'vitest';
import { cases } from './data/random.cases.js';
import { run, runCases } from './run.js';

describe('random: same output as CPython', () => runCases(cases));

describe('random: deterministic seeding', () => {
  it('an unseeded program draws as after random.seed(config.seed)', () => {
    // CPython: random.seed(0); random.random() -> 0.8444218515250481
    expect(run('import random\nprint(random.random())').out).toBe('0.8444218515250481\n');
    // CPython: random.seed(42); random.random(), random.randint(1, 6) -> 0.6394267984578837 1
    const r = run('import random\nprint(random.random(), random.randint(1, 6))', { options: { seed: 42 } });
    expect(r.out).toBe('0.6394267984578837 1\n');
  });

  it('seed() and Random() are reproducible across runs yet differ from each other', () => {
    const src = `import random
random.seed(); a = random.random()
random.seed(); b = random.random()
r1, r2 = random.Random(), random.Random()
x, y = r1.random(), r2.random()
print(a != b, x != y, a, x)
`;
    const first = run(src), second = run(src);
    expect(first.out.startsWith('True True ')).toBe(true);
    expect(first.out).toBe(second.out);
  });

  it('the module functions share one hidden generator', () => {
    // CPython: random.seed(0); random.choice('abcdef') -> 'd'
    expect(run("import random\nprint(random.choice('abcdef'))").out).toBe('d\n');
    expect(run('from random import random, seed\nseed(42)\nprint(random())').out).toBe('0.6394267984578837\n');
  });
});
