// Code objects as plain JSON data, and back: the build compiles the Python
// source that ships inside pygil's own modules (threading, asyncio,
// multiprocessing …) once, and a run loads the result instead of parsing and
// compiling that source again (tens of milliseconds per module).
//
// Only what the compiler itself puts in code objects is handled: None,
// booleans, ints (small and big), floats, strings, bytes, Ellipsis, tuples
// and frozensets of constants, and nested code objects. Anything else makes
// dumpCode throw, so a new kind of constant cannot be cached by mistake.

import { CodeObject, type Handler } from './code.js';
import { PyFloat } from '../runtime/object.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyBytes, bytesType } from '../runtime/bytes.js';
import { PySet, frozensetType, makeSet } from '../runtime/dict.js';
import { Ellipsis } from '../runtime/singletons.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function dumpConst(v: unknown): Json {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return { big: v.toString() };
  if (v === Ellipsis) return { ellipsis: true };
  if (v instanceof PyFloat) {
    const x = v.v;
    if (Object.is(x, -0)) return { f: '-0' };
    return { f: Number.isFinite(x) ? x : String(x) }; // 'Infinity', '-Infinity', 'NaN'
  }
  if (v instanceof PyTuple && v.cls.builtin) return { tuple: v.items.map(dumpConst) };
  if (v instanceof PyBytes && v.cls === bytesType) return { bytes: Array.from(v.b) };
  if (v instanceof PySet && v.cls === frozensetType) return { frozenset: [...v.map.values()].map(dumpConst) };
  if (v instanceof CodeObject) return { code: dumpCode(v) };
  throw new Error(`pygil marshal: cannot dump a constant of kind ${Object.prototype.toString.call(v)}`);
}

function loadConst(j: Json, source: string): unknown {
  if (j === null || typeof j !== 'object' || Array.isArray(j)) return j;
  if ('big' in j) return BigInt(j.big as string);
  if ('f' in j) {
    const f = j.f;
    if (typeof f === 'number') return new PyFloat(f);
    if (f === '-0') return new PyFloat(-0);
    return new PyFloat(Number(f)); // Infinity, -Infinity, NaN
  }
  if ('ellipsis' in j) return Ellipsis;
  if ('tuple' in j) return new PyTuple((j.tuple as Json[]).map((x) => loadConst(x, source)));
  if ('bytes' in j) return new PyBytes(Uint8Array.from(j.bytes as number[]));
  if ('frozenset' in j) return makeSet(new PyTuple((j.frozenset as Json[]).map((x) => loadConst(x, source))), frozensetType);
  if ('code' in j) return loadCode(j.code, source);
  throw new Error('pygil marshal: unknown constant');
}

/** The code object (and the ones nested in it) as JSON data; the source text is not included. */
export function dumpCode(c: CodeObject): Json {
  return {
    name: c.name, qualname: c.qualname, filename: c.filename, firstLineNo: c.firstLineNo,
    argcount: c.argcount, posonlyargcount: c.posonlyargcount, kwonlyargcount: c.kwonlyargcount, flags: c.flags,
    varnames: c.varnames, cellvars: c.cellvars, freevars: c.freevars, names: c.names,
    consts: c.consts.map(dumpConst),
    code: Array.from(c.code), positions: Array.from(c.positions), handlerOf: Array.from(c.handlerOf),
    handlers: c.handlers.map((h) => [h.target, h.depth, h.lasti]),
    stacksize: c.stacksize, cell2arg: c.cell2arg === null ? null : Array.from(c.cell2arg),
    nlocalsplus: c.nlocalsplus, plainFrame: c.plainFrame, ownedGenSlots: c.ownedGenSlots,
  };
}

/** A code object from dumpCode's data; `source` is the file's text (for tracebacks). */
export function loadCode(j: Json, source: string): CodeObject {
  const o = j as Record<string, Json>;
  const c = new CodeObject(o.name as string, o.qualname as string, o.filename as string, o.firstLineNo as number, source);
  c.argcount = o.argcount as number;
  c.posonlyargcount = o.posonlyargcount as number;
  c.kwonlyargcount = o.kwonlyargcount as number;
  c.flags = o.flags as number;
  c.varnames = o.varnames as string[];
  c.cellvars = o.cellvars as string[];
  c.freevars = o.freevars as string[];
  c.names = o.names as string[];
  c.consts = (o.consts as Json[]).map((x) => loadConst(x, source));
  c.code = Int32Array.from(o.code as number[]);
  c.positions = Int32Array.from(o.positions as number[]);
  c.handlerOf = Int32Array.from(o.handlerOf as number[]);
  c.handlers = (o.handlers as [number, number, boolean][]).map(([target, depth, lasti]): Handler => ({ target, depth, lasti }));
  c.stacksize = o.stacksize as number;
  c.cell2arg = o.cell2arg === null ? null : Int32Array.from(o.cell2arg as number[]);
  c.nlocalsplus = o.nlocalsplus as number;
  c.plainFrame = o.plainFrame as boolean;
  c.ownedGenSlots = (o.ownedGenSlots as number[] | null | undefined) ?? null;
  // One cache slot per instruction from the start, as the compiler makes them.
  c.ics = new Array(c.code.length).fill(undefined);
  c.gcs = new Array(c.code.length).fill(undefined);
  return c;
}
