/** Timers the intent runs on; the content script passes ones that die with its context. */
export interface Timers {
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

export interface HoverIntentOptions<T> {
  /** How long the pointer must rest on a target before the card opens. */
  openDelay: number;
  /** Grace period after the pointer leaves both target and card, so it can travel between them. */
  closeDelay: number;
  onOpen: (target: T) => void;
  onClose: () => void;
  timers: Timers;
}

/**
 * Decides when a hover card opens and closes, like Wikipedia's page previews: it opens after a
 * short dwell, survives the pointer moving from the highlight into the card, and closes after a
 * grace period once the pointer has left both. Pure timing, no DOM: easy to test with fake timers.
 */
export class HoverIntent<T> {
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private current: T | undefined;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  /** The pointer entered a target (or focus landed on it with `immediate`). */
  enter(target: T, immediate = false): void {
    this.cancel('close');
    if (target === this.current) return;
    this.cancel('open');
    if (immediate) this.open(target);
    else
      this.openTimer = this.options.timers.setTimeout(
        () => this.open(target),
        this.options.openDelay,
      );
  }

  /** The pointer left a target or the card. */
  leave(): void {
    this.cancel('open');
    if (this.current === undefined || this.closeTimer !== undefined) return;
    this.closeTimer = this.options.timers.setTimeout(() => this.close(), this.options.closeDelay);
  }

  /** The pointer is over the card: keep it open. */
  hold(): void {
    this.cancel('close');
  }

  /** Closes at once (Esc, a click elsewhere). */
  close(): void {
    this.cancel('open');
    this.cancel('close');
    if (this.current === undefined) return;
    this.current = undefined;
    this.options.onClose();
  }

  private open(target: T): void {
    this.openTimer = undefined;
    this.current = target;
    this.options.onOpen(target);
  }

  private cancel(which: 'open' | 'close'): void {
    const id = which === 'open' ? this.openTimer : this.closeTimer;
    if (id !== undefined) this.options.timers.clearTimeout(id);
    if (which === 'open') this.openTimer = undefined;
    else this.closeTimer = undefined;
  }
}
