import { describe, expect, it, vi } from 'vitest';
import * as messages from '../../utils/messages';
import { requestActiveDataset } from '../../utils/dataset/requestActiveDataset';
import { bundledDataset } from '../../utils/dataset/bundled';
import type { Dataset } from '../../utils/dataset/schema';
import { err, ok, type Result } from '../../utils/result';

vi.mock('../../utils/messages', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));

const dataset = bundledDataset();

/** A send that gives the answers (or throws the errors) in turn. */
const answers = (...steps: (Result<Dataset> | Error)[]) => {
  const send = vi.fn<() => Promise<Result<Dataset>>>();
  for (const step of steps)
    send.mockImplementationOnce(() =>
      step instanceof Error ? Promise.reject(step) : Promise.resolve(step),
    );
  return send;
};

describe('requestActiveDataset', () => {
  it('returns the background’s dataset at the first answer, without waiting', async () => {
    const send = answers(ok(dataset));
    const wait = vi.fn(async () => undefined);
    expect(await requestActiveDataset({ send, wait })).toEqual(ok(dataset));
    expect(send).toHaveBeenCalledTimes(1);
    expect(wait).not.toHaveBeenCalled();
  });

  it('asks again after a failed send and after an answer that could not read storage', async () => {
    const send = answers(
      new Error('Could not establish connection. Receiving end does not exist.'),
      err('IO error'),
      ok(dataset),
    );
    const wait = vi.fn(async () => undefined);
    expect(await requestActiveDataset({ send, wait })).toEqual(ok(dataset));
    expect(wait.mock.calls).toEqual([[250], [1_000]]);
  });

  it('gives up after three attempts with the last reason', async () => {
    const send = answers(err('IO error'), new Error('gone'), new Error('still gone'), ok(dataset));
    const result = await requestActiveDataset({ send, wait: async () => undefined });
    expect(result).toEqual(err('still gone'));
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('asks once when told to, without waiting', async () => {
    const send = answers(err('IO error'), ok(dataset));
    const wait = vi.fn(async () => undefined);
    expect(await requestActiveDataset({ send, wait, tries: 1 })).toEqual(err('IO error'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(wait).not.toHaveBeenCalled();
  });

  it('names the stored value the tab heard of in its message', async () => {
    const sendMessage = vi.mocked(messages.sendMessage).mockResolvedValue(ok(dataset) as never);
    await requestActiveDataset({ heard: 'abc:12' });
    await requestActiveDataset();
    expect(sendMessage.mock.calls).toEqual([
      ['getActiveDataset', 'abc:12'],
      ['getActiveDataset', null],
    ]);
  });
});
