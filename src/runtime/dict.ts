// dict, set and frozenset storage, and the key normalisation they share.
//
// Keys are *normalised* so that keys Python considers equal are the same JS
// Map key: 1, 1.0 and True all become the number 1; a tuple or frozenset of
// builtin values becomes a string spelling its elements; an object with
// identity equality is its own key. Objects with a Python-level __hash__ /
// __eq__ (and tuples holding them) become a HashedKey; each table keeps its
// HashedKeys in buckets by hash, and __eq__ settles who is who in a bucket.
//
// A PyDict is a JS Map (insertion order and deletion behave like CPython's
// compact dict). A PySet is different: Python programs print sets, and a set
// iterates in the slot order of its open-addressing hash table, so SetTable
// re-implements CPython 3.11's set table (probing, resizing, dummies, the
// pop finger) to give the same order for ints. A Map from normalised key to
// slot sits beside the table so membership never probes. SetTable speaks the
// Map interface (keyed by normalised key, valued by element) so code that
// treats `set.map` as a Map keeps working.

import { PyObject, PyFloat, PyType, makeBuiltinType, objectType } from './object.js';
import { PyTuple, tupleType } from './tuple.js';
import { PyBytes, bytesType, latin1String } from './bytes.js';
import { typeError, keyError } from './exceptions.js';
import { hashObject, eqObjects, getIter, iterNext } from './ops.js';

export const dictType = makeBuiltinType('dict', null, 'dict');
export const setType = makeBuiltinType('set', null, 'set');
export const frozensetType = makeBuiltinType('frozenset', null, 'set');

// ---------------------------------------------------------------- key normalisation

/** The normalised form of a key whose equality is decided by Python code. */
export class HashedKey {
  constructor(readonly hash: number | bigint, readonly obj: unknown) {}
}

/** A table's HashedKeys, grouped by hash. */
export type HashedBuckets = Map<number | bigint, HashedKey[]>;

/**
 * Normalises `k` for use as a Map key. `buckets` holds the HashedKeys already
 * in the table, so that an object equal to a present key finds it.
 */
export function normKey(k: unknown, buckets: HashedBuckets | null): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
    case 'object':
      if (k === null) return null;
      return normObjectKey(k as PyObject, buckets);
  }
  return k;
}

function normObjectKey(o: PyObject, buckets: HashedBuckets | null): unknown {
  if (o instanceof PyFloat) return normFloat(o);
  let spelled: string | undefined;
  if (o instanceof PyTuple) spelled = tupleSpelling(o.items);
  else if (o instanceof PySet) {
    if (!o.cls.isSubtypeOf(frozensetType)) throw unhashable(o);
    spelled = frozenSpelling(o);
  } else {
    const layout = o.cls.layout;
    if (o instanceof PyDict || layout === 'list') throw unhashable(o);
    // bytes compare by value: spell them like a string key of their own kind.
    if (o instanceof PyBytes && o.cls === bytesType) return '\u0000b' + latin1String(o.b);
    // An int or str subclass that keeps the builtin __hash__/__eq__ is equal to its value.
    if ((layout === 'int' || layout === 'str') && keepsBuiltinEquality(o.cls)) {
      return normKey((o as PyObject & { v: unknown }).v, null);
    }
    if (!hasCustomHash(o.cls)) {
      if (o.cls.builtin && o.cls.lookup('__hash__') === null) throw unhashable(o); // slice, bytearray…
      return o;
    }
  }
  if (spelled !== undefined) return spelled;
  return findHashed(hashOf(o), o, buckets);
}

function unhashable(o: PyObject) {
  return typeError(`unhashable type: '${o.cls.tpName}'`);
}

/** The HashedKey equal to `o` already in `buckets`, or a new one. */
function findHashed(h: number | bigint, o: unknown, buckets: HashedBuckets | null): HashedKey {
  const bucket = buckets === null ? undefined : buckets.get(h);
  if (bucket !== undefined) {
    for (let i = 0; i < bucket.length; i++) {
      const hk = bucket[i];
      if (hk.obj === o || eqObjects(hk.obj, o)) return hk;
    }
  }
  return new HashedKey(h, o);
}

/** Re-reads a key taken from another table against this table's buckets. */
function adoptKey(nk: unknown, buckets: HashedBuckets | null): unknown {
  if (!(nk instanceof HashedKey) || buckets === null) return nk;
  const bucket = buckets.get(nk.hash);
  if (bucket !== undefined) {
    for (let i = 0; i < bucket.length; i++) {
      const hk = bucket[i];
      if (hk === nk || hk.obj === nk.obj || eqObjects(hk.obj, nk.obj)) return hk;
    }
  }
  return nk;
}

function addToBuckets(buckets: HashedBuckets, hk: HashedKey): void {
  const b = buckets.get(hk.hash);
  if (b === undefined) buckets.set(hk.hash, [hk]);
  else b.push(hk);
}

function removeFromBuckets(buckets: HashedBuckets | null, hk: HashedKey): void {
  const b = buckets?.get(hk.hash);
  if (b === undefined) return;
  const i = b.indexOf(hk);
  if (i >= 0) b.splice(i, 1);
  if (b.length === 0) buckets!.delete(hk.hash);
}

function normFloat(f: PyFloat): unknown {
  const v = f.v;
  if (Number.isInteger(v)) {
    if (Number.isSafeInteger(v)) return v === 0 ? 0 : v;
    return BigInt(v);
  }
  if (v !== v) return f; // every NaN object is only equal to itself
  return v;
}

const customHashCache = new WeakMap<PyType, boolean>();
function hasCustomHash(t: PyType): boolean {
  let r = customHashCache.get(t);
  if (r === undefined) {
    const h = t.lookup('__hash__');
    const e = t.lookup('__eq__');
    r = !t.builtin && (h !== objectType.ns.get('__hash__') || e !== objectType.ns.get('__eq__'));
    customHashCache.set(t, r);
  }
  return r;
}
export function invalidateHashCache(t: PyType): void {
  customHashCache.delete(t);
  builtinEqCache.delete(t);
}

const builtinEqCache = new WeakMap<PyType, boolean>();
/** Whether a subclass of a builtin type still hashes and compares as its builtin base. */
function keepsBuiltinEquality(t: PyType): boolean {
  let r = builtinEqCache.get(t);
  if (r === undefined) {
    const base = t.mro.find((b) => b.builtin)!;
    r = t.lookup('__hash__') === base.lookup('__hash__') && t.lookup('__eq__') === base.lookup('__eq__');
    builtinEqCache.set(t, r);
  }
  return r;
}

/**
 * Spells a tuple's elements so that equal tuples give equal strings, or
 * returns undefined when an element's equality needs Python code.
 */
function tupleSpelling(items: unknown[]): string | undefined {
  let s = '\u0000(';
  for (let i = 0; i < items.length; i++) {
    const e = elementSpelling(items[i]);
    if (e === undefined) return undefined;
    s += i > 0 ? ',' + e : e;
  }
  return s + ')';
}

function elementSpelling(x: unknown): string | undefined {
  const k = normKey(x, null);
  switch (typeof k) {
    case 'string':
      return typeof x === 'string' ? 's' + x.length + ':' + x : k;
    case 'number':
      return 'n' + k;
    case 'bigint':
      return 'b' + k;
    case 'object':
      if (k === null) return 'N';
      if (k instanceof HashedKey) return undefined;
      return 'o' + objKeyId(k as object);
  }
  return undefined;
}

let nextKeyId = 1;
export const keyIds = new WeakMap<object, number>();
/** True once any object has been given a key id (fork skips the table otherwise). */
export function anyKeyIds(): boolean {
  return nextKeyId !== 1;
}
function objKeyId(o: object): number {
  let id = keyIds.get(o);
  if (id === undefined) {
    id = nextKeyId++;
    keyIds.set(o, id);
  }
  return id;
}

function frozenSpelling(s: PySet): string | undefined {
  const parts: string[] = [];
  for (const v of s.map.values()) {
    const e = elementSpelling(v);
    if (e === undefined) return undefined;
    parts.push(e);
  }
  parts.sort();
  return '\u0000{' + parts.join(',') + '}';
}

// ---------------------------------------------------------------- container hashes

// CPython's tuple and frozenset hashes work in unsigned 64-bit arithmetic.
// The tuple hash runs on every tuple stored in a set or used as a dict key's
// table hash, so it is done on 32-bit halves (hi, lo) rather than BigInt.

const TWO_32 = 4294967296;

/** The low and high 32 bits of a hash seen as an unsigned 64-bit number. */
function hashWords(h: number | bigint): [number, number] {
  if (typeof h === 'number') return [h >>> 0, Math.floor(h / TWO_32) >>> 0];
  const u = BigInt.asUintN(64, h);
  return [Number(u & 0xffffffffn), Number(u >> 32n)];
}

/** The signed 64-bit value of (hi, lo), as a number when it is safe. */
function signedOf(hi: number, lo: number): number | bigint {
  const shi = hi | 0;
  if (shi >= -0x100000 && shi < 0x100000) return shi * TWO_32 + lo;
  return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
}

/** Low 64 bits of a*b, each given as 32-bit halves; result in mulHi/mulLo. */
let mulHi = 0, mulLo = 0;
function mul64(ahi: number, alo: number, bhi: number, blo: number): void {
  const a0 = alo & 0xffff, a1 = alo >>> 16, b0 = blo & 0xffff, b1 = blo >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  mulLo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const hi = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  mulHi = (hi + Math.imul(alo, bhi) + Math.imul(ahi, blo)) >>> 0;
}

// xxHash primes, as CPython's tuple hash uses them.
const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5;
const LEN_MIX_LO = (0x165667c5 ^ 3527539) >>> 0; // XXPRIME_5 ^ 3527539, low half (3527539 < 2**32)

/** hash(t) for a tuple: CPython 3.11's xxHash-based algorithm, bit for bit. */
export function tupleHash(items: unknown[]): number | bigint {
  let hi = P5_HI, lo = P5_LO;
  for (let i = 0; i < items.length; i++) {
    const [llo, lhi] = hashWords(hashOf(items[i]));
    mul64(lhi, llo, P2_HI, P2_LO);
    // acc += lane * P2
    let sumLo = lo + mulLo;
    const carry = sumLo >= TWO_32 ? 1 : 0;
    sumLo >>>= 0;
    const sumHi = (hi + mulHi + carry) >>> 0;
    // acc = rotate left 31
    const rHi = ((sumHi << 31) | (sumLo >>> 1)) >>> 0;
    const rLo = ((sumLo << 31) | (sumHi >>> 1)) >>> 0;
    // acc *= P1
    mul64(rHi, rLo, P1_HI, P1_LO);
    hi = mulHi;
    lo = mulLo;
  }
  // acc += len ^ (P5 ^ 3527539): a 64-bit value whose high half is P5's.
  const mix = (items.length ^ LEN_MIX_LO) >>> 0;
  let sumLo = lo + mix;
  const carry = sumLo >= TWO_32 ? 1 : 0;
  sumLo >>>= 0;
  const sumHi = (hi + P5_HI + carry) >>> 0;
  if (sumHi === 0xffffffff && sumLo === 0xffffffff) return 1546275796; // -1 is reserved
  return signedOf(sumHi, sumLo);
}

/** hash(fs) for a frozenset: CPython 3.11's algorithm (order-independent). */
export function frozensetHash(s: PySet): number | bigint {
  const M = 0xffffffffffffffffn;
  const shuffle = (h: bigint) => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M;
  let h = 0n;
  const t = s.map;
  for (let i = 0; i <= t.mask; i++) {
    const e = t.elems[i];
    if (e !== undefined && e !== DUMMY) h ^= shuffle(BigInt.asUintN(64, BigInt(t.hashes[i])));
  }
  h ^= (BigInt(t.used + 1) * 1927868237n) & M;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M;
  if (h === M) h = 590923713n;
  const r = BigInt.asIntN(64, h);
  return r >= -(2n ** 52n) && r < 2n ** 52n ? Number(r) : r;
}

/**
 * hash(v), computing tuple and frozenset hashes here rather than through
 * ops.hashObject, which passes every __hash__ result through the int hash
 * (reduction modulo 2**61-1) and so would fold these full 64-bit values.
 */
export function hashOf(v: unknown): number | bigint {
  if (v instanceof PyTuple) {
    if (v.cls === tupleType || v.cls.lookup('__hash__') === builtinHashes.tuple) return tupleHash(v.items);
  } else if (v instanceof PySet && (v.cls === frozensetType || v.cls.lookup('__hash__') === builtinHashes.frozenset)) {
    if (v.hash === undefined) v.hash = frozensetHash(v);
    return v.hash;
  }
  return hashObject(v);
}

/** The builtin __hash__ methods of tuple and frozenset, registered by their type modules. */
export const builtinHashes: { tuple: unknown; frozenset: unknown } = { tuple: null, frozenset: null };

// ---------------------------------------------------------------- dict

/**
 * The current value of one name in a namespace dict (undefined: absent).
 * LOAD_GLOBAL and module-level LOAD_NAME keep the cell in their inline
 * cache (vm/name-cache.ts) and read it without a Map lookup; every write to
 * the dict writes through to the cell.
 */
export class NameCell {
  v: unknown;
  constructor(v: unknown) {
    this.v = v;
  }
}

export class PyDict extends PyObject {
  /**
   * The entries (normalised key -> value). Read them through `map`: in a
   * namespace with cells, STORE_GLOBAL may have left a newer value of a
   * name that is already present in its cell only (see `dirty`).
   */
  store: Map<unknown, unknown> = new Map();
  /** Some cell holds a newer value than `store` (set by STORE_GLOBAL's fast path). */
  dirty = false;
  /** Normalised key -> original key, only where they differ. */
  okeys: Map<unknown, unknown> | null = null;
  /** The HashedKeys among the keys, by hash. */
  hashed: HashedBuckets | null = null;
  /** Cells for the names some instruction caches (only namespaces used as globals or builtins get any). */
  cells: Map<string, NameCell> | null = null;
  constructor(cls: PyType = dictType) {
    super(cls);
  }

  /** The entries, with every newer value from the cells written back first. */
  get map(): Map<unknown, unknown> {
    if (this.dirty) this.flushCells();
    return this.store;
  }

  set map(m: Map<unknown, unknown>) {
    this.store = m;
  }

  /**
   * Writes the cells' values back into `store`. A fast-path store only ever
   * changes the value of a name already present, so no key is added or
   * removed here and the insertion order stays as CPython's.
   */
  private flushCells(): void {
    this.dirty = false;
    for (const [name, c] of this.cells!) if (c.v !== undefined) this.store.set(name, c.v);
  }

  /** The cell mirroring `name`'s value, made on first request. */
  cellFor(name: string): NameCell {
    if (this.cells === null) this.cells = new Map();
    let c = this.cells.get(name);
    if (c === undefined) {
      c = new NameCell(this.map.get(name));
      this.cells.set(name, c);
    }
    return c;
  }

  /** Brings the cell of normalised key `nk` (if any) in step with a write made to `map`: call only when `cells` is set. */
  syncCell(nk: unknown, v: unknown): void {
    if (typeof nk !== 'string') return;
    const c = this.cells!.get(nk);
    if (c !== undefined) c.v = v;
  }

  get size(): number {
    return this.map.size;
  }

  get(k: unknown): unknown {
    if (typeof k === 'string') return this.map.get(k);
    return this.map.get(normKey(k, this.hashed));
  }

  set(k: unknown, v: unknown): void {
    if (typeof k === 'string') {
      this.map.set(k, v);
      if (this.cells !== null) this.syncCell(k, v);
      return;
    }
    const nk = normKey(k, this.hashed);
    if (nk !== k && !this.map.has(nk)) {
      if (this.okeys === null) this.okeys = new Map();
      this.okeys.set(nk, k);
      if (nk instanceof HashedKey) {
        if (this.hashed === null) this.hashed = new Map();
        addToBuckets(this.hashed, nk);
      }
    }
    this.map.set(nk, v);
    if (this.cells !== null) this.syncCell(nk, v);
  }

  has(k: unknown): boolean {
    if (typeof k === 'string') return this.map.has(k);
    return this.map.has(normKey(k, this.hashed));
  }

  delete(k: unknown): boolean {
    const nk = typeof k === 'string' ? k : normKey(k, this.hashed);
    if (!this.map.delete(nk)) return false;
    if (this.cells !== null) this.syncCell(nk, undefined);
    if (this.okeys !== null) this.okeys.delete(nk);
    if (nk instanceof HashedKey) removeFromBuckets(this.hashed, nk);
    return true;
  }

  clear(): void {
    this.map.clear();
    this.okeys = null;
    this.hashed = null;
    if (this.cells !== null) for (const c of this.cells.values()) c.v = undefined;
  }

  /** The original key for a normalised one. */
  origKey(nk: unknown): unknown {
    if (this.okeys !== null) {
      const o = this.okeys.get(nk);
      if (o !== undefined || this.okeys.has(nk)) return o;
    }
    return nk;
  }

  *keys(): IterableIterator<unknown> {
    for (const nk of this.map.keys()) yield this.origKey(nk);
  }

  *entries(): IterableIterator<[unknown, unknown]> {
    for (const [nk, v] of this.map) yield [this.origKey(nk), v];
  }

  keyList(): unknown[] {
    const out: unknown[] = [];
    for (const nk of this.map.keys()) out.push(this.origKey(nk));
    return out;
  }

  copyInto(target: PyDict): void {
    for (const [nk, v] of this.map) target.set(this.origKey(nk), v);
  }
}

// ---------------------------------------------------------------- the set hash table

/** Marks a slot whose element was deleted (CPython's dummy). */
const DUMMY: unique symbol = Symbol('dummy');
/** Slots searched one after another before the probe jumps (CPython's LINEAR_PROBES). */
const LINEAR_PROBES = 9;
const MIN_SIZE = 8;

/** The hash a set stores for an element with normalised key `nk`. */
function elementHash(nk: unknown, v: unknown): number | bigint {
  if (nk instanceof HashedKey) return nk.hash;
  if (typeof v === 'number' && v >= 0 && v < 2 ** 52) return v; // hash(n) == n for these
  return hashOf(v);
}

/**
 * CPython's set table. Slots hold the element (`elems`), its normalised key
 * and its hash; `index` maps normalised keys to slots.
 */
export class SetTable {
  mask = MIN_SIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  /** Active slots. */
  used = 0;
  /** Where pop() starts looking (persists across clear(), as in CPython). */
  finger = 0;
  elems: unknown[] = new Array(MIN_SIZE);
  nks: unknown[] = new Array(MIN_SIZE);
  hashes: (number | bigint)[] = new Array(MIN_SIZE);
  index: Map<unknown, number> = new Map();
  buckets: HashedBuckets | null = null;

  get size(): number {
    return this.used;
  }

  /**
   * The slot where CPython would put a new key with hash `h`: walking its probe
   * path up to the first empty slot, the last dummy passed, else that empty slot.
   */
  private freeSlot(h: number | bigint): number {
    const elems = this.elems;
    const mask = this.mask;
    let lo: number, hi: number;
    if (typeof h === 'number') {
      lo = h >>> 0;
      hi = Math.floor(h / TWO_32) >>> 0;
    } else {
      [lo, hi] = hashWords(h);
    }
    let i = lo & mask;
    let dummy = -1;
    for (;;) {
      const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= last; j++) {
        const e = elems[j];
        if (e === undefined) return dummy >= 0 ? dummy : j;
        if (e === DUMMY) dummy = j; // CPython keeps the last dummy it passed
      }
      // perturb >>= 5; i = (i * 5 + 1 + perturb) & mask, in 64-bit unsigned arithmetic.
      lo = ((lo >>> 5) | (hi << 27)) >>> 0;
      hi >>>= 5;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  /** Inserts a key known to be absent (set_add_entry once the lookup failed). */
  insertNew(nk: unknown, v: unknown, h: number | bigint): void {
    const slot = this.freeSlot(h);
    const reused = this.elems[slot] === DUMMY;
    this.place(slot, nk, v, h);
    this.used++;
    if (reused) return;
    this.fill++;
    if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  private place(slot: number, nk: unknown, v: unknown, h: number | bigint): void {
    this.elems[slot] = v;
    this.nks[slot] = nk;
    this.hashes[slot] = h;
    this.index.set(nk, slot);
    if (nk instanceof HashedKey) {
      if (this.buckets === null) this.buckets = new Map();
      addToBuckets(this.buckets, nk);
    }
  }

  /** Rebuilds the table with room for more than `minUsed` entries, dropping dummies. */
  resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    const { elems, nks, hashes, mask } = this;
    this.reset(size);
    for (let i = 0; i <= mask; i++) {
      const e = elems[i];
      if (e !== undefined && e !== DUMMY) this.insertClean(nks[i], e, hashes[i]);
    }
    this.fill = this.used;
  }

  /** Empties the table (keeping `used` and `finger` for the caller to settle). */
  private reset(size: number): void {
    this.mask = size - 1;
    this.elems = new Array(size);
    this.nks = new Array(size);
    this.hashes = new Array(size);
    this.index = new Map();
    this.buckets = null;
  }

  /** Places an entry into a table with no dummies and no equal key (set_insert_clean). */
  insertClean(nk: unknown, v: unknown, h: number | bigint): void {
    this.place(this.freeSlot(h), nk, v, h);
  }

  /** Removes the entry in `slot`, leaving a dummy. */
  removeSlot(slot: number): void {
    const nk = this.nks[slot];
    this.index.delete(nk);
    if (nk instanceof HashedKey) removeFromBuckets(this.buckets, nk);
    this.elems[slot] = DUMMY;
    this.nks[slot] = undefined;
    this.hashes[slot] = -1;
    this.used--;
  }

  clear(): void {
    this.reset(MIN_SIZE);
    this.fill = 0;
    this.used = 0;
  }

  /** Copies another table's layout exactly (set_merge's fast path). */
  copyLayout(other: SetTable): void {
    this.elems = other.elems.slice();
    this.nks = other.nks.slice();
    this.hashes = other.hashes.slice();
    this.index = new Map(other.index);
    this.buckets = null;
    if (other.buckets !== null) {
      this.buckets = new Map();
      for (const [h, b] of other.buckets) this.buckets.set(h, b.slice());
    }
    this.fill = other.fill;
    this.used = other.used;
  }

  /** Exchanges contents with another table, but not the pop finger (set_swap_bodies). */
  swapBodies(other: SetTable): void {
    [this.mask, other.mask] = [other.mask, this.mask];
    [this.fill, other.fill] = [other.fill, this.fill];
    [this.used, other.used] = [other.used, this.used];
    [this.elems, other.elems] = [other.elems, this.elems];
    [this.nks, other.nks] = [other.nks, this.nks];
    [this.hashes, other.hashes] = [other.hashes, this.hashes];
    [this.index, other.index] = [other.index, this.index];
    [this.buckets, other.buckets] = [other.buckets, this.buckets];
  }

  // The Map interface, keyed by normalised key.

  has(nk: unknown): boolean {
    return this.index.has(nk instanceof HashedKey ? adoptKey(nk, this.buckets) : nk);
  }
  get(nk: unknown): unknown {
    const slot = this.index.get(nk instanceof HashedKey ? adoptKey(nk, this.buckets) : nk);
    return slot === undefined ? undefined : this.elems[slot];
  }
  set(nk: unknown, v: unknown): this {
    const k = adoptKey(nk, this.buckets);
    if (!this.index.has(k)) this.insertNew(k, v, elementHash(k, v));
    return this;
  }
  delete(nk: unknown): boolean {
    const slot = this.index.get(nk instanceof HashedKey ? adoptKey(nk, this.buckets) : nk);
    if (slot === undefined) return false;
    this.removeSlot(slot);
    return true;
  }
  *entries(): IterableIterator<[unknown, unknown]> {
    for (let i = 0; i <= this.mask; i++) {
      const e = this.elems[i];
      if (e !== undefined && e !== DUMMY) yield [this.nks[i], e];
    }
  }
  *keys(): IterableIterator<unknown> {
    for (let i = 0; i <= this.mask; i++) {
      const e = this.elems[i];
      if (e !== undefined && e !== DUMMY) yield this.nks[i];
    }
  }
  /** The elements in slot order; re-reads the table each step so a resize mid-iteration is safe. */
  *values(): IterableIterator<unknown> {
    for (let i = 0; i <= this.mask; i++) {
      const e = this.elems[i];
      if (e !== undefined && e !== DUMMY) yield e;
    }
  }
  [Symbol.iterator](): IterableIterator<[unknown, unknown]> {
    return this.entries();
  }
  forEach(fn: (v: unknown, k: unknown, m: SetTable) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

// ---------------------------------------------------------------- set and frozenset

/** Builds a set of the same base kind: set for set subclasses, frozenset for frozenset ones. */
function baseKind(cls: PyType): PyType {
  if (cls === setType || cls === frozensetType) return cls;
  return cls.isSubtypeOf(frozensetType) ? frozensetType : setType;
}

export class PySet extends PyObject {
  map: SetTable = new SetTable();
  /** Cached frozenset hash. */
  hash: number | bigint | undefined = undefined;
  constructor(cls: PyType = setType) {
    super(cls);
  }

  get size(): number {
    return this.map.used;
  }

  /** The normalised key of `v` for a lookup; a mutable set argument is looked up as a frozenset. */
  private lookupKey(v: unknown): unknown {
    if (typeof v === 'string' || typeof v === 'number') return v;
    if (v instanceof PySet && !v.cls.isSubtypeOf(frozensetType)) {
      const f = new PySet(frozensetType);
      f.merge(v);
      v = f;
    }
    return normKey(v, this.map.buckets);
  }

  add(v: unknown): void {
    const t = this.map;
    const nk = typeof v === 'string' || typeof v === 'number' ? v : normKey(v, t.buckets);
    if (!t.index.has(nk)) t.insertNew(nk, v, elementHash(nk, v));
  }

  has(v: unknown): boolean {
    return this.map.index.has(this.lookupKey(v));
  }

  delete(v: unknown): boolean {
    const slot = this.map.index.get(this.lookupKey(v));
    if (slot === undefined) return false;
    this.map.removeSlot(slot);
    return true;
  }

  values(): IterableIterator<unknown> {
    return this.map.values();
  }

  /** A new set of this set's base kind (or `cls`) holding the same elements. */
  copy(cls: PyType = baseKind(this.cls)): PySet {
    const s = new PySet(cls);
    s.merge(this);
    return s;
  }

  clear(): void {
    this.map.clear();
  }

  /** Removes and returns an element, starting where the last pop stopped. */
  pop(): unknown {
    const t = this.map;
    if (t.used === 0) throw keyError('pop from an empty set');
    let i = t.finger & t.mask;
    while (t.elems[i] === undefined || t.elems[i] === DUMMY) i = i < t.mask ? i + 1 : 0;
    const v = t.elems[i];
    t.removeSlot(i);
    t.finger = i + 1;
    return v;
  }

  /** set_update_internal: adds every element of any iterable. */
  update(other: unknown): void {
    if (other instanceof PySet) {
      this.merge(other);
      return;
    }
    if (other instanceof PyDict && other.cls === dictType) {
      const t = this.map;
      const n = other.size;
      if ((t.fill + n) * 5 >= t.mask * 3) t.resize((t.used + n) * 2);
      for (const k of other.keys()) this.add(k);
      return;
    }
    const it = getIter(other);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) this.add(x);
  }

  /** set_merge: adds another set's elements, copying its layout when this set is empty. */
  merge(other: PySet): void {
    const t = this.map, o = other.map;
    if (other === this || o.used === 0) return;
    if ((t.fill + o.used) * 5 >= t.mask * 3) t.resize((t.used + o.used) * 2);
    if (t.fill === 0 && t.mask === o.mask && o.fill === o.used) {
      t.copyLayout(o);
      return;
    }
    const fresh = t.fill === 0;
    for (let i = 0; i <= o.mask; i++) {
      const e = o.elems[i];
      if (e === undefined || e === DUMMY) continue;
      if (fresh) {
        // No equal keys can be present: place without looking.
        t.insertClean(o.nks[i], e, o.hashes[i]);
        t.fill++;
        t.used++;
      } else {
        this.addEntry(o.nks[i], e, o.hashes[i]);
      }
    }
  }

  /** set_intersection: a new set (of this set's base kind) of the common elements. */
  intersection(other: unknown): PySet {
    if (other === this) return this.copy();
    const result = new PySet(baseKind(this.cls));
    if (other instanceof PySet) {
      // Iterate the smaller set, keeping its elements.
      let big: PySet = this, small: PySet = other;
      if (other.size > this.size) {
        big = other;
        small = this;
      }
      const s = small.map;
      for (let i = 0; i <= s.mask; i++) {
        const e = s.elems[i];
        if (e === undefined || e === DUMMY) continue;
        if (big.map.has(s.nks[i])) result.addEntry(s.nks[i], e, s.hashes[i]);
      }
      return result;
    }
    const it = getIter(other);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      const nk = normKey(x, this.map.buckets);
      if (this.map.index.has(nk)) result.add(x);
    }
    return result;
  }

  /** Adds an entry taken from another set, unless an equal one is present. */
  private addEntry(nk: unknown, v: unknown, h: number | bigint): void {
    const t = this.map;
    const k = adoptKey(nk, t.buckets);
    if (!t.index.has(k)) t.insertNew(k, v, h);
  }

  intersectionUpdate(other: unknown): void {
    const tmp = this.intersection(other);
    this.map.swapBodies(tmp.map);
  }

  /** set_difference: a new set of the elements not in `other`. */
  difference(other: unknown): PySet {
    let otherSize: number;
    if (other instanceof PySet) otherSize = other.size;
    else if (other instanceof PyDict && other.cls === dictType) otherSize = other.size;
    else return this.copyAndDifference(other);
    // Copying then removing is cheaper when this set is much larger.
    if ((this.size >> 2) > otherSize) return this.copyAndDifference(other);
    const result = new PySet(baseKind(this.cls));
    const t = this.map;
    const inOther = other instanceof PySet
      ? (nk: unknown) => other.map.has(nk)
      : (_nk: unknown, e: unknown) => (other as PyDict).has(e);
    for (let i = 0; i <= t.mask; i++) {
      const e = t.elems[i];
      if (e === undefined || e === DUMMY) continue;
      if (!inOther(t.nks[i], e)) result.addEntry(t.nks[i], e, t.hashes[i]);
    }
    return result;
  }

  private copyAndDifference(other: unknown): PySet {
    const result = this.copy();
    result.differenceUpdate(other);
    return result;
  }

  /** set_difference_update_internal. */
  differenceUpdate(other: unknown): void {
    const t = this.map;
    if (other === this) {
      this.clear();
      return;
    }
    if (other instanceof PySet) {
      // When the other set is far larger, only the common part matters.
      const src = (other.size >> 3) > this.size ? this.intersection(other) : other;
      for (const nk of src.map.keys()) this.map.delete(nk);
    } else {
      const it = getIter(other);
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) this.discardKey(x);
    }
    // More than a quarter dummies: rebuild.
    if (t.fill - t.used > (t.mask >>> 2)) t.resize(t.used > 50000 ? t.used * 2 : t.used * 4);
  }

  /** set_discard_key: an unhashable set argument is retried as a frozenset. */
  private discardKey(x: unknown): boolean {
    return this.delete(x);
  }

  /** set_symmetric_difference: copies `other`, then toggles this set's elements in it. */
  symmetricDifference(other: unknown): PySet {
    const result = new PySet(baseKind(this.cls));
    result.update(other);
    result.symmetricDifferenceUpdate(this);
    return result;
  }

  /** set_symmetric_difference_update: each element of `other` is removed if present, else added. */
  symmetricDifferenceUpdate(other: unknown): void {
    if (other === this) {
      this.clear();
      return;
    }
    const t = this.map;
    if (other instanceof PyDict && other.cls === dictType) {
      for (const k of other.keys()) {
        const nk = normKey(k, t.buckets);
        const slot = t.index.get(nk);
        if (slot !== undefined) t.removeSlot(slot);
        else t.insertNew(nk, k, elementHash(nk, k));
      }
      return;
    }
    let src: PySet;
    if (other instanceof PySet) src = other;
    else {
      src = new PySet(baseKind(this.cls));
      src.update(other);
    }
    const s = src.map;
    for (let i = 0; i <= s.mask; i++) {
      const e = s.elems[i];
      if (e === undefined || e === DUMMY) continue;
      const nk = adoptKey(s.nks[i], t.buckets);
      const slot = t.index.get(nk);
      if (slot !== undefined) t.removeSlot(slot);
      else t.insertNew(nk, e, s.hashes[i]);
    }
  }

  /** Whether every element of this set is in `other`. */
  isSubset(other: PySet): boolean {
    if (this.size > other.size) return false;
    for (const nk of this.map.keys()) if (!other.map.has(nk)) return false;
    return true;
  }
}

/** A set of `cls` (set by default) built from any iterable, as set(iterable) does. */
export function makeSet(iterable: unknown, cls: PyType = setType): PySet {
  const s = new PySet(cls);
  if (iterable !== undefined) s.update(iterable);
  return s;
}

/**
 * The set operators (`|`, `&`, `-`, `^` and their in-place forms, numbered as
 * BINARY_OP's argument) with CPython's element order; undefined for other ops.
 */
export function setBinaryOp(a: PySet, b: PySet, op: number): PySet | undefined {
  switch (op) {
    case 7: { // |
      const r = a.copy();
      if (b !== a) r.merge(b);
      return r;
    }
    case 1: return a.intersection(b); // &
    case 10: return a.difference(b); // -
    case 12: return a.symmetricDifference(b); // ^
  }
  if (a.cls.isSubtypeOf(frozensetType)) return undefined; // frozensets have no in-place forms
  switch (op) {
    case 20: a.update(b); return a;
    case 14: a.intersectionUpdate(b); return a;
    case 23: a.differenceUpdate(b); return a;
    case 25: a.symmetricDifferenceUpdate(b); return a;
  }
  return undefined;
}

dictType.alloc = (cls) => new PyDict(cls);
setType.alloc = (cls) => new PySet(cls);
frozensetType.alloc = (cls) => new PySet(cls);
