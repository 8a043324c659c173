// The string module: the character-class constants and capwords() here,
// Template and Formatter in Python (string-source.ts). capwords goes through
// str's own split/capitalize/join so that it agrees with them on every
// Unicode corner, as CPython's one-line Python version does.

import { registerModule } from './registry.js';
import { func } from '../runtime/define.js';
import * as ops from '../runtime/ops.js';
import { PyList, tuple } from '../runtime/tuple.js';
import { PyIter } from '../runtime/iter.js';
import { PyBuiltin } from '../runtime/function.js';
import { makeBuiltinType, strType } from '../runtime/object.js';
import { typeError } from '../runtime/exceptions.js';
import { strValue } from '../runtime/types/str-type.js';
import { defineIteratorMethods } from '../runtime/types/tuple-type.js';
import { MarkupIterator, FieldNameIterator } from '../runtime/format/str-format.js';
import { bindValues } from './args.js';
import { runPythonSource } from './py-source.js';
import { STRING_FILE, STRING_SOURCE } from './string-source.js';

const formatterIteratorType = makeBuiltinType('formatteriterator', null, 'other');
defineIteratorMethods(formatterIteratorType);
const fieldNameIteratorType = makeBuiltinType('fieldnameiterator', null, 'other');
defineIteratorMethods(fieldNameIteratorType);

/**
 * _string.formatter_parser: (literal, field name, spec, conversion) for each
 * chunk of a format string, None where a chunk has no field. Lazy, like
 * CPython's, so a malformed field raises only when the loop reaches it.
 */
class FormatterParser extends PyIter {
  private readonly chunks: MarkupIterator;
  constructor(text: string) {
    super(formatterIteratorType);
    this.chunks = new MarkupIterator(text);
  }
  next(): unknown {
    const c = this.chunks.next();
    if (c === null) return undefined;
    if (c.field === undefined) return tuple([c.literal, null, null, null]);
    const f = c.field;
    return tuple([c.literal, f.name, f.spec, f.conversion === '' ? null : f.conversion]);
  }
}

/** The accessors of _string.formatter_field_name_split: (is_attr, key) pairs. */
class FieldNameParts extends PyIter {
  constructor(private readonly parts: FieldNameIterator) {
    super(fieldNameIteratorType);
  }
  next(): unknown {
    const a = this.parts.next();
    if (a === null) return undefined;
    return 'attr' in a ? tuple([true, a.attr]) : tuple([false, a.key]);
  }
}

function textArg(v: unknown): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`expected str, got ${ops.typeName(v)}`);
  return s;
}

const lower = 'abcdefghijklmnopqrstuvwxyz';
const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const digits = '0123456789';
const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const whitespace = ' \t\n\r\x0b\x0c';

registerModule('string', (proc, ns) => {
  ns.set('ascii_lowercase', lower);
  ns.set('ascii_uppercase', upper);
  ns.set('ascii_letters', lower + upper);
  ns.set('digits', digits);
  ns.set('hexdigits', digits + 'abcdef' + 'ABCDEF');
  ns.set('octdigits', '01234567');
  ns.set('punctuation', punctuation);
  ns.set('whitespace', whitespace);
  ns.set('printable', digits + lower + upper + punctuation + whitespace);

  const sig = { name: 'capwords', params: ['s', 'sep'], required: 1 };
  func(ns, 'capwords', (args, kw) => {
    const [s, sep = null] = bindValues(sig, args, kw);
    // (sep or ' ').join(map(str.capitalize, s.split(sep))), in that order of evaluation.
    const join = ops.getAttr(sep !== null && ops.truthy(sep) ? sep : ' ', 'join');
    const words = ops.toArray(ops.call(ops.getAttr(s, 'split'), [sep]));
    const capitalize = ops.getAttr(strType, 'capitalize');
    return ops.call(join, [new PyList(words.map((w) => ops.call(capitalize, [w])))]);
  }, 'string');

  const internal = runPythonSource(proc, STRING_FILE, STRING_SOURCE, {
    __name__: 'string',
    _formatter_parser: new PyBuiltin('formatter_parser', (args) => new FormatterParser(textArg(args[0]))),
    _formatter_field_name_split: new PyBuiltin('formatter_field_name_split', (args) => {
      const parts = new FieldNameIterator(textArg(args[0]));
      return tuple([parts.first, new FieldNameParts(parts)]);
    }),
  });
  ns.set('Template', internal.get('Template'));
  ns.set('Formatter', internal.get('Formatter'));
});
