import type { Translate } from '../../utils/shared/i18n';
import type { DatasetSource } from '../../utils/shared/story/installedStory';

/** Where a dataset comes from, in words: a file's name, a URL, or "pasted text". */
export function sourceLabel(source: Pick<DatasetSource, 'kind' | 'name'>, t: Translate): string {
  if (source.kind === 'file') return t('sourceFile', source.name);
  if (source.kind === 'paste') return t('sourcePaste');
  return source.name;
}
