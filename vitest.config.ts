// Vitest runs the TypeScript sources directly through esbuild, which cannot
// inline a const enum imported from another file. The VM's dispatch `switch`
// then compares against property loads instead of literals and runs several
// times slower than the tsc build. This plugin inlines `Op.NAME` from
// src/compiler/opcodes.ts so tests run the same fast code that users run.
import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';

function opcodeValues(): Map<string, number> {
  const src = readFileSync(new URL('./src/compiler/opcodes.ts', import.meta.url), 'utf8');
  const body = /export const enum Op \{([\s\S]*?)\}/.exec(src)![1];
  const m = new Map<string, number>();
  for (const [, name, value] of body.matchAll(/(\w+) = (\d+),/g)) m.set(name, Number(value));
  return m;
}

export default defineConfig({
  plugins: [
    {
      name: 'pygil-inline-opcodes',
      enforce: 'pre',
      transform(code, id) {
        if (!id.includes('/src/') || id.endsWith('opcodes.ts') || !/\bOp\.[A-Z]/.test(code)) return null;
        const ops = opcodeValues();
        return code.replace(/\bOp\.([A-Z_]+)\b/g, (whole, name: string) => (ops.has(name) ? String(ops.get(name)) : whole));
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
  },
});
