type Trie = Map<string, Trie>;
const END = '';

/** Text as it reads literally inside a RegExp. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a RegExp source that matches any of `words`, longest first, as a trie: shared prefixes
 * are written once ("p(?:utin|eskov)"), so the engine rejects a position after one character
 * instead of trying every name there, however large the cast. Built and written without
 * recursion (an explicit stack), so no word length or cast size can overflow the call stack.
 */
export function trieSource(words: readonly string[]): string {
  const root: Trie = new Map();
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let next = node.get(char);
      if (!next) node.set(char, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  return serialize(root) || '(?!)';
}

const SPECIAL = new Set('.*+?^${}()|[]\\');

/** Writes each node after its children (post-order), keeping the written children by node. */
function serialize(root: Trie): string {
  const written = new Map<Trie, string>();
  const stack: { node: Trie; ready: boolean }[] = [{ node: root, ready: false }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (!top.ready) {
      stack.push({ node: top.node, ready: true });
      for (const [char, child] of top.node)
        if (char !== END) stack.push({ node: child, ready: false });
      continue;
    }
    const branches: string[] = [];
    for (const [char, child] of top.node) {
      if (char === END) continue;
      branches.push((SPECIAL.has(char) ? `\\${char}` : char) + (written.get(child) ?? ''));
      written.delete(child);
    }
    written.set(top.node, write(top.node, branches));
  }
  return written.get(root) ?? '';
}

function write(node: Trie, branches: readonly string[]): string {
  if (!branches.length) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  // Greedy `?`: the longer name is tried first, the shorter one where it ends is the fallback.
  return node.has(END) ? `(?:${body})?` : body;
}
