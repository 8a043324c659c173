// Numeric builtin functions: abs, round, divmod, pow, hex, oct, bin.
//
// Each handles the builtin number types directly and otherwise defers to
// the operand's special method (__abs__, __round__, __divmod__ ...), raising
// CPython's TypeError when there is none.

import type { PyDict } from '../runtime/dict.js';
import { func } from '../runtime/define.js';
import { PyFloat, PyType, typeOf } from '../runtime/object.js';
import { typeError, valueError } from '../runtime/exceptions.js';
import { callDescr, toIndex, typeName } from '../runtime/ops.js';
import { arith } from '../runtime/arith.js';
import * as I from '../runtime/int-math.js';
import { tuple } from '../runtime/tuple.js';
import { NotImplemented } from '../runtime/singletons.js';
import { intToString } from '../runtime/format/int-text.js';
import { intValue, roundInt, floatToInt } from '../runtime/types/int-type.js';
import { roundFloat, roundHalfEven, floatDivmodTuple } from '../runtime/types/float-type.js';
import { oneArg, posArgs, kwArgs } from '../runtime/types/native-args.js';
import { bytearrayType } from '../runtime/bytes.js';

export function numericBuiltins(b: PyDict): void {
  // bytearray is defined with bytes (runtime/types/bytes-type.ts); builtins.ts
  // lists the other types, so it is registered here until it joins that list.
  if (!b.has('bytearray')) b.set('bytearray', bytearrayType);

  // The argument helpers expect a receiver in args[0]; free functions have none.
  const withSelf = (args: unknown[]) => [null, ...args];

  func(b, 'abs', (args, kw) => {
    const x = args.length === 1 && kw === null ? args[0] : oneArg('abs', withSelf(args), kw);
    return absValue(x);
  }).fast1 = absValue;

  func(b, 'round', (args, kw) => {
    const [x, nd] = args.length === 1 && kw === null ? [args[0], undefined] : kwArgs('round', withSelf(args), kw, ['number', 'ndigits'], 1);
    return roundValue(x, nd);
  });

  func(b, 'divmod', (args, kw) => {
    posArgs('divmod', withSelf(args), kw, 2, 2);
    return divmodValue(args[0], args[1]);
  });

  func(b, 'pow', (args, kw) => {
    const [x, y, m] = args.length === 2 && kw === null ? [args[0], args[1], undefined] : kwArgs('pow', withSelf(args), kw, ['base', 'exp', 'mod'], 2);
    return powValue(x, y, m);
  });

  const radix: [string, 2 | 8 | 16][] = [['bin', 2], ['oct', 8], ['hex', 16]];
  for (const [name, base] of radix) {
    func(b, name, (args, kw) => {
      const x = args.length === 1 && kw === null ? args[0] : oneArg(name, withSelf(args), kw);
      return intToString(toIndex(x), base);
    });
  }
}

export function absValue(x: unknown): unknown {
  if (typeof x === 'number') return Math.abs(x);
  if (x instanceof PyFloat && x.cls.builtin) return new PyFloat(Math.abs(x.v));
  if (typeof x === 'bigint') return x < 0n ? I.norm(-x) : x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  const f = typeOf(x).lookup('__abs__');
  if (f === undefined || f === null) throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
  return callDescr(f, x, []);
}

export function roundValue(x: unknown, nd: unknown): unknown {
  const noDigits = nd === undefined || nd === null;
  if (x instanceof PyFloat && x.cls.builtin) {
    if (noDigits) return floatToInt(roundHalfEven(x.v));
    const n = toIndex(nd);
    return new PyFloat(roundFloat(x.v, typeof n === 'bigint' ? (n > 0n ? 1e9 : -1e9) : n));
  }
  const t = typeof x;
  if (t === 'number' || t === 'bigint' || t === 'boolean') {
    const v = intValue(x)!;
    return noDigits ? v : roundInt(v, toIndex(nd));
  }
  const f = typeOf(x).lookup('__round__');
  if (f === undefined || f === null) throw typeError(`type ${typeName(x)} doesn't define __round__ method`);
  return callDescr(f, x, noDigits ? [] : [nd]);
}

export function divmodValue(a: unknown, b: unknown): unknown {
  const x = intValue(a), y = intValue(b);
  if (x !== undefined && y !== undefined && typeof a !== 'object' && typeof b !== 'object') {
    return tuple([I.intFloorDiv(x, y), I.intMod(x, y)]);
  }
  if ((a instanceof PyFloat && a.cls.builtin) || (b instanceof PyFloat && b.cls.builtin)) {
    const fa = a instanceof PyFloat ? a.v : x, fb = b instanceof PyFloat ? b.v : y;
    if (fa !== undefined && fb !== undefined) return floatDivmodTuple(I.intToFloat(fa), I.intToFloat(fb));
  }
  return binaryDunder(a, b, '__divmod__', '__rdivmod__', 'divmod()');
}

/**
 * a.name(b), else b.rname(a), in Python's order (a subclass's reflected
 * method first); TypeError when both answer NotImplemented.
 */
function binaryDunder(a: unknown, b: unknown, name: string, rname: string, what: string): unknown {
  const ta = typeOf(a), tb = typeOf(b);
  const reflected = ta !== tb ? tb.lookup(rname) : undefined;
  let triedReflected = false;
  if (reflected !== undefined && reflected !== null && tb.isSubtypeOf(ta) && reflected !== ta.lookup(rname)) {
    triedReflected = true;
    const r = callDescr(reflected, b, [a]);
    if (r !== NotImplemented) return r;
  }
  const f = ta.lookup(name);
  if (f !== undefined && f !== null) {
    const r = callDescr(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (reflected !== undefined && reflected !== null && !triedReflected) {
    const r = callDescr(reflected, b, [a]);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`unsupported operand type(s) for ${what}: '${ta.tpName}' and '${tb.tpName}'`);
}

export function powValue(x: unknown, y: unknown, m: unknown): unknown {
  if (m === undefined || m === null) return arith(x, y, 8);
  const a = intValue(x), b = intValue(y), c = intValue(m);
  if (a !== undefined && b !== undefined && c !== undefined) {
    if (c == 0) throw valueError('pow() 3rd argument cannot be 0');
    return I.intPowMod(a, b, c);
  }
  // Three-argument pow never tries __rpow__; float's __pow__ refuses a modulus.
  const f = typeOf(x).lookup('__pow__');
  if (f !== undefined && f !== null && !(typeOf(x) as PyType).builtin) {
    const r = callDescr(f, x, [y, m]);
    if (r !== NotImplemented) return r;
  }
  if (x instanceof PyFloat || y instanceof PyFloat || m instanceof PyFloat) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(x)}', '${typeName(y)}', '${typeName(m)}'`);
}
