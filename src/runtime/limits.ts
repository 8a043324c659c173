// How big pygil lets a sequence grow. V8 gives up on an array whose
// storage must grow past 134 million slots with a fatal error that ends the
// whole process (no JS exception to catch), and an array grows its storage
// by half again: so every place a list grows checks this limit first, low
// enough that the last growth stays under V8's, and raises MemoryError, as
// CPython would once out of memory.

import { newException, pyErr, MemoryError, RecursionError, type PyBaseException } from './exceptions.js';

/** The deepest a thread's calls may go, whatever sys.setrecursionlimit says (a frame takes a few hundred bytes). */
export const MAX_RECURSION_DEPTH = 1_000_000;

/** The most items a list, tuple or the like may hold. */
export const MAX_ITEMS = 2 ** 26;

/** The MemoryError of a sequence that would pass MAX_ITEMS, or of an allocation the host refuses (no arguments, as CPython's). */
export function outOfMemory(): PyBaseException {
  return newException(MemoryError, []);
}

/**
 * Builtins that recurse in JS (the repr of a list inside a list inside …)
 * count their levels against the recursion limit, as CPython's C code does:
 * `room` (set by the VM) is how many levels the running thread has left
 * under its recursion limit; `nested` those in use now.
 */
export const recursion = { room: (): number => 1000, nested: 0 };

/** One more level of a builtin's own recursion, or RecursionError ending in `where`. */
export function enterNested(where: string): void {
  if (++recursion.nested >= recursion.room() - 1) {
    recursion.nested--;
    throw pyErr(RecursionError, `maximum recursion depth exceeded${where}`);
  }
}

export function leaveNested(): void {
  recursion.nested--;
}
