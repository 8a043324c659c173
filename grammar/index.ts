// The parser's front door: parse(source, filename) → Module or the first
// SyntaxError, never an exception.
//
// Which error wins follows CPython 3.11, which blends tokenizer and parser
// errors in a particular way (see pegen_errors.c): after a parser error it
// tokenizes the rest of the file, and a tokenizer exception found there (a bad
// character, number, string or bracket) replaces the parser's message; an
// unclosed bracket replaces it when the parser had read past the bracket's
// line or to the end of input; "unexpected indent" is never replaced.
//
// The Chevrotain parser is built once per process, on first use.

import type { Expr, Module, ParseResult, SyntaxErrorInfo } from './ast.js';
import { tokenize, type LexResult } from './lexer.js';
import { PythonParser } from './parser.js';
import type { FieldJob } from './strings.js';
import { PySyntaxError } from './tokens.js';

let instance: PythonParser | null = null;

/** The shared parser; built on first use. */
export function getParser(): PythonParser {
  instance ??= new PythonParser();
  return instance;
}

export function parse(source: string, filename: string): ParseResult {
  void filename;   // errors carry positions only; the caller knows the file
  return parseWith(getParser(), source);
}

/** parse() with a given parser instance (the tests also use one built with Chevrotain's checks). */
export function parseWith(parser: PythonParser, source: string): ParseResult {
  const lexed = tokenize(source);
  try {
    return parseTokens(parser, lexed);
  } catch (e) {
    if (e instanceof PySyntaxError) return { ok: false, error: e.info };
    if (e instanceof RangeError) return tooDeep(lexed);
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { type: 'SyntaxError', msg: `internal parser error: ${msg}`, lineno: 1, offset: 1 } };
  }
}

/**
 * The parser recurses once per nesting level and the JavaScript stack runs
 * out after about a hundred levels of brackets (CPython allows 200). Code
 * like that is written by generators, not people; say where it got deep.
 */
function tooDeep(lexed: LexResult): ParseResult {
  if (lexed.error) return fail(lexed.error);
  let deepest = lexed.tokens[0];
  for (const t of lexed.tokens) if (t.depth > deepest.depth) deepest = t;
  if (deepest.depth < 50) {
    // Deep without brackets (thousands of unary operators in a row): CPython's compiler's own limit.
    return fail({ type: 'RecursionError', msg: 'maximum recursion depth exceeded during compilation', lineno: deepest.startLine!, offset: 0 });
  }
  return fail({
    type: 'SyntaxError', msg: 'too many nested parentheses',
    lineno: deepest.startLine!, offset: deepest.startColumn!,
  });
}

function parseTokens(parser: PythonParser, lexed: LexResult): ParseResult {
  parser.begin(lexed.tokens);
  let failure: PySyntaxError | null = null;
  let module: Module | undefined;
  try {
    module = parser.file_input();
    if (parser.errors.length > 0) failure = parser.describe(parser.errors[0]);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    failure = e;
  }
  // f-string fields come after the main parse; an error in one of them came
  // earlier in the file than anything the main parse could fail on later.
  const jobs = parser.jobs;
  const fieldError = runFieldJobs(parser, jobs);
  if (fieldError) failure = fieldError;

  if (!failure) {
    if (lexed.error) return fail(lexed.error);   // cannot happen: ERRORTOKEN is never accepted
    return { ok: true, module: module! };
  }
  if (failure.info.msg === 'unexpected indent' || failure.info.msg === 'unexpected unindent') return fail(failure.info);
  if (lexed.error?.overridesParser) return fail(lexed.error);
  const reach = failure.reach;
  if (lexed.error && reach === lexed.error.token) return fail(lexed.error);
  const open = lexed.unclosed;
  if (open && reach && (reach.atEOF || reach.startLine! > open.lineno)) {
    return fail({ type: 'SyntaxError', msg: `'${open.char}' was never closed`, lineno: open.lineno, offset: open.offset });
  }
  return fail(failure.info);
}

function fail(error: SyntaxErrorInfo): ParseResult {
  return { ok: false, error: strip(error) };
}

/** Just the SyntaxErrorInfo fields (lexer errors carry more). */
function strip(error: SyntaxErrorInfo): SyntaxErrorInfo {
  const { type, msg, lineno, offset, end_offset, atEof } = error;
  const info: SyntaxErrorInfo = { type, msg, lineno, offset };
  if (end_offset !== undefined) info.end_offset = end_offset;
  if (atEof === true) info.atEof = true;
  return info;
}

/**
 * Parses the replacement fields of f-strings, depth first so errors come in
 * source order. As in CPython 3.11, parser messages get an "f-string: " prefix.
 */
function runFieldJobs(parser: PythonParser, jobs: FieldJob[]): PySyntaxError | null {
  for (const job of jobs) {
    const lexed = tokenize(job.text, { expressionAt: { line: job.line, column: job.column, offset: job.offset } });
    if (lexed.error) return new PySyntaxError(strip(lexed.error));
    parser.begin(lexed.tokens);
    let value: Expr | undefined;
    try {
      value = parser.fstring_field();
      if (parser.errors.length > 0) return prefixed(parser.describe(parser.errors[0]));
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      return prefixed(e);
    }
    job.node.value = value;
    const nested = runFieldJobs(parser, parser.jobs);
    if (nested) return nested;
  }
  return null;
}

function prefixed(e: PySyntaxError): PySyntaxError {
  return new PySyntaxError({ ...e.info, msg: `f-string: ${e.info.msg}` }, e.reach);
}
