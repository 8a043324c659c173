// Token types shared by the hand-written lexer and the Chevrotain parser.
// We never build a Chevrotain Lexer, so the types carry no patterns: the
// lexer picks the type itself. Token *categories* group operators the parser
// treats alike (every binary operator of `bitwise_or`, every comparison,
// every augmented assignment), so one CONSUME covers the whole group and the
// grammar stays small — which is also what keeps parser start-up cheap.
// The file also holds PySyntaxError, the one exception every grammar module
// may throw (and index.ts catches).

import { createToken, type IToken, type TokenType } from 'chevrotain';
import type { SyntaxErrorInfo } from './ast.js';

/** Positions follow Chevrotain: 1-based columns, inclusive ends. Extra fields are ours. */
export interface PyToken extends IToken {
  /** Bracket nesting level after the token, as CPython counts it: `(` is at 1, its `)` at 0. */
  depth: number;
  /** Set on the NEWLINE/DEDENT/ENDMARKER tokens the lexer adds at end of input. */
  atEOF?: boolean;
  /**
   * On the final DEDENTs and ENDMARKER: the file's last line (blank lines
   * count) and its length including the newline, where CPython reports
   * most errors found at end of input.
   */
  eofAnchor?: { line: number; offset: number };
  /** Number literals: the parsed value; string literals: unused. */
  payload?: unknown;
}

const t = (name: string, categories?: TokenType[]): TokenType =>
  createToken(categories ? { name, categories } : { name });

// ---- categories (never produced by the lexer themselves) ----
export const BinaryOperator = t('BinaryOperator');
export const CompareOperator = t('CompareOperator');
export const AugAssignOperator = t('AugAssignOperator');

// ---- layout and literals ----
export const Newline = t('NEWLINE');
export const Indent = t('INDENT');
export const Dedent = t('DEDENT');
export const EndMarker = t('ENDMARKER');
export const Name = t('NAME');
export const NumberLiteral = t('NUMBER');
export const StringLiteral = t('STRING');
/** A character no token starts with ($, ?, !, `), or the place the lexer stopped at an error. */
export const ErrorToken = t('ERRORTOKEN');

// ---- keywords ----
export const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
  'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
  'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

export const keywordTypes = new Map<string, TokenType>();
for (const kw of KEYWORDS) keywordTypes.set(kw, t(`'${kw}'`));
const kw = (k: Keyword): TokenType => keywordTypes.get(k)!;

export const False = kw('False');
export const None = kw('None');
export const True = kw('True');
export const And = kw('and');
export const As = kw('as');
export const Assert = kw('assert');
export const Async = kw('async');
export const Await = kw('await');
export const Break = kw('break');
export const Class = kw('class');
export const Continue = kw('continue');
export const Def = kw('def');
export const Del = kw('del');
export const Elif = kw('elif');
export const Else = kw('else');
export const Except = kw('except');
export const Finally = kw('finally');
export const For = kw('for');
export const From = kw('from');
export const Global = kw('global');
export const If = kw('if');
export const Import = kw('import');
export const In = kw('in');
export const Is = kw('is');
export const Lambda = kw('lambda');
export const Nonlocal = kw('nonlocal');
export const Not = kw('not');
export const Or = kw('or');
export const Pass = kw('pass');
export const Raise = kw('raise');
export const Return = kw('return');
export const Try = kw('try');
export const While = kw('while');
export const With = kw('with');
export const Yield = kw('yield');

// ---- operators and delimiters ----
export const LParen = t("'('");
export const RParen = t("')'");
export const LBracket = t("'['");
export const RBracket = t("']'");
export const LBrace = t("'{'");
export const RBrace = t("'}'");
export const Comma = t("','");
export const Colon = t("':'");
export const Semi = t("';'");
export const Dot = t("'.'");
export const Ellipsis = t("'...'");
export const Assign = t("'='");
export const Arrow = t("'->'");
export const ColonEqual = t("':='");
export const At = t("'@'", [BinaryOperator]);
export const Plus = t("'+'", [BinaryOperator]);
export const Minus = t("'-'", [BinaryOperator]);
export const Star = t("'*'", [BinaryOperator]);
export const Slash = t("'/'", [BinaryOperator]);
export const DoubleSlash = t("'//'", [BinaryOperator]);
export const Percent = t("'%'", [BinaryOperator]);
export const Pipe = t("'|'", [BinaryOperator]);
export const Caret = t("'^'", [BinaryOperator]);
export const Amper = t("'&'", [BinaryOperator]);
export const LeftShift = t("'<<'", [BinaryOperator]);
export const RightShift = t("'>>'", [BinaryOperator]);
export const DoubleStar = t("'**'");
export const Tilde = t("'~'");
export const Less = t("'<'", [CompareOperator]);
export const Greater = t("'>'", [CompareOperator]);
export const EqEqual = t("'=='", [CompareOperator]);
export const NotEqual = t("'!='", [CompareOperator]);
export const LessEqual = t("'<='", [CompareOperator]);
export const GreaterEqual = t("'>='", [CompareOperator]);

/** Operator spelling → token type; the lexer tries 3, then 2, then 1 characters. */
export const operatorTypes = new Map<string, TokenType>([
  ['(', LParen], [')', RParen], ['[', LBracket], [']', RBracket],
  ['{', LBrace], ['}', RBrace], [',', Comma], [':', Colon], [';', Semi],
  ['.', Dot], ['...', Ellipsis], ['=', Assign], ['->', Arrow], [':=', ColonEqual],
  ['@', At], ['+', Plus], ['-', Minus], ['*', Star], ['/', Slash],
  ['//', DoubleSlash], ['%', Percent], ['|', Pipe], ['^', Caret], ['&', Amper],
  ['<<', LeftShift], ['>>', RightShift], ['**', DoubleStar], ['~', Tilde],
  ['<', Less], ['>', Greater], ['==', EqEqual], ['!=', NotEqual],
  ['<=', LessEqual], ['>=', GreaterEqual],
]);

/** The 13 augmented assignments and the operator each applies. */
export const augAssignOps = new Map<string, string>([
  ['+=', 'Add'], ['-=', 'Sub'], ['*=', 'Mult'], ['@=', 'MatMult'], ['/=', 'Div'],
  ['%=', 'Mod'], ['&=', 'BitAnd'], ['|=', 'BitOr'], ['^=', 'BitXor'],
  ['<<=', 'LShift'], ['>>=', 'RShift'], ['**=', 'Pow'], ['//=', 'FloorDiv'],
]);
for (const spelling of augAssignOps.keys()) {
  operatorTypes.set(spelling, t(`'${spelling}'`, [AugAssignOperator]));
}

/** Everything the parser may see, categories first (Chevrotain wants them in the vocabulary). */
export const allTokens: TokenType[] = [
  BinaryOperator, CompareOperator, AugAssignOperator,
  Newline, Indent, Dedent, EndMarker, Name, NumberLiteral, StringLiteral, ErrorToken,
  ...keywordTypes.values(),
  ...new Set(operatorTypes.values()),
];

/**
 * A syntax error found by the parser or the string decoder. It is thrown
 * from deep inside a parse and caught once, in index.ts, so the first error
 * wins. `reach` is the furthest token looked at, which decides whether an
 * unclosed bracket is blamed instead (see index.ts).
 */
export class PySyntaxError extends Error {
  constructor(readonly info: SyntaxErrorInfo, readonly reach?: PyToken) {
    super(info.msg);
  }
}

/** An error whose caret covers one token, as CPython's RAISE_SYNTAX_ERROR does with the last token read. */
export function errorAtToken(tok: PyToken, msg: string, type: SyntaxErrorInfo['type'] = 'SyntaxError'): PySyntaxError {
  return new PySyntaxError(
    { type, msg, lineno: tok.startLine!, offset: tok.startColumn!, end_offset: tok.endColumn! + 1 },
    tok,
  );
}
