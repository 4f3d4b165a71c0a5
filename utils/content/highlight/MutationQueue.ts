import { CARD_TAG, MARK_TAG } from '../../shared/markup';
import { isEditableElement } from './watchEditable';

/** How long to gather page mutations before highlighting them, in milliseconds. */
const SETTLE_MS = 100;

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['contenteditable'],
};

/** What the queue asks before highlighting the page's changes (see LoopGuard). */
interface QueueBrake {
  /** Milliseconds to hold off (0: go on; `Infinity`: never highlight changes again). */
  pauseLeft(): number;
  /** Whether a node lies where highlighting has been given up. */
  isRetired(node: Node): boolean;
}

/**
 * Reacts to the page's own mutations. Whatever must be fixed before the next paint (see
 * repairRecords) is done at once in the observer callback; the subtrees to highlight again are
 * queued and handed over in batches, off the page's critical path. Our own DOM writes go
 * through {@link MutationQueue.guard} and never re-trigger it.
 */
export class MutationQueue {
  private readonly observer: MutationObserver;
  private readonly queued = new Set<Node>();
  /** Everything observed: the observer is switched off while we write, then back on for each. */
  private readonly targets = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Changes dropped while the brake held: the whole root is read again when it lets go. */
  private missed = false;

  /**
   * @param onBatch receives the roots to highlight again.
   * @param repair runs synchronously on each batch of records (our writes in it are ignored) and
   *   returns the nodes to highlight again.
   * @param brake holds highlighting off while the page fights our marks (repairing goes on).
   */
  constructor(
    private readonly root: Node,
    private readonly onBatch: (roots: Node[]) => void,
    private readonly repair: (records: MutationRecord[]) => Node[],
    private readonly brake?: QueueBrake,
  ) {
    this.observer = new MutationObserver((records) => this.enqueue(records));
  }

  /**
   * Starts watching the root: when the first pass starts, not before, so what the page does
   * while it loads and hydrates is left alone (the first pass reads all of it anyway).
   */
  start(): void {
    this.observe(this.root);
  }

  /** Watches one more subtree, such as an open shadow root (observers do not cross into them). */
  observe(target: Node): void {
    this.targets.add(target);
    this.observer.observe(target, OBSERVED);
  }

  /**
   * Runs our own DOM writes: page mutations before them are handled, ours are never recorded.
   * The observer is off while we write (no page code can run meanwhile), which spares the
   * browser making, and us discarding, several records for every mark.
   */
  guard = <T>(write: () => T): T => {
    this.enqueue(this.observer.takeRecords());
    this.observer.disconnect();
    try {
      return write();
    } finally {
      for (const target of this.targets) {
        if (target.isConnected || target === this.root) this.observer.observe(target, OBSERVED);
        else this.targets.delete(target);
      }
    }
  };

  /** Stops watching and forgets anything queued. */
  disconnect(): void {
    this.observer.disconnect();
    this.targets.clear();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queued.clear();
  }

  private ours<T>(write: () => T): T {
    try {
      return write();
    } finally {
      this.observer.takeRecords();
    }
  }

  private enqueue(records: MutationRecord[]): void {
    if (!records.length) return;
    const dirty = this.ours(() => this.repair(records));
    const pause = this.brake?.pauseLeft() ?? 0;
    if (pause > 0) {
      // Held: nothing is kept (a fighting page could queue without end); read all when let go.
      this.queued.clear();
      this.missed ||= dirty.length > 0 && pause !== Infinity;
      if (this.missed) this.schedule(pause);
      return;
    }
    for (const node of dirty) this.queued.add(node);
    if (this.queued.size) this.schedule(SETTLE_MS);
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => this.flush(), ms);
  }

  private flush(): void {
    this.timer = undefined;
    const pause = this.brake?.pauseLeft() ?? 0;
    if (pause > 0) {
      this.queued.clear();
      if (this.missed && pause !== Infinity) this.schedule(pause);
      return;
    }
    if (this.missed) this.queued.add(this.root);
    this.missed = false;
    const nodes = new Set(
      [...this.queued].filter(
        (node) =>
          node.isConnected && !isOurs(node) && !isEditable(node) && !this.brake?.isRetired(node),
      ),
    );
    this.queued.clear();
    const roots = [...nodes].filter((node) => !hasQueuedAncestor(node, nodes));
    if (roots.length) this.onBatch(roots);
  }
}

function isOurs(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return !!element?.closest(`${MARK_TAG}, ${CARD_TAG}`);
}

/**
 * Whether a node lies in something the reader may be editing, by any means (`contenteditable`,
 * `designMode`, `-webkit-user-modify`): asked once per queued root, not per node of the walk.
 */
function isEditable(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return node.ownerDocument?.designMode === 'on' || (!!element && isEditableElement(element));
}

function hasQueuedAncestor(node: Node, queued: ReadonlySet<Node>): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if (queued.has(parent)) return true;
  }
  return false;
}
