/** Undos by the page within one window that make a block count as fighting us. */
const LIMIT = 15;
/** Length of that window, in milliseconds: a page re-rendering twice a second stays well below. */
const WINDOW_MS = 3_000;
/** Undos in one block over the page's life after which it is retired, however slow they come. */
const LIFETIME_LIMIT = 60;
/** Undos across the whole page within one window that trip the page-wide breaker. */
const PAGE_LIMIT = 40;
/** The first back-off after the breaker trips, in milliseconds; it doubles at each trip. */
const BACKOFF_MS = 2_000;
/** Trips after which the page's changes are never highlighted again (it only gets repaired). */
const MAX_TRIPS = 4;

interface Strikes {
  count: number;
  since: number;
  total: number;
}

/**
 * Keeps Dramatis from looping with a page. Some pages answer our marks by rewriting their text
 * (a "controlled" component, a sanitizer that unwraps unknown elements, a list re-rendered from
 * its model); highlighting again would then go on for ever. Each time the page undoes our marks
 * in a block (or removes an element holding them: the parent that stays) it gets a strike. A
 * block with too many strikes in a short window, or too many in all, is retired with everything
 * inside it. Over the page as a whole, a breaker trips on too many strikes in a window and holds
 * off highlighting the page's changes for a back-off that doubles each time; after a few trips
 * it stays open. So any loop ends, whatever elements the page replaces.
 */
export class LoopGuard {
  private readonly strikes = new WeakMap<Node, Strikes>();
  private readonly retired = new WeakSet<Node>();
  /** Whether any block was retired: until then no walk up the tree is needed. */
  private anyRetired = false;
  private page: Strikes = { count: 0, since: 0, total: 0 };
  private trips = 0;
  private pausedUntil = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Notes that the page undid our marks in `block`; true when that retires the block. */
  strike(block: Node): boolean {
    const now = this.now();
    this.page = this.count(this.page, now);
    if (this.page.count > PAGE_LIMIT) this.trip(now);
    const strikes = this.count(this.strikes.get(block), now);
    this.strikes.set(block, strikes);
    if (strikes.count <= LIMIT && strikes.total <= LIFETIME_LIMIT) return false;
    this.retired.add(block);
    this.anyRetired = true;
    return true;
  }

  /** Whether highlighting in `node` has been given up: it or an element around it is retired. */
  isRetired(node: Node | null): boolean {
    if (!this.anyRetired) return false;
    for (let at = node; at; at = at.parentNode) if (this.retired.has(at)) return true;
    return false;
  }

  /**
   * How long, in milliseconds, the page's changes must wait before they are highlighted: 0 now,
   * `Infinity` when the breaker has tripped too often.
   */
  pauseLeft(): number {
    return Math.max(0, this.pausedUntil - this.now());
  }

  private count(entry: Strikes | undefined, now: number): Strikes {
    const fresh = !entry || now - entry.since >= WINDOW_MS;
    const strikes = fresh ? { count: 0, since: now, total: entry?.total ?? 0 } : entry;
    strikes.count++;
    strikes.total++;
    return strikes;
  }

  private trip(now: number): void {
    this.trips++;
    this.page = { count: 0, since: now, total: this.page.total };
    this.pausedUntil = this.trips > MAX_TRIPS ? Infinity : now + BACKOFF_MS * 2 ** (this.trips - 1);
  }
}
