#!/usr/bin/env node
// The `pygil` command. Runs the single-file bundle dist/pygil.cjs through
// V8 with the code cache recorded at build time (dist/pygil.cache), so
// start-up skips parsing and compiling the interpreter's JavaScript again,
// and hands it the code objects of its modules' Python source, compiled at
// build time too (dist/pycode/). CommonJS, not an ES module: Node starts a
// CommonJS entry point 5 ms sooner.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const dist = path.join(__dirname, '..', 'dist');
const filename = path.join(dist, 'pygil.cjs');
// latin1: the bundle is ASCII (scripts/bundle.js checks), which reads
// faster than utf8, whose decoder validates every byte.
const source = readFileSync(filename, 'latin1');
let cachedData;
try {
  cachedData = readFileSync(path.join(dist, 'pygil.cache'));
} catch {
  cachedData = undefined; // no cache: V8 compiles from source
}
const script = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename, cachedData });
const mod = { exports: {} };
script.runInThisContext()(createRequire(filename), mod, mod.exports);
// The Python source inside pygil's modules, compiled at build time (scripts/bundle.js).
mod.exports.setPrecompiledLoader((name) => {
  try {
    return JSON.parse(readFileSync(path.join(dist, 'pycode', `${name.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`), 'utf8'));
  } catch {
    return null; // not built: compile it from source
  }
});
const code = mod.exports.main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
