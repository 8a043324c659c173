// Fuzz test for pygil's promise that a JavaScript exception never reaches the
// user: whatever the input, runSource returns a normal exit code (never 70,
// "pygil: internal error") and never throws.
//
// Inputs are deterministic (a seeded PRNG per input, so adding a program or a
// mutation does not reshuffle the others):
//   (a) every golden program under programs/, mutated several ways (line and
//       token deletions, duplications, swaps, random characters, truncation,
//       indentation changes, operator and literal swaps);
//   (b) random programs from a small grammar: expressions over mixed-type
//       literals, builtin calls with random arguments, methods, nested defs,
//       loops, classes and try blocks, plus snippets aimed at protocols
//       (user dunders returning junk), recursion through builtins, closures,
//       unpacking and random format specs.
// Each runs with maxSteps 20000, so runaway loops end with exit code 124,
// and twice: as usual, and with every function compiled from its first call.
//
// The runs happen in a worker thread (pygil's sources bundled once with
// esbuild, a devDependency) so that a run which never ends
// (a step limit that does not stop it, a builtin grinding on a huge number)
// is cut off (after 1.5 s, then 10 s on a retry) and reported instead of
// hanging the test suite: synchronous code cannot be interrupted in-process.
//
// Known crashes live in test/fuzz-known-crashes.txt (`ID  reason`); they are
// skipped, anything new fails the test, and a listed input that no longer
// crashes fails it too, so the list only shrinks.
//
// Environment knobs for investigating (the defaults are what CI runs):
//   FUZZ_MINIMIZE=1   print a delta-debugged minimal input per distinct crash
//                     (grouped by error message): what a bug report needs
//   FUZZ_ONLY=ID      run (and print) only the input with that id
//                     (add FUZZ_DRY=1 to print it without running it)
//   FUZZ_VERBOSE=1    list the 40 slowest inputs
//   FUZZ_STATS=1      count outcomes (input kind, exit code, exception type)
//   FUZZ_DUMP=DIR     also write every input to DIR (e.g. to run them with python3)
//   FUZZ_MUTATIONS=N, FUZZ_GENERATED=N   change the input counts

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KNOWN_FILE = path.join(ROOT, 'test', 'fuzz-known-crashes.txt');
const MAX_STEPS = 20000;
const MUTATIONS_PER_PROGRAM = Number(process.env.FUZZ_MUTATIONS ?? 12);
const GENERATED_PROGRAMS = Number(process.env.FUZZ_GENERATED ?? 1000);
/** Normal endings: success, an exception, usage, a deadlock (EXIT_DEADLOCK), --max-steps. */
const ALLOWED_CODES = new Set([0, 1, 2, 3, 124]);
const EXIT_INTERNAL = 70;
/** A run taking longer than this despite maxSteps is reported as a hang. */
const RUN_TIMEOUT_MS = Number(process.env.FUZZ_TIMEOUT_MS ?? 1500);
const RETRY_TIMEOUT_MS = 10_000;

// ------------------------------------------------------------ PRNG

/** mulberry32: small, fast, and good enough to pick mutations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit seed from a string (FNV-1a). */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

class Rand {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ------------------------------------------------------------ running

interface Verdict {
  ok: boolean;
  code: number | 'threw' | 'hang' | 'died';
  detail: string;
  /** The last line of stderr (for FUZZ_STATS). */
  last?: string;
}

interface RawResult {
  code?: number;
  stderr?: string;
  threw?: string;
}

const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
const { runSource, BufferHost } = await import(workerData.bundle);
parentPort.on('message', (m) => {
  try {
    // Interpreted as usual, then compiled from every function's first call
    // (jitAfter 1), so that the compiled code meets the mutated programs too.
    let host, code;
    for (const jitAfter of [20, 1]) {
      host = new BufferHost('');
      code = runSource(m.source, 'fuzz.py', host, { maxSteps: m.maxSteps, jitAfter });
      if (code === 70) break;
    }
    parentPort.postMessage({ code, stderr: host.stderrText.slice(0, 4000) });
  } catch (e) {
    parentPort.postMessage({ threw: String(e && e.stack ? e.stack : e).slice(0, 4000) });
  }
});
parentPort.postMessage({ ready: true });
`;

/** One worker running inputs one at a time; replaced when a run hangs or the worker dies. */
class Runner {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  constructor(private dir: string, private bundle: string) {}

  private start(): Promise<void> {
    const file = path.join(this.dir, 'worker.mjs');
    if (!existsSync(file)) writeFileSync(file, WORKER_SOURCE);
    const w = new Worker(pathToFileURL(file), {
      workerData: { bundle: pathToFileURL(this.bundle).href },
      resourceLimits: { maxOldGenerationSizeMb: 768 },
    });
    this.worker = w;
    return new Promise((resolve, reject) => {
      w.once('message', () => resolve());
      w.once('error', reject);
    });
  }

  async run(source: string, timeoutMs: number): Promise<RawResult | 'hang' | { died: string }> {
    if (this.worker === null) this.ready = this.start();
    await this.ready;
    const w = this.worker!;
    return new Promise((resolve) => {
      const done = (r: RawResult | 'hang' | { died: string }): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (r === 'hang' || 'died' in r) {
          this.worker = null;
          void w.terminate();
        }
        resolve(r);
      };
      const onMessage = (m: RawResult): void => done(m);
      const onError = (e: Error): void => done({ died: `${e.name}: ${e.message}` });
      const onExit = (code: number): void => done({ died: `worker exited with ${code}` });
      const timer = setTimeout(() => done('hang'), timeoutMs);
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage({ source, maxSteps: MAX_STEPS });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

let runner: Runner;
let tmpDir: string;

async function check(source: string): Promise<Verdict> {
  let r = await runner.run(source, RUN_TIMEOUT_MS);
  // A loaded machine can stall a short run: only a second, longer miss is a hang.
  if (r === 'hang') r = await runner.run(source, RETRY_TIMEOUT_MS);
  if (r === 'hang') return { ok: false, code: 'hang', detail: `no result within ${RETRY_TIMEOUT_MS} ms despite maxSteps ${MAX_STEPS}` };
  if ('died' in r) return { ok: false, code: 'died', detail: `the run killed its worker: ${r.died}` };
  if (r.threw !== undefined) return { ok: false, code: 'threw', detail: `runSource threw ${r.threw.split('\n')[0]}` };
  const code = r.code!;
  const err = r.stderr ?? '';
  if (code === EXIT_INTERNAL || err.includes('internal error')) {
    const line = err.split('\n').find((l) => l.includes('internal error')) ?? err.slice(0, 200);
    return { ok: false, code, detail: line };
  }
  // sys.exit(n)/exit(n) may legitimately end with any code the program chose.
  if (!ALLOWED_CODES.has(code) && !/exit/.test(source)) return { ok: false, code, detail: `unexpected exit code ${code}: ${err.slice(0, 200)}` };
  return { ok: true, code, detail: '', last: err.trim().split('\n').pop() };
}

// ------------------------------------------------------------ mutations

const TOKEN_RE = /[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d*)?(?:e[+-]?\d+)?|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\*\*=?|\/\/=?|[-+*/%&|^<>=!]=|<<|>>|->|[()[\]{}:,.;@=+\-*/%<>&|^~]/g;
const ALPHABET = ['(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '+', '-', '*', '/', '%', '<', '>', '!', '"', "'", '#', '\\', '\n', ' ', '    ', '\t', 'x', 'if ', 'else', 'def ', 'lambda', 'not ', 'in ', 'yield ', 'return ', 'await ', '0', '1', '9', 'e', 'j', '_', '@', '*', '**', 'f"{', '}', 'None', 'b"', 'r"', '\\N{', '\u00e9', '\u{1F600}', '\x00', '\r'];
const OPERATORS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '==', '!=', '<', '<=', '>', '>=', ' in ', ' not in ', ' is ', ' is not ', ' and ', ' or ', '@'];
const LITERALS = ['0', '1', '-1', '2**64', '10**20', '0.0', '-0.0', '1e308', '1.5', '"abc"', '""', "'x'", 'b"ab"', 'None', 'True', 'False', '[]', '[1, 2]', '()', '(1,)', '{}', '{1: 2}', '{1, 2}', 'range(3)', '...', 'float("nan")', 'float("inf")'];

type Mutation = (src: string, r: Rand) => string;

function tokens(src: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of src.matchAll(TOKEN_RE)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

const lineMutations: Record<string, (lines: string[], r: Rand) => void> = {
  deleteLine: (ls, r) => void ls.splice(r.int(ls.length), 1),
  duplicateLine: (ls, r) => {
    const i = r.int(ls.length);
    ls.splice(i, 0, ls[i]);
  },
  swapLines: (ls, r) => {
    const i = r.int(ls.length);
    const j = r.int(ls.length);
    [ls[i], ls[j]] = [ls[j], ls[i]];
  },
  reindent: (ls, r) => {
    const i = r.int(ls.length);
    const body = ls[i].replace(/^[ \t]*/, '');
    const indent = ls[i].length - body.length;
    const choice = r.int(4);
    const n = choice === 0 ? Math.max(0, indent - 4) : choice === 1 ? indent + 4 : choice === 2 ? indent + r.range(1, 3) : 0;
    ls[i] = (r.chance(0.15) ? '\t' : ' '.repeat(n)) + body;
  },
};

const mutations: Record<string, Mutation> = {
  ...Object.fromEntries(Object.entries(lineMutations).map(([k, f]) => [k, (src: string, r: Rand) => {
    const ls = src.split('\n');
    f(ls, r);
    return ls.join('\n');
  }])),
  deleteTokens: (src, r) => {
    const ts = tokens(src);
    if (ts.length === 0) return src;
    const i = r.int(ts.length);
    const j = Math.min(ts.length - 1, i + r.int(3));
    return src.slice(0, ts[i].start) + src.slice(ts[j].end);
  },
  insertChars: (src, r) => {
    const at = r.int(src.length + 1);
    let ins = '';
    for (let k = r.range(1, 4); k > 0; k--) ins += r.pick(ALPHABET);
    return src.slice(0, at) + ins + src.slice(at);
  },
  truncate: (src, r) => src.slice(0, r.int(src.length + 1)),
  swapToken: (src, r) => {
    const ts = tokens(src);
    if (ts.length < 2) return src;
    const a = r.pick(ts);
    const b = r.pick(ts);
    return src.slice(0, a.start) + src.slice(b.start, b.end) + src.slice(a.end);
  },
  swapOperator: (src, r) => {
    const ops = [...src.matchAll(/ (?:[-+*/%&|^<>]|\/\/|\*\*|==|!=|<=|>=|and|or|in|is) /g)];
    if (ops.length === 0) return src;
    const m = r.pick(ops);
    return src.slice(0, m.index!) + ' ' + r.pick(OPERATORS).trim() + ' ' + src.slice(m.index! + m[0].length);
  },
  swapLiteral: (src, r) => {
    const lits = [...src.matchAll(/\b\d+(?:\.\d+)?\b|'[^'\n]*'|"[^"\n]*"|\bNone\b|\bTrue\b|\bFalse\b/g)];
    if (lits.length === 0) return src;
    const m = r.pick(lits);
    return src.slice(0, m.index!) + r.pick(LITERALS) + src.slice(m.index! + m[0].length);
  },
};
const MUTATION_NAMES = Object.keys(mutations);

function mutate(src: string, seed: number): string {
  const r = new Rand(prng(seed));
  let out = src;
  for (let k = r.chance(0.3) ? 2 : 1; k > 0; k--) out = mutations[r.pick(MUTATION_NAMES)](out, r);
  return out;
}

// ------------------------------------------------------------ generator

const BUILTINS = ['len', 'abs', 'min', 'max', 'sum', 'sorted', 'reversed', 'enumerate', 'zip', 'map', 'filter', 'int', 'float',
  'str', 'repr', 'bool', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'chr', 'ord', 'hex', 'oct', 'bin', 'round',
  'divmod', 'pow', 'isinstance', 'hash', 'iter', 'next', 'any', 'all', 'format', 'getattr', 'hasattr', 'type', 'callable',
  'print', 'ascii', 'slice', 'object', 'super', 'vars', 'dir', 'id', 'issubclass', 'setattr', 'delattr', 'input', 'complex', 'bytes'];
const METHODS = ['append', 'pop', 'split', 'join', 'get', 'keys', 'items', 'values', 'format', 'upper', 'strip', 'replace',
  'find', 'index', 'count', 'insert', 'remove', 'sort', 'reverse', 'copy', 'update', 'setdefault', 'add', 'discard',
  'startswith', 'endswith', 'zfill', 'center', 'ljust', 'partition', 'encode', 'decode', 'extend', 'clear', '__len__',
  '__add__', '__eq__', '__hash__', '__repr__', 'bit_length', 'is_integer', 'as_integer_ratio', 'conjugate', 'real', 'fromkeys'];
const EXCEPTIONS = ['Exception', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'ZeroDivisionError', 'AttributeError',
  'NameError', 'RuntimeError', 'StopIteration', 'OverflowError', 'ArithmeticError', 'LookupError', 'RecursionError', 'BaseException'];
const BINOPS = ['+', '-', '*', '/', '//', '%', '<<', '>>', '&', '|', '^', '==', '!=', '<', '<=', '>', '>=', 'in', 'not in', 'is', 'is not', 'and', 'or', '@'];
const DUNDERS = ['__eq__', '__lt__', '__hash__', '__len__', '__iter__', '__next__', '__repr__', '__str__', '__bool__',
  '__getitem__', '__contains__', '__index__', '__int__', '__float__', '__add__', '__radd__', '__call__', '__enter__',
  '__exit__', '__getattr__', '__setattr__', '__format__', '__neg__', '__del__', '__iadd__', '__setitem__', '__delitem__'];
const PROTOCOL_USES = ['hash(k)', 'len(k)', 'list(k)', 'repr(k)', 'str(k)', 'bool(k)', 'k[1]', '1 in k', 'k == k', 'k < K(2)',
  'sorted([k, K(2)])', 'k + 1', '1 + k', 'k()', '[0, 1, 2][k]', 'int(k)', 'float(k)', 'format(k, "x")', 'f"{k}"', '-k',
  '{k: 1}', 'set([k, k])', 'k.missing', 'max(k, K())', 'dict.fromkeys([k])', 'k', 'range(k)', 'hex(k)', 'next(k)',
  'iter(k)', 'enumerate(k)', 'zip(k, k)', '"abc"[k]', 'k.v', 'str(k) * 2', 'bool(k) and k', 'divmod(k, 2)', 'round(k)'];
const RECURSIONS: string[][] = [
  ['def rec(n):', '    return rec(n + 1)', 'rec(0)'],
  ['def rk(x):', '    return sorted([1, 2], key=rk)', 'rk(0)'],
  ['class R:', '    def __repr__(self):', '        return repr(self)', 'print(R())'],
  ['class H:', '    def __hash__(self):', '        return hash(self)', 'print({H()})'],
  ['def mm(x):', '    return list(map(mm, [x]))', 'mm(1)'],
  ['class E:', '    def __eq__(self, o):', '        return self == o', 'print(E() == E())'],
  ['class G:', '    def __getattr__(self, n):', '        return self.missing', 'print(G().x)'],
  ['l = []', 'l.append(l)', 'print(l, str(l), repr([l, {1: l}]))'],
  ['d = {}', 'd[1] = d', 'print(d, d == d)'],
  ['def gr():', '    yield from gr()', 'print(list(gr()))'],
  ['class I:', '    def __iter__(self):', '        return iter(list(self))', 'print(list(I()))'],
  ['def fz(n):', '    return f"{fz(n)}"', 'fz(1)'],
];
const FORMAT_SPECS = ['', ':5', ':<6', ':^7', ':>4', ':05d', ':.3f', ':x', ':,', ':e', ':%', ':+', ':b', ':s', ':r', '!r', '!s', '!a', ':=^10', ':.2', ':#x', ':10.4g'];

class Gen {
  vars = ['a', 'b', 'c'];
  funcs: string[] = [];
  depth = 0;
  constructor(readonly r: Rand) {}

  literal(): string {
    const r = this.r;
    switch (r.int(12)) {
      case 0: return String(r.range(-5, 30));
      case 1: return r.pick(['2**64', '-2**63', '10**20', '(1 << 70)', '0x7fffffff', '-0']);
      case 2: return r.pick(['0.0', '-0.0', '1.5', '1e308', '1e-320', '3.14159', 'float("nan")', 'float("inf")', '2.5e10']);
      case 3: return r.pick(['"abc"', '""', "'x y'", '"héllo"', '"a,b,,c"', '"{}"', '"%s"', '"\\n"', '"123"', '" 4 "', '"\\u00e9"']);
      case 4: return r.pick(['None', 'True', 'False', '...']);
      case 5: return `[${this.list(3)}]`;
      case 6: {
        const items = this.list(3);
        return items === '' ? '()' : `(${items}${r.chance(0.5) ? ',' : ''})`;
      }
      case 7: return `{${this.dictItems()}}`;
      case 8: return `{${this.list(3) || '1'}}`;
      case 9: return r.pick(['b"ab"', "b''", 'bytes(3)', 'bytearray(2)', 'range(5)', 'range(-2, 10, 3)']);
      default: return String(r.range(0, 9));
    }
  }

  list(max: number): string {
    const n = this.r.int(max + 1);
    const xs: string[] = [];
    for (let i = 0; i < n; i++) xs.push(this.expr());
    return xs.join(', ');
  }

  dictItems(): string {
    const n = this.r.int(3);
    const xs: string[] = [];
    for (let i = 0; i < n; i++) xs.push(`${this.atom()}: ${this.expr()}`);
    return xs.join(', ');
  }

  atom(): string {
    const r = this.r;
    if (r.chance(0.4) && this.vars.length > 0) return r.pick(this.vars);
    return this.literal();
  }

  expr(): string {
    const r = this.r;
    if (this.depth > 3) return this.atom();
    this.depth++;
    try {
      switch (r.int(14)) {
        case 0: case 1: return `(${this.expr()} ${r.pick(BINOPS)} ${this.expr()})`;
        case 2: return `(${this.expr()} ** ${r.range(-2, 9)})`;
        case 3: return `(${r.pick(['-', '+', '~', 'not '])}${this.atom()})`;
        case 4: return `${r.pick(BUILTINS)}(${this.args()})`;
        case 5: return `(${this.atom()}).${r.pick(METHODS)}(${this.args()})`;
        case 6: return `(${this.atom()})[${this.subscript()}]`;
        case 7: return `(${this.expr()} if ${this.expr()} else ${this.expr()})`;
        // 3.11 f-string expressions may not reuse the quote or hold a backslash.
        case 8: return `f"{${r.pick([...this.vars, '1.5', '-7', '10**20', 'None', "'x'"])}${r.pick(FORMAT_SPECS)}}"`;
        case 9: return `(${r.pick(['"%s"', '"%d"', '"%5.2f"', '"%r %s"', '"%x"', '"%(k)s"', '"%c"'])} % ${this.atom()})`;
        case 10: return `[${this.expr()} for ${r.pick(['i', 'j'])} in ${this.atom()}${r.chance(0.3) ? ` if ${this.expr()}` : ''}]`;
        case 11: return `(lambda ${r.pick(['', 'x', 'x, y=1', '*a'])}: ${this.expr()})(${this.args()})`;
        case 12: return this.funcs.length > 0 ? `${r.pick(this.funcs)}(${this.args()})` : this.atom();
        default: return this.atom();
      }
    } finally {
      this.depth--;
    }
  }

  subscript(): string {
    const r = this.r;
    if (r.chance(0.5)) return this.atom();
    const part = (): string => (r.chance(0.3) ? '' : String(r.range(-4, 6)));
    return `${part()}:${part()}${r.chance(0.3) ? ':' + r.pick(['-1', '2', '0', '']) : ''}`;
  }

  args(): string {
    const parts: string[] = [];
    for (let n = this.r.int(4); n > 0; n--) parts.push(this.expr());
    if (this.r.chance(0.05)) parts.push(`*${this.atom()}`);
    if (this.r.chance(0.15)) parts.push(`${this.r.pick(['key', 'reverse', 'sep', 'end', 'default', 'x', 'start', 'base'])}=${this.expr()}`);
    if (this.r.chance(0.05)) parts.push(`**${this.atom()}`);
    return parts.join(', ');
  }

  block(indent: string, n: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(...this.stmt(indent));
    return out.length > 0 ? out : [indent + 'pass'];
  }

  stmt(indent: string): string[] {
    const r = this.r;
    const inner = indent + '    ';
    const nested = indent.length < 12;
    switch (r.int(nested ? 16 : 5)) {
      case 13: case 14: case 15: return this.template(indent).map((l) => indent + l);
      case 0: case 1: {
        const v = r.pick(['a', 'b', 'c', 'd', 'e']);
        if (!this.vars.includes(v)) this.vars.push(v);
        return [`${indent}${v} ${r.pick(['=', '=', '+=', '*=', '-=', '//=', '|='])} ${this.expr()}`];
      }
      case 2: case 3: return [`${indent}print(${this.args()})`];
      case 4: return [`${indent}${this.expr()}`];
      case 5: return [`${indent}if ${this.expr()}:`, ...this.block(inner, 2), `${indent}else:`, ...this.block(inner, 1)];
      case 6: return [`${indent}for ${r.pick(['i', 'a', 'k'])} in ${this.expr()}:`, ...this.block(inner, 2)];
      case 7: return [`${indent}while ${this.expr()}:`, ...this.block(inner, 2), `${inner}break`];
      case 8: {
        const name = `f${this.funcs.length}`;
        const body = [`${indent}def ${name}(${r.pick(['', 'x', 'x, y=2', '*args, **kw', 'a, /, b=None, *, c=3'])}):`,
          ...this.block(inner, 2), `${inner}${r.pick(['return', 'yield', 'return'])} ${this.expr()}`];
        this.funcs.push(name);
        return body;
      }
      case 9: return [`${indent}try:`, ...this.block(inner, 2),
        `${indent}except ${r.pick(EXCEPTIONS)} as err:`, `${inner}print(type(err).__name__, err)`,
        ...(r.chance(0.4) ? [`${indent}finally:`, ...this.block(inner, 1)] : [])];
      case 10: return [`${indent}class C${r.int(3)}${r.pick(['', '(Exception)', '(list)', '(dict)', '(object)'])}:`,
        `${inner}z = ${this.expr()}`,
        `${inner}def ${r.pick(['__init__', '__repr__', '__eq__', '__len__', '__iter__', '__getitem__', '__hash__', 'm'])}(self, *a):`,
        ...this.block(inner + '    ', 1), `${inner}    return ${this.expr()}`];
      case 11: return [`${indent}raise ${r.pick(EXCEPTIONS)}(${this.expr()})`];
      case 12: return this.template(indent).map((l) => indent + l);
      default: return [`${indent}${r.pick(['del a', 'assert ' + this.expr(), 'pass', 'x = [a, b][0]', 'a, *b = ' + this.expr()])}`];
    }
  }

  /** Hand-shaped snippets that reach protocols and error paths random expressions rarely hit. */
  template(indent: string): string[] {
    const r = this.r;
    const e = (): string => this.expr();
    void indent;
    switch (r.int(10)) {
      case 0: {
        // A user class whose dunder returns something arbitrary, then used by a builtin.
        if (!this.vars.includes('k')) this.vars.push('k');
        return ['class K:', `    def __init__(self, v=${e()}):`, '        self.v = v',
          `    def ${r.pick(DUNDERS)}(self, *a):`, `        return ${e()}`, 'k = K()', `print(${r.pick(PROTOCOL_USES)})`];
      }
      case 1: return ['def gen(n):', `    yield ${e()}`, `    yield from ${e()}`, `    return ${e()}`,
        `print(${r.pick(['list(gen(3))', 'next(gen(1))', 'sum(gen(2))', '[x for x in gen(0)]', 'dict(gen(1))', 'sorted(gen(2))'])})`];
      case 2: return r.pick(RECURSIONS);
      case 3: return ['def outer():', `    x = ${e()}`, '    def inner():', '        nonlocal x',
        `        x ${r.pick(['+=', '*=', '-=', '|=', '%='])} ${e()}`, '        return x', '    return inner', 'fn = outer()', 'print(fn(), fn())'];
      case 4: return [`print(${r.pick([
        `{k: v for k, v in zip(${e()}, ${e()})}`, `{x for x in ${e()}}`, `sum(x for x in ${e()})`,
        `[y := ${e()}, y]`, `list(map(lambda q: q ${r.pick(BINOPS)} ${e()}, ${e()}))`, `sorted(${e()}, key=lambda v: ${e()})`,
        `max(${e()}, key=lambda v: ${e()}, default=${e()})`, `list(filter(None, ${e()}))`, `list(enumerate(${e()}, ${e()}))`])})`];
      case 5: return [`print(${r.pick([
        `format(${e()}, ${JSON.stringify(this.randomSpec())})`, `${JSON.stringify('{' + this.randomField() + '}')}.format(${this.args()})`,
        `${JSON.stringify('%' + this.randomPercent())} % ${e()}`, `f"{${r.pick(this.vars)}:${this.randomSpec().replace(/[{}"\\]/g, '')}}"`,
        `int(${e()}, ${r.pick(['0', '2', '16', '36', '37', '1', '-1', '10**20'])})`, `str(${e()})[${this.subscript()}]`,
        `${e()}.${r.pick(['center', 'ljust', 'zfill', 'expandtabs', 'split', 'rsplit', 'splitlines', 'strip', 'count', 'find', 'replace', 'join', 'partition', 'translate', 'maketrans'])}(${this.args()})`])})`];
      case 6: return [`${r.pick(['a, (b, *c), d', 'a, *b', '[a, b]', '(a, b), c', '*a, b', 'a[0], b.x', 'c[a:b]'])} = ${e()}`, 'print(a, b)'];
      case 7: return ['try:', `    raise ${r.pick(EXCEPTIONS)}(${e()})`, `except ${r.pick(EXCEPTIONS)} as err:`,
        `    raise ${r.pick(EXCEPTIONS)}(${e()}) from ${r.pick(['err', 'None', e()])}`];
      case 8: return ['class O:', '    pass', 'o = O()', `o.x = ${e()}`, `${r.pick(['del o.x', 'del o.y', 'o.x += 1', 'o.__dict__', 'setattr(o, "y", 1)'])}`,
        `print(getattr(o, ${r.pick(['"x"', '"y"', '1', 'None'])}, ${e()}), vars(o), ${r.pick(['hasattr(o, "x")', 'o.__class__.__name__', 'type(o).__mro__', 'isinstance(o, (int, O))', 'O.__qualname__'])})`];
      default: return [`${r.pick(['d', 'c', 'b'])}[${e()}] = ${e()}`, `del ${r.pick(['c', 'b', 'd'])}[${this.subscript()}]`, `print(${r.pick(['c', 'b', 'd'])}[${this.subscript()}])`];
    }
  }

  /** A random format spec from the characters specs are made of (most are invalid). */
  randomSpec(): string {
    const chars = '<>^=+- #0123456789,_.eEfFgGdnxXobcs%';
    let out = '';
    for (let n = this.r.range(0, 6); n > 0; n--) out += chars[this.r.int(chars.length)];
    return out;
  }

  randomField(): string {
    return this.r.pick(['', '0', '1', 'x', '0.real', '0[0]', '!r', '!x', ':>', ':{}', '0:{1}', '[', '}', '{', 'a.b']) + (this.r.chance(0.5) ? ':' + this.randomSpec() : '');
  }

  randomPercent(): string {
    return this.r.pick(['', '-', '+', ' ', '#', '0', '*', '5', '.3', '(k)', '%']) + this.r.pick(['s', 'd', 'i', 'x', 'X', 'o', 'e', 'f', 'g', 'c', 'r', 'a', '%', 'z', 'u', '']);
  }

  program(): string {
    const lines = ['a = 1', 'b = "s"', 'c = [1, 2.5, "x"]'];
    for (let n = this.r.range(3, 10); n > 0; n--) {
      let s = this.stmt('    ');
      // Most statements are guarded so the run goes on and exercises more;
      // an unguarded top-level raise would only end the program early.
      if (this.r.chance(0.7)) lines.push('try:', ...s, 'except Exception as err:', '    print(type(err).__name__, err)');
      else {
        while (s[0].startsWith('    raise ')) s = this.stmt('    ');
        lines.push(...s.map((l) => l.slice(4)));
      }
    }
    return lines.join('\n') + '\n';
  }
}

function generate(seed: number): string {
  return new Gen(new Rand(prng(seed))).program();
}

// ------------------------------------------------------------ inputs

interface Input {
  id: string;
  source: string;
}

function findPrograms(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...findPrograms(p));
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

function* inputs(): Generator<Input> {
  for (const file of findPrograms(path.join(ROOT, 'programs'))) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const src = readFileSync(file, 'utf8');
    for (let k = 0; k < MUTATIONS_PER_PROGRAM; k++) yield { id: `mut:${rel}#${k}`, source: mutate(src, hashString(rel) ^ (k * 0x9e3779b1)) };
  }
  for (let k = 0; k < GENERATED_PROGRAMS; k++) yield { id: `gen:${k}`, source: generate(0xc0ffee + k) };
}

function readKnown(): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(KNOWN_FILE)) return known;
  for (const raw of readFileSync(KNOWN_FILE, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line)!;
    known.set(m[1], m[2]);
  }
  return known;
}

// ------------------------------------------------------------ minimising

/** Delta debugging over lines, then tokens, then characters: a small input that still crashes the same way. */
async function minimize(source: string, detail: string): Promise<string> {
  const key = crashKey(detail);
  const crashes = async (s: string): Promise<boolean> => {
    const v = await check(s);
    return !v.ok && crashKey(v.detail) === key;
  };
  const shrink = async (parts: string[], join: string): Promise<string[]> => {
    let n = 2;
    while (parts.length >= 2) {
      const chunk = Math.ceil(parts.length / n);
      let reduced = false;
      for (let i = 0; i < parts.length; i += chunk) {
        const candidate = [...parts.slice(0, i), ...parts.slice(i + chunk)];
        if (await crashes(candidate.join(join))) {
          parts = candidate;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (n >= parts.length) break;
        n = Math.min(parts.length, n * 2);
      }
    }
    return parts;
  };
  let s = (await shrink(source.split('\n'), '\n')).join('\n');
  // Then token-sized pieces (each token with the text before it), then characters.
  const pieces: string[] = [];
  let last = 0;
  for (const t of tokens(s)) {
    pieces.push(s.slice(last, t.end));
    last = t.end;
  }
  pieces.push(s.slice(last));
  s = (await shrink(pieces, '')).join('');
  if (s.length < 300) s = (await shrink([...s], '')).join('');
  return s;
}

/** Groups crashes by their message with numbers and quoted names blurred. */
function crashKey(detail: string): string {
  return detail.replace(/\d+/g, 'N').replace(/'[^']*'/g, "'…'");
}

interface Crash {
  id: string;
  source: string;
  v: Verdict;
}

function groupByCrash(crashes: Crash[]): Map<string, Crash[]> {
  const groups = new Map<string, Crash[]>();
  for (const c of crashes) {
    const k = crashKey(c.v.detail);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(c);
  }
  return groups;
}

// ------------------------------------------------------------ the test

describe('fuzz: no internal errors', () => {
  beforeAll(async () => {
    tmpDir = mkdtempSync(path.join(os.tmpdir(), 'pygil-fuzz-'));
    const bundle = path.join(tmpDir, 'pygil.mjs');
    await build({
      entryPoints: [path.join(ROOT, 'src', 'index.ts')], bundle: true, format: 'esm', platform: 'node',
      target: 'node20', outfile: bundle, logLevel: 'silent',
    });
    runner = new Runner(tmpDir, bundle);
  }, 60_000);

  afterAll(async () => {
    await runner?.close();
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  });

  it('mutated golden programs and generated programs never crash pygil', async () => {
    const known = readKnown();
    const only = process.env.FUZZ_ONLY;
    const t0 = Date.now();
    const fresh: Crash[] = [];
    const fixed: string[] = [];
    const seen = new Set<string>();
    let count = 0;
    const slowest: { id: string; ms: number }[] = [];
    const stats = new Map<string, number>();
    for (const input of inputs()) {
      if (only !== undefined && input.id !== only) continue;
      if (process.env.FUZZ_DUMP) writeFileSync(path.join(process.env.FUZZ_DUMP, input.id.replace(/[^\w.#-]+/g, '_') + '.py'), input.source);
      if (only !== undefined) {
        process.stdout.write(`--- ${input.id} ---\n${input.source}\n---\n`);
        if (process.env.FUZZ_DRY) continue;
      }
      count++;
      seen.add(input.id);
      const t = performance.now();
      const v = await check(input.source);
      slowest.push({ id: input.id, ms: performance.now() - t });
      if (process.env.FUZZ_STATS) {
        const k = `${input.id.split(':')[0]} ${v.code} ${(v.last ?? '').replace(/:.*/, '')}`;
        stats.set(k, (stats.get(k) ?? 0) + 1);
      }
      if (known.has(input.id)) {
        if (v.ok) fixed.push(input.id);
      } else if (!v.ok) {
        fresh.push({ id: input.id, source: input.source, v });
      }
    }
    const stale = only !== undefined ? [] : [...known.keys()].filter((id) => !seen.has(id));
    const secs = (Date.now() - t0) / 1000;
    slowest.sort((a, b) => b.ms - a.ms);
    console.log(`fuzz: ${count} inputs in ${secs.toFixed(1)} s, ${fresh.length} new crash(es), ${known.size} known; slowest: ` +
      slowest.slice(0, 5).map((x) => `${x.id} ${x.ms.toFixed(0)} ms`).join(', '));
    if (process.env.FUZZ_STATS) for (const [k, n] of [...stats].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${k}`);
    if (process.env.FUZZ_VERBOSE) for (const x of slowest.slice(0, 40)) console.log(`  ${x.ms.toFixed(0).padStart(7)} ms  ${x.id}`);

    if (process.env.FUZZ_MINIMIZE) {
      for (const [k, fs] of groupByCrash(fresh)) {
        const smallest = fs.reduce((a, b) => (b.source.length < a.source.length ? b : a));
        console.log(`\n=== ${k}  (${fs.length} input(s), e.g. ${smallest.id})\n${await minimize(smallest.source, smallest.v.detail)}\n--- ids: ${fs.map((f) => f.id).join(' ')}`);
      }
    }

    // One paragraph per distinct crash: its ids and its smallest input.
    const problems: string[] = [];
    for (const [k, fs] of groupByCrash(fresh)) {
      const smallest = fs.reduce((a, b) => (b.source.length < a.source.length ? b : a));
      problems.push(`NEW CRASH (${fs.length} input(s)): ${k}\n  ids: ${fs.map((f) => f.id).join(' ')}\n` +
        `  smallest input (${smallest.id}), FUZZ_MINIMIZE=1 shrinks it:\n${smallest.source.replace(/^/gm, '    | ')}`);
    }
    for (const id of fixed) problems.push(`${id} no longer crashes: remove it from test/fuzz-known-crashes.txt`);
    for (const id of stale) problems.push(`${id} in test/fuzz-known-crashes.txt is not generated any more: remove it`);
    if (problems.length > 0) expect.fail('\n' + problems.join('\n\n'));
  }, process.env.FUZZ_MINIMIZE ? 3_600_000 : 180_000);
});
