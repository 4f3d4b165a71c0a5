/**
 * A short digest of a stored dataset value (FNV-1a over its JSON, and its length), so a tab can
 * tell the background which stored value it heard of, and the background whether its cache
 * holds that one. Equal values give equal digests; it guards against nothing but staleness.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value ?? null);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}:${text.length}`;
}
