// The dis module: dis.dis(x) prints the bytecode pygil runs for a function,
// method, class, code object, generator or source string, laid out as
// CPython 3.11's dis.dis lays out its own (src/compiler/dis.ts formats both
// this and `pygil dis`). So a lesson can show, inside the program, why
// `MONEY += n` is three steps a thread switch can fall between.
//
// The instructions are pygil's: close to CPython 3.11's, without its RESUME,
// CACHE entries and specialised forms.

import { registerModule } from './registry.js';
import { func } from '../runtime/define.js';
import { bindValues, type Signature } from './args.js';
import { PyFunction, PyBoundMethod, PyStaticMethod, PyClassMethod } from '../runtime/function.js';
import { PyType } from '../runtime/object.js';
import { typeError, pyErr, exceptionTypes } from '../runtime/exceptions.js';
import { CodeObject } from '../compiler/code.js';
import { compileModule } from '../compiler/compiler.js';
import { formatDis } from '../compiler/dis.js';
import { parse } from '../../grammar/index.js';
import { PyGenerator } from '../vm/generator.js';
import { current } from '../vm/process.js';
import * as ops from '../runtime/ops.js';

const disSig: Signature = { name: 'dis', params: ['x'], required: 0, kwonly: ['file', 'depth', 'show_caches', 'adaptive'] };

/** The code object behind `x`, or null when it has none. */
function codeOf(x: unknown): CodeObject | null {
  if (x instanceof PyBoundMethod) x = x.func;
  if (x instanceof PyStaticMethod || x instanceof PyClassMethod) x = x.func;
  if (x instanceof PyFunction) return x.code;
  if (x instanceof PyGenerator) return x.frame.code;
  if (x instanceof CodeObject) return x;
  return null;
}

/** A source string compiled as `python -m dis` would (its SyntaxError raised). */
function compileText(source: string): CodeObject {
  const r = parse(source, '<dis>');
  if (!r.ok) throw pyErr(exceptionTypes.get(r.error.type) ?? exceptionTypes.get('SyntaxError')!, r.error.msg);
  return compileModule(r.module, '<dis>', source);
}

/** What dis.dis(x) prints. */
function listing(x: unknown): string {
  if (typeof x === 'string') return formatDis(compileText(x));
  const code = codeOf(x);
  if (code !== null) return formatDis(code);
  if (x instanceof PyType) {
    // A class: each of its functions, by name, as CPython's dis does.
    const parts: string[] = [];
    const names = [...x.ns.keys()].filter((k): k is string => typeof k === 'string').sort();
    for (const name of names) {
      const c = codeOf(x.ns.get(name));
      if (c !== null) parts.push(`Disassembly of ${name}:\n${formatDis(c)}\n`);
    }
    return parts.join('');
  }
  throw typeError(`don't know how to disassemble ${ops.typeName(x)} objects`);
}

registerModule('dis', (_proc, ns) => {
  func(ns, 'dis', (args, kw) => {
    const [x, file] = bindValues(disSig, args, kw);
    if (x === undefined || x === null) throw pyErr(exceptionTypes.get('RuntimeError')!, 'no last traceback to disassemble');
    const text = listing(x);
    if (file === undefined || file === null) current.writeStdout(text);
    else ops.callMethod(file, 'write', [text]);
    return null;
  }, 'dis');
});
