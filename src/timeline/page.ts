// The self-contained HTML page of `pygil timeline`: the timeline's data as
// JSON, the SVG renderer's own source (render.ts), and a few lines of
// script for zooming (wheel, buttons) and panning (drag). No network, no
// external files: the page can be mailed or opened from disk.

import type { TimelineData } from './collect.js';
import { renderTimelineSvg } from './render.js';

/** Keeps `</script>` and friends inside the embedded JSON from ending the script. */
function scriptSafe(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `view`: the time range shown first (ns); "Fit" shows the whole run. */
export function timelineHtml(data: TimelineData, view: { t0: number; t1: number } = { t0: 0, t1: Math.max(1, data.end) }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${htmlEscape(data.title)} — pygil timeline</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 12px; color: #222; }
  #controls { margin: 6px 0 10px; display: flex; gap: 8px; align-items: center; }
  #controls button { font-size: 13px; padding: 2px 10px; }
  #hint { color: #666; font-size: 12px; }
  #view { border: 1px solid #ddd; overflow: hidden; cursor: grab; user-select: none; }
  #view.dragging { cursor: grabbing; }
</style>
</head>
<body>
<div id="controls">
  <button id="fit" type="button">Fit</button>
  <button id="zoom-in" type="button">Zoom in</button>
  <button id="zoom-out" type="button">Zoom out</button>
  <span id="hint">Wheel: zoom at the pointer · drag: pan · hover: details</span>
</div>
<div id="view"></div>
<script>
"use strict";
const DATA = ${scriptSafe(JSON.stringify(data))};
const render = ${renderTimelineSvg.toString()};
const box = document.getElementById('view');
const LEFT = 190, RIGHT = 16;
let t0 = ${view.t0}, t1 = ${view.t1};
function draw() {
  box.innerHTML = render(DATA, { t0, t1, width: box.clientWidth || 1000 });
}
function plotWidth() { return Math.max(100, (box.clientWidth || 1000) - LEFT - RIGHT); }
function zoom(factor, atX) {
  const span = t1 - t0;
  const frac = Math.min(1, Math.max(0, (atX - LEFT) / plotWidth()));
  const at = t0 + frac * span;
  const next = Math.min(Math.max(span * factor, 50), Math.max(1, DATA.end) * 1.05);
  t0 = Math.max(0, at - frac * next);
  t1 = t0 + next;
  draw();
}
document.getElementById('fit').onclick = () => { t0 = 0; t1 = Math.max(1, DATA.end); draw(); };
document.getElementById('zoom-in').onclick = () => zoom(0.5, LEFT + plotWidth() / 2);
document.getElementById('zoom-out').onclick = () => zoom(2, LEFT + plotWidth() / 2);
box.addEventListener('wheel', (ev) => {
  ev.preventDefault();
  zoom(ev.deltaY < 0 ? 0.8 : 1.25, ev.offsetX);
}, { passive: false });
let dragX = null, dragT0 = 0;
box.addEventListener('mousedown', (ev) => { dragX = ev.clientX; dragT0 = t0; box.classList.add('dragging'); });
window.addEventListener('mouseup', () => { dragX = null; box.classList.remove('dragging'); });
window.addEventListener('mousemove', (ev) => {
  if (dragX === null) return;
  const span = t1 - t0;
  t0 = Math.max(0, dragT0 - (ev.clientX - dragX) / plotWidth() * span);
  t1 = t0 + span;
  draw();
});
window.addEventListener('resize', draw);
draw();
</script>
</body>
</html>
`;
}
