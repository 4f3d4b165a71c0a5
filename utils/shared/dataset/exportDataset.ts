import type { InstalledStory } from '../story/installedStory';
import { bundledStory } from '../story/bundledStories';
import type { Dataset } from './schema';

/** A file name for a dataset: its title and version as a slug, e.g. `istanbul-talks-3.json`. */
export function datasetFileName(dataset: Dataset): string {
  const slug = `${dataset.title} ${dataset.version}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'dramatis-data'}.json`;
}

/** The dataset as a data file: 2-space JSON with a final newline, like `data/actors.json`. */
export const datasetFileText = (dataset: Dataset): string =>
  `${JSON.stringify(dataset, null, 2)}\n`;

/**
 * Downloads the dataset as a JSON file: a Blob behind an object URL, clicked through a
 * temporary `<a download>`. The URL is revoked a minute later, when the download has started.
 */
export function downloadDataset(dataset: Dataset, doc: Document = document): void {
  const blob = new Blob([datasetFileText(dataset)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = datasetFileName(dataset);
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The file of the installed story `id` to export: the stored file exactly as stored (even one
 * that no longer validates: it is the reader's, and the export is how they get it back), or the
 * bundled file for a bundled story the reader never replaced; undefined for no such story.
 */
export function storyFile(
  stories: Record<string, InstalledStory>,
  id: string,
): Dataset | undefined {
  return stories[id]?.dataset ?? bundledStory(id);
}
