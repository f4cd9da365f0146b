/** The host of the page the script runs in, or null where there is none (about:blank, a sandboxed frame). */
export function pageHost(): string | null {
  try {
    return location.hostname || null;
  } catch {
    return null;
  }
}
