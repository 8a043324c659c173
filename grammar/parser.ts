// The Python 3.11 grammar as a Chevrotain EmbeddedActionsParser that builds
// the AST of ast.ts directly (no CST pass: less garbage, faster start-up).
// Rule names match grammar/python.ebnf; a test keeps the two in step.
//
// CPython's grammar is PEG; this one is LL(1) (plus a few gates that peek a
// second token), so where PEG backtracks we parse a general form and check
// it afterwards:
// - assignment targets are parsed as expressions, then validated and given
//   Store/Del context, with CPython's messages for what cannot be assigned;
// - the six binary-operator levels from `|` down to `*` are one rule whose
//   action applies the precedence table (fewer rules: faster self-analysis
//   and fewer nested calls per operand);
// - CPython's second-pass "invalid_*" diagnostics are raised from actions at
//   the point where the LL parse meets the bad construct; the first one met
//   wins, as in CPython.
//
// Actions run only outside Chevrotain's recording phase (see ACTION): during
// recording, DSL calls return placeholders, so nothing may throw, mutate or
// branch on their results there. Start-up cost is dominated by that
// recording; lookahead comes from FIRST sets (FirstSetLookahead, at the end).

import {
  Alternation, Alternative, EmbeddedActionsParser, LLkLookaheadStrategy, NonTerminal, Option, Repetition,
  RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Rule, Terminal,
  type ILookaheadStrategy, type ILookaheadValidationError, type IOrAlt, type IProduction,
  type IRecognitionException, type IToken, type TokenType,
} from 'chevrotain';
import type * as A from './ast.js';
import { builtInGrammar, loadGrammar } from './gast-snapshot.js';
import { buildStringAtom, type FieldJob } from './strings.js';
import * as T from './tokens.js';
import { PySyntaxError, type PyToken } from './tokens.js';

type Loc = A.Span;
type At = IToken | Loc;

const isToken = (x: At): x is IToken => (x as IToken).tokenType !== undefined;
const startLine = (x: At): number => (isToken(x) ? x.startLine! : x.lineno);
const startCol = (x: At): number => (isToken(x) ? x.startColumn! - 1 : x.col_offset);
const endLine = (x: At): number => (isToken(x) ? x.endLine! : x.end_lineno);
const endCol = (x: At): number => (isToken(x) ? x.endColumn! : x.end_col_offset);

/**
 * Expressions the source wrapped in parentheses, with the span including
 * them: a node built around `(x)` starts or ends at the parenthesis, as
 * CPython's do, while `x` keeps its own span. Some messages also depend on it.
 */
const parenthesized = new WeakMap<object, Loc>();

/** The span from the start of `a` to the end of `b`, parentheses included. */
function span(a: At, b: At): Loc {
  // During Chevrotain's recording phase sub-rules return placeholders.
  if (!a || !b) return { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
  const from = isToken(a) ? a : parenthesized.get(a) ?? a;
  const to = isToken(b) ? b : parenthesized.get(b) ?? b;
  return { lineno: startLine(from), col_offset: startCol(from), end_lineno: endLine(to), end_col_offset: endCol(to) };
}

const BINARY: Record<string, [number, A.OperatorKind]> = {
  '|': [1, 'BitOr'], '^': [2, 'BitXor'], '&': [3, 'BitAnd'], '<<': [4, 'LShift'], '>>': [4, 'RShift'],
  '+': [5, 'Add'], '-': [5, 'Sub'], '*': [6, 'Mult'], '/': [6, 'Div'], '//': [6, 'FloorDiv'],
  '%': [6, 'Mod'], '@': [6, 'MatMult'],
};
const COMPARE: Record<string, A.CmpOpKind> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};

/** Tokens that can start an `expression`. */
const EXPRESSION_START = new Set<TokenType>([
  T.Name, T.NumberLiteral, T.StringLiteral, T.LParen, T.LBracket, T.LBrace, T.Minus, T.Plus, T.Tilde,
  T.Not, T.Lambda, T.Await, T.None, T.True, T.False, T.Ellipsis,
]);
const STAR_EXPRESSION_START = new Set<TokenType>([...EXPRESSION_START, T.Star]);
const LONE_ATOM = new Set<TokenType>([T.Name, T.NumberLiteral, T.StringLiteral, T.None, T.True, T.False]);
/** Tokens that end an expression without extending it (so an atom before one is the whole expression). */
const AFTER_LONE_ATOM = new Set<TokenType>([
  T.Comma, T.RParen, T.RBracket, T.RBrace, T.Colon, T.Newline, T.Assign, T.Semi, T.EndMarker,
  T.For, T.Async, T.As, T.From, ...[...T.operatorTypes.values()].filter((t) => t.CATEGORIES?.includes(T.AugAssignOperator)),
]);

/** What CPython calls an expression in its error messages (_PyPegen_get_expr_name). */
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && 'ellipsis' in v) return 'ellipsis';
      return 'literal';
    }
  }
}

type TargetKind = 'assign' | 'for' | 'del';

/** The first part of `e` that cannot be a target, as _PyPegen_get_invalid_target. */
function invalidTarget(e: A.Expr, kind: TargetKind): A.Expr | null {
  switch (e.kind) {
    case 'List': case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      // `for a in b` can arrive here parsed as the comparison `a in b`.
      if (kind === 'for' && e.ops[0] === 'In') return invalidTarget(e.left, kind);
      return e;
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
    default:
      return e;
  }
}

function setContext(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      break;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      break;
    default:
      break;
  }
}

interface ParamItem {
  kind: 'slash' | 'star' | 'kwarg' | 'param';
  tok: IToken;
  arg: A.Arg | null;
  default_: A.Expr | null;
}

interface CallArg {
  kind: 'positional' | 'starred' | 'keyword' | 'dstar' | 'genexp';
  node: A.Expr | A.Keyword;
  tok: IToken;
}

interface CallArgs {
  args: A.Expr[];
  keywords: A.Keyword[];
}

interface ArgumentList { items: CallArg[]; trailingComma: boolean }

interface DottedName { name: string; first: IToken; last: IToken }

/** The recording steps PythonParser wraps, as Chevrotain defines them. */
const RECORDER = EmbeddedActionsParser.prototype as unknown as {
  enableRecording(this: PythonParser): void;
  disableRecording(this: PythonParser): void;
  topLevelRuleRecord(this: PythonParser, name: string, def: () => void): Rule;
};

/**
 * The saved rules for `parser`, when the build compiled them in and they are
 * exactly the parser's rules; else null.
 */
function savedRules(parser: PythonParser, text: string | null): Map<string, Rule> | null {
  if (text === null) return null;
  const rules = loadGrammar(text, T.allTokens);
  const names = (parser as unknown as { definedRulesNames: string[] }).definedRulesNames;
  if (names.length !== rules.size || !names.every((n) => rules.has(n))) return null;
  return rules;
}

export class PythonParser extends EmbeddedActionsParser {
  /** Replacement fields of the f-strings met so far in this parse. */
  jobs: FieldJob[] = [];
  /** Generator expressions written as a bare call argument, with their `for` token. */
  private bareGenexps = new WeakMap<object, IToken>();
  /** >0 while parsing the second operand of a "Perhaps you forgot a comma?" check. */
  private noInvalid = 0;

  /**
   * `checked` runs Chevrotain's grammar validations and its own lookahead
   * computation: slow, for the test suite. The default is what parse() uses.
   * `saved` is a grammar saved by gast-snapshot.ts to use instead of
   * recording one (by default the one the build compiled in, if any).
   */
  constructor(checked = false, saved: string | null = checked ? null : builtInGrammar()) {
    super(T.allTokens, {
      skipValidations: !checked,
      lookaheadStrategy: checked ? new LLkLookaheadStrategy({ maxLookahead: 1 }) : new FirstSetLookahead(),
      // One token of lookahead everywhere: LL(2) path computation was most of
      // the start-up time. The few places that need a second token (a
      // trailing comma before a closing bracket, `;` before NEWLINE) ask
      // for it in a GATE.
      maxLookahead: 1,
      recoveryEnabled: false,
      errorMessageProvider: {
        // Only the expected token matters to us: index.ts turns it into CPython's message.
        buildMismatchTokenMessage: ({ expected }) => expected.name,
        buildNotAllInputParsedMessage: () => 'invalid syntax',
        buildNoViableAltMessage: () => 'invalid syntax',
        buildEarlyExitMessage: () => 'invalid syntax',
      },
    });
    this.savedRules = savedRules(this, saved);
    this.performSelfAnalysis();
  }

  /** The rules as the build recorded them (gast-snapshot.ts), or null: Chevrotain records them now. */
  private savedRules: Map<string, Rule> | null = null;

  // Chevrotain's recording steps (methods its typings leave out). With saved
  // rules there is nothing to record: each rule's GAST is the saved one.
  enableRecording(): void {
    if (this.savedRules === null) RECORDER.enableRecording.call(this);
  }

  disableRecording(): void {
    if (this.savedRules === null) RECORDER.disableRecording.call(this);
  }

  topLevelRuleRecord(name: string, def: () => void): Rule {
    return this.savedRules?.get(name) ?? RECORDER.topLevelRuleRecord.call(this, name, def);
  }

  /** Prepares for a new token stream. */
  begin(tokens: PyToken[]): void {
    this.input = tokens;
    this.jobs = [];
    this.noInvalid = 0;
  }

  private la(): PyToken { return this.LA(1) as PyToken; }

  /** For a `, item` loop: is the comma followed by another item rather than `closer`? */
  private moreBefore(closer: TokenType): () => boolean {
    return () => this.LA(2).tokenType !== closer;
  }

  /** For an unbracketed `, item` loop: does an item follow the comma? */
  private moreItems = (): boolean => STAR_EXPRESSION_START.has(this.LA(2).tokenType);

  // ======================= errors =======================

  /** An error whose caret covers `from`..`to` (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
  private errorRange(from: At, to: At, msg: string, type: A.SyntaxErrorInfo['type'] = 'SyntaxError'): PySyntaxError {
    const info: A.SyntaxErrorInfo = { type, msg, lineno: startLine(from), offset: startCol(from) + 1 };
    if (endLine(to) === info.lineno) info.end_offset = endCol(to) + 1;
    return new PySyntaxError(info, this.la());
  }

  private errorAt(at: At, msg: string): PySyntaxError {
    return this.errorRange(at, at, msg);
  }

  /** CPython's plain "invalid syntax", pointing at a token. */
  private invalidSyntax(tok: IToken): PySyntaxError {
    return this.errorAt(tok, 'invalid syntax');
  }

  // ======================= statements =======================

  file_input = this.RULE('file_input', (): A.Module => {
    const body: A.Stmt[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Newline); } },
        { ALT: () => { const s = this.SUBRULE(this.statement); this.ACTION(() => body.push(...s)); } },
      ]);
    });
    this.CONSUME(T.EndMarker);
    return { kind: 'Module', body };
  });

  /** An f-string replacement field, parsed as CPython 3.11 does: as if in parentheses. */
  fstring_field = this.RULE('fstring_field', (): A.Expr => {
    const e = this.OR([
      { ALT: () => this.SUBRULE(this.yield_expr) },
      { ALT: () => this.SUBRULE(this.star_expressions) },
    ]);
    this.CONSUME(T.EndMarker);
    this.ACTION(() => {
      if (e.kind === 'Starred') throw this.errorAt(e, 'cannot use starred expression here');
    });
    return e;
  });

  statement = this.RULE('statement', (): A.Stmt[] => {
    this.ACTION(() => {
      if (this.atMatchStatement()) throw this.errorAt(this.la(), "pygil does not support the 'match' statement");
    });
    return this.OR([
      { ALT: () => [this.SUBRULE(this.compound_stmt)] },
      { ALT: () => this.SUBRULE(this.simple_stmts) },
    ]);
  });

  /**
   * `match` is a soft keyword: `match x:` opens a match statement but
   * `match = 5` and `match(x)` are ordinary code. After `match`, a token that
   * cannot continue an expression settles it; for `(`, `[`, `-`, `+`, `*` we
   * look for the `:` NEWLINE INDENT that a match statement's header needs.
   */
  private atMatchStatement(): boolean {
    const first = this.LA(1);
    if (first.tokenType !== T.Name || first.image !== 'match') return false;
    const next = this.LA(2).tokenType;
    const starters: TokenType[] = [T.Name, T.NumberLiteral, T.StringLiteral, T.LBrace, T.Tilde, T.Lambda,
      T.Await, T.None, T.True, T.False, T.Ellipsis];
    if (starters.includes(next)) return true;
    if (next === T.Not) return this.LA(3).tokenType !== T.In;
    if (![T.LParen, T.LBracket, T.Minus, T.Plus, T.Star].includes(next)) return false;
    for (let k = 2; ; k++) {
      const t = this.LA(k).tokenType;
      if (t === T.Newline) {
        return this.LA(k - 1).tokenType === T.Colon && this.LA(k + 1).tokenType === T.Indent;
      }
      if (t === T.EndMarker || t === T.Indent || t === T.Dedent) return false;
    }
  }

  compound_stmt = this.RULE('compound_stmt', (): A.Stmt => this.OR([
    { ALT: () => this.SUBRULE(this.function_def) },
    { ALT: () => this.SUBRULE(this.if_stmt) },
    { ALT: () => this.SUBRULE(this.class_def) },
    { ALT: () => this.SUBRULE(this.with_stmt) },
    { ALT: () => this.SUBRULE(this.for_stmt) },
    { ALT: () => this.SUBRULE(this.try_stmt) },
    { ALT: () => this.SUBRULE(this.while_stmt) },
    { ALT: () => this.SUBRULE(this.decorated) },
    { ALT: () => this.SUBRULE(this.async_stmt) },
  ]));

  simple_stmts = this.RULE('simple_stmts', (): A.Stmt[] => {
    const stmts = [this.SUBRULE(this.simple_stmt)];
    this.MANY({ GATE: this.moreBefore(T.Newline), DEF: () => {
      this.CONSUME(T.Semi);
      stmts.push(this.SUBRULE2(this.simple_stmt));
    } });
    this.OPTION(() => this.CONSUME2(T.Semi));
    this.CONSUME(T.Newline);
    return stmts;
  });

  simple_stmt = this.RULE('simple_stmt', (): A.Stmt => this.OR([
    { ALT: () => this.SUBRULE(this.expr_stmt) },
    { ALT: () => ({ kind: 'Pass', ...span(this.CONSUME(T.Pass), this.LA(0)) }) },
    { ALT: () => ({ kind: 'Break', ...span(this.CONSUME(T.Break), this.LA(0)) }) },
    { ALT: () => ({ kind: 'Continue', ...span(this.CONSUME(T.Continue), this.LA(0)) }) },
    { ALT: () => this.SUBRULE(this.return_stmt) },
    { ALT: () => this.SUBRULE(this.raise_stmt) },
    { ALT: () => this.SUBRULE(this.global_stmt) },
    { ALT: () => this.SUBRULE(this.nonlocal_stmt) },
    { ALT: () => this.SUBRULE(this.del_stmt) },
    { ALT: () => this.SUBRULE(this.assert_stmt) },
    { ALT: () => this.SUBRULE(this.import_name) },
    { ALT: () => this.SUBRULE(this.import_from) },
  ] as { ALT: () => A.Stmt }[]));

  /** Expression statements and every form of assignment. */
  expr_stmt = this.RULE('expr_stmt', (): A.Stmt => {
    const first = this.OR([
      { ALT: () => this.SUBRULE(this.yield_expr) },
      { ALT: () => this.SUBRULE(this.star_expressions) },
    ]);
    return this.OR2([
      {
        ALT: (): A.Stmt => {
          const colon = this.CONSUME(T.Colon);
          this.ACTION(() => {
            // CPython never takes the ':' after a target it cannot annotate,
            // so with no annotation after it the ':' itself is the error.
            const ok = first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript';
            if (!ok && !EXPRESSION_START.has(this.la().tokenType)) throw this.invalidSyntax(colon);
            // …and it has no annotation diagnostic for a yield or starred target.
            if (first.kind === 'Yield' || first.kind === 'YieldFrom' || first.kind === 'Starred') {
              throw this.invalidSyntax(colon);
            }
          });
          const annotation = this.SUBRULE(this.expression);
          const value = this.OPTION(() => {
            this.CONSUME(T.Assign);
            return this.SUBRULE(this.annotated_rhs);
          }) ?? null;
          return this.ACTION(() => this.annAssign(first, annotation, value))!;
        },
      },
      {
        ALT: (): A.Stmt => {
          const op = this.CONSUME(T.AugAssignOperator);
          this.ACTION(() => {
            // CPython takes the operator only after a valid target; its
            // diagnostic for a bad one needs the right-hand side.
            const ok = first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript';
            const next = this.la().tokenType;
            if (!ok && !STAR_EXPRESSION_START.has(next) && next !== T.Yield) throw this.invalidSyntax(op);
          });
          const value = this.SUBRULE2(this.annotated_rhs);
          return this.ACTION(() => {
            if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
              throw this.errorAt(first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
            }
            setContext(first, 'Store');
            const kind = T.augAssignOps.get(op.image) as A.OperatorKind;
            return { kind: 'AugAssign', target: first, op: kind, value, ...span(first, value) } as A.AugAssign;
          })!;
        },
      },
      {
        ALT: (): A.Stmt => {
          const values: A.Expr[] = [];
          this.AT_LEAST_ONE(() => {
            const eq = this.CONSUME2(T.Assign);
            this.ACTION(() => this.checkTargetBeforeValue(values.length ? values[values.length - 1] : first));
            const valueStart = this.la();
            try {
              values.push(this.SUBRULE3(this.annotated_rhs));
            } catch (e) {
              throw this.targetErrorOrRethrow(e, [first, ...values], eq, valueStart);
            }
          });
          return this.ACTION(() => this.assign(first, values))!;
        },
      },
      { ALT: (): A.Stmt => ({ kind: 'Expr', value: first, ...span(first, first) }) },
    ]);
  });

  annotated_rhs = this.RULE('annotated_rhs', (): A.Expr => this.OR([
    { ALT: () => this.SUBRULE(this.yield_expr) },
    { ALT: () => this.SUBRULE(this.star_expressions) },
  ]));

  private annAssign(target: A.Expr, annotation: A.Expr, value: A.Expr | null): A.AnnAssign {
    if (target.kind === 'Tuple' || target.kind === 'List') {
      const whole = target.kind === 'List' || parenthesized.has(target);
      throw this.errorAt(whole ? target : target.elts[0],
        `only single target (not ${target.kind === 'List' ? 'list' : 'tuple'}) can be annotated`);
    }
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
      throw this.errorAt(target, 'illegal target for annotation');
    }
    setContext(target, 'Store');
    const simple = target.kind === 'Name' && !parenthesized.has(target);
    return { kind: 'AnnAssign', target, annotation, value, simple, ...span(target, value ?? annotation) };
  }

  /** `t1 = t2 = … = value`, with CPython's choice among its several messages for a bad target. */
  private assign(first: A.Expr, rest: A.Expr[]): A.Assign {
    const targets = [first, ...rest.slice(0, -1)];
    const value = rest[rest.length - 1];
    if (targets.some((t) => invalidTarget(t, 'assign') !== null)) {
      // CPython's second pass re-reads the first target as named expressions,
      // so its last element may be reported as `x = …` typed in an expression.
      let last: A.Expr | null = first;
      if (first.kind === 'Tuple' && !parenthesized.has(first)) {
        last = this.hasTrailingComma(first) ? null : first.elts[first.elts.length - 1];
      }
      // That happens when a bitwise_or follows the `=` and is not itself followed by `=`.
      const next = rest[0];
      const fires = this.isBitwiseOrLevel(next) ? rest.length === 1 : this.startsWithBitwiseOr(next);
      if (last && fires) {
        if (last.kind === 'Name' && !parenthesized.has(last)) {
          throw this.errorRange(last, this.firstBitwiseOr(next), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        const excluded = last.kind === 'List' || (last.kind === 'Tuple' && parenthesized.has(last)) ||
          last.kind === 'GeneratorExp' ||
          (last.kind === 'Constant' && (last.value === null || typeof last.value === 'boolean') && !parenthesized.has(last));
        if (!excluded && (this.isBitwiseOrLevel(last) || parenthesized.has(last))) {
          throw this.errorAt(last, `cannot assign to ${exprName(last)} here. Maybe you meant '==' instead of '='?`);
        }
      }
      for (const t of targets) {
        if (t.kind === 'Yield' || t.kind === 'YieldFrom') throw this.errorAt(t, 'assignment to yield expression not possible');
        const bad = invalidTarget(t, 'assign');
        if (bad) throw this.errorAt(bad, `cannot assign to ${exprName(bad)}`);
      }
    }
    for (const t of targets) setContext(t, 'Store');
    return { kind: 'Assign', targets, value, ...span(first, value) };
  }

  /**
   * With no value after `target =`, CPython still reports a bad target
   * (its `star_expressions '='` diagnostic needs no right-hand side).
   */
  private checkTargetBeforeValue(target: A.Expr): void {
    const next = this.la().tokenType;
    if (STAR_EXPRESSION_START.has(next) || next === T.Yield) return;
    if (target.kind === 'Yield' || target.kind === 'YieldFrom') {
      throw this.errorAt(target, 'assignment to yield expression not possible');
    }
    const bad = invalidTarget(target, 'assign');
    if (bad) throw this.errorAt(bad, `cannot assign to ${exprName(bad)}`);
  }

  /**
   * The value after `=` failed to parse. CPython reads targets first, so a
   * bad target wins — unless its "Maybe you meant '=='" check (which reads
   * the start of the value) ran into the end of the input first.
   */
  private targetErrorOrRethrow(e: unknown, targets: A.Expr[], eq: IToken, valueStart: PyToken): unknown {
    if (!(e instanceof PySyntaxError) && !(e as IRecognitionException)?.token) return e;
    const failedAt = (e instanceof PySyntaxError ? e.reach : (e as IRecognitionException).token) as PyToken | undefined;
    const bad = targets.find((t) => t.kind === 'Yield' || t.kind === 'YieldFrom' || invalidTarget(t, 'assign'));
    if (!bad || failedAt?.tokenType === T.ErrorToken) return e;
    let last: A.Expr | null = null;
    if (targets.length === 1) {
      last = targets[0];
      if (last.kind === 'Tuple' && !parenthesized.has(last)) {
        last = this.hasTrailingComma(last) ? null : last.elts[last.elts.length - 1];
      }
    }
    const operand = EXPRESSION_START.has(valueStart.tokenType) &&
      valueStart.tokenType !== T.Not && valueStart.tokenType !== T.Lambda;
    if (last && operand) {
      if (failedAt?.atEOF) return e;
      if (last.kind === 'Name' && !parenthesized.has(last)) {
        return this.errorRange(last, valueStart, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      const excluded = last.kind === 'List' || (last.kind === 'Tuple' && parenthesized.has(last)) ||
        last.kind === 'GeneratorExp' ||
        (last.kind === 'Constant' && (last.value === null || typeof last.value === 'boolean') && !parenthesized.has(last));
      if (!excluded && (this.isBitwiseOrLevel(last) || parenthesized.has(last))) {
        return this.errorAt(last, `cannot assign to ${exprName(last)} here. Maybe you meant '==' instead of '='?`);
      }
    }
    if (bad.kind === 'Yield' || bad.kind === 'YieldFrom') return this.errorAt(bad, 'assignment to yield expression not possible');
    const target = invalidTarget(bad, 'assign')!;
    return new PySyntaxError(this.errorAt(target, `cannot assign to ${exprName(target)}`).info, eq as PyToken);
  }

  /** Unparenthesized tuples end at their last element unless a trailing comma extends them. */
  private hasTrailingComma(t: A.TupleExpr): boolean {
    const elt = t.elts[t.elts.length - 1];
    const last = parenthesized.get(elt) ?? elt;
    return t.end_lineno !== last.end_lineno || t.end_col_offset !== last.end_col_offset;
  }

  /** Would CPython's `bitwise_or` rule match the whole of `e`? */
  private isBitwiseOrLevel(e: A.Expr): boolean {
    if (parenthesized.has(e)) return true;
    switch (e.kind) {
      case 'Tuple': return parenthesized.has(e);
      case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'Starred':
      case 'Yield': case 'YieldFrom': case 'NamedExpr':
        return false;
      case 'UnaryOp': return e.op !== 'Not';
      default: return true;
    }
  }

  /** Does `e` start with a `bitwise_or` that is not followed by `=` (it is the assigned value)? */
  private startsWithBitwiseOr(e: A.Expr): boolean {
    return this.firstBitwiseOrOrNull(e) !== null;
  }

  private firstBitwiseOr(e: A.Expr): A.Expr {
    return this.firstBitwiseOrOrNull(e) ?? e;
  }

  private firstBitwiseOrOrNull(e: A.Expr): A.Expr | null {
    if (this.isBitwiseOrLevel(e)) return e;
    switch (e.kind) {
      case 'Tuple': return e.elts.length ? this.firstBitwiseOrOrNull(e.elts[0]) : null;
      case 'Compare': return e.left;
      case 'BoolOp': return this.firstBitwiseOrOrNull(e.values[0]);
      case 'IfExp': return this.firstBitwiseOrOrNull(e.body);
      default: return null;
    }
  }

  return_stmt = this.RULE('return_stmt', (): A.Return => {
    const tok = this.CONSUME(T.Return);
    const value = this.OPTION(() => this.SUBRULE(this.star_expressions)) ?? null;
    return { kind: 'Return', value, ...span(tok, value ?? tok) };
  });

  raise_stmt = this.RULE('raise_stmt', (): A.Raise => {
    const tok = this.CONSUME(T.Raise);
    let exc: A.Expr | null = null;
    let cause: A.Expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.From);
        cause = this.SUBRULE2(this.expression);
      });
    });
    return { kind: 'Raise', exc, cause, ...span(tok, cause ?? exc ?? tok) };
  });

  global_stmt = this.RULE('global_stmt', (): A.Global => {
    const tok = this.CONSUME(T.Global);
    const names = [this.CONSUME(T.Name)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.CONSUME2(T.Name));
    });
    return { kind: 'Global', names: names.map((n) => n.image), ...span(tok, names[names.length - 1]) };
  });

  nonlocal_stmt = this.RULE('nonlocal_stmt', (): A.Nonlocal => {
    const tok = this.CONSUME(T.Nonlocal);
    const names = [this.CONSUME(T.Name)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.CONSUME2(T.Name));
    });
    return { kind: 'Nonlocal', names: names.map((n) => n.image), ...span(tok, names[names.length - 1]) };
  });

  del_stmt = this.RULE('del_stmt', (): A.Delete => {
    const tok = this.CONSUME(T.Del);
    const e = this.SUBRULE(this.star_expressions);
    return this.ACTION(() => {
      const targets = e.kind === 'Tuple' && !parenthesized.has(e) ? e.elts : [e];
      for (const t of targets) {
        const bad = invalidTarget(t, 'del');
        if (bad) throw this.errorAt(bad, `cannot delete ${exprName(bad)}`);
        setContext(t, 'Del');
      }
      return { kind: 'Delete', targets, ...span(tok, e) } as A.Delete;
    })!;
  });

  assert_stmt = this.RULE('assert_stmt', (): A.Assert => {
    const tok = this.CONSUME(T.Assert);
    const test = this.SUBRULE(this.expression);
    const msg = this.OPTION(() => {
      this.CONSUME(T.Comma);
      return this.SUBRULE2(this.expression);
    }) ?? null;
    return { kind: 'Assert', test, msg, ...span(tok, msg ?? test) };
  });

  import_name = this.RULE('import_name', (): A.Import => {
    const tok = this.CONSUME(T.Import);
    const names = [this.SUBRULE(this.dotted_as_name)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.SUBRULE2(this.dotted_as_name));
    });
    return { kind: 'Import', names, ...span(tok, names[names.length - 1]) };
  });

  dotted_as_name = this.RULE('dotted_as_name', (): A.Alias => {
    const dotted = this.SUBRULE(this.dotted_name);
    const as = this.OPTION(() => {
      this.CONSUME(T.As);
      return this.CONSUME(T.Name);
    });
    return { name: dotted.name, asname: as ? as.image : null, ...span(dotted.first, as ?? dotted.last) };
  });

  dotted_name = this.RULE('dotted_name', (): DottedName => {
    const first = this.CONSUME(T.Name);
    let last = first;
    let name = first.image;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      last = this.CONSUME2(T.Name);
      name += '.' + last.image;
    });
    return { name, first, last };
  });

  import_from = this.RULE('import_from', (): A.ImportFrom => {
    const tok = this.CONSUME(T.From);
    let level = 0;
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Dot); level += 1; } },
        { ALT: () => { this.CONSUME(T.Ellipsis); level += 3; } },
      ]);
    });
    const module = this.OPTION(() => this.SUBRULE(this.dotted_name));
    const imp = this.CONSUME(T.Import);
    this.ACTION(() => { if (level === 0 && !module) throw this.invalidSyntax(imp); });
    let last: At = imp;
    const names = this.OR2([
      {
        ALT: () => {
          const star = this.CONSUME(T.Star);
          last = star;
          return [{ name: '*', asname: null, ...span(star, star) }];
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const list = this.SUBRULE(this.import_as_names, { ARGS: [true] });
          last = this.CONSUME(T.RParen);
          return list;
        },
      },
      {
        ALT: () => {
          const list = this.SUBRULE2(this.import_as_names, { ARGS: [false] });
          last = list[list.length - 1];
          return list;
        },
      },
    ]);
    return { kind: 'ImportFrom', module: module ? module.name : null, names, level, ...span(tok, last) };
  });

  /** The trailing comma is handled here: Chevrotain's lookahead does not look past a rule's end. */
  import_as_names = this.RULE('import_as_names', (parenthesized?: boolean): A.Alias[] => {
    const names = [this.SUBRULE(this.import_as_name)];
    this.MANY({ GATE: () => this.LA(2).tokenType === T.Name, DEF: () => {
      this.CONSUME(T.Comma);
      names.push(this.SUBRULE2(this.import_as_name));
    } });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      this.ACTION(() => {
        if (parenthesized) return;
        const next = this.la();
        if (next.tokenType !== T.Newline) throw this.invalidSyntax(next);
        throw this.errorAt(next, 'trailing comma not allowed without surrounding parentheses');
      });
    });
    return names;
  });

  import_as_name = this.RULE('import_as_name', (): A.Alias => {
    const name = this.CONSUME(T.Name);
    const as = this.OPTION(() => {
      this.CONSUME(T.As);
      return this.CONSUME2(T.Name);
    });
    return { name: name.image, asname: as ? as.image : null, ...span(name, as ?? name) };
  });

  // ---------------- compound statements ----------------

  /** `NEWLINE INDENT statement+ DEDENT`, or statements on the header's own line. */
  block = this.RULE('block', (what?: string, line?: number): A.Stmt[] => this.OR([
    {
      ALT: () => {
        this.CONSUME(T.Newline);
        this.ACTION(() => {
          const next = this.la();
          if (next.tokenType === T.Indent) return;
          throw this.errorAtToken(next, `expected an indented block after ${what} on line ${line}`, 'IndentationError');
        });
        this.CONSUME(T.Indent);
        const body: A.Stmt[] = [];
        this.AT_LEAST_ONE(() => {
          const s = this.SUBRULE(this.statement);
          this.ACTION(() => body.push(...s));
        });
        this.CONSUME(T.Dedent);
        return body;
      },
    },
    { ALT: () => this.SUBRULE(this.simple_stmts) },
  ]));

  decorated = this.RULE('decorated', (): A.Stmt => {
    const decorators: A.Expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      decorators.push(this.SUBRULE(this.named_expression));
      this.CONSUME(T.Newline);
    });
    const def = this.OR([
      { ALT: (): A.FunctionDef | A.ClassDef => this.SUBRULE(this.class_def) },
      { ALT: (): A.FunctionDef | A.ClassDef => this.SUBRULE(this.function_def) },
      {
        ALT: (): A.FunctionDef | A.ClassDef => {
          const asyncTok = this.CONSUME(T.Async);
          return this.SUBRULE2(this.function_def, { ARGS: [asyncTok] });
        },
      },
    ]);
    this.ACTION(() => { def.decorator_list = decorators; });
    return def;
  });

  async_stmt = this.RULE('async_stmt', (): A.Stmt => {
    const asyncTok = this.CONSUME(T.Async);
    return this.OR([
      { ALT: (): A.Stmt => this.SUBRULE(this.function_def, { ARGS: [asyncTok] }) },
      { ALT: (): A.Stmt => this.SUBRULE(this.for_stmt, { ARGS: [asyncTok] }) },
      { ALT: (): A.Stmt => this.SUBRULE(this.with_stmt, { ARGS: [asyncTok] }) },
    ]);
  });

  function_def = this.RULE('function_def', (asyncTok?: IToken): A.FunctionDef => {
    const def = this.CONSUME(T.Def);
    const name = this.CONSUME(T.Name);
    this.CONSUME(T.LParen);
    const items = this.OPTION(() => this.SUBRULE(this.params)) ?? [];
    const rp = this.CONSUME(T.RParen);
    // Checked once the list is known to be complete, so a syntax error in it comes first.
    const args = this.ACTION(() => this.buildArguments(items, rp, false))!;
    const returns = this.OPTION2(() => {
      const arrow = this.CONSUME(T.Arrow);
      this.ACTION(() => {
        // CPython drops the `-> …` and then insists on the colon.
        if (!EXPRESSION_START.has(this.la().tokenType)) throw this.errorAt(arrow, "expected ':'");
      });
      return this.SUBRULE(this.expression);
    }) ?? null;
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ['function definition', def.startLine!] });
    return {
      kind: 'FunctionDef', name: name.image, args, body, decorator_list: [], returns,
      is_async: asyncTok !== undefined, ...span(asyncTok ?? def, lastOf(body)),
    };
  });

  /** Parameters of a `def` or, with `lambda` set, of a lambda (no annotations, ended by ':'). */
  params = this.RULE('params', (lambda?: boolean): ParamItem[] => {
    const items = [this.SUBRULE(this.param, { ARGS: [lambda] })];
    this.MANY({ GATE: this.moreBefore(lambda ? T.Colon : T.RParen), DEF: () => {
      this.CONSUME(T.Comma);
      items.push(this.SUBRULE2(this.param, { ARGS: [lambda] }));
    } });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return items;
  });

  param = this.RULE('param', (lambda?: boolean): ParamItem => {
    const annotated = (): boolean => !lambda;
    return this.OR([
      { ALT: (): ParamItem => ({ kind: 'slash', tok: this.CONSUME(T.Slash), arg: null, default_: null }) },
      {
        ALT: (): ParamItem => {
          const lp = this.CONSUME(T.LParen);
          this.ACTION(() => {
            throw this.parenthesizedParams(lp,
              lambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized');
          });
          return { kind: 'slash', tok: lp, arg: null, default_: null };
        },
      },
      {
        ALT: (): ParamItem => {
          const star = this.CONSUME(T.Star);
          const arg = this.OPTION(() => {
            const name = this.CONSUME(T.Name);
            const annotation = this.OPTION2({
              GATE: annotated,
              DEF: () => {
                this.CONSUME(T.Colon);
                return this.SUBRULE(this.star_expression);
              },
            }) ?? null;
            return { arg: name.image, annotation, ...span(name, annotation ?? name) } as A.Arg;
          }) ?? null;
          this.OPTION3(() => {
            const eq = this.CONSUME(T.Assign);
            this.ACTION(() => { throw this.errorAt(eq, 'var-positional argument cannot have default value'); });
          });
          return { kind: 'star', tok: star, arg, default_: null };
        },
      },
      {
        ALT: (): ParamItem => {
          const dstar = this.CONSUME(T.DoubleStar);
          const name = this.CONSUME2(T.Name);
          const annotation = this.OPTION4({
            GATE: annotated,
            DEF: () => {
              this.CONSUME2(T.Colon);
              return this.SUBRULE(this.expression);
            },
          }) ?? null;
          this.OPTION5(() => {
            const eq = this.CONSUME2(T.Assign);
            this.ACTION(() => { throw this.errorAt(eq, 'var-keyword argument cannot have default value'); });
          });
          const arg: A.Arg = { arg: name.image, annotation, ...span(name, annotation ?? name) };
          return { kind: 'kwarg', tok: dstar, arg, default_: null };
        },
      },
      {
        ALT: (): ParamItem => {
          const name = this.CONSUME3(T.Name);
          const annotation = this.OPTION6({
            GATE: annotated,
            DEF: () => {
              this.CONSUME3(T.Colon);
              return this.SUBRULE2(this.expression);
            },
          }) ?? null;
          const default_ = this.OPTION7(() => {
            const eq = this.CONSUME3(T.Assign);
            this.ACTION(() => this.checkDefault(eq));
            return this.SUBRULE3(this.expression);
          }) ?? null;
          const arg: A.Arg = { arg: name.image, annotation, ...span(name, annotation ?? name) };
          return { kind: 'param', tok: name, arg, default_ };
        },
      },
    ]);
  });

  /** `def f((a, b)):` — Python 2's tuple parameters; just "invalid syntax" unless names follow. */
  private parenthesizedParams(lp: IToken, msg: string): PySyntaxError {
    if (this.LA(1).tokenType !== T.Name) return this.invalidSyntax(lp);
    let depth = 1;
    for (let k = 1; ; k++) {
      const t = this.LA(k);
      if (t.tokenType === T.LParen || t.tokenType === T.LBracket) depth++;
      else if (t.tokenType === T.RParen || t.tokenType === T.RBracket) {
        if (--depth === 0) return this.errorRange(lp, t, msg);
      } else if (t.tokenType === T.Newline || t.tokenType === T.EndMarker || (depth === 1 && t.tokenType === T.Assign)) {
        return this.invalidSyntax(lp);   // CPython's diagnostic covers names without defaults only
      }
    }
  }

  private checkDefault(eq: IToken): void {
    const next = this.la().tokenType;
    if (next === T.RParen || next === T.Comma) throw this.errorAt(eq, 'expected default value expression');
  }

  /** Sorts parameters into CPython's `arguments`, checking their order as 3.11 does. */
  private buildArguments(items: ParamItem[], closer: IToken, forLambda: boolean): A.Arguments {
    const out = emptyArguments();
    let positional: A.Arg[] = [];
    let sawSlash = false;
    let sawStar = false;
    let sawKwarg = false;
    let sawDefault = false;
    items.forEach((item, i) => {
      if (sawKwarg) {
        throw this.errorAt(item.kind === 'param' ? item.arg! : item.tok, 'arguments cannot follow var-keyword argument');
      }
      switch (item.kind) {
        case 'slash':
          if (sawSlash) throw this.errorAt(item.tok, '/ may appear only once');
          if (sawStar) throw this.errorAt(item.tok, '/ must be ahead of *');
          if (positional.length === 0) throw this.errorAt(item.tok, 'at least one argument must precede /');
          sawSlash = true;
          out.posonlyargs = positional;
          positional = [];
          break;
        case 'star': {
          if (sawStar) throw this.errorAt(item.tok, '* argument may appear only once');
          sawStar = true;
          const next = items[i + 1];
          if (!item.arg && (!next || next.kind === 'kwarg')) {
            // For lambda CPython's caret is on the token after `*,`.
            throw this.errorAt(!forLambda ? item.tok : next ? next.tok : closer, 'named arguments must follow bare *');
          }
          out.vararg = item.arg;
          break;
        }
        case 'kwarg':
          sawKwarg = true;
          out.kwarg = item.arg;
          break;
        case 'param':
          if (sawStar) {
            out.kwonlyargs.push(item.arg!);
            out.kw_defaults.push(item.default_);
          } else {
            if (item.default_) {
              sawDefault = true;
              out.defaults.push(item.default_);
            } else if (sawDefault) {
              throw this.errorAt(item.arg!, 'non-default argument follows default argument');
            }
            positional.push(item.arg!);
          }
          break;
      }
    });
    out.args = positional;
    return out;
  }

  if_stmt = this.RULE('if_stmt', (): A.If => {
    const tok = this.CONSUME(T.If);
    const test = this.SUBRULE(this.named_expression);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'if' statement", tok.startLine!] });
    const orelse = this.OPTION(() => this.OR([
      { ALT: () => [this.SUBRULE(this.elif_stmt)] },
      { ALT: () => this.SUBRULE(this.else_block) },
    ])) ?? [];
    return { kind: 'If', test, body, orelse, ...span(tok, lastOf(orelse.length ? orelse : body)) };
  });

  elif_stmt = this.RULE('elif_stmt', (): A.If => {
    const tok = this.CONSUME(T.Elif);
    const test = this.SUBRULE(this.named_expression);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'elif' statement", tok.startLine!] });
    const orelse = this.OPTION(() => this.OR([
      { ALT: () => [this.SUBRULE(this.elif_stmt)] },
      { ALT: () => this.SUBRULE(this.else_block) },
    ])) ?? [];
    return { kind: 'If', test, body, orelse, ...span(tok, lastOf(orelse.length ? orelse : body)) };
  });

  else_block = this.RULE('else_block', (): A.Stmt[] => {
    const tok = this.CONSUME(T.Else);
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.block, { ARGS: ["'else' statement", tok.startLine!] });
  });

  while_stmt = this.RULE('while_stmt', (): A.While => {
    const tok = this.CONSUME(T.While);
    const test = this.SUBRULE(this.named_expression);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'while' statement", tok.startLine!] });
    const orelse = this.OPTION(() => this.SUBRULE(this.else_block)) ?? [];
    return { kind: 'While', test, body, orelse, ...span(tok, lastOf(orelse.length ? orelse : body)) };
  });

  for_stmt = this.RULE('for_stmt', (asyncTok?: IToken): A.For => {
    const tok = this.CONSUME(T.For);
    const target = this.SUBRULE(this.star_targets);
    this.ACTION(() => this.storeTarget(target, 'for'));
    this.CONSUME(T.In);
    const iter = this.SUBRULE(this.star_expressions);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'for' statement", tok.startLine!] });
    const orelse = this.OPTION(() => this.SUBRULE(this.else_block)) ?? [];
    return {
      kind: 'For', target, iter, body, orelse, is_async: asyncTok !== undefined,
      ...span(asyncTok ?? tok, lastOf(orelse.length ? orelse : body)),
    };
  });

  /** Validates a `for`/`with`/comprehension target and gives it Store context. */
  private storeTarget(target: A.Expr, kind: TargetKind): void {
    const bad = invalidTarget(target, kind);
    if (bad) throw this.errorAt(bad, `cannot assign to ${exprName(bad)}`);
    setContext(target, 'Store');
  }

  with_stmt = this.RULE('with_stmt', (asyncTok?: IToken): A.With => {
    const tok = this.CONSUME(T.With);
    const items: A.WithItem[] = [];
    // One token of lookahead and a gate: Chevrotain's LL(2) paths would drop
    // alternatives' one-token endings (it does not look past the rule).
    this.OR({ MAX_LOOKAHEAD: 1, DEF: [
      {
        // The 3.10 form `with (a as b, c as d):`; `with (a, b) as c:` is an ordinary item.
        GATE: () => this.atParenthesizedWithItems(),
        ALT: () => {
          this.CONSUME(T.LParen);
          items.push(this.SUBRULE(this.with_item));
          this.MANY({ GATE: this.moreBefore(T.RParen), DEF: () => {
            this.CONSUME(T.Comma);
            items.push(this.SUBRULE2(this.with_item));
          } });
          this.OPTION(() => this.CONSUME2(T.Comma));
          this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          items.push(this.SUBRULE3(this.with_item));
          this.MANY2(() => {
            this.CONSUME3(T.Comma);
            items.push(this.SUBRULE4(this.with_item));
          });
        },
      },
    ] });
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'with' statement", tok.startLine!] });
    return { kind: 'With', items, body, is_async: asyncTok !== undefined, ...span(asyncTok ?? tok, lastOf(body)) };
  });

  /**
   * `with (` starts the parenthesized item list when the bracket closes just
   * before the `:` and holds a top-level `as` or comma, but no `*`, `for` or
   * `yield` (those make it one parenthesized expression, as CPython's PEG
   * fallback would).
   */
  private atParenthesizedWithItems(): boolean {
    if (this.LA(1).tokenType !== T.LParen) return false;
    let depth = 0;
    let separated = false;
    for (let k = 1; ; k++) {
      const t = this.LA(k).tokenType;
      if (t === T.LParen || t === T.LBracket || t === T.LBrace) depth++;
      else if (t === T.RParen || t === T.RBracket || t === T.RBrace) {
        depth--;
        if (depth === 0) return separated && this.LA(k + 1).tokenType === T.Colon;
      } else if (depth === 1) {
        if (t === T.As || t === T.Comma) separated = true;
        else if (t === T.For || t === T.Yield || t === T.Async) return false;
        else if (t === T.Star) {
          const before = this.LA(k - 1).tokenType;
          if (before === T.LParen || before === T.Comma) return false;
        }
      }
      if (t === T.EndMarker || t === T.Newline) return false;
    }
  }

  with_item = this.RULE('with_item', (): A.WithItem => {
    const context_expr = this.SUBRULE(this.expression);
    const optional_vars = this.OPTION(() => {
      this.CONSUME(T.As);
      const target = this.SUBRULE(this.star_target);
      this.ACTION(() => this.storeTarget(target, 'assign'));
      return target;
    }) ?? null;
    return { context_expr, optional_vars };
  });

  try_stmt = this.RULE('try_stmt', (): A.Try => {
    const tok = this.CONSUME(T.Try);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'try' statement", tok.startLine!] });
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    this.OR([
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => handlers.push(this.SUBRULE(this.except_block)));
          orelse = this.OPTION(() => this.SUBRULE(this.else_block)) ?? [];
          finalbody = this.OPTION2(() => this.SUBRULE(this.finally_block)) ?? [];
        },
      },
      { ALT: () => { finalbody = this.SUBRULE2(this.finally_block); } },
    ]);
    this.ACTION(() => {
      const mixed = handlers.find((h) => h.star !== handlers[0].star);
      if (mixed !== undefined) {
        // The caret covers the clause's keyword: `except` or `except*`.
        const col = mixed.col_offset + 1;
        throw new PySyntaxError({ type: 'SyntaxError', msg: "cannot have both 'except' and 'except*' on the same 'try'",
          lineno: mixed.lineno, offset: col, end_offset: col + (mixed.star ? 7 : 6) }, this.la());
      }
    });
    const lastPart: Loc = finalbody.length ? lastOf(finalbody) : orelse.length ? lastOf(orelse)
      : handlers.length ? handlers[handlers.length - 1] : lastOf(body);
    return { kind: 'Try', body, handlers, orelse, finalbody, ...span(tok, lastPart) };
  });

  except_block = this.RULE('except_block', (): A.ExceptHandler => {
    const tok = this.CONSUME(T.Except);
    let type: A.Expr | null = null;
    let name: string | null = null;
    let star = false;
    this.OPTION(() => {
      this.CONSUME(T.Star);
      star = true;
    });
    this.OPTION2(() => {
      const t = this.SUBRULE(this.expression);
      type = t;
      this.OPTION3(() => {
        this.CONSUME(T.Comma);
        const rest = this.SUBRULE(this.star_expressions);
        this.ACTION(() => { throw this.errorRange(t, rest, 'multiple exception types must be parenthesized'); });
      });
      this.OPTION4(() => {
        this.CONSUME(T.As);
        name = this.CONSUME(T.Name).image;
      });
    });
    const colon = this.CONSUME(T.Colon);
    this.ACTION(() => {
      if (star && type === null) throw this.errorRange(colon, colon, 'expected one or more exception types');
    });
    const body = this.SUBRULE(this.block, { ARGS: [star ? "'except*' statement" : "'except' statement", tok.startLine!] });
    return { type, name, body, star, ...span(tok, lastOf(body)) };
  });

  finally_block = this.RULE('finally_block', (): A.Stmt[] => {
    const tok = this.CONSUME(T.Finally);
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.block, { ARGS: ["'finally' statement", tok.startLine!] });
  });

  class_def = this.RULE('class_def', (): A.ClassDef => {
    const tok = this.CONSUME(T.Class);
    const name = this.CONSUME(T.Name);
    const args = this.OPTION(() => {
      this.CONSUME(T.LParen);
      const list = this.OPTION2(() => this.SUBRULE(this.arguments));
      const rp = this.CONSUME(T.RParen);
      return this.ACTION(() => this.buildCallArgs(list, rp));
    }) ?? { args: [], keywords: [] };
    this.ACTION(() => {
      for (const base of args.args) {
        const forTok = this.bareGenexps.get(base);
        if (forTok) throw this.invalidSyntax(forTok);
      }
    });
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ['class definition', tok.startLine!] });
    return {
      kind: 'ClassDef', name: name.image, bases: args.args, keywords: args.keywords, body,
      decorator_list: [], ...span(tok, lastOf(body)),
    };
  });

  // ======================= expressions =======================

  star_expressions = this.RULE('star_expressions', (): A.Expr => {
    const first = this.SUBRULE(this.star_expression);
    const elts = [first];
    let comma: IToken | undefined;
    this.MANY({ GATE: this.moreItems, DEF: () => {
      this.CONSUME(T.Comma);
      elts.push(this.SUBRULE2(this.star_expression));
    } });
    this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
    if (elts.length === 1 && !comma) return first;
    return { kind: 'Tuple', elts, ctx: 'Load', ...span(first, comma ?? elts[elts.length - 1]) };
  });

  star_expression = this.RULE('star_expression', (): A.Expr => this.OR([
    {
      ALT: (): A.Expr => {
        const star = this.CONSUME(T.Star);
        const value = this.SUBRULE(this.bitwise_or);
        return { kind: 'Starred', value, ctx: 'Load', ...span(star, value) };
      },
    },
    { ALT: (): A.Expr => this.SUBRULE(this.expression) },
  ]));

  star_named_expression = this.RULE('star_named_expression', (): A.Expr => this.OR([
    {
      ALT: (): A.Expr => {
        const star = this.CONSUME(T.Star);
        const value = this.SUBRULE(this.bitwise_or);
        return { kind: 'Starred', value, ctx: 'Load', ...span(star, value) };
      },
    },
    { ALT: (): A.Expr => this.SUBRULE(this.named_expression) },
  ]));

  /** An expression where `:=` is allowed; `=` here is always a mistake, diagnosed as CPython does. */
  named_expression = this.RULE('named_expression', (): A.Expr => {
    const e = this.SUBRULE(this.expression);
    return this.OR([
      {
        ALT: (): A.Expr => {
          this.CONSUME(T.ColonEqual);
          const value = this.SUBRULE2(this.expression);
          return this.ACTION(() => {
            if (e.kind !== 'Name' || parenthesized.has(e)) {
              throw this.errorAt(e, `cannot use assignment expressions with ${exprName(e)}`);
            }
            e.ctx = 'Store';
            return { kind: 'NamedExpr', target: e, value, ...span(e, value) } as A.NamedExpr;
          })!;
        },
      },
      {
        GATE: () => this.noInvalid === 0,
        ALT: (): A.Expr => {
          const eq = this.CONSUME(T.Assign);
          this.ACTION(() => { this.noInvalid++; });
          const b = this.SUBRULE(this.bitwise_or);
          this.ACTION(() => {
            this.noInvalid--;
            const next = this.la().tokenType;
            if (next === T.Assign || next === T.ColonEqual) throw this.invalidSyntax(eq);
            if (e.kind === 'Name' && !parenthesized.has(e)) {
              throw this.errorRange(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            const excluded = e.kind === 'List' || e.kind === 'Tuple' || e.kind === 'GeneratorExp' ||
              (e.kind === 'Constant' && (e.value === null || typeof e.value === 'boolean'));
            if (excluded || !this.isBitwiseOrLevel(e)) throw this.invalidSyntax(eq);
            throw this.errorAt(e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
          });
          return e;
        },
      },
      { ALT: (): A.Expr => e },
    ]);
  });

  expression = this.RULE('expression', (): A.Expr => this.OR([
    {
      // A lone name, number or string before `,` `)` `=` and the like is
      // most operands: skip the ten rules of the precedence chain.
      GATE: () => LONE_ATOM.has(this.LA(1).tokenType) && AFTER_LONE_ATOM.has(this.LA(2).tokenType),
      ALT: () => this.SUBRULE(this.atom),
    },
    { ALT: () => this.SUBRULE(this.lambdef) },
    {
      ALT: () => {
        const startTok = this.LA(1);
        const d = this.SUBRULE(this.disjunction);
        return this.OR2([
          {
            ALT: (): A.Expr => {
              this.CONSUME(T.If);
              const test = this.SUBRULE2(this.disjunction);
              const orelse = this.OR3([
                {
                  ALT: (): A.Expr => {
                    this.CONSUME(T.Else);
                    return this.SUBRULE(this.expression);
                  },
                },
                {
                  ALT: (): A.Expr => {
                    this.ACTION(() => {
                      const next = this.la();
                      if (this.noInvalid > 0 || next.tokenType === T.Colon) throw this.invalidSyntax(next);
                      throw this.errorRange(d, test, "expected 'else' after 'if' expression");
                    });
                    return test;
                  },
                },
              ]);
              return { kind: 'IfExp', test, body: d, orelse, ...span(d, orelse) };
            },
          },
          {
            GATE: () => this.atJuxtaposition(d, startTok),
            ALT: (): A.Expr => this.SUBRULE(this.invalid_expression, { ARGS: [d] }),
          },
          { ALT: (): A.Expr => d },
        ]);
      },
    },
  ]));

  /**
   * Two expressions side by side: `print x` (Python 2), or inside brackets
   * `[a b]` — a forgotten comma. At top level CPython just says "invalid
   * syntax"; whether the pair is in brackets is known once the second is read.
   */
  private atJuxtaposition(d: A.Expr, startTok: IToken): boolean {
    if (this.noInvalid > 0) return false;
    const next = this.la();
    const starters: TokenType[] = [T.Name, T.NumberLiteral, T.StringLiteral, T.LBrace, T.Tilde, T.Lambda,
      T.Await, T.None, T.True, T.False, T.Ellipsis];
    if (!starters.includes(next.tokenType)) return false;
    if (this.isLegacyPrint(d)) return true;
    if (startTok.tokenType === T.Name && ['match', 'case', '_'].includes(startTok.image)) return false;
    if (d.kind === 'Name' && next.tokenType === T.StringLiteral) return false;
    return true;
  }

  private isLegacyPrint(d: A.Expr): boolean {
    return d.kind === 'Name' && (d.id === 'print' || d.id === 'exec') && !parenthesized.has(d);
  }

  /** Only reached to report an error (see atJuxtaposition); never returns normally. */
  invalid_expression = this.RULE('invalid_expression', (a?: A.Expr): A.Expr => this.OR({ MAX_LOOKAHEAD: 1, DEF: [
    {
      GATE: () => this.isLegacyPrint(a!),
      ALT: () => {
        const b = this.SUBRULE(this.star_expressions);
        this.ACTION(() => {
          const name = (a as A.Name).id;
          throw this.errorRange(a!, b, `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`);
        });
        return b;
      },
    },
    {
      ALT: () => {
        const first = this.la();
        this.ACTION(() => { this.noInvalid++; });
        let b: A.Expr | undefined;
        try {
          b = this.SUBRULE(this.expression);
        } catch (e) {
          // CPython's PEG parser would take the longest expression that parses;
          // its first token will do, unless the input ended or the lexer failed.
          const failedAt = (e instanceof PySyntaxError ? e.reach : (e as IRecognitionException).token) as PyToken | undefined;
          if (!failedAt || failedAt.atEOF || failedAt.tokenType === T.ErrorToken) throw e;
          // A bracket or operator first: no prefix is an expression, so no comma diagnostic.
          if (!LONE_ATOM.has(first.tokenType) && first.tokenType !== T.Ellipsis) {
            throw new PySyntaxError(this.invalidSyntax(first).info, first);
          }
        }
        this.ACTION(() => {
          const last = (b ? this.LA(0) : first) as PyToken;
          if (last.depth === 0) throw new PySyntaxError(this.invalidSyntax(first).info, first);
          throw this.errorRange(a!, b ?? first, 'invalid syntax. Perhaps you forgot a comma?');
        });
        return b ?? a!;
      },
    },
  ] }));

  lambdef = this.RULE('lambdef', (): A.Lambda => {
    const tok = this.CONSUME(T.Lambda);
    const items = this.OPTION(() => this.SUBRULE(this.params, { ARGS: [true] })) ?? [];
    const colon = this.CONSUME(T.Colon);
    const args = this.ACTION(() => this.buildArguments(items, colon, true))!;
    const body = this.SUBRULE(this.expression);
    return { kind: 'Lambda', args, body, ...span(tok, body) };
  });

  disjunction = this.RULE('disjunction', (): A.Expr => {
    const values = [this.SUBRULE(this.conjunction)];
    this.MANY(() => {
      this.CONSUME(T.Or);
      values.push(this.SUBRULE2(this.conjunction));
    });
    if (values.length === 1) return values[0];
    return { kind: 'BoolOp', op: 'Or', values, ...span(values[0], values[values.length - 1]) };
  });

  conjunction = this.RULE('conjunction', (): A.Expr => {
    const values = [this.SUBRULE(this.inversion)];
    this.MANY(() => {
      this.CONSUME(T.And);
      values.push(this.SUBRULE2(this.inversion));
    });
    if (values.length === 1) return values[0];
    return { kind: 'BoolOp', op: 'And', values, ...span(values[0], values[values.length - 1]) };
  });

  inversion = this.RULE('inversion', (): A.Expr => this.OR([
    {
      ALT: (): A.Expr => {
        const tok = this.CONSUME(T.Not);
        const operand = this.SUBRULE(this.inversion);
        return { kind: 'UnaryOp', op: 'Not', operand, ...span(tok, operand) };
      },
    },
    { ALT: (): A.Expr => this.SUBRULE(this.comparison) },
  ]));

  comparison = this.RULE('comparison', (): A.Expr => {
    const left = this.SUBRULE(this.bitwise_or);
    const ops: A.CmpOpKind[] = [];
    const comparators: A.Expr[] = [];
    this.MANY(() => {
      ops.push(this.OR([
        { ALT: (): A.CmpOpKind => COMPARE[this.CONSUME(T.CompareOperator).image] },
        { ALT: (): A.CmpOpKind => { this.CONSUME(T.In); return 'In'; } },
        { ALT: (): A.CmpOpKind => { this.CONSUME(T.Not); this.CONSUME2(T.In); return 'NotIn'; } },
        {
          ALT: (): A.CmpOpKind => {
            this.CONSUME(T.Is);
            return this.OPTION(() => this.CONSUME2(T.Not)) ? 'IsNot' : 'Is';
          },
        },
      ]));
      comparators.push(this.SUBRULE2(this.bitwise_or));
    });
    if (ops.length === 0) return left;
    return { kind: 'Compare', left, ops, comparators, ...span(left, comparators[comparators.length - 1]) };
  });

  /** `|` `^` `&` shifts `+ -` and `* / // % @`, all left-associative, by precedence climbing. */
  bitwise_or = this.RULE('bitwise_or', (): A.Expr => {
    const operands = [this.SUBRULE(this.factor)];
    const ops: string[] = [];
    this.MANY(() => {
      ops.push(this.CONSUME(T.BinaryOperator).image);
      operands.push(this.SUBRULE2(this.factor));
    });
    if (ops.length === 0) return operands[0];
    return this.ACTION(() => climb(operands, ops))!;
  });

  factor = this.RULE('factor', (): A.Expr => this.OR([
    {
      ALT: (): A.Expr => {
        const tok = this.OR2([
          { ALT: () => this.CONSUME(T.Plus) },
          { ALT: () => this.CONSUME(T.Minus) },
          { ALT: () => this.CONSUME(T.Tilde) },
        ]);
        const operand = this.SUBRULE(this.factor);
        const op: A.UnaryOpKind = tok.image === '+' ? 'UAdd' : tok.image === '-' ? 'USub' : 'Invert';
        return { kind: 'UnaryOp', op, operand, ...span(tok, operand) };
      },
    },
    { ALT: (): A.Expr => this.SUBRULE(this.power) },
  ]));

  power = this.RULE('power', (): A.Expr => {
    const base = this.SUBRULE(this.await_primary);
    const exponent = this.OPTION(() => {
      this.CONSUME(T.DoubleStar);
      return this.SUBRULE(this.factor);
    });
    if (!exponent) return base;
    return { kind: 'BinOp', left: base, op: 'Pow', right: exponent, ...span(base, exponent) };
  });

  await_primary = this.RULE('await_primary', (): A.Expr => this.OR([
    {
      ALT: (): A.Expr => {
        const tok = this.CONSUME(T.Await);
        const value = this.SUBRULE(this.primary);
        return { kind: 'Await', value, ...span(tok, value) };
      },
    },
    { ALT: (): A.Expr => this.SUBRULE2(this.primary) },
  ]));

  primary = this.RULE('primary', (): A.Expr => {
    let e = this.SUBRULE(this.atom);
    this.MANY(() => this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Dot);
          const name = this.CONSUME(T.Name);
          e = { kind: 'Attribute', value: e, attr: name.image, ctx: 'Load', ...span(e, name) };
        },
      },
      {
        ALT: () => {
          const lp = this.CONSUME(T.LParen);
          const list = this.OPTION(() => this.SUBRULE(this.arguments));
          const rp = this.CONSUME(T.RParen);
          const args = this.ACTION(() => {
            const a = this.buildCallArgs(list, rp);
            // A lone generator argument takes the call's parentheses as its own.
            if (a.args.length === 1 && this.bareGenexps.has(a.args[0])) Object.assign(a.args[0], span(lp, rp));
            return a;
          }) ?? { args: [], keywords: [] };
          e = { kind: 'Call', func: e, args: args.args, keywords: args.keywords, ...span(e, rp) };
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          const slice = this.SUBRULE(this.slices);
          const rb = this.CONSUME(T.RBracket);
          e = { kind: 'Subscript', value: e, slice, ctx: 'Load', ...span(e, rb) };
        },
      },
    ]));
    return e;
  });

  slices = this.RULE('slices', (): A.Expr => {
    const first = this.SUBRULE(this.slice);
    const elts = [first];
    let comma: IToken | undefined;
    this.MANY({ GATE: this.moreBefore(T.RBracket), DEF: () => {
      this.CONSUME(T.Comma);
      elts.push(this.SUBRULE2(this.slice));
    } });
    this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
    if (elts.length === 1 && !comma && first.kind !== 'Starred') return first;
    return { kind: 'Tuple', elts, ctx: 'Load', ...span(first, comma ?? elts[elts.length - 1]) };
  });

  slice = this.RULE('slice', (): A.Expr => this.OR([
    {
      ALT: (): A.Expr => {
        const star = this.CONSUME(T.Star);
        const value = this.SUBRULE(this.bitwise_or);
        return { kind: 'Starred', value, ctx: 'Load', ...span(star, value) };
      },
    },
    {
      ALT: (): A.Expr => {
        const colon = this.CONSUME(T.Colon);
        return this.SUBRULE(this.slice_bounds, { ARGS: [null, colon] });
      },
    },
    {
      ALT: (): A.Expr => {
        const e = this.SUBRULE(this.named_expression);
        return this.OR2([
          {
            ALT: (): A.Expr => {
              const colon = this.CONSUME2(T.Colon);
              return this.SUBRULE2(this.slice_bounds, { ARGS: [e, colon] });
            },
          },
          { ALT: (): A.Expr => e },
        ]);
      },
    },
  ]));

  /** What follows a slice's first `:`. */
  slice_bounds = this.RULE('slice_bounds', (lower?: A.Expr | null, colon?: IToken): A.Slice => {
    let end: At | undefined = colon;
    const upper = this.OPTION(() => this.SUBRULE(this.expression)) ?? null;
    if (upper) end = upper;
    let step: A.Expr | null = null;
    this.OPTION2(() => {
      end = this.CONSUME(T.Colon);
      step = this.OPTION3(() => this.SUBRULE2(this.expression)) ?? null;
      if (step) end = step;
    });
    return { kind: 'Slice', lower: lower ?? null, upper, step, ...span(lower ?? colon!, end!) };
  });

  atom = this.RULE('atom', (): A.Expr => this.OR([
    {
      ALT: (): A.Expr => {
        const tok = this.CONSUME(T.Name);
        return { kind: 'Name', id: tok.image, ctx: 'Load', ...span(tok, tok) };
      },
    },
    { ALT: (): A.Expr => ({ kind: 'Constant', value: true, ...this.tokenSpan(this.CONSUME(T.True)) }) },
    { ALT: (): A.Expr => ({ kind: 'Constant', value: false, ...this.tokenSpan(this.CONSUME(T.False)) }) },
    { ALT: (): A.Expr => ({ kind: 'Constant', value: null, ...this.tokenSpan(this.CONSUME(T.None)) }) },
    { ALT: (): A.Expr => ({ kind: 'Constant', value: { ellipsis: true }, ...this.tokenSpan(this.CONSUME(T.Ellipsis)) }) },
    {
      ALT: (): A.Expr => {
        const tok = this.CONSUME(T.NumberLiteral) as PyToken;
        return { kind: 'Constant', value: tok.payload as A.ConstantValue, ...span(tok, tok) };
      },
    },
    { ALT: (): A.Expr => this.SUBRULE(this.strings) },
    { ALT: (): A.Expr => this.SUBRULE(this.paren_atom) },
    { ALT: (): A.Expr => this.SUBRULE(this.list_atom) },
    { ALT: (): A.Expr => this.SUBRULE(this.brace_atom) },
  ]));

  private tokenSpan(tok: IToken): Loc { return span(tok, tok); }

  strings = this.RULE('strings', (): A.Expr => {
    const tokens: PyToken[] = [];
    this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(T.StringLiteral) as PyToken));
    return this.ACTION(() => buildStringAtom(tokens, { next: this.la(), jobs: this.jobs }))!;
  });

  /** `()`, `(x)`, `(x,)`, `(x for …)`, `(yield)`. */
  paren_atom = this.RULE('paren_atom', (): A.Expr => {
    const lp = this.CONSUME(T.LParen);
    return this.OR([
      {
        ALT: (): A.Expr => {
          const rp = this.CONSUME(T.RParen);
          return { kind: 'Tuple', elts: [], ctx: 'Load', ...span(lp, rp) };
        },
      },
      {
        ALT: (): A.Expr => {
          const y = this.SUBRULE(this.yield_expr);
          const rp = this.CONSUME2(T.RParen);
          this.ACTION(() => parenthesized.set(y, span(lp, rp)));
          return y;
        },
      },
      {
        ALT: (): A.Expr => {
          const dstar = this.CONSUME(T.DoubleStar);
          const value = this.SUBRULE(this.bitwise_or);
          this.ACTION(() => { throw this.errorAt(dstar, 'cannot use double starred expression here'); });
          return value;
        },
      },
      {
        ALT: (): A.Expr => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: (): A.Expr => {
                const generators = this.SUBRULE(this.comp_for);
                const rp = this.CONSUME3(T.RParen);
                this.ACTION(() => this.checkComprehensionElement(first));
                return { kind: 'GeneratorExp', elt: first, generators, ...span(lp, rp) };
              },
            },
            {
              ALT: (): A.Expr => {
                const elts = [first];
                let comma: IToken | undefined;
                this.MANY({ GATE: this.moreBefore(T.RParen), DEF: () => {
                  this.CONSUME(T.Comma);
                  elts.push(this.SUBRULE2(this.star_named_expression));
                } });
                this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
                const rp = this.CONSUME4(T.RParen);
                if (elts.length === 1 && !comma) {
                  this.ACTION(() => {
                    if (first.kind === 'Starred') throw this.errorAt(first, 'cannot use starred expression here');
                    parenthesized.set(first, span(lp, rp));
                  });
                  return first;
                }
                const t: A.TupleExpr = { kind: 'Tuple', elts, ctx: 'Load', ...span(lp, rp) };
                this.ACTION(() => parenthesized.set(t, span(lp, rp)));
                return t;
              },
            },
          ]);
        },
      },
    ]);
  });

  private checkComprehensionElement(elt: A.Expr): void {
    if (elt.kind === 'Starred') throw this.errorAt(elt, 'iterable unpacking cannot be used in comprehension');
  }

  /** After `[a, b` or `{a, b`: a `for` means the target needed parentheses. */
  private checkDisplayFollowedByFor(elts: A.Expr[], comma: IToken | undefined): void {
    const t = this.la().tokenType;
    if (t === T.For || (t === T.Async && this.LA(2).tokenType === T.For)) {
      throw this.errorRange(elts[0], comma && elts.length === 1 ? comma : elts[elts.length - 1],
        'did you forget parentheses around the comprehension target?');
    }
  }

  list_atom = this.RULE('list_atom', (): A.Expr => {
    const lb = this.CONSUME(T.LBracket);
    return this.OR([
      {
        ALT: (): A.Expr => {
          const rb = this.CONSUME(T.RBracket);
          return { kind: 'List', elts: [], ctx: 'Load', ...span(lb, rb) };
        },
      },
      {
        ALT: (): A.Expr => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: (): A.Expr => {
                const generators = this.SUBRULE(this.comp_for);
                const rb = this.CONSUME2(T.RBracket);
                this.ACTION(() => this.checkComprehensionElement(first));
                return { kind: 'ListComp', elt: first, generators, ...span(lb, rb) };
              },
            },
            {
              ALT: (): A.Expr => {
                const elts = [first];
                let comma: IToken | undefined;
                this.MANY({ GATE: this.moreBefore(T.RBracket), DEF: () => {
                  this.CONSUME(T.Comma);
                  elts.push(this.SUBRULE2(this.star_named_expression));
                } });
                this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
                this.ACTION(() => this.checkDisplayFollowedByFor(elts, comma));
                const rb = this.CONSUME3(T.RBracket);
                return { kind: 'List', elts, ctx: 'Load', ...span(lb, rb) };
              },
            },
          ]);
        },
      },
    ]);
  });

  /** Dicts, sets and their comprehensions. */
  brace_atom = this.RULE('brace_atom', (): A.Expr => {
    const lb = this.CONSUME(T.LBrace);
    const inner = this.OR([
      {
        ALT: (): ((rb: IToken) => A.Expr) => {
          const dstar = this.CONSUME(T.DoubleStar);
          const value = this.SUBRULE(this.bitwise_or);
          this.ACTION(() => {
            if (this.la().tokenType === T.For || this.la().tokenType === T.Async) {
              throw this.errorAt(dstar, 'dict unpacking cannot be used in dict comprehension');
            }
          });
          const rest = this.SUBRULE(this.dict_items);
          return (rb) => ({
            kind: 'Dict', keys: [null, ...rest.keys], values: [value, ...rest.values], ...span(lb, rb),
          });
        },
      },
      {
        ALT: (): ((rb: IToken) => A.Expr) => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: (): ((rb: IToken) => A.Expr) => {
                const colon = this.CONSUME(T.Colon);
                const value = this.OR3([
                  { ALT: (): A.Expr => this.SUBRULE(this.expression) },
                  {
                    ALT: (): A.Expr => {
                      this.ACTION(() => {
                        throw this.errorAt(colon, "expression expected after dictionary key and ':'");
                      });
                      return first;
                    },
                  },
                ]);
                return this.OR4([
                  {
                    ALT: (): ((rb: IToken) => A.Expr) => {
                      const generators = this.SUBRULE2(this.comp_for);
                      return (rb) => ({ kind: 'DictComp', key: first, value, generators, ...span(lb, rb) });
                    },
                  },
                  {
                    ALT: (): ((rb: IToken) => A.Expr) => {
                      const rest = this.SUBRULE2(this.dict_items);
                      return (rb) => ({
                        kind: 'Dict', keys: [first, ...rest.keys], values: [value, ...rest.values], ...span(lb, rb),
                      });
                    },
                  },
                ]);
              },
            },
            {
              ALT: (): ((rb: IToken) => A.Expr) => {
                const generators = this.SUBRULE3(this.comp_for);
                this.ACTION(() => this.checkComprehensionElement(first));
                return (rb) => ({ kind: 'SetComp', elt: first, generators, ...span(lb, rb) });
              },
            },
            {
              ALT: (): ((rb: IToken) => A.Expr) => {
                const elts = [first];
                let comma: IToken | undefined;
                this.MANY({ GATE: this.moreBefore(T.RBrace), DEF: () => {
                  this.CONSUME(T.Comma);
                  elts.push(this.SUBRULE2(this.star_named_expression));
                } });
                this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
                this.ACTION(() => this.checkDisplayFollowedByFor(elts, comma));
                return (rb) => ({ kind: 'Set', elts, ...span(lb, rb) });
              },
            },
          ]);
        },
      },
      {
        ALT: (): ((rb: IToken) => A.Expr) => (rb) => ({ kind: 'Dict', keys: [], values: [], ...span(lb, rb) }),
      },
    ]);
    const rb = this.CONSUME(T.RBrace);
    return this.ACTION(() => inner(rb))!;
  });

  /** The `, key: value` and `, **mapping` items after a dict's first item. */
  dict_items = this.RULE('dict_items', (): { keys: (A.Expr | null)[]; values: A.Expr[] } => {
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    this.MANY({ GATE: this.moreBefore(T.RBrace), DEF: () => {
      this.CONSUME(T.Comma);
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.DoubleStar);
            keys.push(null);
            values.push(this.SUBRULE(this.bitwise_or));
          },
        },
        {
          ALT: () => {
            // After the first item CPython blames a missing ':' rather than a missing comma.
            this.ACTION(() => { this.noInvalid++; });
            const key = this.SUBRULE(this.expression);
            this.ACTION(() => { this.noInvalid--; });
            this.OR2([
              { ALT: () => { this.CONSUME(T.Colon); } },
              {
                ALT: () => {
                  this.ACTION(() => {
                    // CPython's caret: the key's last character.
                    throw new PySyntaxError({
                      type: 'SyntaxError', msg: "':' expected after dictionary key",
                      lineno: key.lineno, offset: key.end_col_offset,
                    }, this.la());
                  });
                },
              },
            ]);
            keys.push(key);
            values.push(this.SUBRULE2(this.expression));
          },
        },
      ]);
    } });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return { keys, values };
  });

  comp_for = this.RULE('comp_for', (): A.Comprehension[] => {
    const generators: A.Comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      const isAsync = this.OPTION(() => this.CONSUME(T.Async)) !== undefined;
      this.CONSUME(T.For);
      const target = this.SUBRULE(this.star_targets);
      this.ACTION(() => this.storeTarget(target, 'for'));
      this.CONSUME(T.In);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: A.Expr[] = [];
      this.MANY(() => {
        this.CONSUME(T.If);
        ifs.push(this.SUBRULE2(this.disjunction));
      });
      generators.push({ target, iter, ifs, is_async: isAsync });
    });
    return generators;
  });

  /** Targets of `for` and comprehensions: `bitwise_or`s, so that `in` ends them. */
  star_targets = this.RULE('star_targets', (): A.Expr => {
    const first = this.SUBRULE(this.star_target);
    const elts = [first];
    let comma: IToken | undefined;
    this.MANY({ GATE: this.moreItems, DEF: () => {
      this.CONSUME(T.Comma);
      elts.push(this.SUBRULE2(this.star_target));
    } });
    this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
    if (elts.length === 1 && !comma) return first;
    return { kind: 'Tuple', elts, ctx: 'Load', ...span(first, comma ?? elts[elts.length - 1]) };
  });

  star_target = this.RULE('star_target', (): A.Expr => this.OR([
    {
      ALT: (): A.Expr => {
        const star = this.CONSUME(T.Star);
        const value = this.SUBRULE(this.bitwise_or);
        return { kind: 'Starred', value, ctx: 'Load', ...span(star, value) };
      },
    },
    {
      ALT: (): A.Expr => {
        const startTok = this.LA(1);
        const e = this.SUBRULE2(this.bitwise_or);
        // `[k for k k in …]`: CPython re-reads the targets as expressions.
        this.OPTION({
          GATE: () => this.atJuxtaposition(e, startTok),
          DEF: () => this.SUBRULE(this.invalid_expression, { ARGS: [e] }),
        });
        return e;
      },
    },
  ]));

  arguments = this.RULE('arguments', (): ArgumentList => {
    const items = [this.SUBRULE(this.argument)];
    let trailing = false;
    this.MANY({ GATE: this.moreBefore(T.RParen), DEF: () => {
      this.CONSUME(T.Comma);
      items.push(this.SUBRULE2(this.argument));
    } });
    this.OPTION(() => { this.CONSUME2(T.Comma); trailing = true; });
    return { items, trailingComma: trailing };
  });

  argument = this.RULE('argument', (): CallArg => this.OR([
    {
      ALT: (): CallArg => {
        const star = this.CONSUME(T.Star);
        const value = this.SUBRULE(this.expression);
        const node: A.Starred = { kind: 'Starred', value, ctx: 'Load', ...span(star, value) };
        this.ACTION(() => {
          const next = this.la().tokenType;
          if (next === T.For || next === T.Async) this.checkComprehensionElement(node);
        });
        return { kind: 'starred', tok: star, node };
      },
    },
    {
      ALT: (): CallArg => {
        const dstar = this.CONSUME(T.DoubleStar);
        const value = this.SUBRULE2(this.expression);
        return { kind: 'dstar', tok: dstar, node: { arg: null, value, ...span(dstar, value) } };
      },
    },
    {
      ALT: (): CallArg => {
        const tok = this.LA(1);
        const e = this.SUBRULE3(this.expression);
        return this.OR2([
          {
            ALT: (): CallArg => {
              this.CONSUME(T.ColonEqual);
              const value = this.SUBRULE4(this.expression);
              return this.ACTION((): CallArg => {
                if (e.kind !== 'Name' || parenthesized.has(e)) {
                  throw this.errorAt(e, `cannot use assignment expressions with ${exprName(e)}`);
                }
                e.ctx = 'Store';
                return { kind: 'positional', tok, node: { kind: 'NamedExpr', target: e, value, ...span(e, value) } };
              })!;
            },
          },
          {
            ALT: (): CallArg => {
              const eq = this.CONSUME(T.Assign);
              const value = this.SUBRULE5(this.expression);
              return this.ACTION((): CallArg => {
                if (e.kind === 'Name' && !parenthesized.has(e)) {
                  return { kind: 'keyword', tok, node: { arg: e.id, value, ...span(e, value) } };
                }
                if (e.kind === 'Constant' && (e.value === null || typeof e.value === 'boolean') && !parenthesized.has(e)) {
                  throw this.errorRange(e, eq, `cannot assign to ${exprName(e)}`);
                }
                throw this.errorRange(e, eq, 'expression cannot contain assignment, perhaps you meant "=="?');
              })!;
            },
          },
          {
            ALT: (): CallArg => {
              const forTok = this.LA(1).tokenType === T.Async ? this.LA(2) : this.LA(1);
              const generators = this.SUBRULE(this.comp_for);
              return this.ACTION((): CallArg => {
                this.checkComprehensionElement(e);
                const last = generators[generators.length - 1];
                const end = last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter;
                const node: A.GeneratorExp = { kind: 'GeneratorExp', elt: e, generators, ...span(e, end) };
                this.bareGenexps.set(node, forTok);
                return { kind: 'genexp', tok, node };
              })!;
            },
          },
          { ALT: (): CallArg => ({ kind: 'positional', tok, node: e }) },
        ]);
      },
    },
  ]));

  /** Orders call arguments into args/keywords, with 3.11's messages for a wrong order. */
  private buildCallArgs(list: ArgumentList | undefined, rp: IToken): CallArgs {
    const out: CallArgs = { args: [], keywords: [] };
    if (!list) return out;
    const { items, trailingComma } = list;
    let sawKeyword = false;
    let sawDoubleStar = false;
    for (const item of items) {
      switch (item.kind) {
        case 'genexp':
          if (items.length > 1 || trailingComma) {
            throw this.errorAt(item.node as A.Expr, 'Generator expression must be parenthesized');
          }
          out.args.push(item.node as A.Expr);
          break;
        case 'positional':
          // CPython's caret lands on the closing parenthesis here.
          if (sawDoubleStar) throw this.errorAt(rp, 'positional argument follows keyword argument unpacking');
          if (sawKeyword) throw this.errorAt(rp, 'positional argument follows keyword argument');
          out.args.push(item.node as A.Expr);
          break;
        case 'starred':
          if (sawDoubleStar) {
            throw this.errorAt(item.tok, 'iterable argument unpacking follows keyword argument unpacking');
          }
          out.args.push(item.node as A.Expr);
          break;
        case 'keyword':
          sawKeyword = true;
          out.keywords.push(item.node as A.Keyword);
          break;
        case 'dstar':
          sawDoubleStar = true;
          out.keywords.push(item.node as A.Keyword);
          break;
      }
    }
    return out;
  }

  yield_expr = this.RULE('yield_expr', (): A.Expr => {
    const tok = this.CONSUME(T.Yield);
    return this.OR([
      {
        ALT: (): A.Expr => {
          this.CONSUME(T.From);
          const value = this.SUBRULE(this.expression);
          return { kind: 'YieldFrom', value, ...span(tok, value) };
        },
      },
      {
        ALT: (): A.Expr => {
          const value = this.OPTION(() => this.SUBRULE(this.star_expressions)) ?? null;
          return { kind: 'Yield', value, ...span(tok, value ?? tok) };
        },
      },
    ]);
  });

  /** Turns a Chevrotain recognition error into CPython's message for it. */
  describe(e: IRecognitionException): PySyntaxError {
    const tok = e.token as PyToken;
    if (tok.tokenType === T.Indent) {
      return new PySyntaxError({
        type: 'IndentationError', msg: 'unexpected indent', lineno: tok.startLine!, offset: tok.endColumn!,
      }, tok);
    }
    const rule = e.context.ruleStack[e.context.ruleStack.length - 1];
    if (e.name === 'MismatchedTokenException') {
      const expected = e.message;
      if (expected === T.Colon.name) {
        const forced = ['function_def', 'try_stmt', 'else_block', 'finally_block'].includes(rule);
        const atNewline = ['if_stmt', 'elif_stmt', 'while_stmt', 'for_stmt', 'class_def', 'with_stmt',
          'except_block'].includes(rule) && tok.tokenType === T.Newline;
        if (forced || atNewline) return this.errorAtToken(tok, "expected ':'");
      }
      if (expected === T.LParen.name && rule === 'function_def') return this.errorAtToken(tok, "expected '('");
    }
    if (e.name === 'NoViableAltException' && rule === 'try_stmt') {
      return this.errorAtToken(tok, "expected 'except' or 'finally' block");
    }
    if (tok.eofAnchor) {
      // CPython says "invalid syntax" at column 0 (or "unexpected unindent");
      // pygil says the file ended, at the end of its last line.
      const { line, offset } = tok.eofAnchor;
      return new PySyntaxError({ type: 'SyntaxError', msg: 'unexpected EOF while parsing', lineno: line, offset, atEof: true }, tok);
    }
    if (tok.tokenType === T.Dedent) return this.errorAtToken(tok, 'unexpected unindent', 'IndentationError');
    return this.errorAtToken(tok, 'invalid syntax');
  }

  /**
   * An error at a token, placed where CPython places it. CPython's DEDENT and
   * ENDMARKER tokens have no column: its messages then point at column 0 of
   * the DEDENT's line, or past the end of the file's last line.
   */
  private errorAtToken(tok: PyToken, msg: string, type: A.SyntaxErrorInfo['type'] = 'SyntaxError'): PySyntaxError {
    if (tok.tokenType === T.Dedent || (tok.tokenType === T.EndMarker && tok.eofAnchor)) {
      const anchor = tok.eofAnchor;
      const lineno = anchor ? anchor.line : tok.startLine!;
      const offset = anchor ? anchor.offset : tok.startColumn! - 1;
      return new PySyntaxError({ type, msg, lineno, offset, atEof: anchor !== undefined }, tok);
    }
    const info: A.SyntaxErrorInfo = { type, msg, lineno: tok.startLine!, offset: tok.startColumn! };
    if (tok.endLine === tok.startLine) info.end_offset = tok.endColumn! + 1;
    return new PySyntaxError(info, tok);
  }
}

function emptyArguments(): A.Arguments {
  return { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

function lastOf(stmts: A.Stmt[]): Loc {
  return stmts[stmts.length - 1];
}

/** Builds left-associative BinOps from operands and operators by precedence. */
function climb(operands: A.Expr[], ops: string[]): A.Expr {
  const out: A.Expr[] = [operands[0]];
  const pending: string[] = [];
  const reduce = (): void => {
    const op = pending.pop()!;
    const right = out.pop()!;
    const left = out.pop()!;
    out.push({ kind: 'BinOp', left, op: BINARY[op][1], right, ...span(left, right) });
  };
  ops.forEach((op, i) => {
    while (pending.length && BINARY[pending[pending.length - 1]][0] >= BINARY[op][0]) reduce();
    pending.push(op);
    out.push(operands[i + 1]);
  });
  while (pending.length) reduce();
  return out[0];
}

// ======================= lookahead =======================

interface First { tokens: Set<number>; nullable: boolean }
interface LookaheadHost { LA(howMuch: number): IToken }
type ProductionClass = new (...args: never[]) => IProduction;

const OPTIONAL_PRODUCTIONS: Record<string, ProductionClass> = {
  Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator,
};

/**
 * LL(1) lookahead from FIRST sets memoized per rule. Chevrotain's stock
 * strategy walks the grammar afresh for every decision, and Python's deep
 * expression chain made that most of the parser's construction time. With
 * one token of lookahead the decisions are the same; the grammar test builds
 * the parser with the stock strategy and validations to keep it that way.
 */
class FirstSetLookahead implements ILookaheadStrategy {
  private readonly ruleFirst = new Map<Rule, First>();

  validate(): ILookaheadValidationError[] {
    return [];
  }

  // Chevrotain asks for every decision's lookahead function when the parser
  // is built, but a typical program reaches only a fraction of them: each
  // one is computed on its first use instead, which keeps start-up short.
  buildLookaheadForAlternation(options: { prodOccurrence: number; rule: Rule; hasPredicates: boolean }):
    (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    const strategy = this;
    let decide: ((this: LookaheadHost, orAlts?: IOrAlt<unknown>[]) => number | undefined) | null = null;
    return (function (this: LookaheadHost, orAlts?: IOrAlt<unknown>[]) {
      decide ??= strategy.alternationLookahead(options);
      return decide.call(this, orAlts);
    }) as (orAlts?: IOrAlt<unknown>[]) => number | undefined;
  }

  buildLookaheadForOptional(options: { prodOccurrence: number; rule: Rule; prodType: string }): () => boolean {
    const strategy = this;
    let decide: ((this: LookaheadHost) => boolean) | null = null;
    return (function (this: LookaheadHost) {
      decide ??= strategy.optionalLookahead(options);
      return decide.call(this);
    }) as () => boolean;
  }

  private alternationLookahead(options: { prodOccurrence: number; rule: Rule; hasPredicates: boolean }):
    (this: LookaheadHost, orAlts?: IOrAlt<unknown>[]) => number | undefined {
    const alternation = findProduction(options.rule, Alternation, options.prodOccurrence) as Alternation;
    const alts = alternation.definition.map((alt) => this.firstOfSequence((alt as Alternative).definition));
    if (options.hasPredicates) {
      return function (this: LookaheadHost, orAlts?: IOrAlt<unknown>[]) {
        const next = this.LA(1).tokenTypeIdx;
        for (let i = 0; i < alts.length; i++) {
          const gate = orAlts?.[i]?.GATE;
          if (gate && !gate.call(this)) continue;
          if (alts[i].nullable || alts[i].tokens.has(next)) return i;
        }
        return undefined;
      };
    }
    // The first alternative that can start with the token wins; one that can
    // be empty takes every token no earlier alternative claimed.
    const choice = new Map<number, number>();
    let fallback: number | undefined;
    for (let i = 0; i < alts.length && fallback === undefined; i++) {
      for (const t of alts[i].tokens) if (!choice.has(t)) choice.set(t, i);
      if (alts[i].nullable) fallback = i;
    }
    return function (this: LookaheadHost) {
      return choice.get(this.LA(1).tokenTypeIdx) ?? fallback;
    };
  }

  private optionalLookahead(options: { prodOccurrence: number; rule: Rule; prodType: string }): (this: LookaheadHost) => boolean {
    const production = findProduction(options.rule, OPTIONAL_PRODUCTIONS[options.prodType], options.prodOccurrence);
    const { tokens } = this.firstOfSequence((production as Option).definition);
    return function (this: LookaheadHost) {
      return tokens.has(this.LA(1).tokenTypeIdx);
    };
  }

  private firstOfSequence(items: IProduction[]): First {
    const tokens = new Set<number>();
    for (const item of items) {
      const f = this.firstOf(item);
      for (const t of f.tokens) tokens.add(t);
      if (!f.nullable) return { tokens, nullable: false };
    }
    return { tokens, nullable: true };
  }

  private firstOf(p: IProduction): First {
    if (p instanceof Terminal) {
      const t = p.terminalType;
      return { tokens: new Set([t.tokenTypeIdx!, ...(t.categoryMatches ?? [])]), nullable: false };
    }
    if (p instanceof NonTerminal) return this.firstOfRule(p.referencedRule);
    if (p instanceof Alternation) {
      const tokens = new Set<number>();
      let nullable = false;
      for (const alt of p.definition) {
        const f = this.firstOfSequence((alt as Alternative).definition);
        for (const t of f.tokens) tokens.add(t);
        nullable ||= f.nullable;
      }
      return { tokens, nullable };
    }
    if (p instanceof Option || p instanceof Repetition || p instanceof RepetitionWithSeparator) {
      return { tokens: this.firstOfSequence(p.definition).tokens, nullable: true };
    }
    if (p instanceof Alternative || p instanceof RepetitionMandatory || p instanceof RepetitionMandatoryWithSeparator) {
      return this.firstOfSequence(p.definition);
    }
    throw new Error(`unknown grammar production ${p.constructor.name}`);
  }

  private firstOfRule(rule: Rule): First {
    let f = this.ruleFirst.get(rule);
    if (f) return f;
    // The grammar has no left recursion, so a rule met again while its FIRST
    // set is being computed can only be reached after a token.
    this.ruleFirst.set(rule, { tokens: new Set(), nullable: false });
    f = this.firstOfSequence(rule.definition);
    this.ruleFirst.set(rule, f);
    return f;
  }
}

/** The production of a given kind and occurrence index within a rule (not inside the rules it calls). */
function findProduction(rule: Rule, kind: ProductionClass, occurrence: number): IProduction {
  const search = (items: IProduction[]): IProduction | undefined => {
    for (const p of items) {
      if (p instanceof kind && (p as Option).idx === occurrence) return p;
      if (p instanceof NonTerminal || p instanceof Terminal) continue;
      const found = search((p as Option).definition);
      if (found) return found;
    }
    return undefined;
  };
  const found = search(rule.definition);
  if (!found) throw new Error(`no ${kind.name} ${occurrence} in rule ${rule.name}`);
  return found;
}
