// Bundles the compiled CLI and its dependencies into one file, dist/pygil.mjs.
// Loading one minified module instead of hundreds of small ones (chevrotain
// and lodash-es alone are several hundred) is what keeps start-up near Node's.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/src/cli/main.js'],
  outfile: 'dist/pygil.mjs',
  bundle: true,
  minify: true,
  keepNames: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // commander is CommonJS and calls require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __pygilRequire } from 'node:module'; const require = __pygilRequire(import.meta.url);" },
  logLevel: 'warning',
});
