// The `pygil` command as a user runs it (spawned node processes): exit codes,
// -c and stdin programs, --help, bad flags, and `dis` on the seed's race.
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/pygil.cjs', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function pygil(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('pygil command line', () => {
  it('runs -c programs; their tracebacks have no source lines, as CPython', () => {
    expect(pygil(['-c', 'print(2**100)']).out).toBe('1267650600228229401496703205376\n');
    const r = pygil(['-c', '1/0']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nZeroDivisionError: division by zero\n');
  });

  it('reads the program from stdin with `run -`', () => {
    const r = pygil(['run', '-'], 'import sys\nprint(sys.argv)\n');
    expect(r.out).toBe("['-']\n");
  });

  it('gives a -c program sys.argv ["-c", ARGS...] and no __file__, as CPython', () => {
    const r = pygil(['-c', 'import sys; print(sys.argv, "__file__" in globals())', 'a', 'b']);
    expect(r.out).toBe("['-c', 'a', 'b'] False\n");
  });

  it('passes arguments after the file to sys.argv', () => {
    const r = pygil(['run', '-', 'a', 'b c'], 'import sys\nprint(sys.argv[1:])\n');
    expect(r.out).toBe("['a', 'b c']\n");
  });

  it('exits 2 with CPython-like wording for a missing file', () => {
    const r = pygil(['run', 'no_such_file.py']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("pygil: can't open file 'no_such_file.py': [Errno 2] No such file or directory\n");
  });

  it('rejects bad option values with exit 2', () => {
    expect(pygil(['run', '--check-interval', '0', '-'], 'pass\n').code).toBe(2);
    expect(pygil(['run', '--sched', 'lifo', '-'], 'pass\n').code).toBe(2);
  });

  it('exits 2 for usage errors in every command, as CPython does', () => {
    expect(pygil(['run', '--bogus', '-'], 'pass\n').code).toBe(2);
    expect(pygil(['run']).code).toBe(2);
    expect(pygil(['nonsense']).code).toBe(2);
    expect(pygil(['run', '--check-interval', '1e3', '-'], 'pass\n').code).toBe(2);
  });

  it('reports host failures in one line, never silently', () => {
    const t = pygil(['run', '--trace', 'gil', '--trace-file', 'no/such/dir/trace.txt', '-'], 'pass\n');
    expect(t.code).toBe(2);
    expect(t.err).toBe("pygil: --trace-file: cannot write 'no/such/dir/trace.txt': [Errno 2] No such file or directory\n");
    if (process.platform === 'linux') {
      const r = spawnSync(process.execPath, [BIN, '-c', 'print(1)'], { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], cwd: ROOT });
      expect(r.status).toBe(0);
      const full = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" -c "print(1)" > /dev/full`], { encoding: 'utf8' });
      expect(full.status).toBe(1);
      expect(full.stderr).toBe('pygil: [Errno 28] No space left on device\n');
    }
  });

  it('started through its #! line, the command keeps Node from loading NODE_EXTRA_CA_CERTS', () => {
    // A missing file makes Node warn on stderr when it loads the variable,
    // so the warning tells whether it was loaded.
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: '/no/such/pygil-test-certs.pem' };
    const viaNode = spawnSync(process.execPath, [BIN, '-c', 'print(1)'], { encoding: 'utf8', env });
    expect(viaNode.stderr).toContain('Ignoring extra certs from `/no/such/pygil-test-certs.pem`');
    const direct = spawnSync(BIN, ['-c', 'print(1)'], { encoding: 'utf8', env });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toBe('1\n');
    expect(direct.stderr).toBe('');
  });

  it('writing to a pipe nobody reads raises BrokenPipeError, or exits 120 when the last flush fails, as CPython', async () => {
    // The read end is closed before the child has even started, so every
    // write of the program meets EPIPE. Expectations: python3 3.11 without
    // PYTHONUNBUFFERED, the same programs, `| true`.
    const closedPipe = (src: string) => new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, '-c', src], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let err = '';
      child.stderr.on('data', (d) => { err += d; });
      child.on('close', (code) => resolve({ code, err }));
    });
    const many = await closedPipe('for i in range(100000):\n    print(i)\n');
    expect(many.code).toBe(1);
    expect(many.err).toBe('Traceback (most recent call last):\n  File "<string>", line 2, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n');
    const caught = await closedPipe("import sys\ntry:\n    for i in range(100000):\n        print(i)\nexcept BrokenPipeError as e:\n    sys.stderr.write('caught %r %d\\n' % (e, e.errno))\n");
    expect(caught).toEqual({ code: 0, err: "caught BrokenPipeError(32, 'Broken pipe') 32\n" });
    const few = await closedPipe("import sys\nprint('x')\nsys.stderr.write('after print\\n')\n");
    expect(few.code).toBe(120);
    expect(few.err).toBe("after print\nException ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
    const flushed = await closedPipe("import sys\nprint('x')\ntry:\n    sys.stdout.flush()\nexcept OSError as e:\n    print(type(e).__name__, e.errno, file=sys.stderr)\n");
    expect(flushed.code).toBe(120);
    expect(flushed.err).toBe("BrokenPipeError 32\nException ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
  });

  it('an expression nested past the host stack is a RecursionError during compilation', () => {
    const r = pygil(['run', '-'], `a = 1\nb = ${Array(100000).fill('a').join('+')}\n`);
    expect(r.code).toBe(1);
    expect(r.err).toBe('RecursionError: maximum recursion depth exceeded during compilation\n');
  });

  it('shows a syntax error with file, line, source and caret', () => {
    const r = pygil(['run', '-'], 'x = (1,\n');
    expect(r.code).toBe(1);
    expect(r.err).toBe('  File "<stdin>", line 1\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n');
  });

  it('prints --version and --help with examples', () => {
    expect(pygil(['--version']).out).toMatch(/^pygil \d+\.\d+\.\d+\n$/);
    const h = pygil(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toContain('Examples:');
  });

  it('disassembles MONEY += n into a load, an add and a store', () => {
    const r = pygil(['dis', 'programs/seed/money_race.py']);
    expect(r.code).toBe(0);
    const change = r.out.slice(r.out.indexOf('Disassembly of <code object change'));
    expect(change).toMatch(/LOAD_GLOBAL\s+\d+ \(MONEY\)[\s\S]*LOAD_FAST\s+\d+ \(n\)[\s\S]*BINARY_OP\s+13 \(\+=\)[\s\S]*STORE_GLOBAL\s+\d+ \(MONEY\)/);
  });

  it('reports a deadlock with exit code 3', () => {
    const src = 'import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n';
    const r = pygil(['run', '-'], src);
    expect(r.code).toBe(3);
    expect(r.err).toContain('MainThread is waiting for Lock');
  });
});
