// Bundles the compiled CLI and its dependencies into one CommonJS file,
// dist/pygil.cjs, and records a V8 code cache for it (dist/pygil.cache).
//
// Start-up is most of a short program's run time: loading one minified
// script instead of hundreds of modules (chevrotain and lodash-es alone are
// several hundred) and reusing V8's compiled code instead of parsing 600 KB
// of JavaScript again is what keeps pygil's start-up close to Node's own.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import path from 'node:path';

const out = 'dist/pygil.cjs';
await build({
  entryPoints: ['dist/src/cli/main.js'],
  outfile: out,
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});

// Compile the bundle as bin/pygil.js will, run a small program so that the
// functions it needs are compiled too, then save V8's code cache.
rmSync('dist/pygil.cache', { force: true });
const source = readFileSync(out, 'utf8');
const filename = path.resolve(out);
const script = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename });
const mod = { exports: {} };
script.runInThisContext()(createRequire(filename), mod, mod.exports);
const sample = 'def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nprint(f(10), [x * 2 for x in range(3)], {"a": 1}, "%d" % 5)\n';
mod.exports.runSource(sample, '<cache>', { stdout() {}, stderr() {}, readLine: () => '' });
writeFileSync('dist/pygil.cache', script.createCachedData());
