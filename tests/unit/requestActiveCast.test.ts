import { describe, expect, it, vi } from 'vitest';
import * as messages from '../../utils/platform/messages';
import { err, ok, type Result } from '../../utils/shared/result';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import { mergeStories, type Cast } from '../../utils/shared/story/cast';
import { requestActiveCast } from '../../utils/platform/stories/requestActiveCast';

vi.mock('../../utils/platform/messages', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));

const cast = mergeStories(bundledStories(), new Set());

/** A send that gives the answers (or throws the errors) in turn. */
const answers = (...steps: (Result<Cast> | Error)[]) => {
  const send = vi.fn<() => Promise<Result<Cast>>>();
  for (const step of steps)
    send.mockImplementationOnce(() =>
      step instanceof Error ? Promise.reject(step) : Promise.resolve(step),
    );
  return send;
};

describe('requestActiveCast', () => {
  it('returns the background’s cast at the first answer, without waiting', async () => {
    const send = answers(ok(cast));
    const wait = vi.fn(async () => undefined);
    expect(await requestActiveCast({ send, wait })).toEqual(ok(cast));
    expect(send).toHaveBeenCalledTimes(1);
    expect(wait).not.toHaveBeenCalled();
  });

  it('asks again after a failed send and after an answer that could not read storage', async () => {
    const send = answers(
      new Error('Could not establish connection. Receiving end does not exist.'),
      err('IO error'),
      ok(cast),
    );
    const wait = vi.fn(async () => undefined);
    expect(await requestActiveCast({ send, wait })).toEqual(ok(cast));
    expect(wait.mock.calls).toEqual([[250], [1_000]]);
  });

  it('gives up after three attempts with the last reason', async () => {
    const send = answers(err('IO error'), new Error('gone'), new Error('still gone'), ok(cast));
    const result = await requestActiveCast({ send, wait: async () => undefined });
    expect(result).toEqual(err('still gone'));
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('asks once when told to, without waiting', async () => {
    const send = answers(err('IO error'), ok(cast));
    const wait = vi.fn(async () => undefined);
    expect(await requestActiveCast({ send, wait, tries: 1 })).toEqual(err('IO error'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(wait).not.toHaveBeenCalled();
  });

  it('names the stored value the tab heard of in its message', async () => {
    const sendMessage = vi.mocked(messages.sendMessage).mockResolvedValue(ok(cast) as never);
    await requestActiveCast({ heard: 'abc:12' });
    await requestActiveCast();
    expect(sendMessage.mock.calls).toEqual([
      ['getActiveCast', 'abc:12'],
      ['getActiveCast', null],
    ]);
  });
});
