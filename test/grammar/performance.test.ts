// Parsing speed on a 5,000-line program. The bound is loose on purpose (CI
// machines are shared); the figure is printed for whoever is watching.
// Start-up cost (import + parser construction) is measured outside vitest:
// see the grammar section of the lead's notes for the command.

import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';

const UNIT = `import sys
from collections import defaultdict

class Counter:
    """Counts things."""
    def __init__(self, start=0):
        self.n = start
        self.seen = defaultdict(int)

    def add(self, item, *, weight=1):
        self.n += weight
        self.seen[item] += 1
        return self

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def main(argv):
    c = Counter()
    for word in "the quick brown fox jumps over the lazy dog".split():
        c.add(word, weight=len(word))
    squares = [i * i for i in range(10) if i % 2 == 0]
    print(f"total={c.n} fib={fib(20)} squares={squares!r:>10}")
    try:
        x = {k: v for k, v in c.seen.items()}
    except KeyError as e:
        raise RuntimeError("bad") from e
    return 0 if x else 1
`;

describe('performance', () => {
  it('parses a 5,000-line file well under a second', () => {
    let src = '';
    for (let i = 0; src.split('\n').length < 5000; i++) src += UNIT.replace(/def (\w+)/g, `def $1_${i}`) + '\n';
    const t0 = performance.now();
    const r = parse(src, 'big.py');
    const ms = performance.now() - t0;
    console.log(`parsed ${src.split('\n').length} lines in ${ms.toFixed(0)} ms`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.module.body.length).toBeGreaterThan(500);
    expect(ms).toBeLessThan(3000);
  });
});
