import type { SiteProfile } from './types';
import { PROFILES } from './registry';

export type { SiteProfile, HideRule } from './types';
export { PROFILES };

/** Host of a URL, or null for pseudo-URLs and garbage. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.hostname ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

/** The profile of the site a URL belongs to, or null for every other site (generic rules only). */
export function profileFor(url: string | null | undefined): SiteProfile | null {
  const host = hostOf(url);
  if (!host) return null;
  return PROFILES.find((p) => p.match.some((d) => hostMatches(host, d))) ?? null;
}
