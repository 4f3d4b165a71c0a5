import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { tabActions } from '../../utils/extension-pages/popup/tabActions';
import { targetTab } from '../../utils/extension-pages/popup/targetTab';
import { withCategoryHidden } from '../../utils/extension-pages/popup/withCategoryHidden';

/** The tab's content script: answers each question as given, or does not answer at all. */
const tabAnswering = (answer: (type: string) => unknown) =>
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tab: number,
    message: { type: string },
  ) => {
    const res = answer(message.type);
    if (res instanceof Error) throw res;
    return { res };
  }) as never);

const noAnswer = () => new Error('Could not establish connection.');

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => vi.restoreAllMocks());

describe('tabActions', () => {
  it('asks the tab to reveal an actor, and stays silent when it does not answer', async () => {
    const send = tabAnswering(noAnswer);
    tabActions(7, vi.fn()).onReveal('erdogan');
    expect(send).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'revealActor' }));
    expect(send.mock.calls[0]![1]).toMatchObject({ data: 'erdogan' });
  });

  it('asks nothing without a tab', async () => {
    const send = tabAnswering(() => ({ ok: true, value: undefined }));
    const readPage = vi.fn(async () => undefined);
    const actions = tabActions(undefined, readPage);
    actions.onReveal('erdogan');
    expect(await actions.onHighlightAnyway()).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(readPage).not.toHaveBeenCalled();
  });

  it('highlights anyway, then reads the page again before saying it worked', async () => {
    tabAnswering(() => ({ ok: true, value: undefined }));
    const order: string[] = [];
    const readPage = vi.fn(async () => void order.push('read'));
    const done = tabActions(7, readPage)
      .onHighlightAnyway()
      .then((ok) => order.push(`done ${ok}`));
    await done;
    expect(order).toEqual(['read', 'done true']);
  });

  it('says false, reading nothing, when the tab refuses or does not answer', async () => {
    const readPage = vi.fn(async () => undefined);
    tabAnswering(() => ({ ok: false, error: 'no story' }));
    expect(await tabActions(7, readPage).onHighlightAnyway()).toBe(false);
    vi.restoreAllMocks();
    tabAnswering(noAnswer);
    expect(await tabActions(7, readPage).onHighlightAnyway()).toBe(false);
    expect(readPage).not.toHaveBeenCalled();
  });

  it('closes the popup once the options page is open', async () => {
    let opened!: () => void;
    const open = vi
      .spyOn(fakeBrowser.runtime, 'openOptionsPage')
      .mockImplementation(() => new Promise<void>((resolve) => (opened = resolve)));
    const close = vi.fn();
    tabActions(7, vi.fn(), close).onOpenOptions();
    expect(open).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(close).not.toHaveBeenCalled();
    opened();
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
  });
});

describe('targetTab', () => {
  it('is the tab the popup’s address names', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    expect(await targetTab('?tab=12')).toBe(12);
    expect(query).not.toHaveBeenCalled();
  });

  it('is else the active tab of the current window', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5 } as never]);
    for (const search of ['', '?tab=0', '?tab=-3', '?tab=1.5', '?tab=abc']) {
      expect(await targetTab(search)).toBe(5);
    }
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockResolvedValue([]);
    expect(await targetTab('')).toBeUndefined();
  });
});

describe('withCategoryHidden', () => {
  it('lists a category switched off once, and drops one switched on', () => {
    expect(withCategoryHidden(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(withCategoryHidden(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(withCategoryHidden(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    expect(withCategoryHidden(['a'], 'b', false)).toEqual(['a']);
  });
});
