// Compiles Python source that ships inside pygil's own modules (marked as
// such where it is defined) and runs it in a fresh namespace.
//
// Why Python at all: a builtin written in JS that calls back into Python
// (ops.call) starts a nested run of the VM on the host stack, so deep
// recursion through it overflows the JS stack long before the recursion
// limit, and while it runs the thread cannot give up the GIL. A small Python
// function instead is just another frame for the VM. Code objects are
// compiled once and shared; namespaces are per process.

import { parse } from '../../grammar/index.js';
import { compileModule } from '../compiler/compiler.js';
import type { CodeObject } from '../compiler/code.js';
import { PyDict } from '../runtime/dict.js';
import type { Process } from '../vm/process.js';

const compiled = new Map<string, CodeObject>();

function compileOnce(filename: string, source: string): CodeObject {
  let code = compiled.get(filename);
  if (code === undefined) {
    const r = parse(source, filename);
    if (!r.ok) throw new Error(`pygil: internal module source ${filename} does not parse: ${r.error.msg} (line ${r.error.lineno})`);
    code = compileModule(r.module, filename, source);
    compiled.set(filename, code);
  }
  return code;
}

/**
 * Runs `source` (named `filename` in tracebacks) as a module body in a new
 * namespace whose names are first set from `inject`; returns the namespace.
 */
export function runPythonSource(proc: Process, filename: string, source: string, inject: Record<string, unknown> = {}): PyDict {
  const code = compileOnce(filename, source);
  const ns = new PyDict();
  ns.set('__name__', filename);
  ns.set('__builtins__', proc.builtins);
  for (const [k, v] of Object.entries(inject)) ns.set(k, v);
  proc.interp.runModule(code, ns);
  return ns;
}
