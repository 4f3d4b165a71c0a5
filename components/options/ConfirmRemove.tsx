import { useEffect, useId, useRef } from 'preact/hooks';
import type { Translate } from '../../utils/shared/i18n';

export interface ConfirmRemoveProps {
  /** The story's title, in the reader's language. */
  title: string;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a story is removed, in place (no modal window): what removing does, "Remove" and
 * "Keep it". Focus moves to "Keep it", the safe choice; Esc anywhere in it cancels.
 */
export function ConfirmRemove({ title, t, onConfirm, onCancel }: ConfirmRemoveProps) {
  const keep = useRef<HTMLButtonElement>(null);
  const question = useId();
  useEffect(() => keep.current?.focus(), []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onCancel();
  };
  return (
    <div class="confirm" role="alertdialog" aria-labelledby={question} onKeyDown={onKeyDown}>
      <p id={question}>{t('storyRemoveQuestion', title)}</p>
      <div class="buttons">
        <button type="button" class="danger" onClick={onConfirm}>
          {t('storyRemoveConfirm')}
        </button>
        <button type="button" ref={keep} onClick={onCancel}>
          {t('storyRemoveKeep')}
        </button>
      </div>
    </div>
  );
}
