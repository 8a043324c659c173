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
import { dumpCode, loadCode } from '../compiler/marshal.js';
import { PyDict } from '../runtime/dict.js';
import type { Process } from '../vm/process.js';

const compiled = new Map<string, CodeObject>();

/**
 * Where the host keeps code compiled at build time (see scripts/bundle.js):
 * given a file name, the JSON data precompiledData() made, or null.
 */
let precompiledLoader: ((filename: string) => unknown) | null = null;

export function setPrecompiledLoader(loader: ((filename: string) => unknown) | null): void {
  precompiledLoader = loader;
}

/** A short fingerprint of a source text: precompiled code is used only for the very source it came from. */
function fingerprint(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return `${source.length}:${(h >>> 0).toString(16)}`;
}

/** The precompiled code object for this source, if the host has it. */
function loadPrecompiled(filename: string, source: string): CodeObject | undefined {
  if (precompiledLoader === null) return undefined;
  const data = precompiledLoader(filename) as { fingerprint: string; code: unknown } | null;
  if (data === null || data.fingerprint !== fingerprint(source)) return undefined;
  return loadCode(data.code as Parameters<typeof loadCode>[0], source);
}

/** Every internal source compiled so far, as JSON data for setPrecompiledLoader (used by the build). */
export function precompiledData(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [filename, code] of compiled) out.set(filename, { fingerprint: fingerprint(code.source), code: dumpCode(code) });
  return out;
}

function compileOnce(filename: string, source: string): CodeObject {
  let code = compiled.get(filename) ?? loadPrecompiled(filename, source);
  if (code !== undefined) compiled.set(filename, code);
  else {
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
