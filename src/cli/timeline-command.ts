/// <reference types="node" />
// `pygil timeline FILE -o out.html|out.svg`: runs the program as `pygil run`
// would (same flags, same output), records its event stream, and writes the
// picture. The drawing itself is in src/timeline/ (no Node API there).

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeAll } from './node-host.js';
import type { SchedEvent } from '../vm/events.js';
import { TimelineRecorder } from '../timeline/collect.js';
import { renderTimelineSvg } from '../timeline/render.js';
import { timelineHtml } from '../timeline/page.js';

/** Width of a static .svg timeline, in px. */
const SVG_WIDTH = 1200;

function msFlag(name: string, v: string | undefined): number | null | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0) {
    writeAll(2, `pygil: timeline: ${name} must be a number of milliseconds >= 0, not '${v}'\n`);
    return null;
  }
  return n * 1e6;
}

export function timelineCommand(file: string, output: string, from: string | undefined, to: string | undefined,
  run: (listen: (e: SchedEvent) => void) => number): number {
  const ext = path.extname(output).toLowerCase();
  if (ext !== '.html' && ext !== '.htm' && ext !== '.svg') {
    writeAll(2, `pygil: timeline: the output file must end in .html or .svg, not '${output}'\n`);
    return 2;
  }
  const t0 = msFlag('--from', from), t1 = msFlag('--to', to);
  if (t0 === null || t1 === null) return 2;
  if (t0 !== undefined && t1 !== undefined && t1 <= t0) {
    writeAll(2, 'pygil: timeline: --to must be after --from\n');
    return 2;
  }
  const recorder = new TimelineRecorder(path.basename(file));
  const status = run(recorder.listen);
  const data = recorder.data();
  if (data.lanes.length === 0) return status; // the program did not run (syntax error, missing file)
  const view = { t0: t0 ?? 0, t1: t1 ?? Math.max(1, data.end) };
  const text = ext === '.svg' ? renderTimelineSvg(data, { ...view, width: SVG_WIDTH }) + '\n' : timelineHtml(data, view);
  try {
    writeFileSync(output, text);
  } catch (err) {
    writeAll(2, `pygil: timeline: cannot write '${output}': ${(err as Error).message}\n`);
    return 2;
  }
  return status;
}
