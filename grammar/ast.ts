// The abstract syntax tree that the parser builds and the compiler reads.
// Node kinds and field names mirror CPython's `ast` module (3.11), so that
// anyone who knows `ast.dump` can read them; every node carries its source
// span (1-based lines, 0-based columns in UTF-16 units, end exclusive).

export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------- expressions ----------
export type ExprContext = 'Load' | 'Store' | 'Del';

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | DictExpr | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom
  | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute
  | Subscript | Starred | Name | ListExpr | TupleExpr | Slice;

export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift'
  | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind =
  | 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface BoolOp extends Span { kind: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Span { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Span { kind: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Span { kind: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Span { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Span { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i] === null` means `**values[i]` unpacking. */
export interface DictExpr extends Span { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Span { kind: 'Set'; elts: Expr[] }
export interface Comprehension { target: Expr; iter: Expr; ifs: Expr[]; is_async: boolean }
export interface ListComp extends Span { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Span { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Span { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Span { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Span { kind: 'Await'; value: Expr }
export interface Yield extends Span { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Span { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Span { kind: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Keyword extends Span { arg: string | null; value: Expr }  // arg null: **value
export interface Call extends Span { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (as CPython). */
export interface FormattedValue extends Span {
  kind: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null;
}
export interface JoinedStr extends Span { kind: 'JoinedStr'; values: Expr[] }
/**
 * value kinds: null (None), boolean, bigint (every int literal), number
 * (float literal), string, Uint8Array (bytes), 'Ellipsis' sentinel object,
 * and {imag: number} for imaginary literals.
 */
export type ConstantValue = null | boolean | bigint | number | string | Uint8Array | { ellipsis: true } | { imag: number };
export interface Constant extends Span { kind: 'Constant'; value: ConstantValue }
export interface Attribute extends Span { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Span { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Span { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Span { kind: 'Name'; id: string; ctx: ExprContext }
export interface ListExpr extends Span { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface TupleExpr extends Span { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Span { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

// ---------- statements ----------
export interface Arg extends Span { arg: string; annotation: Expr | null }
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];  // one per kwonlyarg; null = required
  kwarg: Arg | null;
  defaults: Expr[];              // for the last len(defaults) of posonlyargs+args
}

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

export interface FunctionDef extends Span {
  kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; is_async: boolean;
}
export interface ClassDef extends Span {
  kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[];
  body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Span { kind: 'Return'; value: Expr | null }
export interface Delete extends Span { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Span { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Span { kind: 'AugAssign'; target: Name | Attribute | Subscript; op: OperatorKind; value: Expr }
export interface AnnAssign extends Span { kind: 'AnnAssign'; target: Name | Attribute | Subscript; annotation: Expr; value: Expr | null; simple: boolean }
export interface For extends Span { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; is_async: boolean }
export interface While extends Span { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Span { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface WithItem { context_expr: Expr; optional_vars: Expr | null }
export interface With extends Span { kind: 'With'; items: WithItem[]; body: Stmt[]; is_async: boolean }
export interface Raise extends Span { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
/** An `except` clause; `star` for `except*` (exception groups). */
export interface ExceptHandler extends Span { type: Expr | null; name: string | null; body: Stmt[]; star: boolean }
export interface Try extends Span { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Span { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Alias extends Span { name: string; asname: string | null }
export interface Import extends Span { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Span { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Span { kind: 'Global'; names: string[] }
export interface Nonlocal extends Span { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Span { kind: 'Expr'; value: Expr }
export interface Pass extends Span { kind: 'Pass' }
export interface Break extends Span { kind: 'Break' }
export interface Continue extends Span { kind: 'Continue' }

export interface Module { kind: 'Module'; body: Stmt[] }

/** What the parser returns instead of throwing: the first error wins. */
export interface SyntaxErrorInfo {
  /** RecursionError: an expression nested past the parser's stack (CPython's compiler limit). */
  type: 'SyntaxError' | 'IndentationError' | 'TabError' | 'RecursionError';
  msg: string;
  lineno: number;       // 1-based
  offset: number;       // 1-based column of the caret, as CPython's SyntaxError.offset
  end_offset?: number;  // 1-based, exclusive; caret run length = end_offset - offset
  /**
   * Placed at the end of the input (a DEDENT or ENDMARKER there). The
   * offset is where compile() puts it; CPython running a file or stdin
   * reports column 0 there instead, so no caret is shown.
   */
  atEof?: boolean;
}

export type ParseResult = { ok: true; module: Module } | { ok: false; error: SyntaxErrorInfo };
