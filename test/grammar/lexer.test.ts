// The tokenizer on its own: layout tokens (INDENT/DEDENT/NEWLINE) in the
// awkward cases, token positions, number values, and what it does on errors.
// Error messages as the user sees them are tested in errors.test.ts.

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../grammar/lexer.js';
import type { PyToken } from '../../grammar/tokens.js';

const LAYOUT = new Set(['NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER', 'ERRORTOKEN']);

/** Tokens as one readable line: layout tokens by name, the others by text. */
function stream(src: string): string {
  return tokenize(src).tokens.map((t) => (LAYOUT.has(t.tokenType.name) ? t.tokenType.name : t.image)).join(' ');
}

const pos = (t: PyToken): string => `${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn}`;

describe('layout tokens', () => {
  it.each([
    ['x = 1\n', 'x = 1 NEWLINE ENDMARKER'],
    ['x = 1', 'x = 1 NEWLINE ENDMARKER'],
    ['', 'NEWLINE ENDMARKER'],
    ['\n\n# only a comment\n   \n', 'NEWLINE ENDMARKER'],
    ['#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\nx\n', 'x NEWLINE ENDMARKER'],
    // nested blocks, several DEDENTs at once
    ['if a:\n    if b:\n        if c:\n            x\ny\n',
      'if a : NEWLINE INDENT if b : NEWLINE INDENT if c : NEWLINE INDENT x NEWLINE DEDENT DEDENT DEDENT y NEWLINE ENDMARKER'],
    // dedent to a middle level
    ['if a:\n  if b:\n    x\n  y\nz\n',
      'if a : NEWLINE INDENT if b : NEWLINE INDENT x NEWLINE DEDENT y NEWLINE DEDENT z NEWLINE ENDMARKER'],
    // blank lines and comments at odd indentation do not count
    ['if a:\n    x\n\n  # odd\n        # deeper\n\t# tab\n    y\n',
      'if a : NEWLINE INDENT x NEWLINE y NEWLINE DEDENT ENDMARKER'],
    ['if a:\n    x\n   \n    y\n', 'if a : NEWLINE INDENT x NEWLINE y NEWLINE DEDENT ENDMARKER'],
    // lines inside brackets join, whatever their indentation
    ['x = (1,\n  2,\n        3)\ny\n', 'x = ( 1 , 2 , 3 ) NEWLINE y NEWLINE ENDMARKER'],
    ['def f(a,\nb):\n    pass\n', 'def f ( a , b ) : NEWLINE INDENT pass NEWLINE DEDENT ENDMARKER'],
    ['x = [\n    1,  # one\n\n    2,\n]\n', 'x = [ 1 , 2 , ] NEWLINE ENDMARKER'],
    ['if a:\n    x = {\n1: 2}\n    y\n', 'if a : NEWLINE INDENT x = { 1 : 2 } NEWLINE y NEWLINE DEDENT ENDMARKER'],
    // backslash continuation
    ['x = 1 + \\\n    2\ny\n', 'x = 1 + 2 NEWLINE y NEWLINE ENDMARKER'],
    ['if a and \\\nb:\n  x\n', 'if a and b : NEWLINE INDENT x NEWLINE DEDENT ENDMARKER'],
    // end of input inside blocks, with and without a final newline
    ['if a:\n    x', 'if a : NEWLINE INDENT x NEWLINE DEDENT ENDMARKER'],
    ['if a:\n    if b:\n        x\n', 'if a : NEWLINE INDENT if b : NEWLINE INDENT x NEWLINE DEDENT DEDENT ENDMARKER'],
    ['if a:\n    x\n    # trailing comment', 'if a : NEWLINE INDENT x NEWLINE DEDENT ENDMARKER'],
    // tabs: a tab goes to the next multiple of 8
    ['if a:\n\tx\n\ty\n', 'if a : NEWLINE INDENT x NEWLINE y NEWLINE DEDENT ENDMARKER'],
    ['if a:\n\tif b:\n\t\tx\n\ty\n', 'if a : NEWLINE INDENT if b : NEWLINE INDENT x NEWLINE DEDENT y NEWLINE DEDENT ENDMARKER'],
    ['if a:\n  \tx\n  \ty\n', 'if a : NEWLINE INDENT x NEWLINE y NEWLINE DEDENT ENDMARKER'],
    // a form feed resets the column
    ['if a:\n    x\n\f    y\n', 'if a : NEWLINE INDENT x NEWLINE y NEWLINE DEDENT ENDMARKER'],
    // one-line compound statements and semicolons
    ['if a: x; y\nz\n', 'if a : x ; y NEWLINE z NEWLINE ENDMARKER'],
    // CRLF and a byte-order mark
    ['\ufeffif a:\r\n    x\r\ny\r', 'if a : NEWLINE INDENT x NEWLINE DEDENT y NEWLINE ENDMARKER'],
  ])('%j', (src, expected) => {
    expect(stream(src)).toBe(expected);
  });

  it('always ends with NEWLINE, the closing DEDENTs and ENDMARKER, even after an error', () => {
    const { tokens, error } = tokenize('if a:\n    if b:\n        x = $ + "oops\n');
    expect(error?.msg).toBe('unterminated string literal (detected at line 3)');
    expect(tokens.slice(-5).map((t) => t.tokenType.name)).toEqual(['ERRORTOKEN', 'NEWLINE', 'DEDENT', 'DEDENT', 'ENDMARKER']);
  });

  it('gives INDENT the indentation as its span and DEDENT a zero-width place', () => {
    const { tokens } = tokenize('if a:\n    x\ny\n');
    const indent = tokens.find((t) => t.tokenType.name === 'INDENT')!;
    const dedent = tokens.find((t) => t.tokenType.name === 'DEDENT')!;
    expect(pos(indent)).toBe('2:1-2:4');
    expect(pos(dedent)).toBe('3:1-3:0');
  });

  it('tracks bracket depth as CPython does (a closing bracket is outside)', () => {
    const { tokens } = tokenize('f(a, [b])\n');
    expect(tokens.map((t) => `${t.image || t.tokenType.name}${t.depth}`).join(' '))
      .toBe('f0 (1 a1 ,1 [2 b2 ]1 )0 NEWLINE0 ENDMARKER0');
  });
});

describe('positions', () => {
  const program = 'def f(x):\n    """doc\n    string"""\n    return x ** 2  # square\n\nprint(f(3), end=\'\')\n';

  it('gives every token a real position (no -1, no NaN), synthetic ones included', () => {
    for (const src of [program, program.trimEnd(), 'if x:\n  y = (1,\n', 'x = 1 $ 2\n', '"""open', '\tif x:\n']) {
      for (const t of tokenize(src).tokens) {
        for (const n of [t.startOffset, t.startLine!, t.startColumn!, t.endLine!]) {
          expect(Number.isInteger(n) && n >= 0).toBe(true);
        }
        expect(t.startLine).toBeGreaterThanOrEqual(1);
        expect(t.startColumn).toBeGreaterThanOrEqual(1);
        expect(t.endColumn).toBeGreaterThanOrEqual(t.endLine === t.startLine ? t.startColumn! - 1 : 0);
      }
    }
  });

  it('uses 1-based columns with inclusive ends, and spans lines for triple-quoted strings', () => {
    const toks = tokenize(program).tokens;
    const doc = toks.find((t) => t.tokenType.name === 'STRING')!;
    expect(pos(doc)).toBe('2:5-3:13');
    const power = toks.find((t) => t.image === '**')!;
    expect(pos(power)).toBe('4:14-4:15');
    const newline = toks.find((t) => t.tokenType.name === 'NEWLINE')!;
    expect(pos(newline)).toBe('1:10-1:9');   // zero width, where the line ends
  });

  it('counts columns in UTF-16 units', () => {
    const toks = tokenize('名字 = "😀" + x\n').tokens;
    expect(toks.map(pos)).toEqual(['1:1-1:2', '1:4-1:4', '1:6-1:9', '1:11-1:11', '1:13-1:13', '1:14-1:13', '2:1-2:0']);
  });
});

describe('names', () => {
  it('accepts Unicode identifiers and normalizes them (NFKC)', () => {
    expect(stream('名字 = 变量 + café\n')).toBe('名字 = 变量 + café NEWLINE ENDMARKER');
    expect(tokenize('ﬁle = 1\n').tokens[0].image).toBe('file');
  });

  it('keeps soft keywords as names and keywords as keywords', () => {
    const names = tokenize('match case _ type print True if\n').tokens.map((t) => t.tokenType.name);
    expect(names).toEqual(['NAME', 'NAME', 'NAME', 'NAME', 'NAME', "'True'", "'if'", 'NEWLINE', 'ENDMARKER']);
  });

  it('reads a prefix only when a quote follows it', () => {
    expect(stream("rb'x' Rb'x' f'x' fr'x' u'x' b 'x' bu'x'\n"))
      .toBe("rb'x' Rb'x' f'x' fr'x' u'x' b 'x' bu 'x' NEWLINE ENDMARKER");
  });
});

describe('operators', () => {
  it('takes the longest operator', () => {
    expect(stream('a**=b//=c>>=d<<=e...f->g:=h!=i<=j>=k==l@=m\n'))
      .toBe('a **= b //= c >>= d <<= e ... f -> g := h != i <= j >= k == l @= m NEWLINE ENDMARKER');
  });

  it('turns a character no token starts with into an ERRORTOKEN and goes on', () => {
    const { tokens, error } = tokenize('x = $ ? ! `\n');
    expect(error).toBeNull();
    expect(tokens.map((t) => t.tokenType.name).filter((n) => n === 'ERRORTOKEN')).toHaveLength(4);
  });
});

describe('numbers', () => {
  const value = (src: string): unknown => tokenize(src).tokens[0].payload;
  it.each([
    ['0', 0n], ['00', 0n], ['0_0', 0n], ['7', 7n], ['1_000_000', 1000000n], ['0x1F', 31n], ['0XdeadBEEF', 0xdeadbeefn],
    ['0o17', 15n], ['0O7_7', 63n], ['0b101', 5n], ['0B1_0', 2n],
    ['123456789012345678901234567890', 123456789012345678901234567890n], ['0xFFFFFFFFFFFFFFFFFFFF', 0xffffffffffffffffffffn],
    ['1.5', 1.5], ['1.', 1], ['.5', 0.5], ['1e16', 1e16], ['1E-5', 1e-5], ['1.5e+10', 1.5e10], ['1_0.0_1e1_0', 10.01e10],
    ['09.5', 9.5], ['0e0', 0], ['1e400', Infinity],
    ['1j', { imag: 1 }], ['1.5J', { imag: 1.5 }], ['.5j', { imag: 0.5 }], ['1e3j', { imag: 1000 }], ['012j', { imag: 12 }],
  ])('%s', (src, expected) => {
    expect(value(src)).toEqual(expected);
  });

  it('lets a keyword follow a number directly (deprecated, but valid in 3.11)', () => {
    expect(stream('1if x else 2\n')).toBe('1 if x else 2 NEWLINE ENDMARKER');
    expect(stream('0x1for\n')).toBe('0x1f or NEWLINE ENDMARKER');
    expect(stream('1else\n')).toBe('1 else NEWLINE ENDMARKER');
  });

  it.each([
    ['012', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers'],
    ['1abc', 'invalid decimal literal'], ['1__0', 'invalid decimal literal'], ['1_', 'invalid decimal literal'],
    ['1e', 'invalid decimal literal'], ['1e+', 'invalid decimal literal'], ['0x', 'invalid hexadecimal literal'],
    ['0o8', "invalid digit '8' in octal literal"], ['0b2', "invalid digit '2' in binary literal"],
    ['0b', 'invalid binary literal'], ['1jk', 'invalid imaginary literal'], ['0.format', 'invalid decimal literal'],
  ])('%s is an error', (src, msg) => {
    expect(tokenize(src).error?.msg).toBe(msg);
  });
});

describe('errors', () => {
  it('stops at the first error and says whether it outranks a parser error', () => {
    const bad = tokenize('x = "open\ny = 0777\n');
    expect(bad.error).toMatchObject({ msg: 'unterminated string literal (detected at line 1)', overridesParser: true });
    const dedent = tokenize('if a:\n    x\n  y\n');
    expect(dedent.error).toMatchObject({ type: 'IndentationError', overridesParser: false });
    // no DEDENT before the error: CPython reports it before any DEDENT reaches the parser
    expect(dedent.tokens.map((t) => t.tokenType.name).slice(0, 8))
      .toEqual(["'if'", 'NAME', "':'", 'NEWLINE', 'INDENT', 'NAME', 'NEWLINE', 'ERRORTOKEN']);
  });

  it('remembers the innermost bracket left open', () => {
    expect(tokenize('f(a, [b,\n').unclosed).toEqual({ char: '[', lineno: 1, offset: 6 });
    expect(tokenize('f(a)\n').unclosed).toBeNull();
  });

  it('reports mismatched brackets', () => {
    expect(tokenize('(]').error?.msg).toBe("closing parenthesis ']' does not match opening parenthesis '('");
    expect(tokenize('(\n]').error?.msg).toBe("closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    expect(tokenize(')').error?.msg).toBe("unmatched ')'");
  });
});
