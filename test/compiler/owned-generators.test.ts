// Which locals hold a generator nothing else can reach (compiler/owned-generators.ts):
// closing such a generator at the function's return is only right when no
// other reference can exist, so every way a reference could escape must
// disqualify the variable.
import { describe, it, expect } from 'vitest';
import { compileSource } from '../../src/index.js';
import { dumpCode, loadCode } from '../../src/compiler/marshal.js';
import { Op } from '../../src/compiler/opcodes.js';
import type { CodeObject } from '../../src/compiler/code.js';

function compiled(source: string): CodeObject {
  const r = compileSource(source, 'm.py');
  if (!r.ok) throw new Error(r.message);
  return r.code;
}

/** The function `f` defined by `source` (at module level). */
function fn(source: string): CodeObject {
  const mod = compiled(source);
  const f = mod.consts.find((c): c is CodeObject => (c as CodeObject).name === 'f');
  if (f === undefined) throw new Error('no f');
  return f;
}

/** The owned variables of `f`, by name. */
function owned(source: string): string[] {
  const f = fn(source);
  return (f.ownedGenSlots ?? []).map((i) => f.varnames[i]).sort();
}

const GEN = 'def gen():\n    yield 1\n';

describe('owned generator variables', () => {
  it('accept the reads that keep no reference', () => {
    expect(owned(`${GEN}def f():\n    g = gen()\n    next(g)\n    next(g, None)\n    g.send(None)\n    g.throw(ValueError)\n    g.close()\n    g.__next__()\n    for x in g:\n        pass\n`)).toEqual(['g']);
  });

  it('accept a binding inside a loop or a branch', () => {
    expect(owned(`${GEN}def f(n):\n    for i in range(n):\n        g = gen()\n        next(g)\n    if n:\n        h = gen()\n`)).toEqual(['g', 'h']);
  });

  it('accept a variable bound by several calls (each rebinding closes the one before)', () => {
    expect(owned(`${GEN}def f():\n    g = gen()\n    next(g)\n    g = gen()\n    next(g)\n`)).toEqual(['g']);
  });

  it.each([
    ['returned', 'return g'],
    ['passed to a function', 'print(g)'],
    ['passed as a keyword', 'next(g, default=g)'],
    ['passed starred', 'next(*[g])'],
    ['stored in a list', 'keep = [g]'],
    ['stored in an attribute', 'o.x = g'],
    ['read through another attribute', 'print(g.gi_frame)'],
    ['an attribute method not called', 'm = g.send'],
    ['yielded', 'yield g'],
    ['deleted', 'del g'],
    ['bound to something other than a call', 'g = None'],
    ['bound with another target', 'g = h = gen()'],
    ['bound by a for loop', 'for g in []: pass'],
    ['bound by with', 'with c as g: pass'],
    ['bound by except', 'try:\n        pass\n    except E as g:\n        pass'],
    ['bound by augmented assignment', 'g += 1'],
    ['bound by a walrus', '(g := 1)'],
    ['bound by unpacking', 'g, h = 1, 2'],
    ['imported', 'import g'],
    ['captured by an inner function', 'def inner():\n        return g'],
  ])('reject a variable %s', (_what, stmt) => {
    expect(owned(`${GEN}def f(o, c, E):\n    g = gen()\n    ${stmt}\n`)).toEqual([]);
  });

  it('reject a binding that is not a call', () => {
    expect(owned(`${GEN}def f(other):\n    g = other\n    next(g)\n`)).toEqual([]);
    expect(owned(`${GEN}def f():\n    g = h = gen()\n    next(g)\n`)).toEqual([]);
  });

  it('reject parameters and globals', () => {
    expect(owned(`${GEN}def f(g=gen()):\n    next(g)\n`)).toEqual([]);
    expect(owned(`${GEN}def f():\n    global g\n    g = gen()\n    next(g)\n`)).toEqual([]);
  });

  it.each([
    ['locals()', 'locals()'],
    ['vars()', 'vars()'],
    ['dir()', 'dir()'],
    ['eval', 'eval("g")'],
    ['exec', 'exec("h = g")'],
    ['sys._getframe', 'import sys\n    sys._getframe()'],
  ])('give up when the function can reach its variables through %s', (_what, stmt) => {
    expect(owned(`${GEN}def f():\n    g = gen()\n    next(g)\n    ${stmt}\n`)).toEqual([]);
  });

  it('give up when next is not the builtin', () => {
    expect(owned(`${GEN}next = print\ndef f():\n    g = gen()\n    next(g)\n`)).toEqual([]);
    expect(owned(`${GEN}def f(next):\n    g = gen()\n    next(g)\n`)).toEqual([]);
    expect(owned(`${GEN}def other():\n    global next\n    next = print\ndef f():\n    g = gen()\n    next(g)\n`)).toEqual([]);
  });

  it('leave generator functions and coroutines alone', () => {
    expect(owned(`${GEN}def f():\n    g = gen()\n    next(g)\n    yield 1\n`)).toEqual([]);
    expect(owned(`${GEN}async def f():\n    g = gen()\n    next(g)\n`)).toEqual([]);
  });

  it('mark the returns of a function that has some (RETURN_VALUE 1), and only those', () => {
    const returns = (c: CodeObject) => [...c.code].filter((w) => (w & 0xff) === Op.RETURN_VALUE).map((w) => w >> 8);
    const f = fn(`${GEN}def f(x):\n    g = gen()\n    next(g)\n    if x:\n        return 1\n`);
    expect(returns(f)).toEqual([1, 1]);
    expect(returns(fn('def f(x):\n    if x:\n        return 1\n'))).toEqual([0, 0]);
  });

  it('survive marshalling', () => {
    const f = fn(`${GEN}def f():\n    g = gen()\n    next(g)\n`);
    const back = loadCode(JSON.parse(JSON.stringify(dumpCode(f))), f.source);
    expect(back.ownedGenSlots).toEqual(f.ownedGenSlots);
  });
});
