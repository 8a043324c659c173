// heapq and bisect: the heap primitives are builtins over heap.ts (the
// algorithm queue.PriorityQueue uses too); merge, nlargest, nsmallest and
// the bisect functions are Python, as their pure-Python versions in
// CPython are, with the C versions' messages for wrong arguments.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { func } from '../runtime/define.js';
import { PyList } from '../runtime/tuple.js';
import { typeError, indexError } from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';
import { argCount } from '../runtime/define.js';
import { heappush, heappop, siftUp } from './heap.js';
import { hiddenFiles } from '../vm/traceback.js';

/** The list a heap function works on, with CPython's message for anything else. */
function heapArg(fn: string, v: unknown, position: boolean): unknown[] {
  if (v instanceof PyList) return v.items;
  throw typeError(`${fn}() argument${position ? ' 1' : ''} must be list, not ${ops.typeName(v)}`);
}

const HEAPQ_FILE = '<pygil heapq>';
const HEAPQ_SOURCE = `
def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Lazily merges sorted inputs; equal items come out in the order of their inputs."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([value if key is None else key(value), order, value, it])
            break
    while entries:
        best = 0
        for i in range(1, len(entries)):
            a, b = entries[i], entries[best]
            if (b[0] < a[0]) if reverse else (a[0] < b[0]):
                best = i
            elif not (a[0] < b[0] or b[0] < a[0]) and a[1] < b[1]:
                best = i
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del entries[best]
`;

const BISECT_FILE = '<pygil bisect>';
const BISECT_SOURCE = `
def bisect_right(a, x, lo=0, hi=None, *, key=None):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    lo = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    lo = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
`;

registerModule('heapq', (proc, ns) => {
  hiddenFiles.add(HEAPQ_FILE);
  func(ns, 'heappush', (a) => {
    argCount('heappush', a, 2);
    heappush(heapArg('heappush', a[0], true), a[1]);
    return null;
  }, 'heapq');
  func(ns, 'heappop', (a) => {
    argCount('heappop', a, 1);
    return heappop(heapArg('heappop', a[0], false));
  }, 'heapq');
  func(ns, 'heapify', (a) => {
    argCount('heapify', a, 1);
    const heap = heapArg('heapify', a[0], false);
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(heap, i);
    return null;
  }, 'heapq');
  func(ns, 'heapreplace', (a) => {
    argCount('heapreplace', a, 2);
    const heap = heapArg('heapreplace', a[0], true);
    if (heap.length === 0) throw indexError('index out of range');
    const top = heap[0];
    heap[0] = a[1];
    siftUp(heap, 0);
    return top;
  }, 'heapq');
  func(ns, 'heappushpop', (a) => {
    argCount('heappushpop', a, 2);
    const heap = heapArg('heappushpop', a[0], true);
    const item = a[1];
    // Only when the heap's smallest is smaller does the item go in.
    if (heap.length === 0 || !ops.lessThan(heap[0], item)) return item;
    const top = heap[0];
    heap[0] = item;
    siftUp(heap, 0);
    return top;
  }, 'heapq');
  const internal = runPythonSource(proc, HEAPQ_FILE, HEAPQ_SOURCE, { __name__: 'heapq' });
  for (const name of ['nsmallest', 'nlargest', 'merge']) ns.set(name, internal.get(name));
});

registerModule('bisect', (proc, ns) => {
  hiddenFiles.add(BISECT_FILE);
  const internal = runPythonSource(proc, BISECT_FILE, BISECT_SOURCE, { __name__: 'bisect' });
  for (const name of ['bisect_right', 'bisect_left', 'insort_right', 'insort_left', 'bisect', 'insort']) ns.set(name, internal.get(name));
});
