#!/usr/bin/env -S NODE_EXTRA_CA_CERTS= node
// The `pygil` command. Runs the single-file bundle dist/pygil.cjs through
// V8 with the code cache recorded at build time (dist/pygil.cache), so
// start-up skips parsing and compiling the interpreter's JavaScript again,
// and hands it the code objects of its modules' Python source, compiled at
// build time too (dist/pycode/). CommonJS, not an ES module: Node starts a
// CommonJS entry point 5 ms sooner.
//
// The #! line empties NODE_EXTRA_CA_CERTS: Node 20 parses the certificates
// it names at every start (29 ms on the development machine), and pygil
// opens no TLS connections. An empty value is what Node treats as unset.
// (`env -S` splits the line into words; GNU coreutils 8.30+ and BSD env.)
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
