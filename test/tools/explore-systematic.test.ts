// The explorer's systematic mode (preemption bounding) and scripted
// schedules: the lost update of the seed's MONEY race needs two
// preemptions and is found; the locked version has no failing schedule
// among all of them; a lock-order deadlock needs one; every saved schedule
// replays to the same outcome with `pygil run --schedule`.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exploreSystematic, shortestFailure } from '../../src/tools/explore-systematic.js';
import { parseSchedule, formatSchedule } from '../../src/tools/schedule-file.js';
import { runSource, BufferHost } from '../../src/index.js';

const BIN = fileURLToPath(new URL('../../bin/pygil.cjs', import.meta.url));

// The seed's unlocked MONEY program with a reduced loop count.
const RACE = `import threading
MONEY = 0
def change(n):
    global MONEY
    MONEY += n
    MONEY -= n
def run(n):
    for i in range(3):
        change(n)
t1 = threading.Thread(target=run, args=(6,))
t2 = threading.Thread(target=run, args=(7,))
t1.start(); t2.start(); t1.join(); t2.join()
print('MONEY:%s' % MONEY)
`;

const LOCKED = RACE.replace('range(3)', 'range(1)').replace('def change(n):\n    global MONEY\n    MONEY += n\n    MONEY -= n',
  'lock = threading.Lock()\ndef change(n):\n    global MONEY\n    with lock:\n        MONEY += n\n        MONEY -= n')
  .replace("print('MONEY:%s' % MONEY)", "assert MONEY == 0, MONEY\nprint('MONEY:%s' % MONEY)");

const DEADLOCK = `import threading
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        with b:
            pass
def two():
    with b:
        with a:
            pass
t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start(); t2.start(); t1.join(); t2.join()
print('done')
`;

function replay(source: string, schedule: { at: number; to: number }[]) {
  const h = new BufferHost();
  const status = runSource(source, 'p.py', h, { schedule });
  return { status, out: h.stdoutText, err: h.stderrText };
}

describe('scripted schedules', () => {
  it('without switch points each thread keeps the GIL until it blocks or ends', () => {
    expect(replay(RACE.replace('range(3)', 'range(100000)'), []).out).toBe('MONEY:0\n');
  });

  it('parses and formats the schedule file', () => {
    const text = formatSchedule([{ at: 5, to: 2 }, { at: 9, to: 1 }], 'p.py', (id) => (id === 1 ? 'MainThread' : 'Thread-1'));
    expect(text).toBe('# pygil schedule for p.py: 2 switch point(s)\n# STEP THREAD: after STEP instructions in all, THREAD takes the GIL\n' +
      '5 2    # Thread-1\n9 1    # MainThread\n');
    expect(parseSchedule(text)).toEqual({ ok: true, schedule: [{ at: 5, to: 2 }, { at: 9, to: 1 }] });
    expect(parseSchedule('5 2\n3 1\n')).toEqual({ ok: false, message: 'line 2: steps must increase (3 after 5)' });
    expect(parseSchedule('5 x\n')).toEqual({ ok: false, message: "line 1: expected 'STEP THREAD' (two integers), not '5 x'" });
  });
});

describe('explore --systematic', () => {
  it('finds the lost update of the MONEY race with two preemptions, and its schedule replays', { timeout: 60_000 }, () => {
    const r = exploreSystematic(RACE, 'p.py', { maxSwitches: 2, maxRuns: 10000 });
    const outputs = r.outcomes.map((o) => o.stdout);
    expect(outputs[0]).toBe('MONEY:0\n');
    const lost = r.outcomes.filter((o) => o.stdout !== 'MONEY:0\n');
    expect(lost.length).toBeGreaterThan(0);
    for (const o of lost) {
      expect(o.preemptions).toBe(2);
      expect(replay(RACE, o.schedule).out).toBe(o.stdout);
    }
    // With one preemption the race cannot show: every schedule prints MONEY:0.
    const one = exploreSystematic(RACE, 'p.py', { maxSwitches: 1, maxRuns: 4000 });
    expect(one.complete).toBe(true);
    expect(one.outcomes.map((o) => o.stdout)).toEqual(['MONEY:0\n']);
  });

  it('tries every schedule of the locked version and none fails', () => {
    const r = exploreSystematic(LOCKED, 'p.py', { maxSwitches: 2, maxRuns: 20000 });
    expect(r.complete).toBe(true);
    expect(r.runs).toBeGreaterThan(1000);
    expect(r.outcomes.map((o) => [o.stdout, o.status])).toEqual([['MONEY:0\n', 0]]);
    expect(shortestFailure(r)).toBeNull();
  }, 60_000);

  it('finds the lock-order deadlock with one preemption', () => {
    const r = exploreSystematic(DEADLOCK, 'p.py', { maxSwitches: 1, maxRuns: 1000 });
    expect(r.complete).toBe(true);
    const fail = shortestFailure(r)!;
    expect(fail.status).toBe(3);
    expect(fail.preemptions).toBe(1);
    expect(fail.stderr).toMatch(/^pygil: deadlock/);
    expect(replay(DEADLOCK, fail.schedule).status).toBe(3);
  });
});

describe('pygil explore --systematic / run --schedule', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pygil-systematic-'));
  const pygil = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir });

  it('saves the shortest failing schedule and `run --schedule` replays it', () => {
    writeFileSync(path.join(dir, 'dl.py'), DEADLOCK);
    const r = pygil(['explore', '--systematic', '--max-switches', '1', 'dl.py']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(all of them): 2 distinct outcome(s)');
    expect(r.stdout).toContain('pygil run --schedule dl.schedule dl.py');
    expect(readFileSync(path.join(dir, 'dl.schedule'), 'utf8')).toMatch(/^# pygil schedule for dl\.py/);
    const again = pygil(['run', '--schedule', 'dl.schedule', 'dl.py']);
    expect(again.status).toBe(3);
    expect(again.stderr).toMatch(/^pygil: deadlock/);
  });

  it('rejects a malformed schedule file', () => {
    writeFileSync(path.join(dir, 'bad.schedule'), 'soon 2\n');
    writeFileSync(path.join(dir, 'a.py'), 'print(1)\n');
    const r = pygil(['run', '--schedule', 'bad.schedule', 'a.py']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("pygil: --schedule bad.schedule: line 1: expected 'STEP THREAD' (two integers), not 'soon 2'\n");
  });
});
