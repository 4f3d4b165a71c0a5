import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { datasetFileText, storyFile } from '../../utils/shared/dataset/exportDataset';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { storiesItem } from '../../utils/platform/storage';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import { applyStory, resetStory } from '../../utils/platform/stories/storyStore';
import { summitStory } from '../fixtures/summitStory';

const bundled = bundledStories()[0]!;
const ID = bundled.story.id;
const FILE = { kind: 'file' as const, name: 'x.json' };
const stored = () => storiesItem.getValue();

beforeEach(() => {
  fakeBrowser.reset();
});

describe('exporting one story', () => {
  it('is the bundled file of a bundled story never replaced', async () => {
    expect(storyFile(await stored(), ID)).toEqual(bundled);
    expect(datasetFileText(storyFile(await stored(), ID)!)).toBe(
      `${JSON.stringify(bundled, null, 2)}\n`,
    );
  });

  it('is the stored file of each story, as stored', async () => {
    const imported: Dataset = { ...structuredClone(bundled), title: 'Imported' };
    await applyStory(imported, FILE);
    await applyStory(summitStory, FILE);
    expect(storyFile(await stored(), ID)).toEqual(imported);
    expect(storyFile(await stored(), summitStory.story.id)).toEqual(summitStory);
    await resetStory(ID);
    expect(storyFile(await stored(), ID)).toEqual(bundled);
  });

  it('gives back a stored file that no longer validates, and nothing for no story', async () => {
    const broken = { ...structuredClone(summitStory), asOf: 'yesterday' };
    await fakeBrowser.storage.local.set({
      stories: { [summitStory.story.id]: { dataset: broken, enabled: true } },
    });
    expect(storyFile(await stored(), summitStory.story.id)).toEqual(broken);
    expect(storyFile(await stored(), 'nothing')).toBeUndefined();
  });
});
