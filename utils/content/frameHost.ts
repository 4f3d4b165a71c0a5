import { isSitePaused, type SitePolicy } from '../shared/settings/sites';

/** The host name of an origin such as `https://example.org`, or '' (`null`, `file://`). */
function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}

/**
 * The host whose settings govern this frame. Frames without an address of their own
 * (`about:blank`, `srcdoc`, `data:`, `blob:`) have no host name, and without one a paused site's
 * frames would be highlighted: they are judged by the origin they inherit (`blob:` and
 * `about:blank` carry their creator's), else by their ancestors' (`location.ancestorOrigins` in
 * Chromium), else by the parent's address where its origin lets us read it (Firefox).
 */
export function frameHost(win: Window = window): string {
  const { location } = win;
  if (location.hostname) return location.hostname;
  const ancestors = Array.from(location.ancestorOrigins ?? []);
  for (const origin of [location.origin, ...ancestors]) {
    const host = hostOf(origin);
    if (host) return host;
  }
  try {
    if (win.parent !== win) return frameHost(win.parent);
  } catch {
    // A cross-origin parent: its address is not ours to read.
  }
  return '';
}

/**
 * Whether Dramatis stays off in a frame of `host`. A frame whose host could not be told is off
 * as soon as the reader has paused any site (it might be one of theirs), fail-closed.
 */
export function isFramePaused(host: string, policy: SitePolicy): boolean {
  if (!host && policy.pausedSites.length > 0) return true;
  return isSitePaused(host, policy);
}
