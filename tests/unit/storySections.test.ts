import { describe, expect, it } from 'vitest';
import { actorView } from '../../utils/shared/dataset/actorView';
import { roundsDataset } from '../fixtures/roundsDataset';
import { twoStories, twoStoriesDataset } from '../fixtures/twoStories';

const headings = (dataset: typeof roundsDataset, id: string, stories?: typeof twoStories.stories) =>
  actorView(dataset, id, stories)?.sections.map((s) => s.story.id);

describe('storySections', () => {
  it('gives every actor of a single file its story, even with nothing in it', () => {
    expect(headings(roundsDataset, 'alexander-fomin')).toEqual(['rounds-fixture']);
    const medinsky = actorView(roundsDataset, 'vladimir-medinsky')!;
    expect(medinsky.sections[0]?.positions).toEqual([]);
    expect(medinsky.sections[0]?.memberships).toHaveLength(3);
  });

  it('gives each actor of merged stories the stories it is in, in the order asked', () => {
    const [istanbul, alaska] = twoStories.stories;
    expect(headings(twoStoriesDataset, 'donald-trump', [alaska!, istanbul!])).toEqual([
      'alaska-fixture',
      'istanbul-fixture',
    ]);
    expect(headings(twoStoriesDataset, 'vladimir-putin', twoStories.stories)).toEqual([
      'alaska-fixture',
    ]);
    expect(headings(twoStoriesDataset, 'vladimir-medinsky', twoStories.stories)).toEqual([
      'istanbul-fixture',
    ]);
  });

  it('by default (no stories told) never files another story’s actor under the first story', () => {
    expect(headings(twoStoriesDataset, 'vladimir-putin')).toEqual([]);
    expect(headings(twoStoriesDataset, 'donald-trump')).toEqual(['istanbul-fixture']);
    const trump = actorView(twoStoriesDataset, 'donald-trump')!;
    expect(trump.sections[0]?.positions.map((p) => p.summary.en)).toEqual([
      'Istanbul position of Trump.',
    ]);
  });
});
