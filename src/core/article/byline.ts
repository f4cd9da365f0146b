// Bylines as plain name lists: "By Jane Doe, Reuters · 12 June 2025" -> "Jane Doe". Labels, dates, roles
// and outlets around the name are page furniture; the name list is what a reader would cite.
import { BLOCK_TAGS, isSkippedElement } from '../text';
import { decodeEntities } from './headline';

const ws = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const BY_PREFIX =
  /^(?:(?:[Ww]ritten|WRITTEN|[Pp]osted|[Pp]ublished|[Rr]eviewed|[Ee]dited|[Aa]rticle|[Gg]uide|[Ss]tory|[Tt]ext|[Pp]ost)\s*)?(?:[Bb][Yy]|[Vv]on|VON|[Aa]utor(?:in|en)?|[Aa]uthor|AUTHOR|[Vv]erfasst von|[Gg]eschrieben von)(?:\s*:\s*|\s+|(?=\p{Lu}))|^(?:[Aa]uthors|AUTHORS|[Cc]ontributors?|CONTRIBUTORS?)\s*:\s*/u;
/** A chunk that is nothing but a label: "By", "Written by", "Author:", "Contributors". */
const LABEL_ONLY =
  /^(?:(?:written|posted|published|reviewed|edited|article|story|text)\s+)?(?:by|von|autor(?:in|en)?|authors?|contributors?|verfasst von|geschrieben von|redaktion|byline|posted|written)\s*:?$/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|mär|mai|okt|dez)[a-zäé]*\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?';
const DATE_ANY = new RegExp(`(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s*${MONTH},?\\s*\\d{4}|${MONTH}\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`, 'i');
const LEADING_DATE = new RegExp(`^(?:${WEEKDAY}\\s*)?${DATE_ANY.source}\\s*(?:[-–|•·,]\\s*)?(?:by\\s+)?`, 'i');
const TRAILING_META = new RegExp(
  `\\s*(?:[-–|•·,]\\s*)?(?:(?:last\\s+)?updated|aktualisiert|published|posted|veröffentlicht|on|am|\\d+\\s*min(?:ute)?s?\\s+read)?\\s*:?\\s*(?:${WEEKDAY}\\s*)?(?:${DATE_ANY.source}|\\d+\\s*min(?:ute)?s?\\s+read).*$`,
  'i',
);
/** "BeauHD on Friday", "Jane Doe am Montag". */
const TRAILING_DAY = /\s+(?:on|am)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b.*$/i;
/** A comma segment that names a job or an outlet, not a person: "Jane Doe, Senior Editor", "By X, The Times". */
const ROLE_SEGMENT =
  /^(?:the\s|staff\b|reuters\b|ap\b|afp\b|dpa\b|bloomberg\b|associated press\b)|\b(?:director|editor|writer|reporter|correspondent|journalist|manager|coordinator|consultant|contributor|columnist|analyst|strategist|specialist|officer|founder|co-founder|president|ceo|cto|cfo|head of|chief|senior|lead|associate|intern|fellow|producer|redakteur(?:in)?|korrespondent(?:in)?|chefredakteur(?:in)?)\b/i;

/** The byline part of a " | "-separated text: label-only and date-only chunks before the name are skipped. */
function firstNameChunk(s: string): string {
  const chunks = s.split(/\s*[|•·]\s*/);
  for (const c of chunks) {
    const t = c.trim();
    if (!t || LABEL_ONLY.test(t) || (DATE_ANY.test(t) && t.replace(DATE_ANY, '').replace(/[\s,:.\-–0-9apm]+/gi, '').length < 3)) continue;
    return t;
  }
  return '';
}

/** Cuts trailing ", Senior Editor" / ", The Commercial Appeal" segments (the name before them stays). */
function dropRoleSegments(s: string): string {
  const parts = s.split(/,\s+/);
  for (let i = 1; i < parts.length; i++) if (ROLE_SEGMENT.test(parts[i])) return parts.slice(0, i).join(', ');
  return s;
}

/** "Meghan Muster Content Marketing Coordinator": a job title glued after the name, without a comma. */
const ROLE_WORDS = ['coordinator', 'director', 'manager', 'editor', 'writer', 'reporter', 'correspondent', 'journalist', 'consultant',
  'contributor', 'columnist', 'analyst', 'strategist', 'specialist', 'officer', 'producer', 'redakteur(?:in)?', 'korrespondent(?:in)?'];
// Case-sensitive on purpose: with the i flag \p{Lu} would match any letter and the name could swallow the title.
const TRAILING_ROLE = new RegExp(
  String.raw`^(\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)??)\s+(?:\p{Lu}[\p{L}&-]*\s+){0,4}(?:` +
    ROLE_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|') + ')$',
  'u',
);
function dropTrailingRole(s: string): string {
  const m = TRAILING_ROLE.exec(s);
  return m ? m[1] : s;
}

/** A byline as a plain name list: no "By", no dates, no role suffix after a pipe. Null when it is not a name. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  let s = ws(decodeEntities(raw ?? ''));
  if (!s) return null;
  s = s.replace(LEADING_DATE, '');
  s = s.replace(/^this\s+(?:post|article|story|guide)\s+was\s+(?:written|created|authored)\s+by\s+/i, '');
  s = s.replace(/^(?:(?:read|view|see)\s+(?:all|more)\s+(?:articles|posts|stories)\s+(?:by|from)|read more from|more from|insights from|published in|posted in|articles? by|all posts by|meet)\s*/i, '');
  s = s.replace(BY_PREFIX, '');
  s = firstNameChunk(s);
  s = s.replace(BY_PREFIX, '');
  s = s.replace(TRAILING_META, '');
  s = s.replace(TRAILING_DAY, '');
  s = s.replace(/\s*(?:last\s+)?updated\s*:.*$/i, '');
  s = s.replace(/^["'“”„]+|["'“”]+$/g, '');
  s = s.replace(/^[,;:\s-]+|[,;:\s-]+$/g, '');
  s = dropRoleSegments(s);
  s = dropTrailingRole(s);
  if (!s || s.length > 200 || /^https?:|www\./i.test(s) || /@/.test(s) || LABEL_ONLY.test(s)) return null;
  // Comment headers ("Jane says"), form labels ("Name *"), link labels ("Learn more >>").
  if (/\s(says|sagt|schreibt|wrote)$|\*$|^(name|learn more|read more|mehr|weiterlesen|the author|der autor|die autorin|sign in|log in|anmelden|follow)\b/i.test(s)) return null;
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

/** Does this look like a person's or team's name rather than a sentence, a date or a user handle? */
export function looksLikeName(s: string): boolean {
  if (s.length > 120 || /\d{3,}|[.!?]$/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 12) return false;
  if (/[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u.test(s)) return false;
  // "andrew.keaveney", "kffnirmitap": handles, not names.
  if (words.length === 1 && (/[._]/.test(s) || s === s.toLowerCase())) return false;
  return true;
}

/**
 * The text of a byline element with " | " where the page separates parts by layout: between blocks, and
 * between elements whose texts touch ("<div>Liza Burke</div><div>Marketing Director</div>" reads as two lines,
 * not "Liza BurkeMarketing Director"). Iterative, cut off after `max` characters.
 */
export function bylineText(el: Element | null | undefined, max = 300): string {
  if (!el) return '';
  let out = '';
  let touching = false; // an element just ended: text right after it, with no space, starts a new part
  // 0 marks the end of an inline element, 1 the end of a block.
  const stack: Array<Node | 0 | 1> = [el];
  while (stack.length && out.length < max) {
    const n = stack.pop()!;
    if (n === 0) {
      touching = true;
      continue;
    }
    if (n === 1) {
      out += ' | ';
      continue;
    }
    if (n.nodeType === 3) {
      const d = (n as Text).data.replace(/[\s\u00a0]+/g, ' ');
      if (touching && /^[^\s,;:.)]/.test(d) && /\S$/.test(out)) out += ' | ';
      out += d;
      touching = false;
    } else if (n.nodeType === 1 && (n === el || !isSkippedElement(n as Element))) {
      const block = BLOCK_TAGS.has((n as Element).tagName.toUpperCase());
      if (block) out += ' | ';
      stack.push(block ? 1 : 0);
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out.replace(/\s+/g, ' ').replace(/(?:\s*\|\s*)+/g, ' | ').replace(/^ ?\| ?| ?\| ?$/g, '').trim().slice(0, max);
}
