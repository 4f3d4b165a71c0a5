/** Our nodes made from one of the page's text nodes, and the mentions they carry. */
interface Split {
  /** Marks and the text between them, in document order, all right after the original. */
  pieces: Node[];
  mentions: Set<number>;
}

/**
 * Remembers which nodes Dramatis made out of each of the page's text nodes, so a split can be
 * undone the moment the page touches it. mark.js wraps a hit by splitting a text node: the
 * page's own node (the "original") keeps the text before the first hit and never moves, so the
 * page can still write to it or remove it by reference; each hit and the text after it become
 * our nodes ("pieces"). A page that holds the original (React does) and writes to it would
 * otherwise leave our pieces on screen with stale text.
 */
export class SplitTracker {
  private readonly splits = new Map<Text, Split>();
  private readonly originOf = new WeakMap<Node, Text>();
  private readonly owners = new Map<number, Set<Text>>();

  /** Records a mark mark.js has just made: the node before it was split, the one after is new. */
  record(mark: Element, mention: number): void {
    const split = mark.previousSibling;
    const rest = mark.nextSibling;
    if (split?.nodeType !== Node.TEXT_NODE || !rest) return;
    const original = this.originalOf(split) ?? (split as Text);
    const entry = this.splits.get(original) ?? { pieces: [], mentions: new Set<number>() };
    this.splits.set(original, entry);
    entry.pieces.splice(split === original ? 0 : entry.pieces.indexOf(split) + 1, 0, mark, rest);
    entry.mentions.add(mention);
    this.originOf.set(mark, original);
    this.originOf.set(rest, original);
    const owners = this.owners.get(mention) ?? new Set<Text>();
    this.owners.set(mention, owners.add(original));
  }

  /** Whether `node` is one of the page's text nodes that we split. */
  isOriginal(node: Node): node is Text {
    return this.splits.has(node as Text);
  }

  /** The page's text node a piece of ours was made from, while that split stands. */
  originalOf(node: Node | null): Text | undefined {
    const original = node ? this.originOf.get(node) : undefined;
    return original && this.splits.has(original) ? original : undefined;
  }

  /** Stops tracking a piece the page has removed itself; its text is gone by the page's will. */
  forget(piece: Node): void {
    const original = this.originalOf(piece);
    const pieces = original ? this.splits.get(original)?.pieces : undefined;
    const index = pieces?.indexOf(piece) ?? -1;
    if (index >= 0) pieces?.splice(index, 1);
    this.originOf.delete(piece);
  }

  /**
   * Undoes the split of `original` and of every original sharing a mention with it (a name
   * across elements). With `keep` the original keeps the text the page just wrote into it;
   * otherwise it gets its whole text back. Returns the originals made whole that are still on
   * the page, to be highlighted again.
   */
  repair(original: Text, keep: boolean): Text[] {
    const repaired: Text[] = [];
    const pending: [Text, boolean][] = [[original, keep]];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [node, keepText] = next;
      const entry = this.splits.get(node);
      if (!entry) continue;
      this.splits.delete(node);
      this.undo(node, entry, keepText);
      if (node.isConnected) repaired.push(node);
      for (const mention of entry.mentions) {
        this.owners.get(mention)?.forEach((other) => pending.push([other, false]));
        this.owners.delete(mention);
      }
    }
    return repaired;
  }

  /** Every page text node currently split. */
  originals(): Text[] {
    return [...this.splits.keys()];
  }

  private undo(original: Text, entry: Split, keep: boolean): void {
    if (!keep) original.appendData(entry.pieces.map((piece) => piece.textContent).join(''));
    for (const piece of entry.pieces) {
      piece.parentNode?.removeChild(piece);
      this.originOf.delete(piece);
    }
  }
}
