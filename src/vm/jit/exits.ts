// How a compiled function hands control back to the trampoline
// (Interpreter.runJit), which reads its return value:
//   J_ERROR   an exception (interp.jitError) at the saved ip
//   J_NEXT    t.frame changed (a call pushed a frame, a return popped one),
//             or (stepwise code) a block starts at its ip
//   J_BLOCK   a builtin returned BLOCK (parked, or a resume request)
//   J_SWITCH  py311: a pending GIL drop request was honoured after a call
//   J_OUT0+k  stopped before the saved ip, where the trampoline gives back
//             the budget of the k instructions counted but not run (the
//             bailing one and the rest of its block; J_OUT2: a CALL's bail
//             back to its KW_NAMES): with no budget left the trampoline runs
//             the eval breaker and comes back, else the interpreter goes on
//   J_INTERP  the saved ip starts no block of this function, or is outside
//             its range: the trampoline decides who goes on (and returns
//             J_INTERP itself for a bail: the interpreter goes on)
export const J_INTERP = 0, J_ERROR = 1, J_NEXT = 2, J_BLOCK = 3, J_SWITCH = 4, J_OUT0 = 5, J_OUT2 = 7;
