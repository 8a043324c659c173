// Draws a timeline (collect.ts) as SVG: one lane per thread, grouped by
// process, coloured by state, with a line per GIL hand-off, a virtual time
// axis and a legend.
//
// Design notes
// - `renderTimelineSvg` must stay self-contained (no reference to anything
//   outside its body, no imports): page.ts embeds its source text in the
//   HTML page, which calls it again on every zoom or pan. So the static
//   .svg file and the interactive page draw with the same code.
// - A run of 10^6 instructions has tens of thousands of stretches per lane;
//   the drawing aggregates them per pixel column: each column gets the
//   colour of the state that covered most of it, and equal neighbouring
//   columns become one rectangle; a column where threads took turns too fast
//   for any state to dominate gets their colours mixed. Hand-off lines are
//   thinned to one every few px. So the SVG's size depends on its width,
//   not on the run's length.
// - Every rectangle and line carries a <title>: hovering shows what it is.

import type { TimelineData } from './collect.js';

export interface TimelineView {
  /** Virtual time range shown, in ns. */
  t0: number;
  t1: number;
  /** Width of the drawing in px. */
  width: number;
}

export function renderTimelineSvg(data: TimelineData, view: TimelineView): string {
  const COLORS = ['#2e9e44', '#f0b429', '#d64545', '#4a7bd0'];
  const STATE_NAMES = ['running (holds the GIL)', 'waiting for the GIL', 'blocked', 'sleeping'];
  const LEFT = 190, RIGHT = 16, TOP = 34, LANE_H = 20, LANE_GAP = 6, GROUP_H = 20, AXIS_H = 34;
  const width = Math.max(LEFT + RIGHT + 100, Math.floor(view.width));
  const plotW = width - LEFT - RIGHT;
  const t0 = view.t0;
  const t1 = Math.max(view.t1, view.t0 + 1);
  const scale = plotW / (t1 - t0);
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const fmt = (ns: number): string => {
    const a = Math.abs(ns);
    if (a >= 1e9) return `${+(ns / 1e9).toFixed(6)} s`;
    if (a >= 1e6) return `${+(ns / 1e6).toFixed(4)} ms`;
    if (a >= 1e3) return `${+(ns / 1e3).toFixed(3)} µs`;
    return `${Math.round(ns)} ns`;
  };

  // Rows: a header per process, then its threads.
  const rows: { kind: 'group' | 'lane'; y: number; lane: number; label: string }[] = [];
  const laneY: number[] = [];
  let y = TOP;
  let lastPid = NaN;
  data.lanes.forEach((lane, i) => {
    if (lane.pid !== lastPid) {
      lastPid = lane.pid;
      // The cores the process's threads ran on.
      const cores: number[] = [];
      for (const l of data.lanes) {
        if (l.pid === lane.pid) for (const c of l.cores) if (!cores.includes(c)) cores.push(c);
      }
      cores.sort((a, b) => a - b);
      const where = cores.length === 0 ? '' : ` · ${cores.length === 1 ? 'core' : 'cores'} ${cores.join(', ')}`;
      rows.push({ kind: 'group', y, lane: i, label: `process ${lane.pid}${where}` });
      y += GROUP_H;
    }
    laneY[i] = y;
    rows.push({ kind: 'lane', y, lane: i, label: lane.name });
    y += LANE_H + LANE_GAP;
  });
  const axisY = y + 4;
  const legendY = axisY + AXIS_H;
  const height = legendY + 26;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="pygil-timeline" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="8" y="20" font-size="14" font-weight="bold">${esc(data.title)}</text>`);
  out.push(`<text x="${width - RIGHT}" y="20" text-anchor="end" fill="#555">${esc(fmt(t0))} – ${esc(fmt(t1))} of ${esc(fmt(data.end))} virtual time</text>`);

  for (const r of rows) {
    if (r.kind === 'group') {
      out.push(`<text class="group" x="8" y="${r.y + 14}" font-weight="bold" fill="#333">${esc(r.label)}</text>`);
      out.push(`<line x1="8" x2="${width - RIGHT}" y1="${r.y + 18}" y2="${r.y + 18}" stroke="#ccc"/>`);
    }
  }

  // Lanes, aggregated per pixel column.
  const cover = new Float64Array(plotW * 4);
  data.lanes.forEach((lane, li) => {
    const ly = laneY[li];
    out.push(`<g class="lane" data-tid="${lane.tid}" data-pid="${lane.pid}">`);
    // Long thread names are cut to fit the label column (the full name is in the tooltip).
    const label = lane.name.length > 25 ? lane.name.slice(0, 24) + '…' : lane.name;
    out.push(`<text x="16" y="${ly + 14}" fill="#222">${esc(label)}<title>${esc(lane.name)}</title></text>`);
    out.push(`<rect x="${LEFT}" y="${ly}" width="${plotW}" height="${LANE_H}" fill="#f4f4f4"/>`);
    cover.fill(0);
    const segs = lane.segs;
    // First stretch ending after t0 (binary search on the end times).
    let lo = 0, hi = segs.length / 4;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid * 4 + 1] <= t0) lo = mid + 1;
      else hi = mid;
    }
    const single: number[] = new Array(plotW).fill(-1);
    for (let k = lo * 4; k < segs.length; k += 4) {
      const s = segs[k], e = segs[k + 1], st = segs[k + 2];
      if (s >= t1) break;
      const x0 = Math.max(0, (s - t0) * scale), x1 = Math.min(plotW, (e - t0) * scale);
      if (x1 <= x0) continue;
      let px = Math.floor(x0);
      const last = Math.min(plotW - 1, Math.ceil(x1) - 1);
      for (; px <= last; px++) {
        const a = Math.max(x0, px), b = Math.min(x1, px + 1);
        if (b > a) {
          cover[px * 4 + st] += b - a;
          single[px] = single[px] === -1 ? k : single[px] === k ? k : -2;
        }
      }
    }
    // A column no state dominates (threads taking turns faster than a pixel)
    // gets the states' colours mixed by their share, in steps of 1/8.
    let runStart = -1, runState = -1, runSeg = -1, runFill = '';
    const flush = (endPx: number): void => {
      if (runState < 0) return;
      const x = LEFT + runStart, w = endPx - runStart;
      let tip: string;
      if (runSeg >= 0) {
        const d = data.strings[segs[runSeg + 3]];
        tip = `${lane.name}: ${STATE_NAMES[runState]}${d ? ` on ${d}` : ''}, ${fmt(segs[runSeg])} → ${fmt(segs[runSeg + 1])}`;
      } else {
        tip = `${lane.name}: mostly ${STATE_NAMES[runState]}, ${fmt(t0 + runStart / scale)} → ${fmt(t0 + endPx / scale)} (many switches; zoom in)`;
      }
      out.push(`<rect class="seg s${runState}" x="${x}" y="${ly + 2}" width="${w}" height="${LANE_H - 4}" fill="${runFill}">` +
        `<title>${esc(tip)}</title></rect>`);
    };
    for (let px = 0; px < plotW; px++) {
      let best = -1, bestCover = 0, total = 0;
      for (let st = 0; st < 4; st++) {
        const c = cover[px * 4 + st];
        total += c;
        if (c > bestCover) {
          bestCover = c;
          best = st;
        }
      }
      if (total < 0.5) best = -1;
      const seg = single[px] >= 0 ? single[px] : -2;
      let fill = best >= 0 ? COLORS[best] : '';
      if (best >= 0 && bestCover < 0.75 * total) {
        let r = 0, g = 0, b = 0;
        for (let st = 0; st < 4; st++) {
          const share = Math.round((cover[px * 4 + st] / total) * 8) / 8;
          const hex = parseInt(COLORS[st].slice(1), 16);
          r += share * (hex >> 16);
          g += share * ((hex >> 8) & 255);
          b += share * (hex & 255);
        }
        fill = `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;
      }
      if (best !== runState || fill !== runFill || (seg !== runSeg && (seg >= 0 || runSeg >= 0))) {
        flush(px);
        runStart = px;
        runState = best;
        runSeg = seg;
        runFill = fill;
      }
    }
    flush(plotW);
    out.push('</g>');
  });

  // GIL hand-offs: at most one line every MARK_GAP px, so dense switching stays readable.
  const MARK_GAP = 4;
  const m = data.marks;
  let lastPx = -1;
  out.push('<g class="handoffs">');
  for (let k = 0; k < m.length; k += 4) {
    const t = m[k];
    if (t < t0 || t > t1) continue;
    const px = Math.floor((t - t0) * scale);
    if (lastPx >= 0 && px - lastPx < MARK_GAP) continue;
    lastPx = px;
    const from = m[k + 1], to = m[k + 2];
    const ya = laneY[from] + LANE_H / 2, yb = laneY[to] + LANE_H / 2;
    const reason = data.strings[m[k + 3]];
    const tip = `GIL hand-off at ${fmt(t)}: ${data.lanes[from].name} → ${data.lanes[to].name}${reason ? ` (${reason})` : ''}`;
    out.push(`<line class="handoff" x1="${LEFT + px + 0.5}" x2="${LEFT + px + 0.5}" y1="${Math.min(ya, yb)}" y2="${Math.max(ya, yb)}" ` +
      `stroke="#222" stroke-width="1" stroke-opacity="0.6"><title>${esc(tip)}</title></line>`);
  }
  out.push('</g>');

  // Time axis with round steps (1, 2, 5 × 10^k ns).
  out.push(`<g class="axis"><line x1="${LEFT}" x2="${LEFT + plotW}" y1="${axisY}" y2="${axisY}" stroke="#444"/>`);
  const rough = (t1 - t0) / Math.max(1, plotW / 110);
  const pow = Math.pow(10, Math.floor(Math.log10(rough)));
  const step = [1, 2, 5, 10].map((f) => f * pow).find((s) => s >= rough) ?? 10 * pow;
  for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
    const x = LEFT + (t - t0) * scale;
    out.push(`<line x1="${x}" x2="${x}" y1="${axisY}" y2="${axisY + 5}" stroke="#444"/>`);
    out.push(`<text x="${x}" y="${axisY + 18}" text-anchor="middle" fill="#444">${esc(fmt(t))}</text>`);
  }
  out.push('</g>');

  // Legend.
  let lx = LEFT;
  out.push('<g class="legend">');
  for (let st = 0; st < 4; st++) {
    out.push(`<rect x="${lx}" y="${legendY}" width="14" height="12" fill="${COLORS[st]}"/>`);
    out.push(`<text x="${lx + 18}" y="${legendY + 11}">${STATE_NAMES[st]}</text>`);
    lx += 34 + STATE_NAMES[st].length * 7;
  }
  out.push(`<line x1="${lx}" x2="${lx}" y1="${legendY - 2}" y2="${legendY + 14}" stroke="#222"/>`);
  out.push(`<text x="${lx + 6}" y="${legendY + 11}">GIL hand-off</text>`);
  out.push('</g></svg>');
  return out.join('\n');
}
