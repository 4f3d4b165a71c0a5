/** Text as it reads literally inside a RegExp. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words `lo`..`hi` of the sorted list share their first `depth` characters: one trie node. */
interface Node {
  hi: number;
  depth: number;
  /** Where the next child's words start. */
  next: number;
  /** Whether a word ends here (the node's first word, as it sorts before the longer ones). */
  end: boolean;
  /** The character leading to this node (escaped), and its children's sources so far. */
  lead: string;
  branches: string[];
}

/**
 * Builds a RegExp source that matches any of `words`, longest first, as a trie: shared prefixes
 * are written once ("p(?:utin|eskov)"), so the engine rejects a position after one character
 * instead of trying every name there, however large the cast. Written from the sorted words
 * with an explicit stack (no recursion, no tree of objects), so no word length or cast size can
 * overflow the call stack.
 */
export function trieSource(words: readonly string[]): string {
  const sorted = [...new Set(words)].filter(Boolean).sort();
  if (!sorted.length) return '(?!)';
  const stack = [node(sorted, 0, sorted.length, 0, '')];
  for (;;) {
    const top = stack[stack.length - 1] as Node;
    if (top.next < top.hi) {
      const { next, depth } = top;
      const char = (sorted[next] as string)[depth] as string;
      let end = next + 1;
      while (end < top.hi && (sorted[end] as string)[depth] === char) end++;
      top.next = end;
      // One word left: the rest of it, as it is (a chain of single branches).
      if (end - next === 1) top.branches.push(escapeRegExp((sorted[next] as string).slice(depth)));
      else stack.push(node(sorted, next, end, depth + 1, escapeRegExp(char)));
      continue;
    }
    stack.pop();
    const source = top.lead + write(top);
    const parent = stack[stack.length - 1];
    if (!parent) return source;
    parent.branches.push(source);
  }
}

function node(sorted: readonly string[], lo: number, hi: number, depth: number, lead: string) {
  const end = (sorted[lo] as string).length === depth;
  return { hi, depth, next: end ? lo + 1 : lo, end, lead, branches: [] as string[] };
}

function write({ branches, end }: Node): string {
  if (!branches.length) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  // Greedy `?`: the longer name is tried first, the shorter one where it ends is the fallback.
  return end ? `(?:${body})?` : body;
}
