// The GIL timeline: the recorder turns events into lanes and hand-off marks,
// the renderer aggregates long runs, the CLI writes .svg and .html, and the
// page is drawn by a real headless browser (Debian's chromium through
// playwright-core), which must find one lane per thread and the hand-offs.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TimelineRecorder } from '../../src/timeline/collect.js';
import { renderTimelineSvg } from '../../src/timeline/render.js';
import { runSource, BufferHost } from '../../src/index.js';
import type { SchedEvent } from '../../src/vm/events.js';

const BIN = fileURLToPath(new URL('../../bin/pygil.cjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MONEY_RACE = path.join(ROOT, 'programs/seed/money_race.py');

function ev(kind: SchedEvent['kind'], time: number, tid: number, detail = '', from = -1): SchedEvent {
  return { kind, time, pid: 1000, core: 0, tid, threadName: `T${tid}`, detail, from, fromName: from < 0 ? '' : `T${from}`, ticks: 0, step: 0 };
}

function count(svg: string, re: RegExp): number {
  return (svg.match(re) ?? []).length;
}

describe('timeline recorder', () => {
  it('turns GIL, block and wake events into stretches and hand-off marks', () => {
    const r = new TimelineRecorder('t.py');
    r.listen(ev('thread-start', 0, 1));
    r.listen(ev('gil-take', 0, 1));
    r.listen(ev('thread-start', 100, 2));
    r.listen(ev('gil-drop', 200, 1, 'interval'));
    r.listen(ev('gil-take', 200, 2, 'interval', 1));
    r.listen(ev('block', 300, 2, 'Lock 0x1'));
    r.listen(ev('gil-drop', 300, 2, 'blocked'));
    r.listen(ev('gil-take', 300, 1, 'blocked', 2));
    r.listen(ev('wake', 350, 2, 'Lock 0x1'));
    r.listen(ev('block', 400, 1, 'sleep'));
    r.listen(ev('gil-drop', 400, 1, 'blocked'));
    r.listen(ev('gil-take', 400, 2, 'blocked', 1));
    r.listen(ev('gil-drop', 500, 2, 'finished'));
    const d = r.data();
    expect(d.end).toBe(500);
    expect(d.lanes.map((l) => l.name)).toEqual(['T1', 'T2']);
    const segs = (i: number) => {
      const s = d.lanes[i].segs;
      const out: [number, number, number, string][] = [];
      for (let k = 0; k < s.length; k += 4) out.push([s[k], s[k + 1], s[k + 2], d.strings[s[k + 3]]]);
      return out;
    };
    // 0 running, 1 waiting, 2 blocked, 3 sleeping
    expect(segs(0)).toEqual([[0, 200, 0, ''], [200, 300, 1, ''], [300, 400, 0, ''], [400, 500, 3, 'sleep']]);
    expect(segs(1)).toEqual([[100, 200, 1, ''], [200, 300, 0, ''], [300, 350, 2, 'Lock 0x1'], [350, 400, 1, ''], [400, 500, 0, '']]);
    // marks: [time, fromLane, toLane, reason]
    const m = d.marks;
    expect([m[0], m[1], m[2], d.strings[m[3]]]).toEqual([200, 0, 1, 'interval']);
    expect(m.length / 4).toBe(3);
  });

  it('merges stretches when a holder keeps the GIL across slices', () => {
    const r = new TimelineRecorder('t.py');
    r.listen(ev('thread-start', 0, 1));
    r.listen(ev('gil-take', 0, 1));
    r.listen(ev('gil-take', 100, 1, 'interval', 1)); // kept the GIL: no mark
    r.listen(ev('gil-drop', 250, 1, 'finished'));
    const d = r.data();
    expect(d.lanes[0].segs).toEqual([0, 250, 0, 0]);
    expect(d.marks).toEqual([]);
  });
});

describe('timeline drawing', () => {
  it('aggregates a long run per pixel column and stays small', () => {
    const h = new BufferHost();
    const rec = new TimelineRecorder('race.py');
    const src = 'import threading\nN = 0\ndef f():\n    global N\n    for i in range(20000):\n        N += 1\n' +
      'ts = [threading.Thread(target=f) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n';
    expect(runSource(src, 'race.py', h, { listen: rec.listen })).toBe(0);
    const d = rec.data();
    expect(d.lanes.map((l) => l.name)).toEqual(['MainThread', 'Thread-1 (f)', 'Thread-2 (f)']);
    // Hundreds of hand-offs at a check interval of 100 instructions…
    expect(d.marks.length / 4).toBeGreaterThan(500);
    const svg = renderTimelineSvg(d, { t0: 0, t1: d.end, width: 800 });
    // …but the drawing has at most one line every 4 px of its 594 px plot.
    expect(count(svg, /class="handoff"/g)).toBeLessThanOrEqual(Math.ceil(594 / 4) + 1);
    expect(count(svg, /class="lane"/g)).toBe(3);
    expect(svg.length).toBeLessThan(400_000);
    // Zoomed in on one interval's worth of time, single stretches get exact tooltips.
    const zoom = renderTimelineSvg(d, { t0: d.end / 2, t1: d.end / 2 + 4000, width: 800 });
    expect(zoom).toMatch(/Thread-\d \(f\): running \(holds the GIL\), [\d.]+ ms → [\d.]+ ms/);
    expect(zoom).toMatch(/GIL hand-off at [\d.]+ ms: Thread-\d \(f\) → Thread-\d \(f\) \(interval\)/);
  });
});

describe('timeline of processes', () => {
  it('groups lanes by process and names the cores each ran on', () => {
    const src = readFileSync(path.join(ROOT, 'programs/processes/cpu_bound_cores4.py'), 'utf8');
    const rec = new TimelineRecorder('cpu.py');
    const h = new BufferHost();
    expect(runSource(src, 'cpu.py', h, { cores: 4, listen: rec.listen })).toBe(0);
    const d = rec.data();
    expect(d.lanes.map((l) => `${l.pid}/${l.name}`)).toEqual([
      '1000/MainThread', '1000/Thread-1 (work)', '1000/Thread-2 (work)', '1000/Thread-3 (work)', '1000/Thread-4 (work)',
      '1001/MainThread', '1002/MainThread', '1003/MainThread', '1004/MainThread',
    ]);
    // The four worker processes ran at the same time, on four different cores.
    const children = d.lanes.filter((l) => l.pid > 1000);
    expect(new Set(children.flatMap((l) => l.cores)).size).toBe(4);
    const svg = renderTimelineSvg(d, { t0: 0, t1: d.end, width: 1000 });
    expect(count(svg, /class="group"[^>]*>process \d+ · cores? [\d, ]+</g)).toBe(5);
  });
});

describe('pygil timeline command', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pygil-timeline-'));

  it('writes an .svg and keeps the program\'s own output and exit code', () => {
    const out = path.join(dir, 'race.svg');
    const r = spawnSync(process.execPath, [BIN, 'timeline', '-o', out, '--check-interval', '1000', MONEY_RACE], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^MONEY:/);
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(count(svg, /class="lane"/g)).toBe(3);
  });

  it('starts at the time window given by --from/--to (virtual ms)', () => {
    const out = path.join(dir, 'window.svg');
    const r = spawnSync(process.execPath, [BIN, 'timeline', '-o', out, '--from', '100', '--to', '100.05', MONEY_RACE], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('>100 ms – 100.05 ms of 760.013 ms virtual time<');
    // 50 µs at a hand-off every 100 instructions (2 µs): about 25 hand-offs, all drawn.
    expect(count(svg, /class="handoff"/g)).toBeGreaterThanOrEqual(24);
    expect(count(svg, /class="handoff"/g)).toBeLessThanOrEqual(26);
    const bad = spawnSync(process.execPath, [BIN, 'timeline', '-o', out, '--from', '5', '--to', '1', MONEY_RACE], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('pygil: timeline: --to must be after --from\n');
  });

  it('refuses an output file that is neither .html nor .svg', () => {
    const r = spawnSync(process.execPath, [BIN, 'timeline', '-o', path.join(dir, 'x.png'), MONEY_RACE], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('must end in .html or .svg');
  });

  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const required = process.env.PYGIL_REQUIRE_BROWSER === '1';
  // .ci/run installs chromium and sets PYGIL_REQUIRE_BROWSER: there a missing browser fails the test.
  it.runIf(chromium !== undefined || required)('draws lanes and hand-offs of the seed race in a real browser', async () => {
    expect(chromium, 'chromium is not installed (apt-get install chromium)').toBeDefined();
    const html = path.join(dir, 'money_race.html');
    const r = spawnSync(process.execPath, [BIN, 'timeline', '-o', html, MONEY_RACE], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(statSync(html).size).toBeGreaterThan(1000);
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 400 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`file://${html}`);
      await page.waitForSelector('svg.pygil-timeline');
      const lanes = await page.$$eval('g.lane', (els) => els.map((e) => e.querySelector('text')?.firstChild?.textContent));
      expect(lanes).toEqual(['MainThread', 'Thread-1 (run)', 'Thread-2 (run)']);
      expect(await page.locator('line.handoff').count()).toBeGreaterThan(20);
      expect(await page.locator('rect.seg.s0').count()).toBeGreaterThan(0);
      // Zooming redraws a narrower window of time.
      const before = await page.textContent('svg.pygil-timeline text:nth-of-type(2)');
      await page.click('#zoom-in');
      const after = await page.textContent('svg.pygil-timeline text:nth-of-type(2)');
      expect(after).not.toBe(before);
      await page.screenshot({ path: path.join(dir, 'money_race.png') });
      expect(statSync(path.join(dir, 'money_race.png')).size).toBeGreaterThan(5000);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
