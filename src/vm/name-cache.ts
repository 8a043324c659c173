// Inline caches for global names (LOAD_GLOBAL, STORE_GLOBAL, and LOAD_NAME /
// STORE_NAME in module-level code, where locals are the globals).
//
// CPython 3.11 caches a global's position in the dict's key table. pygil's
// dicts are JS Maps, which have no positions, so a namespace that some
// instruction reads this way keeps a NameCell per cached name (dict.ts): the
// dict writes every change of that name through to the cell. STORE_GLOBAL
// of a name already present writes only the cell and marks the dict dirty;
// the dict copies the cells back before anyone reads its Map. A site
// remembers the globals dict it saw, the name's cell there and the cell of
// the same name in the builtins, so a hit is two field reads and no Map
// lookup. A site's dict can change (one code object runs in every process
// after a fork, each with its own copy of the globals): the site checks it.

import type { PyDict, NameCell } from '../runtime/dict.js';
import type { CodeObject } from '../compiler/code.js';

export class NameCache {
  constructor(
    public dict: PyDict,
    public cell: NameCell,
    /** Loads: the builtins' cell for the name, read when the global one is empty; stores: unused (the same cell). */
    public bcell: NameCell,
  ) {}
}

/**
 * The value of global `name` (or the builtin of that name), undefined when
 * neither exists; fills the site's cache.
 */
export function loadGlobalSlow(globals: PyDict, builtins: PyDict, name: string, code: CodeObject, site: number): unknown {
  const cell = globals.cellFor(name);
  const bcell = builtins.cellFor(name);
  code.gcs[site] = new NameCache(globals, cell, bcell);
  return cell.v !== undefined ? cell.v : bcell.v;
}

/** Sets global `name`; fills the site's cache. */
export function storeGlobalSlow(globals: PyDict, name: string, v: unknown, code: CodeObject, site: number): void {
  const cell = globals.cellFor(name);
  globals.set(name, v);
  code.gcs[site] = new NameCache(globals, cell, cell);
}
