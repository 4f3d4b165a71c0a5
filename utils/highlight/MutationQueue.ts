import { CARD_TAG, MARK_TAG } from './markup';

/** How long to gather page mutations before highlighting them, in milliseconds. */
const SETTLE_MS = 100;

/**
 * Watches a page for new or changed text and hands the affected subtrees over in batches. The
 * observer callback only queues; the work runs later, off the page's own critical path. Our own
 * DOM writes go through {@link MutationQueue.guard} and never re-trigger it.
 */
export class MutationQueue {
  private readonly observer: MutationObserver;
  private readonly queued = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly target: Node,
    private readonly onBatch: (roots: Node[]) => void,
  ) {
    this.observer = new MutationObserver((records) => this.enqueue(records));
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  /** Runs our own DOM writes: page mutations before them are kept, ours are dropped. */
  guard = <T>(write: () => T): T => {
    this.enqueue(this.observer.takeRecords());
    try {
      return write();
    } finally {
      this.observer.takeRecords();
    }
  };

  /** Stops watching and forgets anything queued. */
  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.queued.clear();
  }

  private enqueue(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') this.queued.add(record.target);
      record.addedNodes.forEach((node) => this.queued.add(node));
    }
    if (this.queued.size && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), SETTLE_MS);
    }
  }

  private flush(): void {
    this.timer = undefined;
    const nodes = new Set([...this.queued].filter((node) => node.isConnected && !isOurs(node)));
    this.queued.clear();
    const roots = [...nodes].filter((node) => !hasQueuedAncestor(node, nodes));
    if (roots.length) this.onBatch(roots);
  }
}

function isOurs(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return !!element?.closest(`${MARK_TAG}, ${CARD_TAG}`);
}

function hasQueuedAncestor(node: Node, queued: ReadonlySet<Node>): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if (queued.has(parent)) return true;
  }
  return false;
}
