// The Python-visible methods of generator objects: iteration, send, throw
// and close. Resuming from here runs the generator's frame in a nested loop;
// the VM resumes generators directly (without this file) in for loops.

import { method, getter } from '../runtime/define.js';
import { objectId } from '../runtime/object.js';
import { generatorType, coroutineType, PyGenerator, GEN_CLOSED, GEN_CREATED, GEN_RUNNING } from './generator.js';
import {
  newException, StopIteration, GeneratorExit, RuntimeError, pyErr, PyBaseException, excMatches, isExceptionType,
  isException, typeError,
} from '../runtime/exceptions.js';
import { call, typeName } from '../runtime/ops.js';
import { current } from './process.js';

/** next(gen): the next yielded value, or StopIteration carrying the return value. */
export function genNext(gen: PyGenerator, value: unknown): unknown {
  const interp = current.interp;
  const r = interp.resumeGenerator(gen, value);
  if (r === undefined) throw newException(StopIteration, interp.genReturned === null ? [] : [interp.genReturned]);
  return r;
}

function genThrow(gen: PyGenerator, args: unknown[]): unknown {
  const [typ, val] = args;
  let exc: PyBaseException;
  if (isException(typ)) {
    if (val !== undefined && val !== null) throw typeError('instance exception may not have a separate value');
    exc = typ;
  } else if (isExceptionType(typ)) {
    if (isException(val)) exc = val;
    else exc = call(typ, val === undefined || val === null ? [] : [val]) as PyBaseException;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
  }
  const interp = current.interp;
  if (gen.state === GEN_CLOSED) throw exc;
  const r = interp.resumeGenerator(gen, null, exc);
  if (r === undefined) throw newException(StopIteration, interp.genReturned === null ? [] : [interp.genReturned]);
  return r;
}

export function genClose(gen: PyGenerator): unknown {
  if (gen.state === GEN_CLOSED) return null;
  if (gen.state === GEN_CREATED) {
    gen.state = GEN_CLOSED;
    return null;
  }
  if (gen.state === GEN_RUNNING) throw pyErr(RuntimeError, 'generator already executing');
  try {
    const r = current.interp.resumeGenerator(gen, null, newException(GeneratorExit, []));
    if (r !== undefined) throw pyErr(RuntimeError, 'generator ignored GeneratorExit');
  } catch (e) {
    if (e instanceof PyBaseException && (excMatches(e, GeneratorExit) || excMatches(e, StopIteration))) return null;
    throw e;
  }
  return null;
}

for (const t of [generatorType, coroutineType]) {
  const kind = t === generatorType ? 'generator' : 'coroutine';
  method(t, '__repr__', (args) => {
    const g = args[0] as PyGenerator;
    return `<${kind} object ${g.qualname} at 0x${objectId(g).toString(16)}>`;
  });
  method(t, 'send', (args) => genNext(args[0] as PyGenerator, args[1]));
  method(t, 'throw', (args) => genThrow(args[0] as PyGenerator, args.slice(1)));
  method(t, 'close', (args) => genClose(args[0] as PyGenerator));
  getter(t, '__name__', (g) => (g as PyGenerator).name);
  getter(t, '__qualname__', (g) => (g as PyGenerator).qualname);
}
method(generatorType, '__iter__', (args) => args[0]);
method(generatorType, '__next__', (args) => genNext(args[0] as PyGenerator, null));
getter(generatorType, 'gi_running', (g) => (g as PyGenerator).state === GEN_RUNNING);
getter(coroutineType, 'cr_running', (g) => (g as PyGenerator).state === GEN_RUNNING);
