// Finalizing a generator that a for loop left early.
//
// CPython finalizes a generator as soon as its last reference goes away:
// `for x in gen(): break` runs gen's `finally` blocks at the break. pygil
// has no reference counts, but a generator made by a call whose result
// went straight into the loop's GET_ITER has exactly one reference, the
// loop's iterator slot (see PyGenerator.loopOwned), so popping that slot at
// a break or return is where CPython would finalize it. Other abandoned
// generators are not finalized (there is no moment to do it at).

import { PyGenerator, GEN_SUSPENDED } from './generator.js';
import type { Frame } from './frame.js';
import type { Process } from './process.js';
import { PyBaseException } from '../runtime/exceptions.js';
import { callMethod, repr } from '../runtime/ops.js';
import { formatExceptionAlone } from './traceback.js';

/**
 * Closes `g` (throwing GeneratorExit into it, in a nested run), as the
 * generator's finalizer does. An exception it raises is reported the way
 * CPython reports an exception in a finalizer, and the program goes on.
 */
export function finalizeLoopGenerator(g: PyGenerator, frame: Frame, ip: number, proc: Process): void {
  g.loopOwned = false;
  if (g.state !== GEN_SUSPENDED) return;
  try {
    callMethod(g, 'close', []);
  } catch (err) {
    if (!(err instanceof PyBaseException)) throw err;
    // Raised by close() itself (not inside the generator): CPython shows the line that dropped it.
    if (err.tb.length === 0) err.tb.push({ code: frame.code, ip: ip - 1 });
    proc.flushStdout();
    proc.writeStderr(`Exception ignored in: ${repr(g)}\n${formatExceptionAlone(err)}`);
  }
}
