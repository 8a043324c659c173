// The `os` module: the process calls of the simulated OS (vm/os-sim.ts) —
// fork, getpid, getppid, wait, waitpid, _exit, kill, cpu_count — the
// wait-status macros, and pipes between processes (os-pipe.ts). There is
// still no host file system: only names a program about processes needs
// are here.

import { registerModule } from './registry.js';
import { addPipeFunctions } from './os-pipe.js';
import { func } from '../runtime/define.js';
import { typeError, runtimeError, overflowError } from '../runtime/exceptions.js';
import { PyDict } from '../runtime/dict.js';
import * as ops from '../runtime/ops.js';
import { BLOCK, ProcessExit } from '../vm/interpreter.js';
import { current, type Process } from '../vm/process.js';
import { parentPid, type SimOS } from '../vm/os-sim.js';

export const WNOHANG = 1;

function osOf(p: Process): SimOS {
  if (p.os === null) throw runtimeError('pygil: no simulated OS for this process');
  return p.os;
}

function intArg(fname: string, v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number') throw typeError(`'${ops.typeName(v)}' object cannot be interpreted as an integer`);
  void fname;
  return v;
}

function argCount(fname: string, args: unknown[], n: number): void {
  if (args.length !== n) throw typeError(`${fname}() takes exactly ${n === 1 ? 'one argument' : `${n} arguments`} (${args.length} given)`);
}

/** os.waitpid for the running thread; blocks (returns BLOCK) while no awaited child has ended. */
export function waitpidNow(pid: number, nohang: boolean): unknown {
  const p = current;
  const os = osOf(p);
  const r = os.waitpid(p, pid, nohang);
  if (r !== null) return r;
  if (!p.interp.blockable) {
    os.cancelWait(p, p.thread);
    throw runtimeError('pygil: cannot block here (called from inside a builtin callback)');
  }
  p.sched.block(p.thread, { what: pid > 0 ? `waitpid ${pid}` : 'wait' }, null);
  return BLOCK;
}

registerModule('os', (_proc, ns) => {
  const name = 'os';
  ns.set('name', 'posix');
  ns.set('sep', '/');
  ns.set('linesep', '\n');
  ns.set('WNOHANG', WNOHANG);
  ns.set('environ', new PyDict());

  func(ns, 'getpid', (args) => {
    argCount('getpid', args, 0);
    return current.pid;
  }, name);
  func(ns, 'getppid', (args) => {
    argCount('getppid', args, 0);
    return parentPid(current);
  }, name);
  addPipeFunctions(ns);
  func(ns, 'cpu_count', (args) => {
    argCount('cpu_count', args, 0);
    return current.config.cores;
  }, name);
  func(ns, 'fork', (args) => {
    argCount('fork', args, 0);
    const p = current;
    if (!p.interp.blockable) throw runtimeError('pygil: cannot fork here (called from inside a builtin callback)');
    return osOf(p).fork(p).pid;
  }, name);
  func(ns, 'wait', (args) => {
    argCount('wait', args, 0);
    return waitpidNow(-1, false);
  }, name);
  func(ns, 'waitpid', (args) => {
    argCount('waitpid', args, 2);
    const pid = intArg('waitpid', args[0]);
    const options = intArg('waitpid', args[1]);
    return waitpidNow(pid <= 0 ? -1 : pid, (options & WNOHANG) !== 0);
  }, name);
  func(ns, '_exit', (args) => {
    argCount('_exit', args, 1);
    const p = current;
    const status = args[0];
    if (typeof status === 'bigint' || (typeof status === 'number' && (status < -(2 ** 31) || status >= 2 ** 31))) {
      throw overflowError('Python int too large to convert to C int');
    }
    osOf(p).exitCurrent(p, intArg('_exit', status) & 0xff, 0);
    // Nothing after _exit runs: park the thread until the OS ends the process.
    if (p.interp.blockable) {
      p.sched.block(p.thread, { what: '_exit' }, null);
      return BLOCK;
    }
    throw new ProcessExit(); // inside a callback: every run on this thread stops
  }, name);
  func(ns, 'kill', (args) => {
    argCount('kill', args, 2);
    const p = current;
    osOf(p).kill(p, intArg('kill', args[0]), intArg('kill', args[1]));
    if (p.exitNow !== null) {
      if (!p.interp.blockable) throw new ProcessExit();
      p.sched.block(p.thread, { what: 'signal' }, null);
      return BLOCK;
    }
    return null;
  }, name);

  const status = (fname: string, fn: (s: number) => unknown) => func(ns, fname, (args) => {
    argCount(fname, args, 1);
    return fn(intArg(fname, args[0]));
  }, name);
  status('WIFEXITED', (s) => (s & 0x7f) === 0);
  status('WEXITSTATUS', (s) => (s >> 8) & 0xff);
  status('WIFSIGNALED', (s) => (s & 0x7f) !== 0 && (s & 0x7f) !== 0x7f);
  status('WTERMSIG', (s) => s & 0x7f);
  status('WIFSTOPPED', (s) => (s & 0xff) === 0x7f);
  status('waitstatus_to_exitcode', (s) => ((s & 0x7f) === 0 ? (s >> 8) & 0xff : -(s & 0x7f)));
});

registerModule('signal', (_proc, ns) => {
  ns.set('SIGINT', 2);
  ns.set('SIGKILL', 9);
  ns.set('SIGTERM', 15);
});

