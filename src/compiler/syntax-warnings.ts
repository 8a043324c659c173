// The SyntaxWarnings CPython's compiler gives for code that is legal but
// almost certainly a mistake: `x is 5` (identity with a literal), `assert
// (x, "msg")` (a tuple is always true), and a literal called or subscripted
// where a comma was probably forgotten (`[1, 2] [0]`, `(1, 2) (3, 4)`).
// Each check returns the warning's text, or null. They see the tree as
// CPython's AST optimizer leaves it: a tuple of constants and a negative
// number count as constants.

import type * as A from '../../grammar/ast.js';

/** The Python type name of what a literal expression makes (CPython's infer_type), or null when it is not a literal. */
function literalType(e: A.Expr): string | null {
  switch (e.kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return constantType(e.value);
    case 'UnaryOp': return e.op === 'USub' && e.operand.kind === 'Constant' ? constantType(e.operand.value) : null;
    default: return null;
  }
}

function constantType(v: A.ConstantValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
  }
  if (v instanceof Uint8Array) return 'bytes';
  return 'ellipsis' in v ? 'ellipsis' : 'complex';
}

/** Whether the optimizer would have made `e` a constant (a literal, a negative number, a tuple of those). */
function isConstant(e: A.Expr): boolean {
  if (e.kind === 'Constant') return true;
  if (e.kind === 'UnaryOp') return e.op === 'USub' && e.operand.kind === 'Constant';
  if (e.kind === 'Tuple') return e.elts.every(isConstant);
  return false;
}

/** Whether `e` may stand beside `is`: anything but a constant other than None, True, False and `...`. */
function fineWithIs(e: A.Expr): boolean {
  if (!isConstant(e)) return true;
  if (e.kind !== 'Constant') return false;
  const v = e.value;
  return v === null || typeof v === 'boolean' || (typeof v === 'object' && 'ellipsis' in v);
}

/** `a is 5`, `a is not ()`: CPython warns of the first such operator in a chain only. */
export function compareWarning(e: A.Compare): string | null {
  let left = fineWithIs(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const right = fineWithIs(e.comparators[i]);
    const op = e.ops[i];
    if ((op === 'Is' || op === 'IsNot') && !(left && right)) {
      return op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?';
    }
    left = right;
  }
  return null;
}

/** `assert (test, "message")`: a non-empty tuple is always true. */
export function assertWarning(s: A.Assert): string | null {
  const t = s.test;
  return t.kind === 'Tuple' && t.elts.length > 0 ? 'assertion is always true, perhaps remove parentheses?' : null;
}

/** `(1, 2) (3, 4)`: a literal called. */
export function callWarning(e: A.Call): string | null {
  const f = e.func;
  if (f.kind === 'Lambda') return null;
  const t = literalType(f);
  return t === null ? null : `'${t}' object is not callable; perhaps you missed a comma?`;
}

/** `{1, 2} [0]` or `[1, 2] ['a']`: a literal that cannot be subscripted, or not by that index. */
export function subscriptWarning(e: A.Subscript): string | null {
  const v = e.value;
  const t = literalType(v);
  if (t === null) return null;
  const unsubscriptable = v.kind === 'Constant'
    ? ['NoneType', 'ellipsis', 'int', 'float', 'complex', 'bool'].includes(t)
    : v.kind === 'Set' || v.kind === 'SetComp' || v.kind === 'GeneratorExp' || v.kind === 'Lambda' ||
      (v.kind === 'UnaryOp');
  if (unsubscriptable) return `'${t}' object is not subscriptable; perhaps you missed a comma?`;
  // Sequences: the index must be an int or a slice.
  const sequence = v.kind === 'Constant' ? ['str', 'bytes'].includes(t)
    : v.kind === 'Tuple' || v.kind === 'List' || v.kind === 'ListComp' || v.kind === 'JoinedStr' || v.kind === 'FormattedValue';
  if (!sequence) return null;
  const s = e.slice;
  if (s.kind === 'Slice') return null;
  const index = literalType(s);
  if (index === null || index === 'int' || index === 'bool') return null;
  return `${t} indices must be integers or slices, not ${index}; perhaps you missed a comma?`;
}
