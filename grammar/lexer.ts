// The tokenizer: Python source text → Chevrotain tokens, INDENT/DEDENT/NEWLINE
// included, in one pass that knows the bracket depth (so line breaks inside
// brackets join lines) and skips blank and comment-only lines.
//
// It never throws. Like CPython's tokenizer it stops at the first error, and
// reports it with CPython's message and caret position; the stream then still
// ends with an ERRORTOKEN at the place it stopped, NEWLINE, the closing
// DEDENTs and ENDMARKER, so every token (synthetic ones too) has a real
// position. Which error the user finally sees — this one or the parser's — is
// decided in index.ts, following CPython's rules (see LexError.overridesParser).
//
// Positions: Chevrotain's convention (1-based columns, inclusive ends) in UTF-16
// units; zero-width tokens (DEDENT, and NEWLINE unless a comment precedes it,
// as in CPython) have endColumn = startColumn - 1.

import { createTokenInstance, type TokenType } from 'chevrotain';
import {
  Dedent, EndMarker, ErrorToken, Indent, Name, Newline, NumberLiteral, StringLiteral,
  keywordTypes, operatorTypes, type PyToken,
} from './tokens.js';

export interface LexError {
  type: 'SyntaxError' | 'IndentationError' | 'TabError' | 'RecursionError';
  msg: string;
  lineno: number;
  offset: number;
  end_offset?: number;
  /**
   * CPython raises these (bad characters, numbers, strings, brackets) as
   * exceptions inside its tokenizer; after any parser error it tokenizes the
   * rest of the file and such an exception replaces the parser's message.
   * The others (tabs, dedent, line continuation, EOF) only surface when the
   * parser actually reaches the token.
   */
  overridesParser: boolean;
  /** The ERRORTOKEN emitted where the lexer stopped. */
  token: PyToken;
}

/** The innermost bracket still open at end of input. */
export interface UnclosedBracket { char: string; lineno: number; offset: number }

export interface LexResult {
  tokens: PyToken[];
  error: LexError | null;
  unclosed: UnclosedBracket | null;
}

export interface LexOptions {
  /**
   * Lex an f-string replacement field found at this place in the file: no
   * layout tokens (line breaks join, as inside brackets), just ENDMARKER at the end.
   */
  expressionAt?: { line: number; column: number; offset: number };
}

const TAB_SIZE = 8;
const MAX_INDENT = 100;   // CPython's MAXINDENT
const MAX_LEVEL = 200;    // CPython's MAXLEVEL (bracket nesting)
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
// Made when first needed (non-ASCII names only): V8 builds a Unicode
// property class's ranges when the RegExp is created, a cost at start-up.
let ID_START: RegExp | undefined;
let ID_CONTINUE: RegExp | undefined;
let NON_PRINTABLE: RegExp | undefined;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHexDigit = (c: string | undefined): boolean => c !== undefined && /[0-9a-fA-F]/.test(c);
const isAsciiIdChar = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
/**
 * What may not directly follow a number. (CPython's check also covers
 * non-ASCII, but 3.11 then lexes `1é` as two tokens anyway.)
 */
const isPotentialIdChar = (c: string | undefined): boolean => c !== undefined && isAsciiIdChar(c);

/** A number literal error: CPython's message and the 0-based column its caret uses. */
class NumberError {
  constructor(readonly msg: string, readonly cur: number, readonly rangeStart?: number) {}
}

interface OpenBracket { char: string; line: number; col: number }

export function tokenize(source: string, options: LexOptions = {}): LexResult {
  return new Tokenizer(source, options).run();
}

/** CRLF and CR become LF, and a UTF-8 byte-order mark goes, as CPython does on reading. */
export function normalizeSource(source: string): string {
  let s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s;
}

class Tokenizer {
  private readonly src: string;
  private readonly exprMode: boolean;
  private readonly offsetBase: number;
  private pos = 0;
  private line: number;
  /** Index (in src) where the current line starts; negative for an f-string field's first line. */
  private lineStart: number;
  private readonly tokens: PyToken[] = [];
  private readonly indents = [0];
  private readonly altIndents = [0];
  private readonly brackets: OpenBracket[] = [];
  private lineHasTokens = false;
  /** Where the last comment started (a NEWLINE right after it starts there). */
  private commentStart = -1;
  private error: LexError | null = null;

  constructor(source: string, options: LexOptions) {
    const at = options.expressionAt;
    this.exprMode = at !== undefined;
    this.src = at ? source : normalizeSource(source);
    this.line = at ? at.line : 1;
    this.lineStart = at ? -at.column : 0;
    this.offsetBase = at ? at.offset : 0;
  }

  run(): LexResult {
    let atLineStart = !this.exprMode;
    const src = this.src;
    while (this.error === null) {
      if (atLineStart) {
        const outcome = this.indentation();
        if (outcome === 'blank') continue;
        atLineStart = false;
        if (outcome === 'error') break;
      }
      if (this.pos >= src.length) break;
      const c = src[this.pos];
      if (c === ' ' || c === '\t' || c === '\f') { this.pos++; continue; }
      if (c === '#') {
        // CPython's NEWLINE token covers a trailing comment: errors at it point there.
        this.commentStart = this.pos;
        const nl = src.indexOf('\n', this.pos);
        this.pos = nl < 0 ? src.length : nl;
        continue;
      }
      if (c === '\n') {
        if (this.brackets.length === 0 && !this.exprMode) {
          if (this.lineHasTokens) this.emitZeroWidth(Newline);
          atLineStart = true;
        }
        this.newline(this.pos + 1);
        continue;
      }
      if (c === '\\') { this.continuation(); continue; }
      if (isDigit(c) || (c === '.' && isDigit(src[this.pos + 1]))) { this.number(); continue; }
      if (c === '"' || c === "'") { this.string(this.pos); continue; }
      if (isAsciiIdChar(c) || c.charCodeAt(0) >= 128) { this.identifier(); continue; }
      this.operator();
    }
    return this.finish();
  }

  // ---------- positions and token creation ----------

  private col(index: number): number { return index - this.lineStart; }

  private emit(type: TokenType, start: number, end: number, startLine: number, startCol: number): PyToken {
    const image = this.src.slice(start, end);
    const tok = createTokenInstance(
      type, image, this.offsetBase + start, this.offsetBase + end - 1,
      startLine, this.line, startCol + 1, this.col(end),
    ) as PyToken;
    // An f-string field is parsed as if in parentheses (CPython 3.11 adds them).
    tok.depth = this.brackets.length + (this.exprMode ? 1 : 0);
    this.tokens.push(tok);
    this.lineHasTokens = true;
    return tok;
  }

  /** NEWLINE and DEDENT: zero width at the current position (a NEWLINE: from a trailing comment on). */
  private emitZeroWidth(type: TokenType, atEOF = false): PyToken {
    const end = this.col(this.pos);
    const start = type === Newline && this.commentStart >= this.lineStart ? this.commentStart : this.pos;
    const c = this.col(start);
    const tok = createTokenInstance(
      type, '', this.offsetBase + start, this.offsetBase + this.pos - 1,
      this.line, this.line, c + 1, end,
    ) as PyToken;
    tok.depth = this.brackets.length;
    if (atEOF) tok.atEOF = true;
    this.tokens.push(tok);
    if (type === Newline) this.lineHasTokens = false;
    return tok;
  }

  private newline(nextLineStart: number): void {
    this.pos = nextLineStart;
    this.line++;
    this.lineStart = nextLineStart;
  }

  // ---------- errors ----------

  private fail(
    type: LexError['type'], msg: string, overridesParser: boolean,
    lineno: number, offset: number, endOffset: number | undefined, errorCol: number,
  ): void {
    const c = Math.max(0, errorCol);
    const tok = createTokenInstance(
      ErrorToken, '', this.offsetBase + this.lineStart + c, this.offsetBase + this.lineStart + c - 1,
      this.line, this.line, c + 1, c,
    ) as PyToken;
    tok.depth = this.brackets.length;
    this.tokens.push(tok);
    this.lineHasTokens = true;
    this.error = { type, msg, lineno, offset, overridesParser, token: tok };
    if (endOffset !== undefined) this.error.end_offset = endOffset;
  }

  /** A tokenizer exception in CPython: caret at `col` (1-based offset == col + 1). */
  private failAt(msg: string, col: number, endCol = col): void {
    this.fail('SyntaxError', msg, true, this.line, col + 1, endCol + 1, col);
  }

  // ---------- indentation ----------

  /**
   * Measures the indentation of a new line and emits INDENT/DEDENTs. A blank
   * or comment-only line is skipped whole, so it cannot affect indentation.
   */
  private indentation(): 'ok' | 'blank' | 'error' {
    const src = this.src;
    let col = 0;
    let altCol = 0;
    let p = this.pos;
    for (; p < src.length; p++) {
      const c = src[p];
      if (c === ' ') { col++; altCol++; }
      else if (c === '\t') { col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; altCol++; }
      else if (c === '\f') { col = altCol = 0; }
      else break;
    }
    if (p >= src.length) { this.pos = p; return 'ok'; }   // EOF: finish() dedents
    if (src[p] === '#' || src[p] === '\n') {
      const nl = src.indexOf('\n', p);
      if (nl < 0) { this.pos = src.length; return 'ok'; }
      this.newline(nl + 1);
      return 'blank';
    }
    this.pos = p;
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altCol !== this.altIndents[top]) return this.tabError();
    } else if (col > this.indents[top]) {
      if (this.indents.length >= MAX_INDENT) {
        this.fail('IndentationError', 'too many levels of indentation', false, this.line, this.col(p) + 1, undefined, this.col(p));
        return 'error';
      }
      if (altCol <= this.altIndents[top]) return this.tabError();
      this.indents.push(col);
      this.altIndents.push(altCol);
      const tok = createTokenInstance(
        Indent, src.slice(this.lineStart, p), this.lineStart, p - 1,
        this.line, this.line, 1, this.col(p),
      ) as PyToken;
      tok.depth = 0;
      this.tokens.push(tok);
    } else {
      // Check before emitting any DEDENT: CPython reports a bad dedent as
      // soon as the parser asks for the token after the NEWLINE.
      let k = top;
      while (k > 0 && col < this.indents[k]) k--;
      if (col !== this.indents[k]) {
        // CPython's caret sits past the whole line, newline included.
        const nl = src.indexOf('\n', p);
        const lineLength = (nl < 0 ? src.length : nl) - this.lineStart + 1;
        this.fail('IndentationError', 'unindent does not match any outer indentation level',
          false, this.line, lineLength, undefined, this.col(p));
        return 'error';
      }
      if (altCol !== this.altIndents[k]) return this.tabError();
      while (this.indents.length - 1 > k) {
        this.indents.pop();
        this.altIndents.pop();
        this.emitZeroWidth(Dedent);
      }
    }
    return 'ok';
  }

  private tabError(): 'error' {
    this.fail('TabError', 'inconsistent use of tabs and spaces in indentation', false, this.line, 1, undefined, 0);
    return 'error';
  }

  private continuation(): void {
    const next = this.src[this.pos + 1];
    if (next === '\n') {
      const line = this.line;
      const c = this.col(this.pos);
      this.newline(this.pos + 2);
      if (this.pos >= this.src.length) {
        this.fail('SyntaxError', 'unexpected EOF while parsing', false, line, c + 2, undefined, 0);
      }
      return;
    }
    if (next === undefined) {
      const c = this.col(this.pos);
      this.fail('SyntaxError', 'unexpected EOF while parsing', false, this.line, c + 2, undefined, c);
      return;
    }
    const c = this.col(this.pos);
    this.fail('SyntaxError', 'unexpected character after line continuation character', false, this.line, c + 2, undefined, c);
  }

  // ---------- names and strings ----------

  private identifier(): void {
    const src = this.src;
    const start = this.pos;
    let ascii = true;
    while (this.pos < src.length) {
      const c = src[this.pos];
      if (isAsciiIdChar(c)) this.pos++;
      else if (c.charCodeAt(0) >= 128) { ascii = false; this.pos += (src.codePointAt(this.pos)! > 0xffff ? 2 : 1); }
      else break;
    }
    let text = src.slice(start, this.pos);
    const q = src[this.pos];
    if ((q === '"' || q === "'") && text.length <= 2 && STRING_PREFIXES.has(text.toLowerCase())) {
      this.string(start);
      return;
    }
    if (!ascii) {
      // CPython accepts the whole run of non-ASCII characters, then checks it.
      let first = true;
      for (let i = start; i < this.pos;) {
        const cp = src.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        const valid = first ? (ID_START ??= /[\p{ID_Start}_]/u) : (ID_CONTINUE ??= /\p{ID_Continue}/u);
        if (!valid.test(ch)) {
          const hex = cp.toString(16).toUpperCase().padStart(4, '0');
          NON_PRINTABLE ??= /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
          const msg = NON_PRINTABLE.test(ch) && ch !== ' '
            ? `invalid non-printable character U+${hex}`
            : `invalid character '${ch}' (U+${hex})`;
          this.failAt(msg, this.col(i));
          return;
        }
        first = false;
        i += ch.length;
      }
      text = text.normalize('NFKC');
    }
    const tok = this.emit(keywordTypes.get(text) ?? Name, start, this.pos, this.line, this.col(start));
    if (!ascii) tok.image = text;
  }

  /** A string literal whose prefix (possibly empty) starts at `start`; the quote is at this.pos. */
  private string(start: number): void {
    const src = this.src;
    const startLine = this.line;
    const startCol = this.col(start);
    const quote = src[this.pos];
    const triple = src[this.pos + 1] === quote && src[this.pos + 2] === quote;
    this.pos += triple ? 3 : 1;
    for (;;) {
      if (this.pos >= src.length) {
        if (triple) {
          const lastLine = this.line - (src.endsWith('\n') ? 1 : 0);
          this.failAtLine(startLine, startCol,
            `unterminated triple-quoted string literal (detected at line ${lastLine})`);
        } else {
          this.failAtLine(startLine, startCol, `unterminated string literal (detected at line ${this.line})`);
        }
        return;
      }
      const c = src[this.pos];
      if (c === '\\') {
        if (src[this.pos + 1] === '\n') this.newline(this.pos + 2);
        else this.pos += 2;
      } else if (c === '\n') {
        if (!triple) {
          this.failAtLine(startLine, startCol, `unterminated string literal (detected at line ${this.line})`);
          return;
        }
        this.newline(this.pos + 1);
      } else if (c === quote && (!triple || (src[this.pos + 1] === quote && src[this.pos + 2] === quote))) {
        this.pos += triple ? 3 : 1;
        break;
      } else {
        this.pos++;
      }
    }
    this.emit(StringLiteral, start, this.pos, startLine, startCol);
  }

  private failAtLine(line: number, col: number, msg: string): void {
    this.fail('SyntaxError', msg, true, line, col + 1, col + 1, this.col(this.pos));
  }

  // ---------- numbers ----------

  private number(): void {
    const start = this.pos;
    const line = this.line;
    let kind: 'int' | 'float' | 'imag';
    try {
      kind = this.scanNumber();
    } catch (e) {
      if (!(e instanceof NumberError)) throw e;
      if (e.rangeStart !== undefined) this.failAt(e.msg, e.rangeStart, e.cur);
      else this.fail('SyntaxError', e.msg, true, line, e.cur, e.cur, e.cur);
      return;
    }
    const tok = this.emit(NumberLiteral, start, this.pos, line, this.col(start));
    const text = tok.image.replace(/_/g, '');
    if (kind === 'imag') tok.payload = { imag: globalThis.Number(text.slice(0, -1)) };
    else if (kind === 'float') tok.payload = globalThis.Number(text);
    else tok.payload = BigInt(text.length > 1 && text[0] === '0' && /[xob]/i.test(text[1]) ? text : text.replace(/^0+(?=\d)/, ''));
  }

  /** Follows CPython's tok_get number branch, including where its caret lands on errors. */
  private scanNumber(): 'int' | 'float' | 'imag' {
    const src = this.src;
    const start = this.pos;
    if (src[this.pos] === '.') { this.pos++; return this.fraction(); }
    if (src[this.pos] === '0') {
      this.pos++;
      const c = src[this.pos];
      if (c === 'x' || c === 'X') return this.radix(isHexDigit, 'hexadecimal', null);
      if (c === 'o' || c === 'O') return this.radix((d) => d !== undefined && d >= '0' && d <= '7', 'octal', 'octal');
      if (c === 'b' || c === 'B') return this.radix((d) => d === '0' || d === '1', 'binary', 'binary');
      let nonzero = false;
      for (;;) {
        if (src[this.pos] === '_') {
          this.pos++;
          if (!isDigit(src[this.pos])) throw new NumberError('invalid decimal literal', this.col(this.pos));
        }
        if (src[this.pos] !== '0') break;
        this.pos++;
      }
      const zerosEnd = this.col(this.pos) + 1;
      if (isDigit(src[this.pos])) { nonzero = true; this.decimalTail(); }
      const d = src[this.pos];
      if (d === '.') { this.pos++; return this.fraction(); }
      if (d === 'e' || d === 'E') return this.exponent('int');
      if (d === 'j' || d === 'J') return this.imaginary();
      if (nonzero) {
        throw new NumberError('leading zeros in decimal integer literals are not permitted; ' +
          'use an 0o prefix for octal integers', zerosEnd - 1, this.col(start));
      }
      this.verifyEnd('decimal');
      return 'int';
    }
    this.decimalTail();
    const c = src[this.pos];
    if (c === '.') { this.pos++; return this.fraction(); }
    if (c === 'e' || c === 'E') return this.exponent('int');
    if (c === 'j' || c === 'J') return this.imaginary();
    this.verifyEnd('decimal');
    return 'int';
  }

  private decimalTail(): void {
    const src = this.src;
    for (;;) {
      while (isDigit(src[this.pos])) this.pos++;
      if (src[this.pos] !== '_') return;
      this.pos++;
      if (!isDigit(src[this.pos])) throw new NumberError('invalid decimal literal', this.col(this.pos));
    }
  }

  private radix(isRadixDigit: (c: string | undefined) => boolean, name: string, digitCheck: string | null): 'int' {
    const src = this.src;
    this.pos++;   // the x/o/b
    do {
      if (src[this.pos] === '_') this.pos++;
      const c = src[this.pos];
      if (!isRadixDigit(c)) {
        if (digitCheck && isDigit(c)) {
          throw new NumberError(`invalid digit '${c}' in ${digitCheck} literal`, this.col(this.pos) + 1);
        }
        throw new NumberError(`invalid ${name} literal`, this.col(this.pos));
      }
      while (isRadixDigit(src[this.pos])) this.pos++;
    } while (src[this.pos] === '_');
    if (digitCheck && isDigit(src[this.pos])) {
      throw new NumberError(`invalid digit '${src[this.pos]}' in ${digitCheck} literal`, this.col(this.pos) + 1);
    }
    this.verifyEnd(name);
    return 'int';
  }

  private fraction(): 'float' | 'imag' {
    const c0 = this.src[this.pos];
    if (isDigit(c0)) this.decimalTail();
    const c = this.src[this.pos];
    if (c === 'e' || c === 'E') return this.exponent('float') as 'float' | 'imag';
    if (c === 'j' || c === 'J') return this.imaginary();
    this.verifyEnd('decimal');
    return 'float';
  }

  private exponent(before: 'int' | 'float'): 'int' | 'float' | 'imag' {
    const src = this.src;
    const ePos = this.pos;
    this.pos++;
    let c = src[this.pos];
    if (c === '+' || c === '-') {
      this.pos++;
      if (!isDigit(src[this.pos])) throw new NumberError('invalid decimal literal', this.col(this.pos));
    } else if (!isDigit(c)) {
      // The 'e' is not ours: `1else` is (deprecated but) valid, `1e` is not.
      this.pos = ePos;
      this.verifyEnd('decimal');
      return before;
    }
    this.decimalTail();
    c = src[this.pos];
    if (c === 'j' || c === 'J') return this.imaginary();
    this.verifyEnd('decimal');
    return 'float';
  }

  private imaginary(): 'imag' {
    this.pos++;
    this.verifyEnd('imaginary');
    return 'imag';
  }

  /**
   * A number may be followed directly by a keyword that can follow it in
   * valid code (`1if x else 2`, deprecated in 3.11), but by no other name character.
   */
  private verifyEnd(kind: string): void {
    const src = this.src;
    const p = this.pos;
    const c = src[p];
    const next = src[p + 1];
    // CPython's lookahead(): the rest of the keyword, then no name character.
    const keyword = (rest: string): boolean =>
      src.startsWith(rest, p + 1) && !isPotentialIdChar(src[p + 1 + rest.length]) &&
      !(src.charCodeAt(p + 1 + rest.length) >= 128);
    const ok =
      (c === 'a' && keyword('nd')) ||
      (c === 'e' && keyword('lse')) ||
      (c === 'f' && keyword('or')) ||
      (c === 'i' && (next === 'f' || next === 'n' || next === 's')) ||
      (c === 'o' && keyword('r')) ||
      (c === 'n' && keyword('ot'));
    if (!ok && isPotentialIdChar(c)) throw new NumberError(`invalid ${kind} literal`, this.col(p));
  }

  // ---------- operators and brackets ----------

  private operator(): void {
    const src = this.src;
    const start = this.pos;
    const col = this.col(start);
    let len = Math.min(3, src.length - start);
    while (len > 0 && !operatorTypes.has(src.substr(start, len))) len--;
    if (len === 0) {
      // $ ? ! ` and control characters: a token the parser rejects with "invalid syntax".
      this.pos++;
      this.emit(ErrorToken, start, this.pos, this.line, col);
      return;
    }
    const text = src.substr(start, len);
    if (text === '(' || text === '[' || text === '{') {
      if (this.brackets.length >= MAX_LEVEL) { this.failAt('too many nested parentheses', col); return; }
      this.brackets.push({ char: text, line: this.line, col });
    } else if (text === ')' || text === ']' || text === '}') {
      const open = this.brackets[this.brackets.length - 1];
      if (!open) { this.failAt(`unmatched '${text}'`, col); return; }
      if (CLOSER_OF[open.char] !== text) {
        const where = open.line !== this.line ? ` on line ${open.line}` : '';
        this.failAt(`closing parenthesis '${text}' does not match opening parenthesis '${open.char}'${where}`, col);
        return;
      }
      this.pos += len;
      this.brackets.pop();   // first: a closing bracket is outside, as in CPython's token levels
      this.emit(operatorTypes.get(text)!, start, this.pos, this.line, col);
      return;
    }
    this.pos += len;
    this.emit(operatorTypes.get(text)!, start, this.pos, this.line, col);
  }

  // ---------- end of input ----------

  /** The last line CPython read: its number and length, newline included. */
  private lastLine(): { line: number; offset: number } {
    const src = this.src;
    const end = src.endsWith('\n') ? src.length - 1 : src.length;
    const start = src.lastIndexOf('\n', end - 1) + 1;
    let line = 1;
    for (let i = src.indexOf('\n'); i >= 0 && i < end; i = src.indexOf('\n', i + 1)) line++;
    return { line, offset: end - start + 1 };
  }

  private finish(): LexResult {
    const open = this.brackets[this.brackets.length - 1];
    const unclosed = open ? { char: open.char, lineno: open.line, offset: open.col + 1 } : null;
    if (this.error === null) this.pos = this.src.length;
    if (!this.exprMode) {
      if (this.lineHasTokens || this.tokens.length === 0) this.emitZeroWidth(Newline, true);
      const anchor = this.lastLine();
      while (this.indents.length > 1) {
        this.indents.pop();
        this.emitZeroWidth(Dedent, true).eofAnchor = anchor;
      }
      this.emitZeroWidth(EndMarker, true).eofAnchor = anchor;
    } else {
      this.emitZeroWidth(EndMarker);   // the end of a field, not of the file
    }
    return { tokens: this.tokens, error: this.error, unclosed };
  }
}
