// The gazetteer we write ourselves: one JSON file per index or group in src/data/companies/.
// A company listed in several indices appears once per file; the compiled index merges them by `id`.

export interface CompanyEntry {
  /** Stable slug, also the entity id in every output: "meta-platforms", "sap", "munich-re". */
  id: string;
  /** Name as the card shows it: "Meta Platforms", "Münchener Rück". */
  name: string;
  /** Other names used in news, German and English: ["Meta", "Facebook"], ["Munich Re", "Munich Reinsurance"].
   *  Only names that mean this company on their own; no generic words ("Apple" yes, "Target" only if cased). */
  aliases: string[];
  /** Primary ticker on the primary exchange: "META", "SAP", "MUV2". */
  ticker?: string;
  /** Primary exchange: "Nasdaq", "NYSE", "Xetra", "LSE", "SIX", "Wiener Börse", "Euronext Paris"... */
  exchange?: string;
  /** ISIN of the primary share line; must pass the check digit. */
  isin?: string;
  /** German WKN; for DE000 ISINs it is characters 6-11 where that pattern holds. */
  wkn?: string;
  /** ISO 3166 alpha-2 of the headquarters. */
  country?: string;
  /** Index memberships: "DAX", "MDAX", "SDAX", "TecDAX", "EURO STOXX 50", "S&P 500", "Nasdaq-100", "FTSE 100", "SMI", "ATX". */
  indices?: string[];
  /** true for private companies (AI labs, startups, large private firms). */
  private?: boolean;
}

/** ISO 6166 check digit: letters to numbers (A=10..Z=35), Luhn over the digits. */
export function isinCheckDigitValid(isin: string): boolean {
  if (!/^[A-Z]{2}[A-Z0-9]{9}[0-9]$/.test(isin)) return false;
  const digits = isin
    .slice(0, 11)
    .split('')
    .map((c) => (/[0-9]/.test(c) ? c : String(c.charCodeAt(0) - 55)))
    .join('');
  let sum = 0;
  let double = true; // rightmost digit of the payload is doubled (check digit excluded)
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10 === Number(isin[11]);
}

/** WKN implied by a German ISIN of the DE000 + WKN + check form, else null. */
export function wknFromIsin(isin: string): string | null {
  return /^DE000[A-Z0-9]{6}\d$/.test(isin) ? isin.slice(5, 11) : null;
}
