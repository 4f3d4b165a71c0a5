/** Longest stretch of work before yielding to the page, in milliseconds. */
const SLICE_MS = 8;

/**
 * Lets the page handle input and render between slices. `scheduler.yield()` resumes the pass
 * ahead of other queued tasks and without the 4 ms clamp of nested `setTimeout(0)`, so the
 * browser lays out the page only when a frame is due, not after every slice (far fewer layouts
 * on a long page: commit 434b111; the longest task per page size is in `bench/results.md`).
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Cuts long work into slices of about {@link SLICE_MS}: between units of work, ask whether the
 * slice is {@link SliceClock.due}, and if so {@link SliceClock.yield}. Nothing is awaited
 * within a slice, so no page code (not even a microtask) runs in the middle of one.
 */
export class SliceClock {
  private sliceStart = performance.now();

  /** Whether this slice has run long enough. */
  due(): boolean {
    return performance.now() - this.sliceStart > SLICE_MS;
  }

  /** Lets the page run, then starts a new slice. */
  async yield(): Promise<void> {
    await yieldToPage();
    this.sliceStart = performance.now();
  }
}
