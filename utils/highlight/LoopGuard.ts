/** Undos by the page within one window that make a block count as fighting us. */
const LIMIT = 15;
/** Length of that window, in milliseconds: a page re-rendering twice a second stays well below. */
const WINDOW_MS = 3_000;

interface Strikes {
  count: number;
  since: number;
}

/**
 * Keeps Dramatis from looping with a page. Some pages answer our marks by rewriting their text
 * (a "controlled" component, a sanitizer that unwraps unknown elements); highlighting again
 * would then go on for ever. Each time the page undoes our marks in a block it gets a strike;
 * a block with too many strikes in a short window is retired and never highlighted again.
 */
export class LoopGuard {
  private readonly strikes = new WeakMap<Node, Strikes>();
  private readonly retired = new WeakSet<Node>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Notes that the page undid our marks in `block`; true when that retires the block. */
  strike(block: Node): boolean {
    const now = this.now();
    const entry = this.strikes.get(block);
    const strikes = entry && now - entry.since < WINDOW_MS ? entry : { count: 0, since: now };
    strikes.count++;
    this.strikes.set(block, strikes);
    if (strikes.count <= LIMIT) return false;
    this.retired.add(block);
    return true;
  }

  /** Whether highlighting in `block` has been given up. */
  isRetired(block: Node | null): boolean {
    return !!block && this.retired.has(block);
  }
}
