import { useRef, useState } from 'preact/hooks';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import type { StoryEntry } from '../../utils/shared/story/storyEntry';
import type { Result } from '../../utils/shared/result';
import type { Problem } from '../../utils/shared/problems/Problem';
import { ProblemList } from './ProblemList';
import { StoryRow } from './StoryRow';
import type { StoryActions } from './storyActions';

export interface StoryListProps {
  /** Bundled stories first (in bundled order), then imported ones by install time. */
  stories: readonly StoryEntry[];
  /** The language of story titles and summaries (the card's). */
  lang: DataLang;
  t: Translate;
  actions: StoryActions;
}

type Status =
  { kind: 'idle' } | { kind: 'done'; message: string } | { kind: 'failed'; problems: Problem[] };

/**
 * The stories installed, one row each (see {@link StoryRow}), and one live region that announces
 * what an action did (or an alert with why it did nothing). A removed story's row goes away, so
 * focus moves to the list rather than being lost.
 */
export function StoryList({ stories, lang, t, actions }: StoryListProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const list = useRef<HTMLUListElement>(null);
  const report = async (run: () => Promise<Result<void, Problem[]>>, message: string) => {
    const result = await run().catch((e: unknown) => ({
      ok: false as const,
      error: [{ message: { key: 'unexpectedError' as const, subs: [String(e)] } }],
    }));
    setStatus(result.ok ? { kind: 'done', message } : { kind: 'failed', problems: result.error });
    return result.ok;
  };
  const removing: StoryActions = {
    ...actions,
    onRemove: async (id) => {
      const result = await actions.onRemove(id);
      if (result.ok) list.current?.focus();
      return result;
    },
  };
  return (
    <div class="stories">
      <ul class="story-list" ref={list} tabIndex={-1} aria-label={t('optionsStories')}>
        {stories.map((story) => (
          <StoryRow
            key={story.id}
            story={story}
            lang={lang}
            t={t}
            actions={removing}
            report={report}
          />
        ))}
      </ul>
      <div role="status" aria-live="polite">
        {status.kind === 'done' && <p class="ok">{status.message}</p>}
      </div>
      {status.kind === 'failed' && (
        <ProblemList intro={t('dataActionFailed')} problems={status.problems} t={t} />
      )}
    </div>
  );
}
