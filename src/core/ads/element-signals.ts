// Signals one element gives by itself, read from its tag and attributes only (no text): ad slots and iframes,
// ad id/class tokens, label classes, and links through ad redirectors.
import type { BlockKind } from '../types';
import {
  AD_HOSTS, AD_TOKENS, AD_TOKEN_SHAPE, AD_TOKEN_VETO, BROKER_SLUG, ISSUER_SLUG, LABEL_TOKENS, LEVERAGE_TOKENS, PROMO_TOKENS,
  REDIRECT_HREF, WEAK_AD_TOKENS, WEAK_TOKEN_VETO,
} from './vocab';
import { LABEL_WORDS } from './vocab';
import { normalizeLabel } from './text-signals';

export type SignalType = 'slot' | 'token' | 'weak-token' | 'label-class' | 'label-attr' | 'link';

const LABEL_ATTRS = new Set(['data-lbl', 'data-label', 'data-ad-label', 'data-adlabel', 'aria-label', 'title', 'data-title']);
const SLOT_ATTR = /^data-(?:ad-?slot|ad-?unit|ad-client|ad-wrapper|adzone|revive-zoneid|google-query-id|ad-position|ad-placement|outbrain|taboola|plista|dfp|gpt)/;
/** data-* attributes named after ads ("data-ad", "data-sdg-ad", "data-ad-placeholder", "data-is-sponsored"). */
const AD_DATA_ATTR = /^data-(?:[a-z0-9]+-)*(?:ad|ads|adslot|adunit|adzone|sponsored)(?:-[a-z0-9-]+)?$/;
const TEST_ID_ATTR = new Set(['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-component']);
/** Attribute names that hold a slot's position or format. */
const FORMAT_ATTR = /(?:^|[-_])(?:id|slot|position|pos|format|size|placement|zone|adtype)\d*$/;
/** Ad format names used as slot names across ad servers. */
const AD_FORMAT = /^(?:[a-z]+[-_])?(?:billboard|superbanner|skyscraper|leaderboard|mrec|halfpage|half-page|wallpaper|fireplace|sitebar|outofpage|medium[-_]?rectangle|rectangle|sky)(?:[-_]?\d+)?$/;

/** Cheap test before tokenising: an id/class without any of these substrings cannot hold an ad token. */
const TOKEN_HINT = /ad|anzeig|werb|spons|publici|pubblici|reklam|mainos|zergnet|trendmd|ajdg|odb|a-rec|samcode|revcontent|nexus|sponsor|banner|billboard|sky|rectangle|mrec|leaderboard|halfpage|wallpaper|outbrain|taboola|plista|nativendo|yoc|gpt|dfp|smartbroker|knockout|hebel|leverage|derivative|criteo|teads|ligatus|stroeer|promo|commercial|interstitial|issuer|hint|notice|marker|badge|flag|lynx/i;

export interface DirectSignal {
  i: number;
  type: SignalType;
  kind: BlockKind;
  reason: string;
}

/**
 * Splits "adSlot-top_2 banner" into ["ad", "slot", "adslot", "top", "2", "adslottop2", "banner"]: words at
 * separators and camelCase humps, plus each class/id joined without separators ("ad-slot" -> "adslot").
 * A hand-written loop: this runs for every element of the page.
 */
export function tokensOf(value: string): string[] {
  const out: string[] = [];
  let word = '';
  let joined = '';
  let parts = 0;
  const endWord = () => {
    if (word) {
      out.push(word);
      joined += word;
      parts++;
      word = '';
    }
  };
  const endName = () => {
    endWord();
    if (parts > 1) out.push(joined);
    joined = '';
    parts = 0;
  };
  let prevLower = false;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    const upper = c >= 65 && c <= 90;
    const lower = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (c === 32 || c === 9 || c === 10) {
      endName();
      prevLower = false;
    } else if (upper) {
      if (prevLower) endWord();
      word += String.fromCharCode(c + 32);
      prevLower = false;
    } else if (lower) {
      word += value[k];
      prevLower = true;
    } else {
      endWord();
      prevLower = false;
    }
  }
  endName();
  return out;
}

const isAdHost = (src: string): boolean => {
  const s = src.toLowerCase();
  return AD_HOSTS.some((h) => s.includes(h));
};

type TokenHit = { kind: BlockKind; token: string; label: boolean; weak: boolean } | null;
/** Pages repeat the same class lists hundreds of times; the verdict per id+class string is cached. */
const TOKEN_CACHE = new Map<string, TokenHit>();

/** Class names that classify a post by its tags or category (WordPress "tag-ads", "category-werbung"): not ads. */
const TAXONOMY_NAME = /^(?:tag|tags|category|cat|topic|keyword|rubrik|ressort|schlagwort)[-_]/i;

/** What one class name (or id) says on its own; `veto` cancels its own hit only ("ad-free"). */
interface NameVerdict {
  hit: string | null;
  weak: string | null;
  veto: boolean;
  weakVeto: boolean;
  label: boolean;
}
const SKIP_NAME: NameVerdict = { hit: null, weak: null, veto: false, weakVeto: false, label: false };
/** Class names repeat across elements and pages far more than whole id+class strings (ids are often unique). */
const NAME_CACHE = new Map<string, NameVerdict>();

function nameVerdict(name: string): NameVerdict {
  let v = NAME_CACHE.get(name);
  if (v) return v;
  if (TAXONOMY_NAME.test(name)) v = SKIP_NAME;
  else {
    v = { hit: null, weak: null, veto: false, weakVeto: false, label: false };
    for (const t of tokensOf(name)) {
      if (LABEL_TOKENS.has(t)) v.label = true;
      if (AD_TOKENS.has(t) || AD_TOKEN_SHAPE.test(t)) v.hit ??= t;
      else if (WEAK_AD_TOKENS.has(t)) v.weak ??= t;
      if (AD_TOKEN_VETO.has(t)) v.veto = true;
      if (WEAK_TOKEN_VETO.has(t)) v.weakVeto = true;
    }
  }
  if (NAME_CACHE.size > 20_000) NAME_CACHE.clear();
  NAME_CACHE.set(name, v);
  return v;
}

/** Verdict for one id+class string: per class name, so a veto ("ad-free") only cancels its own name. */
function tokenSignal(key: string): TokenHit {
  let hit: string | null = null;
  let weak: string | null = null;
  let label = false;
  for (const name of key.split(/\s+/)) {
    if (!name) continue;
    const v = nameVerdict(name);
    if (v.label) label = true;
    if (v.veto) continue;
    hit ??= v.hit;
    if (!v.weakVeto) weak ??= v.weak;
  }
  const token = hit ?? weak;
  if (!token && !label) return null;
  const t = token ?? 'label';
  const kind: BlockKind = LEVERAGE_TOKENS.has(t) ? 'leverage' : PROMO_TOKENS.has(t) ? 'promo' : 'ad';
  return { kind, token: t, label, weak: !hit };
}

export function directSignal(el: Element, tag: string, i: number): DirectSignal | null {
  if (tag === 'BODY' || tag === 'HTML') return null;
  if (tag === 'AMP-AD' || tag === 'AMP-EMBED') return { i, type: 'slot', kind: 'ad', reason: 'slot:amp-ad' };
  // One call for the attribute names (most elements have none or only a class): cheaper than asking for each.
  const names = el.getAttributeNames();
  if (!names.length && !tag.includes('-')) return null;
  let id = '';
  let cls = '';
  for (const n of names) {
    if (n === 'id') id = el.getAttribute('id') ?? '';
    else if (n === 'class') cls = el.getAttribute('class') ?? '';
  }
  // 1. Ad slots and ad iframes: certain by construction.
  if (tag === 'INS' && /\badsbygoogle\b/.test(cls)) return { i, type: 'slot', kind: 'ad', reason: 'slot:adsbygoogle' };
  if (id && /^(?:div-gpt-ad|google_ads_|gpt-ad|dfp-ad|adnz_|yoc_|taboola-|outbrain_widget|nativendo)/i.test(id)) {
    return { i, type: 'slot', kind: 'ad', reason: `slot:#${id.slice(0, 24)}` };
  }
  if (tag === 'IFRAME') {
    const src = el.getAttribute('src') ?? el.getAttribute('data-src') ?? '';
    if ((src && isAdHost(src)) || /^(?:google_ads|aswift_)/i.test(id) || /^google_ads/i.test(el.getAttribute('name') ?? '')) {
      return { i, type: 'slot', kind: 'ad', reason: 'iframe:ad-host' };
    }
  }
  let testId = '';
  for (const raw of names) {
    if (raw.length < 5) continue;
    const name = raw.toLowerCase();
    if (LABEL_ATTRS.has(name)) {
      // 2. A label given as an attribute (shown through CSS ::before, a tooltip, or for screen readers).
      const v = el.getAttribute(raw);
      if (v && v.length <= 40 && LABEL_WORDS.has(normalizeLabel(v))) {
        return { i, type: 'label-attr', kind: 'ad', reason: `label-attr:${name}` };
      }
      continue;
    }
    if (SLOT_ATTR.test(name)) return { i, type: 'slot', kind: 'ad', reason: `slot:[${name}]` };
    // Looser: "data-ads" may also configure ads of a content embed (a video), so only text-free blocks go.
    if (AD_DATA_ATTR.test(name) && !/hoc|block/.test(name) && !/^(?:false|0|no)$/i.test(el.getAttribute(raw) ?? '')) {
      return { i, type: 'weak-token', kind: 'ad', reason: `slot:[${name}]` };
    }
    if (TEST_ID_ATTR.has(name)) testId = el.getAttribute(raw) ?? '';
    // A slot named by its ad format in a data attribute (kas-id="billboard", data-position="superbanner").
    else if (FORMAT_ATTR.test(name) && name !== 'id' && name !== 'class') {
      const v = (el.getAttribute(raw) ?? '').toLowerCase();
      if (v.length <= 40 && AD_FORMAT.test(v)) return { i, type: 'slot', kind: 'ad', reason: `slot:format` };
    }
  }
  // 3. Links through ad redirectors or marked sponsored.
  if (tag === 'A') {
    const href = el.getAttribute('href') ?? '';
    const rel = (el.getAttribute('rel') ?? '').toLowerCase();
    if (REDIRECT_HREF.test(href) || /\bsponsored\b/.test(rel)) {
      const kind: BlockKind = ISSUER_SLUG.test(href) ? 'leverage' : BROKER_SLUG.test(href) ? 'promo' : 'ad';
      return { i, type: 'link', kind, reason: /\bsponsored\b/.test(rel) ? 'link:rel-sponsored' : 'link:redirect' };
    }
  }
  // 4. id/class tokens.
  // Custom elements name themselves ("hl-adsense", "app-ad-slot"): their tag counts like a class.
  // Test ids name components ("prism-ad-wrapper", "ResponsiveAdSlot"): read like class names.
  const custom = (tag.includes('-') ? tag.toLowerCase() : '') + (testId ? ' ' + testId : '');
  if (!id && !cls && !custom) return null;
  const key = custom ? `${id} ${cls} ${custom}` : id + ' ' + cls;
  if (!TOKEN_HINT.test(key)) return null;
  let tok = TOKEN_CACHE.get(key);
  if (tok === undefined) {
    if (TOKEN_CACHE.size > 20_000) TOKEN_CACHE.clear();
    tok = tokenSignal(key);
    TOKEN_CACHE.set(key, tok);
  }
  if (!tok) return null;
  if (tok.label) return { i, type: 'label-class', kind: tok.kind, reason: `label-class:${tok.token}` };
  return { i, type: tok.weak ? 'weak-token' : 'token', kind: tok.kind, reason: `token:${tok.token}` };
}
