// The grammar's recorded form, saved at build time.
//
// Chevrotain learns a grammar by running every rule once in a "recording"
// mode that builds its GAST (grammar AST: rules, alternations, repetitions,
// terminals). That recording was the largest part of building the parser,
// and so of pygil's start-up. The build (scripts/bundle.js) records the
// grammar once, writes it with `saveGrammar`, and compiles the text into the
// bundle as the constant __PYGIL_GAST__; the parser then rebuilds the GAST
// from it (`loadGrammar`) instead of recording. Without the constant (tests
// and tools that run the TypeScript directly) the parser records as usual.
//
// Format: one JSON array per production, [kind, ...fields, children?]:
//   ['T', token name, idx, label?]        CONSUME
//   ['N', rule name, idx, label?]         SUBRULE
//   ['O' | 'R' | 'M', idx, children, maxLookahead?]   OPTION, MANY, AT_LEAST_ONE
//   ['S' | 'P', idx, separator token name, children]  MANY_SEP, AT_LEAST_ONE_SEP
//   ['A', idx, ignoreAmbiguities, hasPredicates, alternatives, maxLookahead?]
//     with each alternative [ignoreAmbiguities, children]
// and the whole grammar [[rule name, children], ...] in definition order.

import {
  Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory,
  RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Rule, Terminal,
  type IProduction, type TokenType,
} from 'chevrotain';

type Saved = unknown[];

/** The recorded grammar the build compiled in, or null when running unbundled. */
declare const __PYGIL_GAST__: string | undefined;

export function builtInGrammar(): string | null {
  return typeof __PYGIL_GAST__ === 'string' ? __PYGIL_GAST__ : null;
}

/** The JSON text of a recorded grammar (its rules in definition order). */
export function saveGrammar(rules: Rule[]): string {
  return JSON.stringify(rules.map((r) => [r.name, r.definition.map(saveProduction)]));
}

/** The fields the recorder sets beyond those Chevrotain's typings declare. */
interface Extra {
  label?: string;
  maxLookahead?: number;
  ignoreAmbiguities?: boolean;
  hasPredicates?: boolean;
}
const extra = (p: object): Extra => p as Extra;

function saveProduction(p: IProduction): Saved {
  const x = extra(p);
  const label: Saved = x.label === undefined ? [] : [x.label];
  const look: Saved = x.maxLookahead === undefined ? [] : [x.maxLookahead];
  if (p instanceof Terminal) return ['T', p.terminalType.name, p.idx, ...label];
  if (p instanceof NonTerminal) return ['N', p.nonTerminalName, p.idx, ...label];
  if (p instanceof Option) return ['O', p.idx, p.definition.map(saveProduction), ...look];
  if (p instanceof Repetition) return ['R', p.idx, p.definition.map(saveProduction), ...look];
  if (p instanceof RepetitionMandatory) return ['M', p.idx, p.definition.map(saveProduction), ...look];
  if (p instanceof RepetitionWithSeparator) return ['S', p.idx, p.separator.name, p.definition.map(saveProduction)];
  if (p instanceof RepetitionMandatoryWithSeparator) return ['P', p.idx, p.separator.name, p.definition.map(saveProduction)];
  if (p instanceof Alternation) {
    const alts = p.definition.map((a) => [extra(a).ignoreAmbiguities === true, (a as Alternative).definition.map(saveProduction)]);
    return ['A', p.idx, x.ignoreAmbiguities === true, x.hasPredicates === true, alts, ...look];
  }
  throw new Error(`saveGrammar: unexpected production ${p.constructor.name}`);
}

/** Rebuilds the rules saved by saveGrammar, by name (NonTerminals are left for Chevrotain to resolve). */
export function loadGrammar(text: string, tokens: readonly TokenType[]): Map<string, Rule> {
  const byName = new Map<string, TokenType>();
  for (const t of tokens) byName.set(t.name, t);
  const token = (name: string): TokenType => {
    const t = byName.get(name);
    if (t === undefined) throw new Error(`loadGrammar: unknown token ${name}`);
    return t;
  };
  // Chevrotain's constructors copy their options through lodash, which was
  // half of this function's time: the objects are made with the fields those
  // constructors would give them (`_definition` is what `definition` reads).
  const load = (s: Saved): IProduction => {
    const children = (x: unknown) => (x as Saved[]).map(load);
    const label = s[3] === undefined ? {} : { label: s[3] };
    const look = (x: unknown) => (x === undefined ? {} : { maxLookahead: x });
    switch (s[0]) {
      case 'T': return make(Terminal, { idx: s[2], terminalType: token(s[1] as string), ...label });
      case 'N': return make(NonTerminal, { _definition: [], idx: s[2], nonTerminalName: s[1], ...label });
      case 'O': return make(Option, { _definition: children(s[2]), idx: s[1], ...look(s[3]) });
      case 'R': return make(Repetition, { _definition: children(s[2]), idx: s[1], ...look(s[3]) });
      case 'M': return make(RepetitionMandatory, { _definition: children(s[2]), idx: s[1], ...look(s[3]) });
      case 'S': return make(RepetitionWithSeparator, { _definition: children(s[3]), idx: s[1], separator: token(s[2] as string) });
      case 'P': return make(RepetitionMandatoryWithSeparator, { _definition: children(s[3]), idx: s[1], separator: token(s[2] as string) });
      case 'A': {
        const alts = (s[4] as [boolean, Saved[]][]).map(([ignore, defs]) =>
          make(Alternative, { _definition: defs.map(load), ignoreAmbiguities: ignore }));
        return make(Alternation, { _definition: alts, idx: s[1], ignoreAmbiguities: s[2], hasPredicates: s[3], ...look(s[5]) });
      }
      default: throw new Error(`loadGrammar: unexpected production kind ${String(s[0])}`);
    }
  };
  const rules = new Map<string, Rule>();
  for (const [name, defs] of JSON.parse(text) as [string, Saved[]][]) {
    rules.set(name, make(Rule, { _definition: defs.map(load), orgText: '', name }));
  }
  return rules;
}

/** An instance of a GAST class with exactly `fields`, made without its constructor. */
function make<C extends abstract new (...args: never[]) => object>(cls: C, fields: Record<string, unknown>): InstanceType<C> {
  return Object.assign(Object.create(cls.prototype as object) as object, fields) as InstanceType<C>;
}
