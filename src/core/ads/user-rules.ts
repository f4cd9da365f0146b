// The reader's own hiding rules in the common `domain##selector` syntax:
//   ##.banner                   every site
//   example.com,b.org##div.ad   these sites (and their subdomains); `~a.com` excludes a site
//   ##div.box:has(> img.sponsor)          CSS, including :has() where the browser supports it
//   ##.mleft-10:has-text(Werbung) + .box  :has-text(text) or :has-text(/regex/i), evaluated here
// Lines starting with "!" are comments. Parsing never throws: bad lines come back as errors with a message.

export interface UserRule {
  line: number;
  include: string[];
  exclude: string[];
  selector: string;
  steps: Step[];
}

/** A selector split at :has-text(): `css` then, per step, a text test and an optional combinator + css after it. */
interface Step {
  css: string;
  text: RegExp | string | null;
  /** Combinator to the next step: ' ', '>', '+', '~'. */
  next: string | null;
}

export interface RuleError {
  line: number;
  message: string;
}

const HAS_TEXT = ':has-text(';

function parseTextArg(arg: string): RegExp | string | { error: string } {
  const re = /^\/(.+)\/([imsu]*)$/s.exec(arg);
  if (!re) return arg.replace(/^["']|["']$/g, '');
  try {
    return new RegExp(re[1]!, re[2]!.includes('i') ? re[2] : re[2] + '');
  } catch {
    return { error: `invalid regular expression ${arg}` };
  }
}

/** Splits "a:has-text(x) + b" into steps; returns an error message for shapes we cannot evaluate. */
function splitSteps(selector: string): Step[] | string {
  const steps: Step[] = [];
  let rest = selector;
  for (;;) {
    const at = rest.indexOf(HAS_TEXT);
    if (at < 0) {
      steps.push({ css: rest.trim(), text: null, next: null });
      break;
    }
    // Find the closing parenthesis, allowing nested ones inside a regex.
    let depth = 1;
    let k = at + HAS_TEXT.length;
    for (; k < rest.length && depth > 0; k++) {
      if (rest[k] === '(') depth++;
      else if (rest[k] === ')') depth--;
    }
    if (depth !== 0) return 'unbalanced parentheses in :has-text()';
    const css = rest.slice(0, at).trim();
    if (/:has\([^)]*$/.test(css)) return ':has-text() inside :has() is not supported; put it on the outer element';
    const arg = parseTextArg(rest.slice(at + HAS_TEXT.length, k - 1).trim());
    if (typeof arg === 'object' && !(arg instanceof RegExp)) return arg.error;
    if (arg === '') return ':has-text() needs a text';
    let after = rest.slice(k);
    const comb = /^\s*([>+~])\s*|^\s+/.exec(after);
    const next = after.trim() === '' ? null : comb ? (comb[1] ?? ' ') : null;
    if (after.trim() !== '' && !comb) return 'after :has-text() only a combinator and another selector may follow';
    if (comb) after = after.slice(comb[0].length);
    steps.push({ css: css || '*', text: arg, next });
    if (!next) break;
    rest = after;
  }
  return steps;
}

function validCss(css: string, probe: Document | undefined): boolean {
  if (!css) return false;
  if (!probe) return true;
  try {
    probe.createElement('div').querySelector(css);
    return true;
  } catch {
    return false;
  }
}

/** Parses the rules text line by line. `probe` (any Document) lets selectors be checked by the real engine. */
export function parseUserRules(text: string, probe?: Document): { rules: UserRule[]; errors: RuleError[] } {
  const rules: UserRule[] = [];
  const errors: RuleError[] = [];
  const lines = String(text ?? '').split(/\r?\n/);
  lines.forEach((raw, idx) => {
    const line = idx + 1;
    const s = raw.trim();
    if (!s || s.startsWith('!')) return;
    if (s.includes('#@#')) return void errors.push({ line, message: 'exception rules (#@#) are not supported' });
    if (s.includes('#?#') || s.includes('#$#') || s.includes('##+js')) {
      return void errors.push({ line, message: 'only plain "##" hiding rules are supported' });
    }
    const sep = s.indexOf('##');
    if (sep < 0) return void errors.push({ line, message: 'missing "##": write domain##selector or ##selector' });
    const domains = s.slice(0, sep).split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
    const bad = domains.find((d) => !/^~?[a-z0-9*]([a-z0-9.*-]*[a-z0-9*])?$/.test(d));
    if (bad) return void errors.push({ line, message: `invalid domain "${bad}"` });
    const selector = s.slice(sep + 2).trim();
    if (!selector) return void errors.push({ line, message: 'empty selector after "##"' });
    const steps = splitSteps(selector);
    if (typeof steps === 'string') return void errors.push({ line, message: steps });
    for (let k = 0; k < steps.length; k++) {
      const css = k === 0 ? steps[k]!.css : `*${steps[k - 1]!.next === ' ' ? ' ' : steps[k - 1]!.next}${steps[k]!.css}`;
      if (!validCss(css, probe)) return void errors.push({ line, message: `invalid CSS selector "${steps[k]!.css}"` });
    }
    rules.push({
      line,
      include: domains.filter((d) => !d.startsWith('~')),
      exclude: domains.filter((d) => d.startsWith('~')).map((d) => d.slice(1)),
      selector,
      steps,
    });
  });
  return { rules, errors };
}

const domainMatches = (host: string, d: string): boolean => {
  if (d.endsWith('.*')) {
    const base = d.slice(0, -2);
    return new RegExp(`(^|\\.)${base.replace(/[.]/g, '\\.')}\\.[a-z]+(\\.[a-z]+)?$`).test(host);
  }
  return host === d || host.endsWith('.' + d);
};

export function ruleApplies(rule: UserRule, host: string | null): boolean {
  if (host && rule.exclude.some((d) => domainMatches(host, d))) return false;
  if (!rule.include.length) return true;
  return !!host && rule.include.some((d) => domainMatches(host, d));
}

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ');

function textMatches(el: Element, test: RegExp | string): boolean {
  const t = textOf(el);
  return typeof test === 'string' ? t.includes(test) : test.test(t);
}

function related(el: Element, from: ReadonlySet<Element>, comb: string): boolean {
  if (comb === '>') return !!el.parentElement && from.has(el.parentElement);
  if (comb === '+') return !!el.previousElementSibling && from.has(el.previousElementSibling);
  if (comb === '~') {
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (from.has(s)) return true;
    return false;
  }
  for (let p = el.parentElement; p; p = p.parentElement) if (from.has(p)) return true;
  return false;
}

/** Elements a rule matches in `doc`. Never throws: an unsupported selector matches nothing. */
export function matchRule(doc: Document, rule: UserRule): Element[] {
  try {
    let current: Element[] = [];
    let prevComb: string | null = null;
    for (let k = 0; k < rule.steps.length; k++) {
      const step = rule.steps[k]!;
      let found: Element[];
      if (k === 0) found = [...doc.querySelectorAll(step.css)];
      else {
        const from = new Set(current);
        found = [...doc.querySelectorAll(step.css)].filter((el) => related(el, from, prevComb ?? ' '));
      }
      current = step.text === null ? found : found.filter((el) => textMatches(el, step.text!));
      prevComb = step.next;
      if (!current.length) break;
    }
    return current;
  } catch {
    return [];
  }
}
