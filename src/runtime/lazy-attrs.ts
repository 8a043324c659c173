// Module attributes made on first use. A builtin module whose rarer part is
// Python source (functools' singledispatch, partialmethod) registers those
// names here instead of running the source at import, so `import functools`
// costs only what most programs use. Reading such a name (attribute access,
// `from m import name`), the module's __dict__, dir() or `import *` runs the
// loader, which puts its names into the module's dict.

import type { PyDict } from './dict.js';

/** Fills `dict` (a module's namespace) with the names it was registered for. */
export type LazyLoader = (dict: PyDict) => void;

/** Per module namespace: the names still to make, and what makes each. */
export const lazyAttrs = new WeakMap<PyDict, Map<string, LazyLoader>>();

/** Says that `load` makes `names` in `dict` when one is first read. */
export function defineLazy(dict: PyDict, names: string[], load: LazyLoader): void {
  let m = lazyAttrs.get(dict);
  if (m === undefined) lazyAttrs.set(dict, (m = new Map()));
  for (const n of names) m.set(n, load);
}

/** Makes `name` in `dict` if it is a lazy one; returns whether it was. */
export function loadLazy(dict: PyDict, name: string): boolean {
  const m = lazyAttrs.get(dict);
  const load = m?.get(name);
  if (load === undefined) return false;
  // Each loader runs once: its names leave the map before it runs.
  for (const [n, l] of m!) if (l === load) m!.delete(n);
  load(dict);
  return true;
}

/** Makes every lazy name of `dict` (its __dict__, dir() or `import *` are asked for). */
export function loadAllLazy(dict: PyDict): void {
  const m = lazyAttrs.get(dict);
  if (m === undefined) return;
  while (m.size > 0) loadLazy(dict, m.keys().next().value as string);
}
