// Keeps grammar/python.ebnf and the parser in step, and checks the grammar
// with Chevrotain's own validations and stock lookahead, which the
// production parser skips to start faster (see FirstSetLookahead in parser.ts).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseWith } from '../../grammar/index.js';
import { PythonParser } from '../../grammar/parser.js';
import { dump } from './ast-dump.js';

const ebnf = readFileSync(new URL('../../grammar/python.ebnf', import.meta.url), 'utf8');
const checked = new PythonParser(true);   // throws if Chevrotain finds the grammar ambiguous or broken

describe('grammar/python.ebnf', () => {
  const ebnfRules = [...ebnf.matchAll(/^([a-z_]+)\s*::=/gm)].map((m) => m[1]).sort();
  const parserRules = Object.keys(checked.getGAstProductions()).sort();

  it('defines exactly the parser rules', () => {
    expect(ebnfRules).toEqual(parserRules);
  });

  it('defines each rule once', () => {
    expect(new Set(ebnfRules).size).toBe(ebnfRules.length);
  });

  it('uses only defined rules', () => {
    const body = ebnf.replace(/\(\*[\s\S]*?\*\)/g, '').replace(/'[^']*'/g, '');
    const used = new Set([...body.matchAll(/\b[a-z_]+\b/g)].map((m) => m[0]));
    for (const name of used) expect(parserRules).toContain(name);
  });
});

describe('the fast lookahead', () => {
  const programs = [
    'import sys\nfrom os import path as p, sep\n\n@dec(1)\nclass C(B, metaclass=M):\n    """Doc."""\n    x: int = 0\n\n    def m(self, a, /, b=2, *c, d, **e) -> None:\n        global g\n        for i, (j, *k) in enumerate(zip(a, b)):\n            if i % 2 and not j or k is not None:\n                continue\n            elif i in {1, 2} or j not in [3]:\n                break\n            else:\n                yield from (x ** 2 for x in range(10) if x)\n        while True:\n            try:\n                raise ValueError("x") from None\n            except (ValueError, TypeError) as err:\n                del err\n            else:\n                pass\n            finally:\n                return {**e, "k": [*c]}\n',
    'async def f():\n    async with a as b, c:\n        await b\n    async for x in y:\n        print(f"{x!r:>{w}} {x=}", end=\'\')\n    return [i async for i in g() if await i]\n',
    'x = lambda *a, k=1, **kw: (a, k, kw)\ny = x(1, 2, *[3], k=4, **{"z": 5})\nz = y[1:2, ::3][..., None]\nw = -~+1 ** -2 // 3 % 4 @ m << 1 >> 2 & 3 ^ 4 | 5\nv = a if b else c if d else e\n(u := 10)\nt = not a == b < c <= d != e\ns = b"bytes" rb"\\d"\nr = "str" \'more\'\n',
    'with (open(a) as f, open(b) as g):\n    pass\nwith (a, b):\n    pass\nwith (a, b) as c:\n    pass\nx[a:=1]\nmatch = case = 1\nprint(match)\n',
  ];
  it.each(programs)('decides as Chevrotain would: %#', (src) => {
    const fast = parse(src, '<test>');
    const stock = parseWith(checked, src);
    expect(fast.ok && stock.ok).toBe(true);
    if (fast.ok && stock.ok) expect(dump(fast.module, true)).toBe(dump(stock.module, true));
  });

  it('reports the same errors', () => {
    for (const src of ['x = (1 2)\n', 'if x\n  y\n', 'f(a=1, b)\n', 'def f(x=1, y): pass\n', 'x = = 1\n', '[1, 2\n']) {
      expect(parse(src, '<test>')).toEqual(parseWith(checked, src));
    }
  });
});
