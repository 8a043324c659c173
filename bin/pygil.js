#!/usr/bin/env node
// The `pygil` command. Runs the single-file bundle dist/pygil.cjs through
// V8 with the code cache recorded at build time (dist/pygil.cache), so
// start-up skips parsing and compiling the interpreter's JavaScript again,
// and hands it the code objects of its modules' Python source, compiled at
// build time too (dist/pycode/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const filename = fileURLToPath(new URL('../dist/pygil.cjs', import.meta.url));
const source = readFileSync(filename, 'utf8');
let cachedData;
try {
  cachedData = readFileSync(new URL('../dist/pygil.cache', import.meta.url));
} catch {
  cachedData = undefined; // no cache: V8 compiles from source
}
const script = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename, cachedData });
const mod = { exports: {} };
script.runInThisContext()(createRequire(filename), mod, mod.exports);
// The Python source inside pygil's modules, compiled at build time (scripts/bundle.js).
mod.exports.setPrecompiledLoader((name) => {
  try {
    return JSON.parse(readFileSync(new URL(`../dist/pycode/${name.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`, import.meta.url), 'utf8'));
  } catch {
    return null; // not built: compile it from source
  }
});
const code = mod.exports.main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
