// Binds call arguments to a Python function's parameters (the general case:
// defaults, keywords, *args, **kwargs, keyword-only and positional-only
// parameters), with CPython's error messages.

import { PyFunction } from '../runtime/function.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.js';
import { PyTuple, EMPTY_TUPLE } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { typeError } from '../runtime/exceptions.js';

export function bindArgs(
  f: PyFunction, regs: unknown[], src: unknown[], start: number, n: number,
  kwNames: string[] | null, kwValues: unknown[] | null,
): void {
  const code = f.code;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const varnames = code.varnames;
  const hasVarargs = (code.flags & CO_VARARGS) !== 0;
  const hasVarkw = (code.flags & CO_VARKEYWORDS) !== 0;
  const name = f.qualname;
  // Slot layout: positional params, keyword-only params, *args, **kwargs.
  const varargsSlot = argcount + kwonly;
  const varkwSlot = varargsSlot + (hasVarargs ? 1 : 0);
  let kwdict: PyDict | null = null;
  if (hasVarkw) {
    kwdict = new PyDict();
    regs[varkwSlot] = kwdict;
  }

  const npos = Math.min(n, argcount);
  for (let i = 0; i < npos; i++) regs[i] = src[start + i];
  if (hasVarargs) {
    regs[varargsSlot] = n > argcount ? new PyTuple(src.slice(start + argcount, start + n)) : EMPTY_TUPLE;
  }

  if (kwNames !== null) {
    for (let k = 0; k < kwNames.length; k++) {
      const key = kwNames[k];
      const value = kwValues![k];
      let idx = -1;
      for (let i = code.posonlyargcount; i < argcount + kwonly; i++) {
        if (varnames[i] === key) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict === null) {
          // As CPython: every positional-only parameter passed by keyword, in parameter order.
          const posonly = varnames.slice(0, code.posonlyargcount).filter((v) => kwNames.includes(v));
          if (posonly.length > 0) {
            throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
          }
          throw typeError(`${name}() got an unexpected keyword argument '${key}'`);
        }
        kwdict.set(key, value);
        continue;
      }
      if (regs[idx] !== undefined) throw typeError(`${name}() got multiple values for argument '${key}'`);
      regs[idx] = value;
    }
  }

  // As CPython: a bad keyword is reported before too many positional arguments.
  if (!hasVarargs && n > argcount) throw tooManyPositional(f, n, kwNames);

  // Defaults for missing positional parameters.
  if (n < argcount) {
    const defaults = f.defaults;
    const ndef = defaults === null ? 0 : defaults.length;
    const firstDefault = argcount - ndef;
    const missing: string[] = [];
    for (let i = n; i < argcount; i++) {
      if (regs[i] !== undefined) continue;
      if (i >= firstDefault) regs[i] = defaults![i - firstDefault];
      else missing.push(varnames[i]);
    }
    if (missing.length > 0) throw missingArgs(name, missing, 'positional');
  }
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < argcount + kwonly; i++) {
      if (regs[i] !== undefined) continue;
      const d = f.kwdefaults?.get(varnames[i]);
      if (d !== undefined) regs[i] = d;
      else missing.push(varnames[i]);
    }
    if (missing.length > 0) throw missingArgs(name, missing, 'keyword-only');
  }
}

function missingArgs(name: string, missing: string[], kind: string) {
  const quoted = missing.map((m) => `'${m}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = quoted.slice(0, -1).join(', ') + `, and ${quoted[quoted.length - 1]}`;
  const s = missing.length === 1 ? '' : 's';
  return typeError(`${name}() missing ${missing.length} required ${kind} argument${s}: ${list}`);
}

function tooManyPositional(f: PyFunction, given: number, kwNames: string[] | null) {
  const code = f.code;
  const argcount = code.argcount;
  const ndef = f.defaults === null ? 0 : f.defaults.length;
  let kwonlyGiven = 0;
  if (kwNames !== null) {
    for (const k of kwNames) {
      const i = code.varnames.indexOf(k);
      if (i >= argcount && i < argcount + code.kwonlyargcount) kwonlyGiven++;
    }
  }
  let takes: string;
  if (ndef > 0) takes = `from ${argcount - ndef} to ${argcount} positional arguments`;
  else takes = `${argcount} positional argument${argcount === 1 ? '' : 's'}`;
  let gave = `${given} ${given === 1 ? 'was' : 'were'} given`;
  if (kwonlyGiven > 0) {
    gave = `${given} positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}) were given`;
  }
  return typeError(`${f.qualname}() takes ${takes} but ${gave}`);
}
