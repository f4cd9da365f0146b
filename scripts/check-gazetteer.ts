// Checks the whole company gazetteer (every src/data/companies/*.json, whoever wrote it):
//   hard errors (exit 1): schema, ISIN check digit, WKN != wknFromIsin for DE000 ISINs, an entry missing the index
//                         of its file, the same id with different name/ticker/isin across files, one alias for two ids;
//   report only (exit 0): differences from ../shared/corpus/entities/reference-companies (names, tickers, members we
//                         lack, ISINs that FinanceDatabase lists differently), when that folder exists.
// Usage: node bin/run-ts.mjs scripts/check-gazetteer.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isinCheckDigitValid, wknFromIsin, type CompanyEntry } from '../src/data/schema.ts';

/** Index each index file stands for; an entry in that file must carry it in `indices`. */
export const FILE_INDEX: Record<string, string> = {
  dax: 'DAX', mdax: 'MDAX', sdax: 'SDAX', tecdax: 'TecDAX', eurostoxx50: 'EURO STOXX 50',
  ftse100: 'FTSE 100', smi: 'SMI', atx: 'ATX', sp500: 'S&P 500', nasdaq100: 'Nasdaq-100',
};
export const KNOWN_INDICES = new Set(Object.values(FILE_INDEX));

/** Old German share lines whose WKN predates the DE000+WKN ISIN pattern (verified by hand, not derivable). */
export const WKN_EXCEPTIONS: Record<string, string> = { DE0007030033: '703000' /* Rheinmetall */ };

const FIELDS = new Set(['id', 'name', 'aliases', 'ticker', 'exchange', 'isin', 'wkn', 'country', 'indices', 'private']);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() === v && v.length > 0;

/** Problems of one entry (empty = valid); `fileStem` adds the file's own rules (index file, private.json). */
export function validateEntry(e: unknown, fileStem = ''): string[] {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return ['not an object'];
  const r = e as Record<string, unknown>;
  const errors: string[] = [];
  for (const k of Object.keys(r)) if (!FIELDS.has(k)) errors.push(`unknown field "${k}"`);
  if (!isText(r.id) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id)) errors.push(`id "${String(r.id)}" is not a slug`);
  if (!isText(r.name)) errors.push('name missing');
  if (!Array.isArray(r.aliases) || !r.aliases.every(isText)) errors.push('aliases must be non-empty strings');
  else if (new Set(r.aliases.map((a) => a.toLowerCase())).size !== r.aliases.length) errors.push('repeated alias');
  for (const k of ['ticker', 'exchange'] as const) if (r[k] !== undefined && !isText(r[k])) errors.push(`${k} empty`);
  if (r.isin !== undefined && (typeof r.isin !== 'string' || !isinCheckDigitValid(r.isin)))
    errors.push(`ISIN ${String(r.isin)} fails the check digit`);
  if (r.wkn !== undefined && (typeof r.wkn !== 'string' || !/^[A-Z0-9]{6}$/.test(r.wkn))) errors.push('bad WKN');
  if (typeof r.isin === 'string' && typeof r.wkn === 'string') {
    const implied = WKN_EXCEPTIONS[r.isin] ?? wknFromIsin(r.isin);
    if (implied && implied !== r.wkn) errors.push(`WKN ${r.wkn} but ISIN ${r.isin} implies ${implied}`);
  }
  if (r.country !== undefined && (typeof r.country !== 'string' || !/^[A-Z]{2}$/.test(r.country)))
    errors.push('country must be ISO alpha-2');
  if (r.indices !== undefined && (!Array.isArray(r.indices) || !r.indices.every(isText))) errors.push('bad indices');
  if (r.private !== undefined && typeof r.private !== 'boolean') errors.push('private must be boolean');
  const own = FILE_INDEX[fileStem];
  if (own && !(Array.isArray(r.indices) && r.indices.includes(own))) errors.push(`in ${fileStem}.json without "${own}"`);
  if (fileStem === 'private' && r.private !== true) errors.push('in private.json without private: true');
  return errors;
}

export interface Report { errors: string[]; warnings: string[]; }

/** Cross-file rules: one id = one company (same name/ticker/isin everywhere), one alias = one id. */
export function crossCheck(files: Record<string, CompanyEntry[]>): Report {
  const errors: string[] = [];
  const warnings: string[] = [];
  const byId = new Map<string, { e: CompanyEntry; file: string }>();
  const nameOwner = new Map<string, string>();
  for (const [file, list] of Object.entries(files)) {
    for (const e of list) {
      const first = byId.get(e.id);
      if (!first) byId.set(e.id, { e, file });
      else {
        for (const k of ['name', 'ticker', 'isin'] as const)
          if (first.e[k] !== e[k])
            errors.push(`id ${e.id}: ${k} "${first.e[k]}" (${first.file}) vs "${e[k]}" (${file})`);
        // Softer fields: the compiled index merges them, but the files should agree.
        for (const k of ['exchange', 'wkn', 'country', 'indices'] as const)
          if (String(first.e[k] ?? '') !== String(e[k] ?? ''))
            warnings.push(`id ${e.id}: ${k} "${first.e[k] ?? ''}" (${first.file}) vs "${e[k] ?? ''}" (${file})`);
      }
      for (const alias of [e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])]) {
        if (typeof alias !== 'string') continue; // reported by validateEntry
        const key = alias.toLowerCase();
        const owner = nameOwner.get(key);
        if (owner === undefined) nameOwner.set(key, e.id);
        else if (owner !== e.id) errors.push(`"${alias}" names both ${owner} and ${e.id} (${file})`);
      }
    }
  }
  const isins = new Map<string, string>();
  for (const { e } of byId.values()) {
    if (!e.isin) continue;
    const other = isins.get(e.isin);
    if (other) errors.push(`ISIN ${e.isin} used by ${other} and ${e.id}`);
    isins.set(e.isin, e.id);
    const unknown = (e.indices ?? []).filter((i) => !KNOWN_INDICES.has(i));
    if (unknown.length) warnings.push(`${e.id}: unknown index ${unknown.join(', ')}`);
  }
  return { errors: [...new Set(errors)], warnings };
}

export function loadGazetteer(dir: string): Record<string, CompanyEntry[]> {
  const files: Record<string, CompanyEntry[]> = {};
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort())
    files[f.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  return files;
}

// ---- comparison with the reference lists (report only) ----

/** Minimal CSV reader (quoted fields with commas and doubled quotes). */
function readCsv(file: string): string[][] {
  const rows: string[][] = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line) continue;
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (c === '"') quoted = false;
        else cur += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') cells.push(cur), (cur = '');
      else cur += c;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows.slice(1);
}

const tickerKey = (t: string) => t.replace(/\.(DE|L)$/, '').replace(/[^A-Za-z0-9]/g, '').toUpperCase();
const LEGAL = /\b(ag|se|sa|nv|plc|inc|corp|corporation|co|kgaa|ltd|limited|holdings?|group|the|company|n|v|and)\b/g;
const nameKey = (n: string) =>
  n.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9 ]/g, ' ').replace(LEGAL, ' ')
    .replace(/\s+/g, ' ').trim();
/** Loose match: one normalised name contains the other, or they share the first word. */
function sameCompany(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  return x === y || x.includes(y) || y.includes(x) || x.split(' ')[0] === y.split(' ')[0];
}

const REFERENCE_INDICES: Record<string, string> = {
  DAX: 'constituents-dax.csv', 'FTSE 100': 'constituents-ftse100.csv',
  'S&P 500': 'constituents-sp500.csv', 'Nasdaq-100': 'constituents-nasdaq100.csv',
};
/** FinanceDatabase file and Yahoo-style suffix per exchange name used in our entries. */
const FD_EXCHANGES: Record<string, [string, string]> = {
  Xetra: ['GER', '.DE'], LSE: ['LSE', '.L'], SIX: ['EBS', '.SW'], 'Wiener Börse': ['VIE', '.VI'],
  'Euronext Paris': ['PAR', '.PA'], 'Euronext Amsterdam': ['AMS', '.AS'], 'Borsa Italiana': ['MIL', '.MI'],
  BME: ['MCE', '.MC'], 'Euronext Brussels': ['BRU', '.BR'], 'Nasdaq Copenhagen': ['CPH', '.CO'],
  'Nasdaq Stockholm': ['STO', '.ST'], 'Nasdaq Helsinki': ['HEL', '.HE'], 'Oslo Børs': ['OSL', '.OL'],
};

export function compareWithReference(files: Record<string, CompanyEntry[]>, refDir: string): string[] {
  const out: string[] = [];
  const all = new Map<string, CompanyEntry>();
  for (const list of Object.values(files)) for (const e of list) if (!all.has(e.id)) all.set(e.id, e);
  for (const [index, csv] of Object.entries(REFERENCE_INDICES)) {
    const file = path.join(refDir, 'index_constituents', csv);
    if (!fs.existsSync(file)) continue;
    const ref = readCsv(file).map(([symbol, name]) => ({ symbol, name, key: tickerKey(symbol) }));
    const ours = [...all.values()].filter((e) => e.indices?.includes(index));
    if (!ours.length) {
      out.push(`${index}: reference ${ref.length}, ours 0 (no file claims this index yet)`);
      continue;
    }
    const oursByTicker = new Map(ours.map((e) => [tickerKey(e.ticker ?? ''), e]));
    const refKeys = new Set(ref.map((r) => r.key));
    let missing = 0, tickerDiff = 0, nameDiff = 0;
    for (const r of ref) {
      const e = oursByTicker.get(r.key);
      if (!e) {
        const byName = ours.find((o) => sameCompany(o.name, r.name));
        if (byName) (tickerDiff++, out.push(`${index}: ticker ${r.symbol} (${r.name}) is "${byName.ticker}" for ${byName.id}`));
        else (missing++, out.push(`${index}: missing member ${r.symbol} ${r.name}`));
      } else if (!sameCompany(e.name, r.name) && !e.aliases.some((a) => sameCompany(a, r.name))) {
        out.push(`${index}: ${r.symbol} is "${r.name}" in the reference, "${e.name}" (${e.id}) here`);
        nameDiff++;
      }
    }
    const extra = ours.filter((e) => !refKeys.has(tickerKey(e.ticker ?? '')));
    for (const e of extra) out.push(`${index}: ${e.id} (${e.ticker}) claims ${index}, not in the reference`);
    out.push(`${index}: reference ${ref.length}, ours ${ours.length}, missing ${missing}, ticker differs ${tickerDiff}, name differs ${nameDiff}, extra ${extra.length}`);
  }
  const fdCache = new Map<string, Map<string, string>>();
  let isinDiff = 0, isinSame = 0;
  for (const e of all.values()) {
    const fd = e.exchange ? FD_EXCHANGES[e.exchange] : undefined;
    if (!fd || !e.isin || !e.ticker) continue;
    const file = path.join(refDir, 'financedatabase', `equities_${fd[0]}.csv`);
    if (!fdCache.has(file))
      fdCache.set(file, new Map(fs.existsSync(file) ? readCsv(file).map((r) => [r[0], r[12] ?? ''] as [string, string]) : []));
    const theirs = fdCache.get(file)!.get(e.ticker.replace(/\.$/, '').replace(/\./g, '-') + fd[1]);
    // FinanceDatabase ISINs often belong to ADRs or other lines: compare only same-country ISINs.
    if (!theirs || theirs.slice(0, 2) !== e.isin.slice(0, 2)) continue;
    if (theirs === e.isin) isinSame++;
    else (isinDiff++, out.push(`ISIN ${e.id} ${e.isin}, FinanceDatabase ${theirs} (check which is current)`));
  }
  out.push(`FinanceDatabase ISIN cross-check: ${isinSame} agree, ${isinDiff} differ`);
  return out;
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = loadGazetteer(path.join(root, 'src/data/companies'));
  const errors: string[] = [];
  for (const [stem, list] of Object.entries(files)) {
    if (!Array.isArray(list)) { errors.push(`${stem}.json: not an array`); continue; }
    const ids = new Set<string>();
    list.forEach((e, i) => {
      for (const msg of validateEntry(e, stem)) errors.push(`${stem}.json #${i} ${e?.id ?? ''}: ${msg}`);
      if (ids.has(e.id)) errors.push(`${stem}.json: id ${e.id} twice`);
      ids.add(e.id);
    });
    console.log(`${stem}.json: ${list.length} entries, ${list.filter((e) => e.isin).length} with ISIN`);
  }
  const cross = crossCheck(Object.fromEntries(Object.entries(files).filter(([, l]) => Array.isArray(l))));
  errors.push(...cross.errors);
  const refDir = path.resolve(root, '../shared/corpus/entities/reference-companies');
  const report = fs.existsSync(refDir) ? compareWithReference(files, refDir) : ['(no ../shared reference: comparison skipped)'];
  console.log(`\n== reference report (${report.length} lines) ==\n${report.join('\n')}`);
  if (cross.warnings.length) console.log(`\n== warnings ==\n${cross.warnings.join('\n')}`);
  console.log(`\n== hard errors: ${errors.length} ==${errors.length ? '\n' + errors.join('\n') : ''}`);
  process.exitCode = errors.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
