// The traceback module: printing and formatting exceptions the way an
// uncaught one is printed (vm/traceback.ts does the formatting for both).
// format_exception and friends, print_exc/format_exc for the exception
// being handled, and format_tb/print_tb for a traceback object.

import { registerModule } from './registry.js';
import { func } from '../runtime/define.js';
import { PyList } from '../runtime/tuple.js';
import { PyBaseException, typeError } from '../runtime/exceptions.js';
import { PyTraceback } from '../runtime/traceback-object.js';
import * as ops from '../runtime/ops.js';
import { bindValues, type Signature } from './args.js';
import { formatExceptionParts, formatFrameParts, exceptionLine } from '../vm/traceback.js';
import { topmostException } from '../vm/frame.js';
import { current } from '../vm/process.js';
import type { TbEntry } from '../runtime/exceptions.js';

const MOD = 'traceback';

/** Writes `text` to `file`, or to standard error when it is None or not given. */
function writeTo(file: unknown, text: string): void {
  if (file === undefined || file === null) current.writeStderr(text);
  else ops.callMethod(file, 'write', [text]);
}

function limitOf(v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number') throw typeError(`'${ops.typeName(v)}' object cannot be interpreted as an integer`);
  return v;
}

/**
 * The exception an (exc, value, tb) call is about: since Python 3.10 the
 * exception alone, or the old (type, value, traceback) triple; None for none.
 */
function theException(exc: unknown, value: unknown): PyBaseException | null {
  const e = value === undefined ? exc : value;
  if (e === null) return null;
  if (!(e instanceof PyBaseException)) throw typeError(`Exception expected for value, ${ops.typeName(e)} found`);
  return e;
}

/** The pieces of an exception's text (a missing exception prints as "NoneType: None"). */
function parts(e: PyBaseException | null, limit: number | null, chain: boolean): string[] {
  return e === null ? ['NoneType: None\n'] : formatExceptionParts(e, limit, chain, true);
}

/** The entries of a traceback object's chain, innermost first (as exceptions keep them). */
function entriesOf(tb: unknown): TbEntry[] {
  if (tb === null) return [];
  if (!(tb instanceof PyTraceback)) throw typeError(`'${ops.typeName(tb)}' object has no attribute 'tb_frame'`);
  const out: TbEntry[] = [];
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) out.push(t.entry);
  return out.reverse();
}

const exceptionSig = (name: string, extra: string[]): Signature =>
  ({ name, params: ['exc', 'value', 'tb', 'limit', ...extra], required: 1, kwonly: ['chain'] });
const formatExceptionSig = exceptionSig('format_exception', []);
const printExceptionSig = exceptionSig('print_exception', ['file']);
const excSig = (name: string, extra: string[]): Signature => ({ name, params: ['limit', ...extra, 'chain'], required: 0 });
const formatExcSig = excSig('format_exc', []);
const printExcSig = excSig('print_exc', ['file']);
const onlySig: Signature = { name: 'format_exception_only', params: ['exc', 'value'], required: 1 };
const formatTbSig: Signature = { name: 'format_tb', params: ['tb', 'limit'], required: 1 };
const printTbSig: Signature = { name: 'print_tb', params: ['tb', 'limit', 'file'], required: 1 };

registerModule(MOD, (_proc, ns) => {
  func(ns, 'format_exception', (args, kw) => {
    const [exc, value, , limit, chain] = bindValues(formatExceptionSig, args, kw);
    return new PyList(parts(theException(exc, value), limitOf(limit), chain !== false));
  }, MOD);
  func(ns, 'print_exception', (args, kw) => {
    const [exc, value, , limit, file, chain] = bindValues(printExceptionSig, args, kw);
    writeTo(file, parts(theException(exc, value), limitOf(limit), chain !== false).join(''));
    return null;
  }, MOD);
  func(ns, 'format_exc', (args, kw) => {
    const [limit, chain] = bindValues(formatExcSig, args, kw);
    return parts(topmostException(current.thread), limitOf(limit), chain !== false).join('');
  }, MOD);
  func(ns, 'print_exc', (args, kw) => {
    const [limit, file, chain] = bindValues(printExcSig, args, kw);
    writeTo(file, parts(topmostException(current.thread), limitOf(limit), chain !== false).join(''));
    return null;
  }, MOD);
  func(ns, 'format_exception_only', (args, kw) => {
    const [exc, value] = bindValues(onlySig, args, kw);
    const e = theException(exc, value);
    const text = e === null ? 'NoneType: None\n' : exceptionLine(e, true);
    return new PyList(text.split(/(?<=\n)/));
  }, MOD);
  func(ns, 'format_tb', (args, kw) => {
    const [tb, limit] = bindValues(formatTbSig, args, kw);
    return new PyList(formatFrameParts(entriesOf(tb), limitOf(limit), true));
  }, MOD);
  func(ns, 'print_tb', (args, kw) => {
    const [tb, limit, file] = bindValues(printTbSig, args, kw);
    writeTo(file, formatFrameParts(entriesOf(tb), limitOf(limit), true).join(''));
    return null;
  }, MOD);
});
