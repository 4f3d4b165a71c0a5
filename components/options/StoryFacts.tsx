import { formatDate, formatTime } from '../../utils/shared/dates/formatDate';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import type { StoryEntry } from '../../utils/shared/story/storyEntry';
import { sourceLabel } from './sourceLabel';

export interface StoryFactsProps {
  story: StoryEntry;
  lang: DataLang;
  t: Translate;
}

/** Where a story's data in force came from, in words: bundled, or the file / URL / paste and when. */
export function storySource(story: StoryEntry, lang: DataLang, t: Translate): string {
  const { source } = story;
  if (!source) return t('sourceBundled');
  return t(source.automatic ? 'originAutomatic' : 'originApplied', [
    sourceLabel(source, t),
    formatTime(source.appliedAt, lang),
  ]);
}

/**
 * A story's facts as a description list: the data file's title (when it is not the story's in
 * either language: a file's own title is usually the story's English one, which the German UI
 * would otherwise repeat in English), source, version, as-of date and number of actors.
 */
export function StoryFacts({ story, lang, t }: StoryFactsProps) {
  const rows: [string, string][] = [];
  const { fileTitle } = story;
  if (fileTitle && fileTitle !== story.title.en && fileTitle !== story.title.de) {
    rows.push([t('fieldFileTitle'), fileTitle]);
  }
  rows.push([t('fieldSource'), storySource(story, lang, t)]);
  if (story.version !== undefined) rows.push([t('fieldVersion'), story.version]);
  if (story.asOf) rows.push([t('fieldAsOf'), formatDate(story.asOf, lang)]);
  if (story.actors !== undefined) rows.push([t('fieldActors'), String(story.actors)]);
  return (
    <dl class="summary">
      {rows.map(([term, value]) => [
        <dt key={`t-${term}`}>{term}</dt>,
        <dd key={`d-${term}`}>{value}</dd>,
      ])}
    </dl>
  );
}
