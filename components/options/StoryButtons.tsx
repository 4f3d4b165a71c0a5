import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/shared/i18n';
import type { StoryEntry } from '../../utils/shared/story/storyEntry';
import { ConfirmRemove } from './ConfirmRemove';
import type { Done, StoryActions } from './storyActions';

export interface StoryButtonsProps {
  story: StoryEntry;
  /** The story's title, in the language shown. */
  title: string;
  t: Translate;
  actions: StoryActions;
  /** Runs an action and announces its outcome: `message` when it worked, the problems if not. */
  report: (run: () => Done, message: string) => Promise<boolean>;
}

/**
 * A story's buttons: Export (the stored file, even a broken one: it is the reader's), Undo
 * (naming what it restores), Reset to bundled (a bundled story with an imported or broken
 * stored version) or Remove (an imported story, after a question asked in place; cancelling
 * gives the focus back to Remove).
 */
export function StoryButtons({ story, title, t, actions, report }: StoryButtonsProps) {
  const { id } = story;
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const cancelRemove = () => {
    setConfirming(false);
    setTimeout(() => removeButton.current?.focus());
  };
  return (
    <>
      <div class="buttons">
        <button
          type="button"
          aria-label={t('storyExport', title)}
          onClick={() => actions.onExport(id)}
        >
          {t('storyExportShort')}
        </button>
        {story.undoTarget && (
          <button
            type="button"
            onClick={() =>
              void report(() => actions.onUndo(id), t('dataUndone', story.undoTarget!.title))
            }
          >
            {t('dataUndo', [story.undoTarget.title, story.undoTarget.version])}
          </button>
        )}
        {story.bundled && (story.source || story.storedProblems) && (
          <button
            type="button"
            onClick={() => void report(() => actions.onReset(id), t('storyResetDone', title))}
          >
            {t('storyReset')}
          </button>
        )}
        {!story.bundled && (
          <button
            type="button"
            ref={removeButton}
            aria-label={t('storyRemove', title)}
            aria-expanded={confirming}
            onClick={() => setConfirming(true)}
          >
            {t('storyRemoveShort')}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmRemove
          title={title}
          t={t}
          onCancel={cancelRemove}
          onConfirm={() => {
            setConfirming(false);
            void report(() => actions.onRemove(id), t('storyRemoved', title));
          }}
        />
      )}
    </>
  );
}
