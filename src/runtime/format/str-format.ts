// str.format(*args, **kwargs), str.format_map(mapping), and the parser of
// their "{field!conv:spec}" markup.
//
// The parser is an iterator (like CPython's MarkupIterator), not a pass that
// builds a list first: CPython reports a malformed field only when it reaches
// it, after earlier fields have been looked up and formatted, and lookups can
// run user code (__getattr__, __getitem__, __format__) whose effects and
// errors would otherwise come in a different order. Nested fields in a spec
// ('{0:{1}}') are expanded by formatting the spec itself, two levels deep
// at most, sharing one automatic-numbering state.

import { FormatError } from './format-error.js';
import { formatStr } from './format-spec.js';
import { decimalValueAt } from './char-class.js';
import { strRepr } from './int-text.js';

export interface StrFormatHost {
  /** getattr(v, name); raises AttributeError itself. */
  getAttr(v: unknown, name: string): unknown;
  /** v[key]; raises itself (IndexError, KeyError, TypeError ...). */
  getItem(v: unknown, key: number | bigint | string): unknown;
  /** format(v, spec), i.e. type(v).__format__(v, spec). */
  formatValue(v: unknown, spec: string): string;
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
}

/** One step of the markup: literal text, then possibly a field. */
export interface MarkupChunk {
  literal: string;
  /** Absent when the chunk is only literal text. */
  field?: {
    name: string; // e.g. '0', 'a.b[1]', '' (automatic numbering)
    conversion: string; // '' or the character after '!'
    spec: string; // raw, may contain nested fields
    specHasFields: boolean;
  };
}

function valueError(message: string): FormatError {
  return new FormatError('ValueError', message);
}

/** Walks a format string chunk by chunk, raising on malformed markup as it reaches it. */
export class MarkupIterator {
  private pos = 0;

  constructor(private readonly s: string) {}

  /** The next chunk, or null at the end of the string. */
  next(): MarkupChunk | null {
    const s = this.s;
    const n = s.length;
    if (this.pos >= n) return null;
    const start = this.pos;
    let i = start;
    let brace = 0;
    while (i < n) {
      const c = s.charCodeAt(i++);
      if (c === 0x7b || c === 0x7d) {
        brace = c;
        break;
      }
    }
    if (brace === 0) {
      this.pos = n;
      return { literal: s.slice(start) };
    }
    const atEnd = i >= n;
    if (brace === 0x7d && (atEnd || s.charCodeAt(i) !== 0x7d)) {
      throw valueError("Single '}' encountered in format string");
    }
    if (atEnd && brace === 0x7b) throw valueError("Single '{' encountered in format string");
    if (s.charCodeAt(i) === brace) {
      // '{{' or '}}': the literal keeps one brace; no field follows.
      this.pos = i + 1;
      return { literal: s.slice(start, i) };
    }
    const literal = s.slice(start, i - 1);
    this.pos = i;
    return { literal, field: this.parseField() };
  }

  /** After a '{': name, then '!c' and/or ':spec', up to the matching '}'. */
  private parseField(): NonNullable<MarkupChunk['field']> {
    const s = this.s;
    const n = s.length;
    let i = this.pos;
    const nameStart = i;
    let c = 0;
    while (i < n) {
      c = s.charCodeAt(i++);
      if (c === 0x7b) throw valueError("unexpected '{' in field name");
      if (c === 0x5b) {
        // '[...]' may contain ':' '!' '}' freely.
        while (i < n && s.charCodeAt(i) !== 0x5d) i++;
        continue;
      }
      if (c === 0x7d || c === 0x3a || c === 0x21) break;
    }
    const name = s.slice(nameStart, i - 1);
    if (c === 0x7d) {
      this.pos = i;
      return { name, conversion: '', spec: '', specHasFields: false };
    }
    if (c !== 0x21 && c !== 0x3a) throw valueError("expected '}' before end of string");

    let conversion = '';
    if (c === 0x21) {
      if (i >= n) throw valueError('end of string while looking for conversion specifier');
      const cp = s.codePointAt(i)!;
      conversion = String.fromCodePoint(cp);
      i += conversion.length;
      if (i < n) {
        const d = s.charCodeAt(i++);
        if (d === 0x7d) {
          this.pos = i;
          return { name, conversion, spec: '', specHasFields: false };
        }
        if (d !== 0x3a) throw valueError("expected ':' after conversion specifier");
      }
    }
    // The spec runs to the '}' that balances the field's '{'.
    const specStart = i;
    let depth = 1;
    let specHasFields = false;
    while (i < n) {
      const d = s.charCodeAt(i++);
      if (d === 0x7b) {
        specHasFields = true;
        depth++;
      } else if (d === 0x7d && --depth === 0) {
        this.pos = i;
        return { name, conversion, spec: s.slice(specStart, i - 1), specHasFields };
      }
    }
    throw valueError("unmatched '{' in format spec");
  }
}

/** One step after the first name part: .attr or [key]. */
export type FieldAccessor = { attr: string } | { key: number | bigint | string };

const SSIZE_MAX = 9223372036854775807n;

/**
 * A name or index of only decimal digits (any Unicode decimal digits) as an
 * int, else -1. Beyond 15 digits the value is a bigint: no argument tuple is
 * that long, but the IndexError message must show it exactly.
 */
function fieldInteger(s: string): number | bigint {
  if (s.length === 0) return -1;
  let digits = '';
  for (let i = 0; i < s.length; i++) {
    const d = decimalValueAt(s, i);
    if (d < 0) return -1;
    if (s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) < 0xdc00) i++;
    digits += d;
  }
  if (digits.length <= 15) return Number(digits);
  const big = BigInt(digits);
  if (big > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
  return big;
}

/**
 * Reads a field name: first the head (an int index when it is all digits, ''
 * for automatic numbering, else a keyword), then, one at a time, the
 * accessors after it. One at a time because CPython applies each accessor
 * before parsing the next, so a lookup error can come before a syntax error.
 */
export class FieldNameIterator {
  readonly first: number | bigint | string;
  private pos: number;

  constructor(private readonly name: string) {
    let i = 0;
    while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
    const head = name.slice(0, i);
    const index = fieldInteger(head);
    this.first = index === -1 ? head : index;
    this.pos = i;
  }

  /** The next accessor, or null after the last. */
  next(): FieldAccessor | null {
    const name = this.name;
    let i = this.pos;
    if (i >= name.length) return null;
    const c = name[i++];
    let accessor: FieldAccessor;
    let part: string;
    if (c === '.') {
      const st = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(st, i);
      accessor = { attr: part };
    } else if (c === '[') {
      const st = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throw valueError("Missing ']' in format string");
      part = name.slice(st, i++);
      const k = fieldInteger(part);
      accessor = { key: k === -1 ? part : k };
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part === '') throw valueError('Empty attribute in format string');
    this.pos = i;
    return accessor;
  }
}

/** A field name split all at once (for callers that only inspect it). */
export function splitFieldName(name: string): {
  first: number | bigint | string;
  rest: FieldAccessor[];
} {
  const it = new FieldNameIterator(name);
  const rest: FieldAccessor[] = [];
  for (let a = it.next(); a !== null; a = it.next()) rest.push(a);
  return { first: it.first, rest };
}

/** Automatic ('{}') vs manual ('{0}') numbering, shared by nested specs. */
class Numbering {
  state: 'init' | 'auto' | 'manual' = 'init';
  next = 0;
}

/** Where named fields come from: format's kwargs, or format_map's mapping[key]. */
type Keywords = ReadonlyMap<string, unknown> | ((key: string) => unknown);

/** fmt.format(*args, **kwargs) */
export function strFormat(
  fmt: string,
  args: readonly unknown[],
  kwargs: ReadonlyMap<string, unknown>,
  host: StrFormatHost,
): string {
  return render(fmt, args, kwargs, host, new Numbering(), 2);
}

/**
 * fmt.format_map(mapping): lookup(key) is mapping[key] and raises KeyError
 * itself (so __missing__ works); positional fields are an error.
 */
export function strFormatMap(
  fmt: string,
  lookup: (key: string) => unknown,
  host: StrFormatHost,
): string {
  return render(fmt, null, lookup, host, new Numbering(), 2);
}

function render(
  fmt: string,
  args: readonly unknown[] | null,
  kwargs: Keywords,
  host: StrFormatHost,
  numbering: Numbering,
  depth: number,
): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  // Fast path: no markup at all.
  if (fmt.indexOf('{') < 0 && fmt.indexOf('}') < 0) return fmt;
  const it = new MarkupIterator(fmt);
  let out = '';
  for (let chunk = it.next(); chunk !== null; chunk = it.next()) {
    out += chunk.literal;
    const field = chunk.field;
    if (field === undefined) continue;
    let value = lookupField(field.name, args, kwargs, host, numbering);
    switch (field.conversion) {
      case '':
        break;
      case 'r':
        value = host.repr(value);
        break;
      case 's':
        value = host.str(value);
        break;
      case 'a':
        value = host.ascii(value);
        break;
      default: {
        const cp = field.conversion.codePointAt(0)!;
        throw valueError(
          cp > 32 && cp < 127
            ? `Unknown conversion specifier ${field.conversion}`
            : `Unknown conversion specifier \\x${cp.toString(16)}`,
        );
      }
    }
    const spec = field.specHasFields
      ? render(field.spec, args, kwargs, host, numbering, depth - 1)
      : field.spec;
    out += field.conversion !== '' ? formatStr(value as string, spec) : host.formatValue(value, spec);
  }
  return out;
}

function lookupField(
  name: string,
  args: readonly unknown[] | null,
  kwargs: Keywords,
  host: StrFormatHost,
  numbering: Numbering,
): unknown {
  const it = new FieldNameIterator(name);
  const first = it.first;
  let value: unknown;
  if (typeof first !== 'string' || first === '') {
    const auto = first === '';
    if (numbering.state === 'init') numbering.state = auto ? 'auto' : 'manual';
    else if (auto && numbering.state === 'manual') {
      throw valueError('cannot switch from manual field specification to automatic field numbering');
    } else if (!auto && numbering.state === 'auto') {
      throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
    const index = auto ? numbering.next++ : (first as number | bigint);
    if (args === null) throw valueError('Format string contains positional fields');
    if (index >= args.length) {
      throw new FormatError(
        'IndexError',
        `Replacement index ${index} out of range for positional args tuple`,
      );
    }
    value = args[Number(index)];
  } else if (typeof kwargs === 'function') {
    value = kwargs(first);
  } else {
    if (!kwargs.has(first)) throw new FormatError('KeyError', strRepr(first));
    value = kwargs.get(first);
  }
  for (let step = it.next(); step !== null; step = it.next()) {
    value = 'attr' in step ? host.getAttr(value, step.attr) : host.getItem(value, step.key);
  }
  return value;
}
