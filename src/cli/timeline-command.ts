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

export function timelineCommand(file: string, output: string, run: (listen: (e: SchedEvent) => void) => number): number {
  const ext = path.extname(output).toLowerCase();
  if (ext !== '.html' && ext !== '.htm' && ext !== '.svg') {
    writeAll(2, `pygil: timeline: the output file must end in .html or .svg, not '${output}'\n`);
    return 2;
  }
  const recorder = new TimelineRecorder(path.basename(file));
  const status = run(recorder.listen);
  const data = recorder.data();
  if (data.lanes.length === 0) return status; // the program did not run (syntax error, missing file)
  const text = ext === '.svg' ? renderTimelineSvg(data, { t0: 0, t1: Math.max(1, data.end), width: SVG_WIDTH }) + '\n' : timelineHtml(data);
  try {
    writeFileSync(output, text);
  } catch (err) {
    writeAll(2, `pygil: timeline: cannot write '${output}': ${(err as Error).message}\n`);
    return 2;
  }
  return status;
}
