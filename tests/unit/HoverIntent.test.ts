import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../utils/content/card/HoverIntent';

const OPEN = 300;
const CLOSE = 200;

function setup() {
  const onOpen = vi.fn<(target: string) => void>();
  const onClose = vi.fn<() => void>();
  const intent = new HoverIntent<string>({
    openDelay: OPEN,
    closeDelay: CLOSE,
    onOpen,
    onClose,
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
    },
  });
  return { intent, onOpen, onClose };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('HoverIntent', () => {
  it('opens after the open delay, not before', () => {
    const { intent, onOpen } = setup();
    intent.enter('putin');
    vi.advanceTimersByTime(OPEN - 1);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith('putin');
  });

  it('never opens when the pointer moves off before the open delay', () => {
    const { intent, onOpen, onClose } = setup();
    intent.enter('putin');
    vi.advanceTimersByTime(OPEN - 1);
    intent.leave();
    vi.advanceTimersByTime(10 * OPEN);
    expect(onOpen).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('stays open when the pointer travels into the card within the close delay', () => {
    const { intent, onClose } = setup();
    intent.enter('putin');
    vi.advanceTimersByTime(OPEN);
    intent.leave();
    vi.advanceTimersByTime(CLOSE - 1);
    intent.hold();
    vi.advanceTimersByTime(10 * CLOSE);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes once the close delay has passed after leaving, not before', () => {
    const { intent, onClose } = setup();
    intent.enter('putin');
    vi.advanceTimersByTime(OPEN);
    intent.leave();
    vi.advanceTimersByTime(CLOSE - 1);
    expect(onClose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes after leaving the card, once held', () => {
    const { intent, onClose } = setup();
    intent.enter('putin');
    vi.advanceTimersByTime(OPEN);
    intent.leave();
    intent.hold();
    intent.leave();
    vi.advanceTimersByTime(CLOSE);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('does not push the close back when the pointer leaves twice', () => {
    const { intent, onClose } = setup();
    intent.enter('putin');
    vi.advanceTimersByTime(OPEN);
    intent.leave();
    vi.advanceTimersByTime(CLOSE - 50);
    intent.leave();
    vi.advanceTimersByTime(50);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('opens at once when entered with immediate (keyboard focus)', () => {
    const { intent, onOpen } = setup();
    intent.enter('putin', true);
    expect(onOpen).toHaveBeenCalledWith('putin');
    vi.advanceTimersByTime(10 * OPEN);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('close() closes at once and calls onClose exactly once', () => {
    const { intent, onClose } = setup();
    intent.enter('putin', true);
    intent.leave();
    intent.close();
    expect(onClose).toHaveBeenCalledTimes(1);
    intent.close();
    vi.advanceTimersByTime(10 * CLOSE);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('close() before the card opened cancels the opening and calls nothing', () => {
    const { intent, onOpen, onClose } = setup();
    intent.enter('putin');
    intent.close();
    vi.advanceTimersByTime(10 * OPEN);
    expect(onOpen).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('does not reopen when the pointer re-enters the target whose card is open', () => {
    const { intent, onOpen, onClose } = setup();
    intent.enter('putin');
    vi.advanceTimersByTime(OPEN);
    intent.leave();
    vi.advanceTimersByTime(CLOSE - 1);
    intent.enter('putin');
    vi.advanceTimersByTime(10 * (OPEN + CLOSE));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('switches to another target after the open delay', () => {
    const { intent, onOpen, onClose } = setup();
    intent.enter('putin');
    vi.advanceTimersByTime(OPEN);
    intent.leave();
    intent.enter('zelenskyy');
    vi.advanceTimersByTime(OPEN - 1);
    expect(onOpen).toHaveBeenLastCalledWith('putin');
    vi.advanceTimersByTime(1);
    expect(onOpen).toHaveBeenLastCalledWith('zelenskyy');
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('opens only the last of several targets passed over quickly', () => {
    const { intent, onOpen } = setup();
    intent.enter('putin');
    vi.advanceTimersByTime(OPEN / 2);
    intent.enter('zelenskyy');
    vi.advanceTimersByTime(OPEN / 2);
    intent.enter('trump');
    vi.advanceTimersByTime(OPEN);
    expect(onOpen.mock.calls).toEqual([['trump']]);
  });
});
