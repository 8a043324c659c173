// Code objects saved as JSON at build time (src/compiler/marshal.ts) must
// load back to the same code: same instructions, constants, positions and
// handlers, and programs using them must run exactly as with freshly
// compiled code.
import { describe, it, expect, afterEach } from 'vitest';
import { compileSource, runSource, BufferHost } from '../../src/index.js';
import { dumpCode, loadCode } from '../../src/compiler/marshal.js';
import { formatDis } from '../../src/compiler/dis.js';
import { precompiledData, setPrecompiledLoader } from '../../src/modules/py-source.js';
import type { CodeObject } from '../../src/compiler/code.js';

function compiled(source: string): CodeObject {
  const r = compileSource(source, 'm.py');
  if (!r.ok) throw new Error(r.message);
  return r.code;
}

const roundTrip = (c: CodeObject): CodeObject => loadCode(JSON.parse(JSON.stringify(dumpCode(c))), c.source);

describe('marshal', () => {
  it('keeps every kind of constant and nested code', () => {
    const src = `
def f(a, b=2, *args, c, d=4, **kw):
    x = (1, 2.5, -0.0, float('inf'), 'é', b'\\x00\\xff', None, True, ..., 10**30, -7)
    y = {1, 2} if a in frozenset({3, 4}) else lambda q: q
    try:
        return [i * 1e300 * 1e300 for i in x if i]
    except (TypeError, ValueError) as e:
        raise RuntimeError('no') from e
    finally:
        del x
class C:
    def m(self):
        return __class__
async def g():
    async with a as b:
        yield b
`;
    const c = compiled(src);
    const back = roundTrip(c);
    expect(formatDis(back)).toBe(formatDis(c));
    expect(dumpCode(back)).toEqual(dumpCode(c));
  });

  it('refuses constants it does not know', () => {
    const c = compiled('x = 1');
    c.consts.push(new Map());
    expect(() => dumpCode(c)).toThrow(/cannot dump/);
  });
});

describe('precompiled internal modules', () => {
  afterEach(() => setPrecompiledLoader(null));

  const program = `
import threading, queue, asyncio, multiprocessing
async def main():
    await asyncio.sleep(0.1)
    q = queue.Queue()
    t = threading.Thread(target=q.put, args=(5,))
    t.start(); t.join()
    return q.get()
print(asyncio.run(main()), threading.current_thread().name)
def boom():
    import asyncio
    asyncio.run(None)
boom()
`;
  const run = (): string => {
    const host = new BufferHost('');
    const code = runSource(program, 'p.py', host, { stats: true });
    return `${code}\n${host.stdoutText}${host.stderrText}`;
  };

  it('load back to the same code and run the same', () => {
    const fresh = run();
    const data = precompiledData();
    expect([...data.keys()]).toEqual(expect.arrayContaining(['<pygil threading>', '<pygil asyncio>', '<pygil queue>', '<pygil multiprocessing>']));
    // Through JSON text, as bin/pygil.cjs reads them.
    const saved = new Map([...data].map(([k, v]) => [k, JSON.stringify(v)]));
    const asked: string[] = [];
    setPrecompiledLoader((name) => {
      asked.push(name);
      const text = saved.get(name);
      return text === undefined ? null : JSON.parse(text);
    });
    expect(run()).toBe(fresh);
    expect(fresh).toContain('ValueError: a coroutine was expected, got None'); // raised inside asyncio's own source
  });

  it('are ignored when made from a different source', () => {
    setPrecompiledLoader(() => ({ fingerprint: 'other', code: dumpCode(compiled('raise SystemExit(9)')) }));
    const host = new BufferHost('');
    expect(runSource('import queue\nprint(queue.Queue().empty())', 'p.py', host)).toBe(0);
    expect(host.stdoutText).toBe('True\n');
  });
});
