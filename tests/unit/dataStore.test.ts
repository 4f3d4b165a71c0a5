import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { english } from '../support/problemTexts';
import { fakeBrowser } from 'wxt/testing';
import { prepareCandidate } from '../../utils/shared/dataset/candidate';
import { datasetFileName, datasetFileText } from '../../utils/shared/dataset/exportDataset';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { storageProblem } from '../../utils/shared/dataset/storageProblem';
import { validateDataset } from '../../utils/shared/dataset/validate';
import { storiesItem } from '../../utils/platform/storage';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import { installedStories } from '../../utils/platform/stories/storyStore';

/*
 * Applying, undoing and resetting the data of a story: tests/unit/storyStore.test.ts.
 */

const bundled = bundledStories()[0]!;
const named = (title: string): Dataset => ({ ...structuredClone(bundled), title });
const FILE = { kind: 'file' as const, name: 'next.json' };

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('stored data at startup', () => {
  it.each([
    ['a string', 'garbage', '(top level): Invalid type: Expected Object but received "garbage"'],
    [
      'a truncated object',
      { schemaVersion: 1, title: 'Half' },
      'version: Invalid key: Expected "version" but received undefined',
    ],
  ])('reports %s and uses the bundled data meanwhile', async (_what, stored, problem) => {
    const stories = { [bundled.story.id]: { dataset: stored, enabled: true } };
    await fakeBrowser.storage.local.set({ stories });
    const [active] = installedStories(await storiesItem.getValue());
    expect(active!.dataset).toEqual(bundled);
    expect(active!.source).toBeNull();
    expect(english(active!.storedProblems ?? [])).toContain(problem);
    // Nothing is deleted: the reader sees the problems, and may reset or import.
    expect(await storiesItem.getValue()).toEqual(stories);
  });
});

describe('prepareCandidate', () => {
  it('validates and diffs against the data in use, storing nothing', async () => {
    const next = named('Next');
    next.actors = next.actors.slice(1);
    next.delegations = next.delegations.map((d) => ({
      ...d,
      members: d.members.filter((m) => m.actor !== bundled.actors[0]!.id),
    }));
    const candidate = prepareCandidate(JSON.stringify(next), bundled, FILE);
    expect(candidate.ok).toBe(true);
    if (!candidate.ok) return;
    expect(candidate.value.diff?.actors.removed.map((a) => a.id)).toEqual([bundled.actors[0]!.id]);
    expect(candidate.value.source).toEqual(FILE);
    expect(await storiesItem.getValue()).toEqual({});
  });
});

describe('storageProblem', () => {
  it.each([
    ['QUOTA_BYTES quota exceeded', 'storageFull'],
    ['Resource::kQuotaBytes quota exceeded', 'storageFull'],
    ['Something else', 'storageFailed'],
  ])('%s → %s', (message, key) => {
    expect(storageProblem(new Error(message))).toEqual({ message: { key, subs: [message] } });
  });
});

describe('export', () => {
  it('writes the dataset as a data file that validates again', () => {
    const text = datasetFileText(bundled);
    expect(text.endsWith('}\n')).toBe(true);
    expect(validateDataset(text)).toEqual({ ok: true, value: bundled });
  });

  it('names the file after the title and version', () => {
    expect(datasetFileName({ ...bundled, title: 'Gespräche in Genf / Ü', version: '2.1' })).toBe(
      'gesprache-in-genf-u-2-1.json',
    );
    expect(datasetFileName({ ...bundled, title: '<>', version: '…' })).toBe('dramatis-data.json');
  });
});
