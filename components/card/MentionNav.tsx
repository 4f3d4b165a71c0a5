import type { Translate } from '../../utils/shared/i18n';

export interface MentionNavProps {
  /** 0-based index of the mention the card is attached to; -1 when it shows another actor. */
  current: number;
  total: number;
  t: Translate;
  onStep: (step: 1 | -1) => void;
}

/** "Mention 2 of 3 on this page" with buttons that move to the previous and next mention. */
export function MentionNav({ current, total, t, onStep }: MentionNavProps) {
  if (total === 0) return <p class="mentions muted">{t('mentionsNone')}</p>;
  return (
    <nav class="mentions" aria-label={t('mentionsLabel')}>
      <span>{mentionText(current, total, t)}</span>
      {(total > 1 || current < 0) && (
        <span class="mention-buttons">
          <button type="button" onClick={() => onStep(-1)} aria-label={t('mentionPrevious')}>
            ‹
          </button>
          <button type="button" onClick={() => onStep(1)} aria-label={t('mentionNext')}>
            ›
          </button>
        </span>
      )}
    </nav>
  );
}

function mentionText(current: number, total: number, t: Translate): string {
  if (total === 1) return t('mentionsOne');
  if (current < 0) return t('mentionsCount', String(total));
  return t('mentionsMany', [String(current + 1), String(total)]);
}
