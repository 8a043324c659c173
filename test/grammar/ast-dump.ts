// Renders a pygil AST exactly as CPython 3.11's ast.dump() renders the same
// tree, so tests can compare against strings produced by python3. Where
// pygil folds CPython's node kinds together (is_async flags), the dump splits
// them again (AsyncFunctionDef, AsyncFor, AsyncWith).

import type * as A from '../../grammar/ast.js';

type AnyNode = { [k: string]: unknown };

/** Field order of each CPython node class; '?' marks optional fields (omitted when None). */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment?'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
};

/** Nodes without a `kind`, recognised by their fields. */
function className(n: AnyNode): string {
  if (typeof n.kind === 'string') {
    if (n.is_async === true && (n.kind === 'FunctionDef' || n.kind === 'For' || n.kind === 'With')) {
      return `Async${n.kind}`;
    }
    return n.kind;
  }
  if ('posonlyargs' in n) return 'arguments';
  if ('context_expr' in n) return 'withitem';
  if ('is_async' in n && 'ifs' in n) return 'comprehension';
  if ('type' in n && 'body' in n) return 'ExceptHandler';
  if ('asname' in n) return 'alias';
  if ('arg' in n && 'value' in n) return 'keyword';
  if ('arg' in n && 'annotation' in n) return 'arg';
  throw new Error(`unknown node ${JSON.stringify(n)}`);
}

const WITH_POSITIONS = new Set(['ExceptHandler', 'arg', 'keyword', 'alias']);

export function dump(node: unknown, includeAttributes = false): string {
  return render(node, includeAttributes);
}

function render(v: unknown, attrs: boolean): string {
  if (v === null || v === undefined) return 'None';
  if (Array.isArray(v)) return `[${v.map((x) => render(x, attrs)).join(', ')}]`;
  if (typeof v === 'string') return pyRepr(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  const n = v as AnyNode;
  const cls = className(n);
  const base = cls.startsWith('Async') ? cls.slice(5) : cls;
  const fields = FIELDS[base];
  const parts: string[] = [];
  for (const f of fields) {
    const optional = f.endsWith('?');
    const name = optional ? f.slice(0, -1) : f;
    let value: unknown = n[name];
    if (name === 'type_ignores') value = [];
    if (base === 'Constant' && name === 'value') { parts.push(`value=${constantRepr(value as A.ConstantValue)}`); continue; }
    if ((name === 'op' || name === 'ctx') && typeof value === 'string') { parts.push(`${name}=${value}()`); continue; }
    if (name === 'ops') { parts.push(`ops=[${(value as string[]).map((o) => `${o}()`).join(', ')}]`); continue; }
    if ((name === 'simple' || name === 'is_async') && typeof value === 'boolean') { parts.push(`${name}=${value ? 1 : 0}`); continue; }
    if (optional && (value === null || value === undefined)) continue;
    parts.push(`${name}=${render(value, attrs)}`);
  }
  const positioned = typeof n.kind === 'string' ? cls !== 'Module' : WITH_POSITIONS.has(cls);
  if (attrs && positioned) {
    parts.push(`lineno=${n.lineno}`, `col_offset=${n.col_offset}`,
      `end_lineno=${n.end_lineno}`, `end_col_offset=${n.end_col_offset}`);
  }
  return `${cls}(${parts.join(', ')})`;
}

function constantRepr(v: A.ConstantValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return pyRepr(v);
  if (v instanceof Uint8Array) return bytesRepr(v);
  if ('ellipsis' in v) return 'Ellipsis';
  return `${floatRepr(v.imag).replace(/\.0$/, '')}j`;
}

/** Python's repr(float): shortest round-trip digits, exponent outside [1e-4, 1e16). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = Number(expStr);
  const digits = mant.replace('-', '').replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${intPart}.${frac || '0'}`;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr(str). */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f) out += ch;
    else if (NON_PRINTABLE.test(ch) && ch !== ' ') {
      out += cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0')
        : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0')
          : '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const hasDouble = b.includes(0x22);
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
