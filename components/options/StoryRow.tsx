import type { DataLang, Translate } from '../../utils/shared/i18n';
import type { StoryEntry } from '../../utils/shared/story/storyEntry';
import type { Done, StoryActions } from './storyActions';
import { AutoRefresh } from './AutoRefresh';
import { ProblemList } from './ProblemList';
import { StoryButtons } from './StoryButtons';
import { StoryFacts } from './StoryFacts';

export interface StoryRowProps {
  story: StoryEntry;
  lang: DataLang;
  t: Translate;
  actions: StoryActions;
  /** Runs an action and announces its outcome: `message` when it worked, the problems if not. */
  report: (run: () => Done, message: string) => Promise<boolean>;
}

/**
 * One installed story: its title with an on/off switch (named by the title), summary, facts
 * (source, version, as-of date, cast size), why its stored data is not used (if so), its daily
 * refresh, and its buttons (see {@link StoryButtons}).
 */
export function StoryRow({ story, lang, t, actions, report }: StoryRowProps) {
  const { id } = story;
  const title = story.title[lang];
  const headingId = `story-${id}`;
  // A switch that could not be saved shows the stored state again on the next render.
  const toggle = (on: boolean) =>
    report(() => actions.onToggle(id, on), t(on ? 'storyTurnedOn' : 'storyTurnedOff', title));
  return (
    <li class={`story${story.enabled ? '' : ' off'}`} aria-labelledby={headingId}>
      <div class="story-head">
        <h3 id={headingId}>{title}</h3>
        <label class="toggle switch">
          <input
            type="checkbox"
            role="switch"
            aria-labelledby={headingId}
            checked={story.enabled}
            onChange={(e) => void toggle(e.currentTarget.checked)}
          />
          <span aria-hidden="true">{t(story.enabled ? 'storyOn' : 'storyOff')}</span>
        </label>
      </div>
      <p class="muted">{story.summary[lang]}</p>
      <StoryFacts story={story} lang={lang} t={t} />
      {story.storedProblems && (
        <ProblemList
          intro={t(story.bundled ? 'storyStoredInvalidBundled' : 'storyStoredInvalid')}
          problems={story.storedProblems}
          t={t}
        />
      )}
      {story.refresh && (
        <AutoRefresh
          setting={story.refresh}
          status={story.refreshStatus}
          lang={lang}
          t={t}
          onToggle={(on) => actions.onRefreshToggle(id, on)}
          onCheckNow={() => actions.onCheckNow(id)}
        />
      )}
      <StoryButtons story={story} title={title} t={t} actions={actions} report={report} />
    </li>
  );
}
