// Companies, organisations and people in article text, German and English. Pure and fast: one tokenisation, one
// rule pass (scan.ts), one consistency pass (propagate.ts), then identifiers and roles. See issue 5.
import type { Entity, Mention } from '../types';
import { gazetteer, warmGazetteer, type Gazetteer, type KnownEntity } from './gazetteer';
import { lexicon, warmLexicon, type Lexicon } from './lexicon-index';
import { warmPeopleIndex } from './people-index';
import { tokenize, type Token } from './tokenize';
import { startScan, type ScanRun, type Span } from './scan';
import { propagate, type Resolved } from './propagate';
import { contextOrgs } from './context-orgs';
import { findIdentifiers } from './identifiers';
import { assignRoles } from './roles';
import { slug } from './matchers';
import { phaseRunner, type Phase, type SteppedRun } from '../stepped';

export interface RecogniseContext {
  lang: string | null;
  /** Company ids or names the reader follows. */
  watchlist: string[];
}

const GERMAN_HINTS = /\b(der|die|das|und|nicht|mit|für|von|ist|auf|dem|den|sich|eine?|wurde|auch)\b/g;
const ENGLISH_HINTS = /\b(the|and|of|with|for|is|on|that|was|has|by|from|said|its|are)\b/g;

export function guessLang(text: string, hint: string | null): 'de' | 'en' {
  const h = (hint ?? '').toLowerCase();
  if (h.startsWith('de')) return 'de';
  if (h.startsWith('en')) return 'en';
  const sample = text.slice(0, 3000);
  return (sample.match(GERMAN_HINTS)?.length ?? 0) > (sample.match(ENGLISH_HINTS)?.length ?? 0) ? 'de' : 'en';
}

export function recognise(text: string, ctx: RecogniseContext): Recognised {
  if (typeof text !== 'string' || !text) return { entities: [], mentions: [] };
  try {
    return recogniseStrict(text, ctx);
  } catch {
    return { entities: [], mentions: [] }; // never break the page on odd input
  }
}

/** Same as `recognise` but lets errors through: for tests and the evaluation, where a bug must not look like a miss. */
export function recogniseStrict(text: string, ctx: RecogniseContext, g: Gazetteer = gazetteer()): Recognised {
  const run = pipeline(text, ctx, g);
  for (const phase of run.phases) phase.run(); // without a clock each phase runs to its end
  return run.result();
}

export type Recognised = { entities: Entity[]; mentions: Mention[] };

/** A recognition that runs in slices: `step(yieldNow)` until it returns true, then `result()`. Never throws. */
export interface RecogniseRun extends SteppedRun<Recognised> {
  /** The phase the next step starts in ('done' at the end), so a caller can tell which phase a slow slice ran. */
  readonly phase: string;
}

/**
 * `recognise` in steps, for the content script: the token walk pauses between tokens, every other phase
 * (tokenisation, context organisations, propagation, identifiers, roles, the entity list) is a step of its own,
 * and the clock is asked between steps. The result is exactly that of `recognise`, errors included (empty).
 */
export function startRecognise(text: string, ctx: RecogniseContext): RecogniseRun {
  const empty = (): Recognised => ({ entities: [], mentions: [] });
  if (typeof text !== 'string' || !text) return { step: () => true, result: empty, phase: 'done' };
  const { phases, result } = pipeline(text, ctx);
  const runner = phaseRunner(phases);
  let out: Recognised | null = null;
  const step = (yieldNow?: () => boolean): boolean => {
    if (out) return true;
    try {
      if (!runner.step(yieldNow)) return false;
      out = result();
    } catch {
      out = empty(); // never break the page on odd input, as `recognise`
    }
    return true;
  };
  return {
    step,
    result() {
      step();
      return out ?? empty();
    },
    get phase() {
      return out ? 'done' : runner.phase;
    },
  };
}

/**
 * The recogniser's one pipeline, as phases over shared state run in order: tokenise and start the token walk, the
 * walk (returns false while it was asked to pause with tokens left), context organisations, propagation,
 * identifiers, roles, the entity list. `recogniseStrict` runs them straight through, `startRecognise` a slice at a time.
 */
function pipeline(text: string, ctx: RecogniseContext, given?: Gazetteer): { phases: Phase[]; result: () => Recognised } {
  let g: Gazetteer, lex: Lexicon, lang: 'de' | 'en', tokens: Token[], scanned: ScanRun, orgs: Span[], spans: Resolved[];
  let ids: ReturnType<typeof findIdentifiers>, roles: ReturnType<typeof assignRoles>, out: Recognised;
  const phases: Phase[] = [
    {
      name: 'tokenize',
      run: () => {
        g = given ?? gazetteer();
        lex = lexicon();
        lang = guessLang(text, ctx.lang);
        tokens = tokenize(text);
        scanned = startScan(tokens, g, lex, lang);
      },
    },
    { name: 'scan', run: (yieldNow) => scanned.step(yieldNow) },
    { name: 'context-orgs', run: () => void (orgs = contextOrgs(tokens, scanned.result(), g, lex, lang)) },
    { name: 'propagate', run: () => void (spans = propagate(tokens, text, orgs, lex, lang)) },
    { name: 'identifiers', run: () => void (ids = findIdentifiers(text, g)) },
    { name: 'roles', run: () => void (roles = assignRoles(tokens, text, spans, lex)) },
    { name: 'assemble', run: () => void (out = assemble(text, ctx, tokens, spans, ids, roles)) },
  ];
  return { phases, result: () => out };
}

function assemble(text: string, ctx: RecogniseContext, tokens: Token[], spans: Resolved[], ids: ReturnType<typeof findIdentifiers>, roles: ReturnType<typeof assignRoles>): Recognised {
  const mentions: Mention[] = [];
  const byId = new Map<string, Entity>();
  const touch = (known: KnownEntity): Entity => {
    let e = byId.get(known.id);
    if (!e) {
      e = { id: known.id, type: known.type, name: known.name, ticker: known.ticker, isin: known.isin, wkn: known.wkn, exchange: known.exchange, role: null, affiliation: null, mentions: 0, watched: false };
      byId.set(known.id, e);
    }
    return e;
  };
  for (const s of spans) {
    if (ids.some((h) => h.start < tokens[s.end - 1].end && tokens[s.start].start < h.end)) continue;
    const start = tokens[s.start].start;
    // "Nico G.", "Susanne R.": an abbreviated surname keeps its dot (the tokens leave punctuation out).
    const last = tokens[s.end - 1];
    // "Yahoo!": a name that ends in punctuation keeps it where the text has it.
    const end = (s.type === 'person' && /^\p{Lu}$/u.test(last.text) && text[last.end] === '.') || (text[last.end] === '!' && s.entity.name.endsWith('!')) ? last.end + 1 : last.end;
    const e = touch(s.entity);
    e.mentions++;
    mentions.push({ entityId: e.id, type: e.type, start, end, text: text.slice(start, end) });
  }
  for (const id of ids) {
    const e = touch(id.entity);
    e.ticker ??= id.kind === 'ticker' ? id.value : null;
    e.isin ??= id.kind === 'isin' ? id.value : null;
    e.wkn ??= id.kind === 'wkn' ? id.value : null;
    if (id.exchange) e.exchange ??= id.exchange;
    e.mentions++;
    mentions.push({ entityId: e.id, type: e.type, start: id.start, end: id.end, text: text.slice(id.start, id.end) });
  }
  for (const [id, r] of roles) {
    const e = byId.get(id);
    if (!e) continue;
    e.role = r.role;
    e.affiliation = r.affiliation;
  }
  const watch = new Set((ctx.watchlist ?? []).map((w) => slug(w)));
  if (watch.size) for (const e of byId.values()) if (e.type === 'company' && (watch.has(slug(e.id)) || watch.has(slug(e.name)))) e.watched = true;
  const byName = nameOrder();
  const entities = [...byId.values()].sort((a, b) => Number(b.watched) - Number(a.watched) || b.mentions - a.mentions || byName(a.name, b.name));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions };
}

/**
 * The recogniser's indexes are built on first use. Callers that care about long tasks (the content script) hydrate
 * them a slice at a time first, in this order (the lexicon holds the people index): call each with a clock until it
 * returns true. The result is the same either way.
 */
export const RECOGNISER_WARMUP: readonly { name: string; warm: (yieldNow: () => boolean) => boolean }[] = [
  { name: 'gazetteer', warm: warmGazetteer },
  { name: 'people', warm: warmPeopleIndex },
  { name: 'lexicon', warm: warmLexicon },
];

/**
 * Ties (same mentions) in a fixed order by code unit: the same in every browser locale and in the CLI, and free.
 * `localeCompare` looked up a collator on every call, and creating one Intl.Collator still cost about 14 ms on a
 * fresh page in Chromium (CPU profile).
 */
function nameOrder(): (a: string, b: string) => number {
  return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
}
