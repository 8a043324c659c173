// String checks logging's Python source leaves to JS: whether a format
// string has fields in its style (CPython checks with regular expressions,
// and pygil has no `re`), and a record's filename and module cut from its
// pathname as os.path.basename and splitext would (pygil has no os.path).
// They run for every Formatter and every record, so they are JS for speed
// too: a Python scanner costs hundreds of instructions at `import logging`.

import { PyBuiltin } from '../runtime/function.js';
import { PyList, tuple } from '../runtime/tuple.js';
import { typeError, valueError } from '../runtime/exceptions.js';
import { strValue } from '../runtime/types/str-type.js';
import { typeName } from '../runtime/ops.js';

/**
 * A pattern with Python's \w and \d, which in a str pattern are Unicode:
 * letters, digits and '_'; decimal digits. V8 takes most of a millisecond
 * to compile Unicode property classes, so ASCII text (nearly every format)
 * is matched by an ASCII build, and the Unicode build is made on first need.
 */
class WordPattern {
  private readonly ascii: RegExp;
  private unicode: RegExp | null = null;
  constructor(private readonly build: (w: string, d: string) => string, private readonly flags: string) {
    this.ascii = new RegExp(build('[A-Za-z0-9_]', '[0-9]'), flags);
  }
  test(s: string): boolean {
    if (/^[\x00-\x7f]*$/.test(s)) return this.ascii.test(s);
    this.unicode ??= new RegExp(this.build('[\\p{L}\\p{N}_]', '\\p{Nd}'), `${this.flags}u`);
    return this.unicode.test(s);
  }
}

/** A %-style field such as %(name)-8s or %(msecs)03d, anywhere in the format. */
const percentField = new WordPattern((w, d) => `%\\(${w}+\\)[#0+ -]*(?:\\*|${d}+)?(?:\\.(?:\\*|${d}+))?[diouxefgcrsa%]`, 'i');

/** A str.format field name: a word, then .attribute and [key] parts. */
const fieldName = new WordPattern((w) => `^${w}+(?:\\.${w}+|\\[[^\\]]+\\])*$`, '');

/** A format spec, whose width and precision may be nested {fields}. */
const formatSpec = new WordPattern((w, d) => {
  const number = `(?:${d}+|\\{${w}+\\})`;
  return `^(?:[^\\n]?[<>=^])?[+ -]?#?0?${number}?[,_]?(?:\\.${number})?[bcdefgnosx%]?$`;
}, 'i');

/**
 * string.Template's placeholders: $$, $name, ${name} (ASCII names, any
 * case), and a lone '$' that starts none of them.
 */
const placeholder = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\}|())/gi;

/** The text of a str argument, or re's TypeError. */
function text(v: unknown): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
  return s;
}

/** The text a pattern ending in `$` must match: Python's `$` also matches before a final newline. */
const chomped = (v: unknown): string => {
  const s = text(v);
  return s.endsWith('\n') ? s.slice(0, -1) : s;
};

export const loggingChecks: Record<string, PyBuiltin> = {
  _has_percent_field: new PyBuiltin('_has_percent_field', (args) => percentField.test(text(args[0]))),
  _valid_field_name: new PyBuiltin('_valid_field_name', (args) => fieldName.test(chomped(args[0]))),
  _valid_spec: new PyBuiltin('_valid_spec', (args) => formatSpec.test(chomped(args[0]))),
  /** The names a $-style format uses; ValueError for a bare '$'. */
  _template_fields: new PyBuiltin('_template_fields', (args) => {
    const names: string[] = [];
    for (const m of text(args[0]).matchAll(placeholder)) {
      if (m[4] !== undefined) throw valueError("invalid format: bare '$' not allowed");
      const name = m[2] ?? m[3];
      if (name !== undefined) names.push(name);
    }
    return new PyList(names);
  }),
  /** (filename, module) of a pathname; a pathname that is not a str stays, with 'Unknown module'. */
  _file_and_module: new PyBuiltin('_file_and_module', (args) => {
    const path = args[0];
    if (typeof path !== 'string') return tuple([path, 'Unknown module']);
    const filename = path.slice(path.lastIndexOf('/') + 1);
    const dot = filename.lastIndexOf('.');
    // Leading dots do not start an extension ('.bashrc', '..x').
    const hasExt = dot > 0 && /[^.]/.test(filename.slice(0, dot));
    return tuple([filename, hasExt ? filename.slice(0, dot) : filename]);
  }),
};
