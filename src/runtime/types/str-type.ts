// str: the constructor, the special methods and every common method.
//
// The text algorithms are the pure functions of format/str-methods.ts; this
// file does what they leave to the caller: check and convert the arguments,
// with CPython's messages, and wrap results as Python values.
//
// A str is a JS string. An instance of a Python subclass of str is a
// PyStrObject holding the string in `v`; every method reads `self` through
// selfStr(), so `class Name(str)` inherits all of them, and accepts
// subclass instances wherever a str argument is expected.

import { strType, PyObject, PyType, typeOf } from '../object.js';
import { method, constructor, staticMethod } from '../define.js';
import { typeError, valueError, indexError, overflowError, keyError, excMatches, LookupError, PyBaseException } from '../exceptions.js';
import { str as pyStr, hashString, typeName, toIndex, getIter, iterNext, getItem, allocInstance } from '../ops.js';
import { strRepr } from '../format/int-text.js';
import * as M from '../format/str-methods.js';
import { ssizeValue } from '../int-math.js';
import { strFormat } from '../format/str-format.js';
import { FormatError } from '../format/format-error.js';
import { formatStr } from '../format/format-spec.js';
import { percentFormat } from '../format/percent.js';
import { percentHost, strFormatHost } from '../format-hosts.js';
import { PySlice, sliceIndices } from '../slice.js';
import { PyTuple, PyList, tuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { StrIter } from '../iter.js';
import { NotImplemented } from '../singletons.js';
import { arith } from '../arith.js';
import { PyBytes, lookupCodec, encodeString, decodeBytes, unknownEncoding } from '../bytes.js';
import type { Kwargs } from '../function.js';
import { noArgs, oneArg, posArgs, posArgsOld, kwArgs, wrapperArgs, badSelf, clinicTypeName } from './native-args.js';

/** An instance of a Python subclass of str. */
export class PyStrObject extends PyObject {
  v = '';
}
strType.alloc = (cls) => new PyStrObject(cls);

/** The JS string of a str or str-subclass value; undefined for anything else. */
export function strValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrObject) return v.v;
  return undefined;
}

function selfStr(args: unknown[], name: string): string {
  const s = args[0];
  if (typeof s === 'string') return s;
  if (s instanceof PyStrObject) return s.v;
  throw badSelf('str', name, s);
}

// ---------------------------------------------------------------- argument conversion

/** A start/end argument of find() and friends. */
function sliceArg(v: unknown): M.SliceIndex {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeOf(v).lookup('__index__') !== undefined) return toIndex(v);
  throw typeError('slice indices must be integers or None or have an __index__ method');
}

/** An int argument that must fit a C Py_ssize_t (widths, counts). */
export function ssizeArg(v: unknown): number {
  if (typeof v === 'number') return v;
  const i = ssizeValue(toIndex(v));
  if (i === undefined) throw overflowError('Python int too large to convert to C ssize_t');
  return i;
}

/** An int argument that must fit a C int. */
export function cIntArg(v: unknown): number {
  const i = typeof v === 'number' ? v : toIndex(v);
  if (i > 2147483647 || i < -2147483648) throw overflowError('Python int too large to convert to C int');
  return Number(i);
}

/** `sub` of find(), count(), partition(): "must be str, not int". */
function subArg(v: unknown): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`must be str, not ${typeName(v)}`);
  return s;
}

/** An Argument Clinic str parameter: "replace() argument 1 must be str, not int". */
function clinicStr(v: unknown, fname: string, pos: number | string): string {
  const s = strValue(v);
  if (s === undefined) {
    const which = typeof pos === 'number' ? `argument ${pos}` : `argument '${pos}'`;
    throw typeError(`${fname}() ${which} must be str, not ${clinicTypeName(v)}`);
  }
  return s;
}

function fillArg(v: unknown): string {
  if (v === undefined) return ' ';
  const s = strValue(v);
  if (s === undefined) throw typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  return s;
}

/**
 * startswith/endswith with a str or a tuple of strs. A tuple's items are
 * checked one at a time, as CPython does: a match stops the scan before a
 * later non-str item could raise.
 */
function affixMatch(
  s: string, v: unknown, name: string, fn: typeof M.startswith, start: M.SliceIndex, end: M.SliceIndex,
): boolean {
  const one = strValue(v);
  if (one !== undefined) return fn(s, one, start, end);
  if (!(v instanceof PyTuple)) {
    throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(v)}`);
  }
  for (const x of v.items) {
    const xs = strValue(x);
    if (xs === undefined) throw typeError(`tuple for ${name} must only contain str, not ${typeName(x)}`);
    if (fn(s, xs, start, end)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- constructor

constructor(strType, (args, kw) => {
  const t = args[0] as PyType;
  if (t === strType && args.length === 2 && kw === null) return pyStr(args[1]); // str(x), the common case
  const [obj, encoding, errors] = kwArgs('str', args, kw, ['object', 'encoding', 'errors']);
  let s: string;
  if (encoding === undefined && errors === undefined) s = obj === undefined ? '' : pyStr(obj);
  else s = decodeToStr(obj === undefined ? new PyBytes(new Uint8Array(0)) : obj, encoding, errors);
  if (t === strType) return s;
  const o = allocInstance(t) as PyStrObject;
  o.v = s;
  return o;
});

function decodeToStr(obj: unknown, encoding: unknown, errors: unknown): string {
  const enc = encoding === undefined ? 'utf-8' : clinicStr(encoding, 'str', 'encoding');
  const err = errors === undefined ? 'strict' : clinicStr(errors, 'str', 'errors');
  if (!(obj instanceof PyBytes)) {
    if (strValue(obj) !== undefined) throw typeError('decoding str is not supported');
    throw typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  }
  const codec = lookupCodec(enc);
  if (codec === null) throw unknownEncoding(enc);
  return decodeBytes(obj.b, codec, err);
}

// ---------------------------------------------------------------- special methods

method(strType, '__repr__', (args, kw) => {
  wrapperArgs('__repr__', args, kw, 0);
  return strRepr(selfStr(args, '__repr__'));
});
method(strType, '__str__', (args, kw) => {
  wrapperArgs('__str__', args, kw, 0);
  return selfStr(args, '__str__');
});
method(strType, '__hash__', (args, kw) => {
  wrapperArgs('__hash__', args, kw, 0);
  return hashString(selfStr(args, '__hash__'));
});
method(strType, '__len__', (args, kw) => {
  wrapperArgs('__len__', args, kw, 0);
  return selfStr(args, '__len__').length;
});
method(strType, '__iter__', (args, kw) => {
  wrapperArgs('__iter__', args, kw, 0);
  return new StrIter(selfStr(args, '__iter__'));
});
method(strType, '__format__', (args, kw) => {
  const s = selfStr(args, '__format__');
  const spec = oneArg('str.__format__', args, kw);
  const sp = strValue(spec);
  if (sp === undefined) throw typeError(`__format__() argument must be str, not ${clinicTypeName(spec)}`);
  return formatStr(s, sp);
});

// s[i] and s[a:b:c]: ops.getItem reaches strings only through here.
method(strType, '__getitem__', (args, kw) => {
  if (args.length !== 2 || kw !== null) wrapperArgs('__getitem__', args, kw, 1);
  const s = selfStr(args, '__getitem__');
  const k = args[1];
  if (typeof k === 'number') {
    const i = k < 0 ? k + s.length : k;
    if (i >= 0 && i < s.length) return s[i];
    throw indexError('string index out of range');
  }
  if (k instanceof PySlice) return sliceStr(s, k);
  if (typeof k === 'boolean' || typeof k === 'bigint' || (k instanceof PyObject && k.cls.lookup('__index__') !== undefined)) {
    const v = ssizeValue(toIndex(k));
    if (v === undefined) throw indexError("cannot fit 'int' into an index-sized integer");
    const i = v < 0 ? v + s.length : v;
    if (i >= 0 && i < s.length) return s[i];
    throw indexError('string index out of range');
  }
  throw typeError(`string indices must be integers, not '${typeName(k)}'`);
});

export function sliceStr(s: string, k: PySlice): string {
  const [start, , step, count] = sliceIndices(k, s.length);
  if (step === 1) return s.slice(start, start + count);
  let out = '';
  for (let i = 0, j = start; i < count; i++, j += step) out += s[j];
  return out;
}

method(strType, '__contains__', (args, kw) => {
  wrapperArgs('__contains__', args, kw, 1);
  const s = selfStr(args, '__contains__');
  const sub = strValue(args[1]);
  if (sub === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeName(args[1])}`);
  return s.includes(sub);
});

// The operators return NotImplemented for foreign operands, so that the
// other operand's reflected method gets its turn (ops.binaryOp words the
// final TypeError as CPython does).
method(strType, '__add__', (args, kw) => {
  wrapperArgs('__add__', args, kw, 1);
  const s = selfStr(args, '__add__');
  const o = strValue(args[1]);
  return o === undefined ? NotImplemented : s + o;
});

function repeat(args: unknown[], kw: Kwargs, name: string): unknown {
  // CPython's sequence-repeat wrapper words its arity error with a stray leading space.
  if (args.length !== 2 && (kw === null || kw.size === 0)) throw typeError(` expected 1 argument, got ${args.length - 1}`);
  wrapperArgs(name, args, kw, 1);
  const s = selfStr(args, name);
  const n = args[1];
  const t = typeof n;
  if (t !== 'number' && t !== 'bigint' && t !== 'boolean' && !(n instanceof PyObject && n.cls.lookup('__index__') !== undefined)) {
    return NotImplemented;
  }
  return arith(s, toIndex(n), 5);
}
method(strType, '__mul__', (args, kw) => repeat(args, kw, '__mul__'));
method(strType, '__rmul__', (args, kw) => repeat(args, kw, '__rmul__'));

method(strType, '__mod__', (args, kw) => {
  wrapperArgs('__mod__', args, kw, 1);
  return percentFormat(selfStr(args, '__mod__'), args[1], percentHost);
});
method(strType, '__rmod__', (args, kw) => {
  wrapperArgs('__rmod__', args, kw, 1);
  const s = selfStr(args, '__rmod__');
  const fmt = strValue(args[1]);
  return fmt === undefined ? NotImplemented : percentFormat(fmt, s, percentHost);
});

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
CMP_NAMES.forEach((name, op) => {
  method(strType, name, (args, kw) => {
    wrapperArgs(name, args, kw, 1);
    const a = selfStr(args, name);
    const b = strValue(args[1]);
    if (b === undefined) return NotImplemented;
    switch (op) {
      case 0: return a < b;
      case 1: return a <= b;
      case 2: return a === b;
      case 3: return a !== b;
      case 4: return a > b;
      default: return a >= b;
    }
  });
});

method(strType, '__getnewargs__', (args, kw) => {
  noArgs('str.__getnewargs__', args, kw);
  return tuple([selfStr(args, '__getnewargs__')]);
});

// ---------------------------------------------------------------- searching

type Finder = (s: string, sub: string, start?: M.SliceIndex, end?: M.SliceIndex) => number;
function defFind(name: string, fn: Finder): void {
  method(strType, name, (args, kw) => {
    const s = selfStr(args, name);
    posArgsOld(`str.${name}`, args, kw, 1, 3);
    const start = sliceArg(args[2]), end = sliceArg(args[3]);
    return fn(s, subArg(args[1]), start, end);
  });
}
defFind('find', M.find);
defFind('rfind', M.rfind);
defFind('index', M.index);
defFind('rindex', M.rindex);
defFind('count', M.count);

function defAffix(name: 'startswith' | 'endswith', fn: typeof M.startswith): void {
  method(strType, name, (args, kw) => {
    const s = selfStr(args, name);
    posArgsOld(`str.${name}`, args, kw, 1, 3);
    const start = sliceArg(args[2]), end = sliceArg(args[3]);
    return affixMatch(s, args[1], name, fn, start, end);
  });
}
defAffix('startswith', M.startswith);
defAffix('endswith', M.endswith);

// ---------------------------------------------------------------- splitting and joining

const SPLIT_PARAMS = ['sep', 'maxsplit'];
function defSplit(name: string, fn: typeof M.split): void {
  method(strType, name, (args, kw) => {
    const s = selfStr(args, name);
    let sep: string | null = null;
    let maxsplit = -1;
    if (args.length > 1 || kw !== null) {
      const [a, b] = kwArgs(name, args, kw, SPLIT_PARAMS);
      if (b !== undefined) maxsplit = ssizeArg(b);
      if (a !== undefined && a !== null) {
        const v = strValue(a);
        if (v === undefined) throw typeError(`must be str or None, not ${typeName(a)}`);
        sep = v;
      }
    }
    return new PyList(fn(s, sep, maxsplit));
  });
}
defSplit('split', M.split);
defSplit('rsplit', M.rsplit);

method(strType, 'splitlines', (args, kw) => {
  const s = selfStr(args, 'splitlines');
  const [keep] = kwArgs('splitlines', args, kw, ['keepends']);
  return new PyList(M.splitlines(s, keep === undefined ? false : toIndex(keep) != 0));
});

method(strType, 'join', (args, kw) => {
  const sep = selfStr(args, 'join');
  const iterable = oneArg('str.join', args, kw);
  let parts: unknown[];
  if ((iterable instanceof PyList || iterable instanceof PyTuple) && iterable.cls.builtin) parts = iterable.items;
  else {
    let it: unknown;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.name === 'TypeError') throw typeError('can only join an iterable');
      throw e;
    }
    parts = [];
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) parts.push(x);
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const ps = typeof p === 'string' ? p : strValue(p);
    if (ps === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeName(p)} found`);
    out = i === 0 ? ps : out + sep + ps;
  }
  return out;
});

function defPartition(name: string, fn: typeof M.partition): void {
  method(strType, name, (args, kw) => {
    const s = selfStr(args, name);
    const sep = subArg(oneArg(`str.${name}`, args, kw));
    const parts: unknown[] = [...fn(s, sep)];
    // Without the separator CPython hands back self itself, a subclass instance included.
    if (parts[1] === '') parts[name === 'partition' ? 0 : 2] = args[0];
    return tuple(parts);
  });
}
defPartition('partition', M.partition);
defPartition('rpartition', M.rpartition);

// ---------------------------------------------------------------- stripping and replacing

function defStrip(name: string, fn: typeof M.strip): void {
  method(strType, name, (args, kw) => {
    const s = selfStr(args, name);
    if (args.length === 1 && kw === null) return fn(s, null);
    posArgs(`str.${name}`, args, kw, 0, 1);
    const c = args[1];
    if (c === undefined || c === null) return fn(s, null);
    const chars = strValue(c);
    if (chars === undefined) throw typeError(`${name} arg must be None or str`);
    return fn(s, chars);
  });
}
defStrip('strip', M.strip);
defStrip('lstrip', M.lstrip);
defStrip('rstrip', M.rstrip);

method(strType, 'replace', (args, kw) => {
  const s = selfStr(args, 'replace');
  posArgs('str.replace', args, kw, 2, 3);
  const old = clinicStr(args[1], 'replace', 1);
  const repl = clinicStr(args[2], 'replace', 2);
  const count = args.length > 3 ? ssizeArg(args[3]) : -1;
  return M.replace(s, old, repl, count);
});

function defAffixRemove(name: string, fn: typeof M.removeprefix): void {
  method(strType, name, (args, kw) => {
    const s = selfStr(args, name);
    const a = oneArg(`str.${name}`, args, kw);
    const v = strValue(a);
    if (v === undefined) throw typeError(`${name}() argument must be str, not ${clinicTypeName(a)}`);
    return fn(s, v);
  });
}
defAffixRemove('removeprefix', M.removeprefix);
defAffixRemove('removesuffix', M.removesuffix);

method(strType, 'expandtabs', (args, kw) => {
  const s = selfStr(args, 'expandtabs');
  const [size] = kwArgs('expandtabs', args, kw, ['tabsize']);
  return M.expandtabs(s, size === undefined ? 8 : cIntArg(size));
});

// ---------------------------------------------------------------- padding

function defPad(name: string, fn: typeof M.ljust): void {
  method(strType, name, (args, kw) => {
    const s = selfStr(args, name);
    posArgs(`str.${name}`, args, kw, 1, 2);
    const width = ssizeArg(args[1]);
    return fn(s, width, fillArg(args[2]));
  });
}
defPad('ljust', M.ljust);
defPad('rjust', M.rjust);
defPad('center', M.center);

method(strType, 'zfill', (args, kw) => {
  const s = selfStr(args, 'zfill');
  return M.zfill(s, ssizeArg(oneArg('str.zfill', args, kw)));
});

// ---------------------------------------------------------------- case and predicates

const NO_ARG_METHODS: [string, (s: string) => unknown][] = [
  ['upper', M.upper], ['lower', M.lower], ['casefold', M.casefold], ['swapcase', M.swapcase],
  ['title', M.title], ['capitalize', M.capitalize],
  ['isdigit', M.isdigit], ['isdecimal', M.isdecimal], ['isnumeric', M.isnumeric], ['isalpha', M.isalpha],
  ['isalnum', M.isalnum], ['isspace', M.isspace], ['isupper', M.isupper], ['islower', M.islower],
  ['istitle', M.istitle], ['isidentifier', M.isidentifier], ['isprintable', M.isprintable], ['isascii', M.isascii],
];
for (const [name, fn] of NO_ARG_METHODS) {
  const qual = `str.${name}`;
  method(strType, name, (args, kw) => {
    const s = selfStr(args, name);
    if (args.length !== 1 || kw !== null) noArgs(qual, args, kw);
    return fn(s);
  });
}

// ---------------------------------------------------------------- formatting

/**
 * The keyword source of str.format / format_map as the formatter wants it.
 * A missing name raises KeyError with the name itself (the formatter's own
 * KeyError carries the repr), and format_map goes through __getitem__ so
 * that dict subclasses' __missing__ works.
 */
function kwSource(get: (k: string) => unknown): ReadonlyMap<string, unknown> {
  return { has: () => true, get } as unknown as ReadonlyMap<string, unknown>;
}

method(strType, 'format', (args, kw) => {
  const s = selfStr(args, 'format');
  const kws = kwSource((k) => {
    if (kw === null || !kw.has(k)) throw keyError(k);
    return kw.get(k);
  });
  return sameIfLiteral(args[0], s, strFormat(s, args.slice(1), kws, strFormatHost));
});

/**
 * A non-empty format string without braces formats to self itself (CPython's
 * writer keeps the one string it was given), a str subclass instance included.
 */
function sameIfLiteral(self: unknown, s: string, result: string): unknown {
  return s.length > 0 && s === result && !s.includes('{') && !s.includes('}') ? self : result;
}

method(strType, 'format_map', (args, kw) => {
  const s = selfStr(args, 'format_map');
  const mapping = oneArg('str.format_map', args, kw);
  try {
    return sameIfLiteral(args[0], s, strFormat(s, [], kwSource((k) => getItem(mapping, k)), strFormatHost));
  } catch (e) {
    // With no positional arguments, the formatter's "Replacement index" IndexError means a '{}' or '{0}' field.
    if (e instanceof FormatError && e.pyType === 'IndexError') throw valueError('Format string contains positional fields');
    throw e;
  }
});

// ---------------------------------------------------------------- encoding and translation

method(strType, 'encode', (args, kw) => {
  const s = selfStr(args, 'encode');
  const [e, r] = kwArgs('encode', args, kw, ['encoding', 'errors']);
  const enc = e === undefined ? 'utf-8' : clinicStr(e, 'encode', 'encoding');
  const errors = r === undefined ? 'strict' : clinicStr(r, 'encode', 'errors');
  const codec = lookupCodec(enc);
  if (codec === null) throw unknownEncoding(enc);
  return new PyBytes(encodeString(s, codec, errors));
});

staticMethod(strType, 'maketrans', (args, kw) => {
  posArgs('str.maketrans', [null, ...args], kw, 1, 3);
  const out = new PyDict();
  if (args.length === 1) {
    const d = args[0];
    if (!(d instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of d.entries()) {
      const ks = strValue(k);
      if (ks !== undefined) {
        if (ks.length !== 1) throw valueError('string keys in translate table must be of length 1');
        out.set(ks.charCodeAt(0), v);
      } else if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean') {
        out.set(k, v);
      } else throw typeError('keys in translate table must be strings or integers');
    }
    return out;
  }
  const x = strValue(args[0]);
  if (x === undefined) throw typeError('first maketrans argument must be a string if there is a second argument');
  const y = clinicStr(args[1], 'maketrans', 2);
  const z = args.length > 2 ? clinicStr(args[2], 'maketrans', 3) : undefined;
  for (const [k, v] of M.maketrans(x, y, z)) out.set(k, v);
  return out;
});

method(strType, 'translate', (args, kw) => {
  const s = selfStr(args, 'translate');
  const table = oneArg('str.translate', args, kw);
  // A missing entry (LookupError) keeps the character.
  const lookup = (cp: number): number | bigint | string | null | undefined => {
    let r: unknown;
    if (table instanceof PyDict && table.cls.builtin) {
      r = table.get(cp);
      if (r === undefined) return undefined;
    } else {
      try {
        r = getItem(table, cp);
      } catch (e) {
        if (e instanceof PyBaseException && excMatches(e, LookupError)) return undefined;
        throw e;
      }
    }
    if (r === null || typeof r === 'number' || typeof r === 'bigint') return r;
    if (typeof r === 'boolean') return r ? 1 : 0;
    const rs = strValue(r);
    if (rs !== undefined) return rs;
    throw typeError('character mapping must return integer, None or str');
  };
  return M.translate(s, lookup);
});
