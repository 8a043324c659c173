// Explorer histograms of the seed's MONEY programs, compared byte for byte
// with test/tools/expected/ (the random scheduler is seeded, so the
// histogram is deterministic). Each expected line was checked by running
// `pygil run --sched random --seed N` for its seed; the test re-checks one.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/pygil.cjs', import.meta.url));
const expected = (name: string) => readFileSync(fileURLToPath(new URL(`./expected/${name}.txt`, import.meta.url)), 'utf8');
const pygil = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

describe('explore on the seed programs', () => {
  it('the unlocked race: every schedule loses different updates', () => {
    const r = pygil(['explore', '--runs', '5', 'programs/seed/money_race.py']);
    expect(r.stdout).toBe(expected('explore_money_race'));
    const again = pygil(['run', '--sched', 'random', '--seed', '4', 'programs/seed/money_race.py']);
    expect(r.stdout).toContain(`${again.stdout.trimEnd()}           4`);
  }, 60_000);

  it('the locked version: one outcome, MONEY:0', () => {
    expect(pygil(['explore', '--runs', '3', 'programs/seed/money_lock.py']).stdout).toBe(expected('explore_money_lock'));
  }, 60_000);
});
