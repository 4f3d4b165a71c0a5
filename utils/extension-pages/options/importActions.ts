import type { Candidate } from '../../shared/dataset/candidate';
import type { InstalledView } from '../../shared/story/installedStories';
import { revokeHostPermission } from '../../platform/update/revokeHostPermission';
import { applyImport } from './applyImport';
import { currentData } from './currentData';
import { prepareFile, prepareText, prepareUrl, type PrepareUrlDeps } from './prepareImport';

/**
 * What the options page's import does (the component's `ImportActions`): each source is
 * prepared against the installed stories `views` (see {@link prepareUrl} for the host
 * permission asked within the click), applied by {@link applyImport}, and a cancelled preview
 * of a URL's file gives that host's access back.
 */
export function importActions(views: readonly InstalledView[], deps: PrepareUrlDeps = {}) {
  const current = currentData(views);
  return {
    onPrepareFile: (file: File) => prepareFile(file, current),
    onPrepareText: (text: string) => prepareText(text, current),
    onPrepareUrl: (text: string) => prepareUrl(text, current, deps),
    onApply: applyImport,
    onCancel: cancelImport,
  };
}

/**
 * The reader cancelled the preview of `candidate`: the host access asked for its URL goes back
 * (unless a story's daily refresh needs it; see {@link revokeHostPermission}). Nothing else was
 * stored, so nothing else is undone; a failed revocation is not the reader's concern.
 */
export function cancelImport({ source }: Candidate): void {
  if (source.kind === 'url') void revokeHostPermission(source.name).catch(() => undefined);
}
