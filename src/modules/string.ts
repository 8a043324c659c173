// The string module: the character-class constants, capwords() and
// Template (in Python: string-template.ts).
// capwords goes through str's own split/capitalize/join so that it agrees with
// them on every Unicode corner, as CPython's one-line Python version does.

import { registerModule } from './registry.js';
import { func } from '../runtime/define.js';
import * as ops from '../runtime/ops.js';
import { PyList } from '../runtime/tuple.js';
import { strType } from '../runtime/object.js';
import { bindValues } from './args.js';
import { runPythonSource } from './py-source.js';
import { TEMPLATE_FILE, TEMPLATE_SOURCE } from './string-template.js';

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

  ns.set('Template', runPythonSource(proc, TEMPLATE_FILE, TEMPLATE_SOURCE).get('Template'));
});
