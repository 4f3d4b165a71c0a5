import type { SiteMode } from './settingValues';

/** The site switches that decide whether Dramatis runs on a host. */
export interface SitePolicy {
  pausedSites: readonly string[];
  pausedEverywhere: boolean;
  siteMode: SiteMode;
  allowedSites: readonly string[];
}

const HOST = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/;

/**
 * Turns what a reader types into a site entry: a host name ("www.example.com"), or "*.example.com"
 * for a domain and all its subdomains. A pasted URL is reduced to its host; case, a trailing dot
 * and `www`-less forms are kept as typed. Undefined when it is not a host name.
 */
export function normalizeSite(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (!text) return undefined;
  const wildcard = text.startsWith('*.');
  if (wildcard) text = text.slice(2);
  try {
    // Accepts "https://x.org/a", "x.org/a" and "x.org:8080"; maps IDNs to punycode as hosts do.
    text = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return undefined;
  }
  text = text.replace(/\.$/, '');
  const site = wildcard ? `*.${text}` : text;
  return HOST.test(site) && text.length > 0 ? site : undefined;
}

/** Whether a site entry covers `host`: the same host, or for "*.d" d itself and any subdomain. */
export function siteMatches(host: string, entry: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (!entry.startsWith('*.')) return name === entry;
  const domain = entry.slice(2);
  return name === domain || name.endsWith(`.${domain}`);
}

export const matchesAnySite = (host: string, entries: readonly string[]): boolean =>
  entries.some((entry) => siteMatches(host, entry));

/**
 * The paused-sites list after the popup's "pause on this site" switch: pausing adds the host;
 * resuming removes every entry that covers it ("*.example.com" too), since the switch showed
 * it paused through any of them.
 */
export function withSitePaused(entries: readonly string[], host: string, paused: boolean) {
  return paused
    ? [...new Set([...entries, host])]
    : entries.filter((entry) => !siteMatches(host, entry));
}

/**
 * Whether Dramatis stays off on `host`: paused everywhere, paused on the site, or (in the
 * "only on listed sites" mode) the site is not listed. A paused site stays paused in both modes,
 * so the popup's "pause on this site" always works.
 */
export function isSitePaused(host: string, policy: SitePolicy): boolean {
  if (policy.pausedEverywhere || matchesAnySite(host, policy.pausedSites)) return true;
  return policy.siteMode === 'listed' && !matchesAnySite(host, policy.allowedSites);
}
