// The binary-heap algorithm of CPython's heapq, shared by heapq and
// queue.PriorityQueue. It compares with `<` only and moves items exactly
// as CPython's does, so equal priorities come out in the same order.

import { PyList } from '../runtime/tuple.js';
import { typeError, indexError } from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';


/** Moves the item at `pos` up towards `start` while it is smaller than its parent. */
function siftDown(heap: unknown[], start: number, pos: number): void {
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (!ops.lessThan(item, parent)) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

export function siftUp(heap: unknown[], pos: number): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !ops.lessThan(heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(heap, start, pos);
}

export function heapList(v: unknown): unknown[] {
  if (!(v instanceof PyList)) throw typeError('heap argument must be a list');
  return v.items;
}

export function heappush(heap: unknown[], item: unknown): void {
  heap.push(item);
  siftDown(heap, 0, heap.length - 1);
}

export function heappop(heap: unknown[]): unknown {
  if (heap.length === 0) throw indexError('index out of range');
  const last = heap.pop();
  if (heap.length === 0) return last;
  const top = heap[0];
  heap[0] = last;
  siftUp(heap, 0);
  return top;
}

