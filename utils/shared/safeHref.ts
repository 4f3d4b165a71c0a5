/**
 * Returns a URL fit for a link, or undefined: only `https:` and `http:` pass, so data can never
 * smuggle a `javascript:` or `data:` link into the page.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
