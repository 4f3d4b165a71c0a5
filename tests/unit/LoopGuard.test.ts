import { describe, expect, it } from 'vitest';
import { LoopGuard } from '../../utils/content/highlight/LoopGuard';

/** A guard on a clock the test moves by hand. */
function guardAt(): { guard: LoopGuard; clock: { t: number } } {
  const clock = { t: 0 };
  return { guard: new LoopGuard(() => clock.t), clock };
}

const node = (parent?: Node): Node => {
  const el = { parentNode: parent ?? null } as unknown as Node;
  return el;
};

describe('LoopGuard', () => {
  it('retires a block after 16 strikes in 3 s, and everything inside it', () => {
    const { guard, clock } = guardAt();
    const block = node();
    const child = node(node(block));
    for (let i = 0; i < 15; i++) {
      expect(guard.strike(block)).toBe(false);
      clock.t += 100;
    }
    expect(guard.isRetired(child)).toBe(false);
    expect(guard.strike(block)).toBe(true);
    expect(guard.isRetired(block)).toBe(true);
    expect(guard.isRetired(child)).toBe(true);
    expect(guard.isRetired(node())).toBe(false);
  });

  it('retires a block struck slowly but without end (a loop at any pace ends)', () => {
    const { guard, clock } = guardAt();
    const block = node();
    let strikes = 0;
    while (!guard.strike(block)) {
      strikes++;
      clock.t += 1_000; // one a second: never 16 in a window
      expect(strikes).toBeLessThan(100);
    }
    expect(strikes).toBe(60);
  });

  it('trips page-wide on many blocks struck once each, backing off longer each time', () => {
    const { guard, clock } = guardAt();
    const pauses: number[] = [];
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 41; i++) guard.strike(node());
      pauses.push(guard.pauseLeft());
      clock.t += Number.isFinite(guard.pauseLeft()) ? guard.pauseLeft() : 0;
      expect(guard.pauseLeft()).toBe(pauses[round] === Infinity ? Infinity : 0);
    }
    expect(pauses).toEqual([2_000, 4_000, 8_000, 16_000, Infinity, Infinity]);
  });

  it('lets a page that changes now and then go on being highlighted', () => {
    const { guard, clock } = guardAt();
    const block = node();
    for (let i = 0; i < 40; i++) {
      guard.strike(block);
      clock.t += 500;
    }
    expect(guard.pauseLeft()).toBe(0);
    expect(guard.isRetired(block)).toBe(false);
  });
});
