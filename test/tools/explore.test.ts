// The schedule explorer's random mode: seeds 1..N of the random scheduler,
// outcomes grouped, each reproducible with `pygil run --sched random --seed`.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exploreRandom, formatExploreReport } from '../../src/tools/explore.js';
import { runSource, BufferHost } from '../../src/index.js';

const BIN = fileURLToPath(new URL('../../bin/pygil.cjs', import.meta.url));

const RACE = `import threading
MONEY = 0
def change(n):
    global MONEY
    MONEY += n
    MONEY -= n
def run(n):
    for i in range(300):
        change(n)
t1 = threading.Thread(target=run, args=(6,))
t2 = threading.Thread(target=run, args=(7,))
t1.start(); t2.start(); t1.join(); t2.join()
print('MONEY:%s' % MONEY)
`;

const LOCKED = RACE.replace('def change(n):\n    global MONEY\n    MONEY += n\n    MONEY -= n',
  'lock = threading.Lock()\ndef change(n):\n    global MONEY\n    with lock:\n        MONEY += n\n        MONEY -= n');

describe('explore (random schedules)', () => {
  it('finds several outcomes of the unlocked race, each reproducible from its seed', () => {
    const r = exploreRandom(RACE, 'race.py', { runs: 40 });
    expect(r.runs).toBe(40);
    expect(r.outcomes.reduce((n, o) => n + o.seeds.length, 0)).toBe(40);
    expect(r.outcomes.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < r.outcomes.length; i++) {
      expect(r.outcomes[i - 1].seeds.length).toBeGreaterThanOrEqual(r.outcomes[i].seeds.length);
    }
    for (const o of r.outcomes.slice(0, 5)) {
      const h = new BufferHost();
      runSource(RACE, 'race.py', h, { sched: 'random', seed: o.seeds[0] });
      expect(h.stdoutText).toBe(o.stdout);
    }
  });

  it('finds one outcome for the locked version', () => {
    const r = exploreRandom(LOCKED, 'locked.py', { runs: 25 });
    expect(r.outcomes.map((o) => [o.stdout, o.seeds.length])).toEqual([['MONEY:0\n', 25]]);
  });

  it('prints a table for one-line outputs and blocks with stderr otherwise', () => {
    const table = formatExploreReport({
      runs: 3, outcomes: [{ stdout: 'A\n', stderr: '', status: 0, seeds: [1, 3] }, { stdout: 'B\n', stderr: '', status: 0, seeds: [2] }],
    }, 'p.py', ['--check-interval', '7']);
    expect(table).toBe(
      'pygil explore: 3 random schedule(s) of p.py (seeds 1..3): 2 distinct outcome(s)\n\n' +
      '   runs       %  output   first seed\n' +
      '      2   66.7%  A                 1  ########################\n' +
      '      1   33.3%  B                 2  ############\n\n' +
      'To see an outcome again: pygil run --check-interval 7 --sched random --seed SEED p.py\n');
    const blocks = formatExploreReport({
      runs: 1, outcomes: [{ stdout: '', stderr: 'Traceback\nAssertionError\n', status: 1, seeds: [1] }],
    }, 'p.py', []);
    expect(blocks).toContain('outcome 1: 1 run(s), 100.0%, first seed 1');
    expect(blocks).toContain('  | (nothing)\n  exit status 1, stderr:\n  | Traceback\n  | AssertionError\n');
  });
});

describe('pygil explore command', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pygil-explore-'));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const pygil = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

  it('prints the histogram', () => {
    const r = pygil(['explore', '--runs', '30', file('race.py', RACE)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^pygil explore: 30 random schedule\(s\) of .*race\.py \(seeds 1\.\.30\): \d+ distinct outcome\(s\)\n/);
    expect(r.stdout).toMatch(/\n +\d+ +\d+\.\d% +MONEY:-?\d+ +\d+ +#+\n/);
  });

  it('refuses --realtime', () => {
    const r = pygil(['explore', '--realtime', file('a.py', 'print(1)\n')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--realtime is refused');
  });

  it('stops a run that never ends at --max-steps and says so', () => {
    const r = pygil(['explore', '--runs', '3', '--max-steps', '20000', file('loop.py', 'while True:\n    pass\n')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('pygil: stopped after 20000 steps (--max-steps)');
    expect(r.stdout).toContain('3 run(s) hit the step limit of 20000 instructions (--max-steps) and were stopped.');
  });

  it('reports a syntax error once', () => {
    const r = pygil(['explore', file('bad.py', 'def f(:\n')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('SyntaxError');
  });
});
