import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/shared/i18n';
import type { StoryEntry } from '../../utils/shared/story/storyEntry';
import type { Result } from '../../utils/shared/result';
import type { Problem } from '../../utils/shared/problems/Problem';
import { ConfirmRemove } from './ConfirmRemove';
import { ProblemList } from './ProblemList';
import type { StoryActions } from './storyActions';

export interface OptionsRecoveryProps {
  /** What the options page threw while rendering. */
  error: Error;
  stories: readonly Pick<StoryEntry, 'id' | 'bundled'>[];
  t: Translate;
  actions: Pick<StoryActions, 'onExport' | 'onReset' | 'onRemove'>;
}

/**
 * What the options page shows when it cannot show itself: what went wrong, and per story (named
 * by its id alone, nothing else read from its data) export, reset to bundled or remove, which
 * need nothing but storage, so the reader can always go back to data that works.
 */
export function OptionsRecovery({ error, stories, t, actions }: OptionsRecoveryProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const run = async (action: () => Promise<Result<void, Problem[]>>) => {
    const result = await action();
    setProblems(result.ok ? null : result.error);
  };
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <ProblemList
        intro={t('optionsFailed')}
        problems={[{ message: { key: 'unexpectedError', subs: [error.message] } }]}
        t={t}
      />
      <ul class="story-list">
        {stories.map(({ id, bundled }) => (
          <li key={id} class="story">
            <h3>{id}</h3>
            <div class="buttons">
              <button type="button" onClick={() => actions.onExport(id)}>
                {t('storyExport', id)}
              </button>
              {bundled ? (
                <button type="button" onClick={() => void run(() => actions.onReset(id))}>
                  {t('storyReset')}
                </button>
              ) : (
                <button type="button" onClick={() => setConfirming(id)}>
                  {t('storyRemove', id)}
                </button>
              )}
            </div>
            {confirming === id && (
              <ConfirmRemove
                title={id}
                t={t}
                onCancel={() => setConfirming(null)}
                onConfirm={() => {
                  setConfirming(null);
                  void run(() => actions.onRemove(id));
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {problems && <ProblemList intro={t('dataActionFailed')} problems={problems} t={t} />}
    </main>
  );
}
