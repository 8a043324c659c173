// The one place that formats tracebacks and syntax errors, byte-for-byte as
// CPython 3.11 prints them: frames with source lines, the fine-grained caret
// lines (`~~^~~`), collapsed repeats, and chained exceptions.

import { PyExceptionGroup, type PyBaseException, type TbEntry } from '../runtime/exceptions.js';
import { str as pyStr, repr as pyRepr } from '../runtime/ops.js';
import { PyList, PyTuple } from '../runtime/tuple.js';
import type { PyDictLike } from '../runtime/object.js';
import { parse } from '../../grammar/index.js';
import type * as A from '../../grammar/ast.js';
import { suggestionSuffix } from './suggestions.js';
import type { CodeObject } from '../compiler/code.js';
import { current } from './process.js';
import { dirOf } from '../runtime/types/object-type.js';

export function formatException(e: PyBaseException): string {
  return formatExceptionParts(e).join('');
}

/**
 * An exception as Python code of the standard library prints it, through
 * the traceback module (multiprocessing's "Process NAME:", asyncio's
 * logged errors): no "Did you mean" (see asTracebackModule).
 */
export function formatExceptionAsModule(e: PyBaseException): string {
  return formatExceptionParts(e, null, true, true).join('');
}

/**
 * The text of an uncaught exception in pieces, as the `traceback` module's
 * format_exception() lists them: a header, one piece per frame (its source
 * and caret lines included), the chaining messages, the exception line.
 * `limit` (traceback.py's meaning): at most that many frames per traceback
 * from the outermost, or with a negative number the innermost ones;
 * `chain` false leaves out causes and contexts.
 */
export function formatExceptionParts(e: PyBaseException, limit: number | null = null, chain = true, asModule = false): string[] {
  return moduleStyle(asModule, () => {
    const out: string[] = [];
    formatChain(e, out, chain ? new Set() : null, limit);
    return out;
  });
}

/**
 * True while formatting for the `traceback` module (traceback.py), whose
 * text differs from the interpreter's own printer (C) in two details: no
 * "Did you mean" suggestion, and how the caret anchors of a binary
 * operator after a parenthesised operand are found (caretAnchors).
 */
let asTracebackModule = false;

function moduleStyle<T>(on: boolean, fn: () => T): T {
  const was = asTracebackModule;
  asTracebackModule = on;
  try {
    return fn();
  } finally {
    asTracebackModule = was;
  }
}

/**
 * The frames of `tb` (innermost first) that are shown (not pygil's code
 * standing for CPython's C, see hiddenInTracebacks) and that a `limit`
 * keeps of those.
 */
function limitFrames(tb: TbEntry[], limit: number | null): TbEntry[] {
  if (tb.some(isHidden)) tb = tb.filter((entry) => !isHidden(entry));
  if (limit === null) return tb;
  // tb is innermost first: the outermost `limit` frames are its last ones.
  if (limit >= 0) return tb.slice(Math.max(0, tb.length - limit));
  return tb.slice(0, -limit);
}

/**
 * One exception without its cause or context, as CPython's default
 * sys.unraisablehook prints it ("Exception ignored in: …"). `withSource`
 * false leaves out the source lines, as CPython's traceback printer does
 * during interpreter shutdown (it can no longer read source files then).
 */
export function formatExceptionAlone(e: PyBaseException, withSource = true): string {
  const out: string[] = [];
  // With no frame to show, no header either, as CPython prints an exception without a traceback.
  const tb = limitFrames(e.tb, null);
  if (tb.length > 0) {
    out.push('Traceback (most recent call last):\n');
    formatFrames(tb, out, withSource);
  }
  // Unlike a traceback's last line, the hook's "Type: message" keeps its
  // colon when the message is empty ("ValueError: ").
  out.push(exceptionLineText(e, true));
  return out.join('');
}

/**
 * Where the text of an exception group's members goes: how deep in groups
 * (each level indents by two and draws a `|` margin), and whether the box
 * around the last member of a group still needs its closing line.
 */
interface GroupContext {
  depth: number;
  needClose: boolean;
}

// traceback.py's limits on how much of a group is shown.
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** Adds `text` with the margin of the current group depth on every line (`margin` `+` for a box's top). */
function emit(ctx: GroupContext, out: string[], text: string, margin = '|'): void {
  if (ctx.depth === 0 || text === '') {
    out.push(text);
    return;
  }
  const prefix = `${' '.repeat(2 * ctx.depth)}${margin} `;
  out.push(text.split(/(?<=\n)/).map((line) => prefix + line).join(''));
}

/** `seen` null: no chained exceptions. */
function formatChain(e: PyBaseException, out: string[], seen: Set<PyBaseException> | null, limit: number | null,
  ctx: GroupContext = { depth: 0, needClose: false }): void {
  if (seen !== null) {
    seen.add(e);
    if (e.cause !== null && !seen.has(e.cause)) {
      formatChain(e.cause, out, seen, limit, ctx);
      emit(ctx, out, '\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (e.context !== null && !e.suppressContext && !seen.has(e.context)) {
      formatChain(e.context, out, seen, limit, ctx);
      emit(ctx, out, '\nDuring handling of the above exception, another exception occurred:\n\n');
    }
  }
  if (!(e instanceof PyExceptionGroup)) {
    formatTraceback(e, 'Traceback (most recent call last):\n', '|', out, limit, ctx);
    return;
  }
  if (ctx.depth > MAX_GROUP_DEPTH) {
    emit(ctx, out, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  // A group: its own traceback, then each member in a numbered box.
  const toplevel = ctx.depth === 0;
  if (toplevel) ctx.depth++;
  formatTraceback(e, 'Exception Group Traceback (most recent call last):\n', toplevel ? '+' : '|', out, limit, ctx);
  const members = e.exceptions.items as PyBaseException[];
  const n = Math.min(members.length, MAX_GROUP_WIDTH + 1);
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true; // the closing line, unless a nested group's box draws it
    const truncated = i >= MAX_GROUP_WIDTH;
    out.push(`${' '.repeat(2 * ctx.depth)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) {
      formatChain(members[i], out, seen, limit, ctx);
    } else {
      const more = members.length - MAX_GROUP_WIDTH;
      emit(ctx, out, `and ${more} more exception${more > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out.push(`${' '.repeat(2 * ctx.depth)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (toplevel) ctx.depth = 0;
}

/** An exception's own frames under `header`, then its `Type: message` line (one piece per line). */
function formatTraceback(e: PyBaseException, header: string, margin: string, out: string[], limit: number | null, ctx: GroupContext): void {
  const tb = limitFrames(e.tb, limit);
  if (tb.length > 0) {
    emit(ctx, out, header, margin);
    const frames: string[] = [];
    formatFrames(tb, frames);
    for (const f of frames) emit(ctx, out, f);
  }
  // One piece per line, as format_exception lists a SyntaxError's or the notes' lines.
  for (const line of exceptionLineText(e).split(/(?<=\n)/)) emit(ctx, out, line);
}

/** `Type: message` (or just `Type`), with the module prefix CPython adds. */
export function exceptionLine(e: PyBaseException, asModule = false): string {
  return moduleStyle(asModule, () => exceptionLineText(e));
}

function exceptionLineText(e: PyBaseException, emptyColon = false): string {
  const t = e.cls;
  let name = t.qualname;
  if (t.module !== '__main__' && t.module !== 'builtins') name = `${t.module}.${name}`;
  let msg: string;
  try {
    msg = pyStr(e);
  } catch {
    msg = '<exception str() failed>';
  }
  const se = syntaxErrorDetails(e);
  if (se !== null) return se + notesText(e);
  if (!asTracebackModule) msg += suggestionSuffix(e, current?.builtins ?? null, dirOf);
  return (msg === '' && !emptyColon ? `${name}\n` : `${name}: ${msg}\n`) + notesText(e);
}

/** The lines of the notes add_note() attached (__notes__), each a str or, if not, its repr. */
function notesText(e: PyBaseException): string {
  const notes = (e.dict as PyDictLike | null)?.map.get('__notes__');
  if (!(notes instanceof PyList || notes instanceof PyTuple)) return '';
  let out = '';
  for (const n of notes.items) out += `${typeof n === 'string' ? n : pyRepr(n)}\n`;
  return out;
}

function syntaxErrorDetails(e: PyBaseException): string | null {
  const info = (e as PyBaseException & { syntaxInfo?: SyntaxDisplay }).syntaxInfo;
  if (info === undefined) return null;
  return formatSyntaxError(info);
}

export interface SyntaxDisplay {
  type: string;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  endOffset: number;
  /** The offending source line, or null when unknown. */
  text: string | null;
}

/** CPython 3.11's print_error_text: the source line and the caret line of a SyntaxError. */
export function formatSyntaxError(s: SyntaxDisplay): string {
  let out = `  File "${s.filename}", line ${s.lineno}\n`;
  if (s.text !== null) {
    const full = s.text.endsWith('\n') ? s.text : s.text + '\n';
    const lead = /^[ \t\f]*/.exec(full)![0].length;
    const text = full.slice(lead);
    const len = text.length - 1; // without the newline
    let off0 = s.offset - 1 - lead;
    if (off0 > len) off0 = len;
    out += `    ${text}`;
    if (off0 >= 0) {
      let count = 1;
      if (s.type !== 'IndentationError' && s.type !== 'TabError' && s.endOffset > 0 && s.endOffset > s.offset) {
        const end0 = Math.min(s.endOffset - 1 - lead, text.length);
        count = Math.max(1, end0 - off0);
      }
      out += `    ${' '.repeat(off0)}${'^'.repeat(count)}\n`;
    }
  }
  return out + `${s.type}: ${s.msg}\n`;
}

const RECURSIVE_CUTOFF = 3;

/**
 * Code of pygil's Python-written modules standing for what CPython does in C
 * (an asyncio Task's step, Future.result): CPython's tracebacks have no line
 * for it, so neither do pygil's. `hiddenFiles` hides a whole internal module
 * whose frames would only show pygil's own lines (asyncio's loop machinery).
 */
export const hiddenInTracebacks = new WeakSet<object>();
export const hiddenFiles = new Set<string>();

function isHidden(entry: TbEntry): boolean {
  return isHiddenCode(entry.code);
}

/** Code standing for CPython's C: no frame of it shows, in tracebacks or to sys._getframe. */
export function isHiddenCode(code: CodeObject): boolean {
  return hiddenInTracebacks.has(code) || hiddenFiles.has(code.filename);
}

/** At most this many frames are printed, the innermost ones (CPython's PyTraceBack_LIMIT). */
const TRACEBACK_LIMIT = 1000;

/** The pieces of formatted frames, outermost first (traceback.format_tb). */
export function formatFrameParts(tb: TbEntry[], limit: number | null = null, asModule = false): string[] {
  return moduleStyle(asModule, () => {
    const out: string[] = [];
    formatFrames(limitFrames(tb, limit), out);
    return out;
  });
}

function formatFrames(tb: TbEntry[], out: string[], withSource = true): void {
  let lastKey: string | null = null;
  let count = 0;
  for (let i = Math.min(tb.length, TRACEBACK_LIMIT) - 1; i >= 0; i--) {
    const entry = tb[i];
    const code = entry.code;
    const key = `${code.filename}\u0000${code.lineOf(entry.ip)}\u0000${code.name}`;
    if (key !== lastKey) {
      if (count > RECURSIVE_CUTOFF) flushRepeats(out, count - RECURSIVE_CUTOFF);
      lastKey = key;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out.push(frameText(entry, withSource));
  }
  if (count > RECURSIVE_CUTOFF) flushRepeats(out, count - RECURSIVE_CUTOFF);
}

function flushRepeats(out: string[], n: number): void {
  out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`);
}

function frameText(entry: TbEntry, withSource: boolean): string {
  const code = entry.code;
  const p = entry.ip * 4;
  const lineno = code.positions[p];
  const endLine = code.positions[p + 1];
  const col = code.positions[p + 2];
  const endCol = code.positions[p + 3];
  let s = `  File "${code.filename}", line ${lineno}, in ${code.name}\n`;
  if (!withSource) return s;
  // Like CPython, no source line for code that has no file (-c, stdin, <...>).
  if (code.filename.startsWith('<') && code.filename.endsWith('>') && !code.filename.startsWith('<pygil ')) return s;
  const src = sourceLine(code.source, lineno);
  if (src === null) return s;
  const stripped = src.trim();
  if (stripped === '') return s;
  s += `    ${stripped}\n`;
  if (col < 0 || endCol < 0) return s;
  const leading = src.length - src.trimStart().length;
  let start = col + 1;
  let end = endCol + 1;
  let anchors: [number, number] | null = null;
  if (endLine === lineno) {
    anchors = caretAnchors(src.slice(col, endCol));
  } else {
    end = leading + stripped.length + 1;
  }
  const hasSecondary = anchors !== null && anchors[1] - anchors[0] > 0;
  if (end - start < stripped.length || hasSecondary) {
    let caret = '    ' + ' '.repeat(start - 1 - leading);
    if (anchors !== null) {
      caret += '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(end - start - anchors[1]);
    } else {
      caret += '^'.repeat(end - start);
    }
    s += caret + '\n';
  }
  return s;
}

/** Where the operator of a binary operation or the subscript of an index sits in `segment`. */
function caretAnchors(segment: string): [number, number] | null {
  const r = parse(segment, '<segment>');
  if (!r.ok || r.module.body.length !== 1) return null;
  const st = r.module.body[0];
  if (st.kind !== 'Expr') return null;
  const e = st.value;
  const lines = segment.split('\n');
  // Offsets into the segment: convert (line, col) to an index.
  const idx = (line: number, c: number) => {
    let n = 0;
    for (let i = 0; i < line - 1; i++) n += lines[i].length + 1;
    return n + c;
  };
  const norm = (i: number) => Math.min(i, segment.length);
  // The closing parentheses of a parenthesised operand are not the operator
  // (or the subscript's bracket): skipped, with the white space, as CPython does.
  const skip = (i: number, limit: number) => {
    while (i < limit && (segment[i] === ')' || /\s/.test(segment[i]))) i++;
    return i;
  };
  if (e.kind === 'BinOp' && asTracebackModule) {
    // traceback.py's way: the operator's width is judged before the
    // closing parentheses are skipped, so `(a)/b` marks `/b`.
    const opStart = norm(idx(e.left.end_lineno, e.left.end_col_offset));
    const opStr = segment.slice(opStart, norm(idx(e.right.lineno, e.right.col_offset)));
    const lead = opStr.length - opStr.trimStart().length;
    let left = opStart + lead;
    let right = left + (lead + 1 < opStr.length && !/\s/.test(opStr[lead + 1]) ? 2 : 1);
    while (left < segment.length && (segment[left] === ')' || segment[left] === '#' || /\s/.test(segment[left]))) {
      left++;
      right++;
    }
    return [norm(left), norm(right)];
  }
  if (e.kind === 'BinOp') {
    const rightStart = norm(idx(e.right.lineno, e.right.col_offset));
    const left = skip(norm(idx(e.left.end_lineno, e.left.end_col_offset)), rightStart);
    let right = left + 1;
    // A two-character operator (//, **, <<, ...).
    if (right < rightStart && !/\s/.test(segment[right])) right += 1;
    return [norm(left), norm(right)];
  }
  if (e.kind === 'Subscript') {
    const s0 = skip(norm(idx(e.value.end_lineno, e.value.end_col_offset)), segment.length);
    const s1 = skip(norm(idx((e.slice as A.Span).end_lineno, (e.slice as A.Span).end_col_offset)), segment.length) + 1;
    return [s0, norm(s1)];
  }
  return null;
}

let lastSource = '';
let lastLines: string[] = [];

export function sourceLine(source: string, lineno: number): string | null {
  if (source !== lastSource) {
    lastSource = source;
    lastLines = source.split(/\r\n|\r|\n/);
  }
  if (lineno < 1 || lineno > lastLines.length) return null;
  return lastLines[lineno - 1];
}

