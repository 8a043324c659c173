// Bundles the compiled CLI and its dependencies into one CommonJS file,
// dist/pygil.cjs, and records a V8 code cache for it (dist/pygil.cache).
//
// Start-up is most of a short program's run time: loading one minified
// script instead of hundreds of modules (chevrotain and lodash-es alone are
// several hundred) and reusing V8's compiled code instead of parsing 600 KB
// of JavaScript again is what keeps pygil's start-up close to Node's own.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import path from 'node:path';

// Chevrotain learns the grammar by running each rule in a recording mode;
// record it once here and compile the result into the bundle, so a run
// rebuilds the parser's grammar from data instead (grammar/gast-snapshot.ts).
const { PythonParser } = await import('../dist/grammar/parser.js');
const { saveGrammar } = await import('../dist/grammar/gast-snapshot.js');
const recordedGrammar = saveGrammar(Object.values(new PythonParser().getGAstProductions()));

// commander loads node:child_process (1.7 ms of start-up) for executable
// subcommands, which pygil does not have: the bundle loads it on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === 'lazy' ? { path: 'node:child_process', external: true } : { path: 'child_process', namespace: 'lazy' });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });\n",
      loader: 'js',
    }));
  },
};

const out = 'dist/pygil.cjs';
await build({
  plugins: [lazyChildProcess],
  entryPoints: ['dist/src/cli/main.js'],
  define: { __PYGIL_GAST__: JSON.stringify(recordedGrammar) },
  outfile: out,
  bundle: true,
  // PYGIL_BUNDLE_READABLE=1 keeps names, for profiling start-up.
  minify: !process.env.PYGIL_BUNDLE_READABLE,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});

// bin/pygil.cjs reads the bundle as latin1 (faster than utf8): esbuild
// escapes everything beyond ASCII (its default charset), and this checks it.
// The readable bundle keeps doc comments, whose non-ASCII is harmless there.
if (!process.env.PYGIL_BUNDLE_READABLE && /[^\x00-\x7f]/.test(readFileSync(out, 'latin1'))) throw new Error(`bundle: ${out} is not ASCII`);

// Compile the bundle as bin/pygil.cjs will, run a small program so that the
// functions it needs are compiled too, then save V8's code cache.
rmSync('dist/pygil.cache', { force: true });
const source = readFileSync(out, 'latin1');
const filename = path.resolve(out);
const script = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename });
const mod = { exports: {} };
script.runInThisContext()(createRequire(filename), mod, mod.exports);
const sample = 'def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nprint(f(10), [x * 2 for x in range(3)], {"a": 1}, "%d" % 5)\n';
mod.exports.runSource(sample, '<cache>', { stdout() {}, stderr() {}, readLine: () => '' });
writeFileSync('dist/pygil.cache', script.createCachedData());

// Compile the Python source inside pygil's own modules (threading, queue,
// asyncio, multiprocessing …) once, here, and save the code objects as JSON
// in dist/pycode/: a run loads them instead of parsing that source again,
// which would cost tens of milliseconds per module (src/compiler/marshal.ts).
// The program below makes every such module compile its source.
const everyModule = `
import threading, queue, asyncio, multiprocessing, multiprocessing.pool, multiprocessing.managers, functools, string, dataclasses, typing, contextlib, abc, collections.abc, copy, enum, heapq, bisect, statistics, io, json, concurrent.futures, datetime, atexit, logging
@functools.wraps(print)
def wrapper(*a):
    pass
def gen():
    yield 1
g = gen()
next(g)
g.close()
`;
const errors = [];
const code = mod.exports.runSource(everyModule, '<pycode>', { stdout() {}, stderr(s) { errors.push(s); }, readLine: () => '' });
if (code !== 0) throw new Error(`bundle: the precompile program failed:\n${errors.join('')}`);
rmSync('dist/pycode', { recursive: true, force: true });
mkdirSync('dist/pycode');
for (const [name, data] of mod.exports.precompiledData()) {
  writeFileSync(path.join('dist/pycode', pycodeFileName(name)), JSON.stringify(data));
}

/** The file in dist/pycode/ for an internal source named `name` (bin/pygil.cjs spells it the same way). */
function pycodeFileName(name) {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_') + '.json';
}
