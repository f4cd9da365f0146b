// Roles and affiliations of people: "CEO Mark Zuckerberg" (+ the company the sentence is about), "Vahan Petrosyan,
// Mitgründer der Datenplattform SuperAnnotate", "ehemaliger FTC-Topjurist John Newman", "Jack Rae von Google
// DeepMind", "dessen CEO Alexandr Wang", "Apple CEO Tim Cook", "Tim Cook, chief executive of Apple".
import type { Lexicon } from './lexicon-index';
import type { Resolved } from './propagate';
import type { Token } from './tokenize';
import { matchRole } from './matchers';

export interface RoleInfo {
  role: string | null;
  /** Entity id of the organisation. */
  affiliation: string | null;
}

const LINK_WORDS = /^(von|vom|bei|der|des|of|at|from|with|for|the|an|am|beim)$/i;
const ARTICLES = /^(ein|eine|einen|einem|einer|der|die|des|dem|den|the|a|an|its|their|his|her|former|ehemalige[rnm]?|frühere[rnm]?|neue[rnm]?|künftige[rnm]?|langjährige[rnm]?|als|as|then|new|long-time|longtime|deputy|stellvertretende[rnm]?)$/i;
const RELATIVE = /^(dessen|deren|whose|its|seine?m?|ihre?m?)$/i;

function sentenceIds(tokens: Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i && (/[.!?]["”“»]?\s/.test(tokens[i].gap) || tokens[i].gap.includes('\n'))) s++;
    ids[i] = s;
  }
  return ids;
}

export function assignRoles(tokens: Token[], text: string, spans: Resolved[], lex: Lexicon): Map<string, RoleInfo> {
  void text;
  const out = new Map<string, RoleInfo>();
  const sent = sentenceIds(tokens);
  const orgAt = new Map<number, Resolved>(); // by start token
  const orgEndingAt = new Map<number, Resolved>(); // by end token
  for (const s of spans)
    if (s.type !== 'person') {
      orgAt.set(s.start, s);
      orgEndingAt.set(s.end, s);
    }
  /** Org span at token k, allowing a cue noun or link words in between ("der Datenplattform SuperAnnotate"). */
  const orgAfter = (k: number): Resolved | null => {
    for (let steps = 0; steps < 3 && k < tokens.length; steps++) {
      const o = orgAt.get(k);
      if (o) return o;
      if (/[.!?;]/.test(tokens[k].gap) && steps) return null;
      k++;
    }
    return orgAt.get(k) ?? null;
  };
  const companiesBySentence = new Map<number, Resolved[]>();
  for (const s of spans) if (s.type === 'company') companiesBySentence.set(sent[s.start], [...(companiesBySentence.get(sent[s.start]) ?? []), s]);
  const nearestOrg = (p: Resolved, before: boolean): Resolved | null => {
    let best: Resolved | null = null;
    for (const s of companiesBySentence.get(sent[p.start]) ?? []) {
      if (before ? s.end <= p.start : s.start >= p.end) {
        if (!best || (before ? s.end > best.end : s.start < best.start)) best = s;
      }
    }
    return best;
  };

  for (const p of spans) {
    if (p.type !== 'person') continue;
    const prev = out.get(p.entity.id);
    if (prev?.role && prev.affiliation) continue;
    let role: string | null = null;
    let affiliation: Resolved | null = null;
    if (p.role) {
      role = p.role.text;
      const r = p.role.start;
      // "FTC-Topjurist", "Apple CEO Tim Cook", "Meta-Chef".
      affiliation = orgEndingAt.get(r) ?? null;
      if (!affiliation && r > 0 && RELATIVE.test(tokens[r - 1].text)) affiliation = nearestOrg(p, true);
      if (!affiliation && r > 0 && ARTICLES.test(tokens[r - 1].text)) affiliation = orgEndingAt.get(r - 1) ?? null;
    }
    // After the name: ", Mitgründer der Datenplattform SuperAnnotate", " als künftigen CEO von Scale AI", " von Google DeepMind".
    let k = p.end;
    if (k < tokens.length && sent[k] === sent[p.start]) {
      const comma = /^\s*,\s*$/.test(tokens[k].gap);
      while (k < tokens.length && k - p.end < 3 && ARTICLES.test(tokens[k].text)) k++;
      if (tokens[k + 1]?.gap === '-' && !matchRole(tokens, k, lex)) k++; // ", einen Top-Forscher"
      const after = matchRole(tokens, k, lex);
      if (after && (comma || k > p.end)) {
        role ??= after.role;
        let j = after.end;
        while (j < tokens.length && j - after.end < 2 && LINK_WORDS.test(tokens[j].text)) j++;
        affiliation ??= orgAfter(j);
      } else if (LINK_WORDS.test(tokens[p.end].text) && !comma) {
        affiliation ??= orgAfter(p.end + 1);
      }
    }
    // "... zum Chief AI Architect befördert", "named him as CFO": a role given later in the sentence wins.
    for (let j = p.end; j < tokens.length && sent[j] === sent[p.start] && j - p.end < 25; j++) {
      if (!/^(zum|zur|als|to|as)$/i.test(tokens[j].text) || spans.some((s) => s.type === 'person' && s.start > p.end && s.start <= j)) continue;
      const later = matchRole(tokens, j + 1, lex);
      if (later && later.end - j > 2) role = later.role; // multi-word titles only: "als Leiter" is too vague
      if (later) break;
    }
    if (role && !affiliation) affiliation = nearestOrg(p, true) ?? nearestOrg(p, false);
    if (role || affiliation) {
      out.set(p.entity.id, {
        role: prev?.role ?? normaliseRole(role),
        affiliation: prev?.affiliation ?? affiliation?.entity.id ?? null,
      });
    }
  }
  return out;
}

/** German inflected role nouns back to the dictionary form shown on the card ("Topjuristen" -> "Topjurist"). */
function normaliseRole(role: string | null): string | null {
  if (!role) return null;
  return role.replace(/(ist|ent|ant|oge|eut)(en|n)$/, '$1').replace(/^(\p{Lu}\p{Ll}+(?:chef|gründer|vorstand))s$/u, '$1');
}
