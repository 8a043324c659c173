// "Did you mean: 'x'?" for NameError and AttributeError, with CPython 3.11's
// candidate lists and its weighted Levenshtein distance (case changes cost 1,
// other edits 2), so pygil suggests exactly what CPython suggests.

import type { PyBaseException } from '../runtime/exceptions.js';
import type { Frame } from './frame.js';
import type { PyDict } from '../runtime/dict.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

export function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bc = b[bi];
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(bc, a[i]);
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function bestSuggestion(wrong: string, candidates: string[]): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS) return null;
  if (wrong.length > MAX_STRING_SIZE) return null;
  let best = wrong.length;
  let suggestion: string | null = null;
  for (const name of candidates) {
    if (name === wrong) continue;
    let maxDistance = Math.floor((name.length + wrong.length + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(wrong, name, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}

type Suggestible = PyBaseException & { nameAttr?: string; attrName?: string; attrObj?: unknown; raisedIn?: Frame };

/** Names visible in a frame, in CPython's order: locals, globals, builtins. */
function frameNames(f: Frame, builtins: PyDict): string[] {
  const out: string[] = [];
  if (f.locals !== null) {
    for (const k of f.locals.map.keys()) if (typeof k === 'string') out.push(k);
  } else {
    const code = f.code;
    code.varnames.forEach((n, i) => {
      if (f.regs[i] !== undefined) out.push(n);
    });
  }
  for (const k of f.globals.map.keys()) if (typeof k === 'string') out.push(k);
  for (const k of builtins.map.keys()) if (typeof k === 'string') out.push(k);
  return out;
}

/** The suffix CPython appends to the exception line, or ''. */
export function suggestionSuffix(e: PyBaseException, builtins: PyDict | null, dirOf: (o: unknown) => string[]): string {
  const s = e as Suggestible;
  let name: string | undefined;
  let candidates: string[] | null = null;
  if (s.nameAttr !== undefined && s.raisedIn !== undefined && builtins !== null) {
    name = s.nameAttr;
    candidates = frameNames(s.raisedIn, builtins);
  } else if (s.attrName !== undefined && s.attrObj !== undefined) {
    name = s.attrName;
    try {
      candidates = dirOf(s.attrObj);
    } catch {
      return '';
    }
  }
  if (name === undefined || candidates === null) return '';
  const best = bestSuggestion(name, candidates);
  return best === null ? '' : `. Did you mean: '${best}'?`;
}

