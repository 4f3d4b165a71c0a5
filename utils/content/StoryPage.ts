import type { Dataset } from '../shared/dataset/schema';
import { highlightPage, type PageHighlight } from './highlight/highlightPage';
import type { HighlightStyle } from '../shared/settings/settingValues';
import type { StoryMeta } from '../shared/story/cast';
import type { PageStories } from '../shared/pageCast';
import type { PageDecision, StoryMode } from '../shared/story/decidePage';

/** What the page is highlighted with at each (re)start, read afresh each time. */
export interface StoryPageInput {
  /** The cast of every enabled story, as shown (the reader's colours applied). */
  dataset: Dataset;
  /** The enabled stories, in the cast's order. */
  stories: readonly StoryMeta[];
  hidden: ReadonlySet<string>;
  style: HighlightStyle;
  /** The reader's setting "Highlight on every page". */
  everywhere: boolean;
  /** The reader paused Dramatis on this site: nothing is read or written. */
  paused: boolean;
  /** The article's date when the page states one (not "today"). */
  day?: string;
}

/** How a {@link StoryPage} reports back; `immediate` skips the wait for the page to settle. */
export interface StoryPageHooks {
  onPass: () => void;
  /** Told each decision, with the stories highlighted (those the page is about first). */
  onDecided?: (decision: PageDecision, highlighted: StoryMeta[]) => void;
  immediate?: boolean;
}

/**
 * The page's highlighter as the stories decide it: on each start it reads the page once and
 * highlights only the casts of the stories it is about (or every enabled story's, with the
 * reader's setting or after "Highlight here anyway", which lasts until the next article or
 * reload). Another article (`leave`, then `restart`) is decided afresh. Step 3 of 5 to the first
 * mark (after startDramatis; next: highlightPage).
 */
export class StoryPage {
  private page: PageHighlight | undefined;
  private decision: PageDecision | undefined;
  private anyway = false;
  /** The mode of the current start (`undefined` while paused). */
  private mode: StoryMode | undefined;
  private stories: readonly StoryMeta[] = [];

  constructor(
    private readonly body: HTMLElement,
    private readonly input: () => StoryPageInput,
    private readonly hooks: StoryPageHooks,
  ) {}

  /** Removes every mark and starts again with the current input (its decision included). */
  restart(): void {
    this.stop();
    const input = this.input();
    this.stories = input.stories;
    if (input.paused) return;
    const mode: StoryMode = input.everywhere ? 'everywhere' : this.anyway ? 'anyway' : 'about';
    this.mode = mode;
    this.page = highlightPage(input.dataset, input.hidden, this.body, {
      style: input.style,
      onPass: this.hooks.onPass,
      immediate: this.hooks.immediate,
      stories: {
        stories: input.stories,
        mode,
        day: input.day,
        onDecided: (decision) => {
          this.decision = decision;
          this.hooks.onDecided?.(decision, highlightedStories(input.stories, decision));
        },
      },
    });
  }

  /** The reader asked to highlight this page with every enabled story's cast. */
  highlightAnyway(): void {
    this.anyway = true;
    this.restart();
  }

  /** Forgets the article left behind: its marks, its decision, and "Highlight here anyway". */
  leave(): void {
    this.stop();
    this.anyway = false;
  }

  setHiddenCategories(hidden: ReadonlySet<string>): void {
    this.page?.setHiddenCategories(hidden);
  }

  /** Settles when the current start's first pass (or its decision to write nothing) is done. */
  get firstPass(): Promise<void> {
    return this.page?.firstPass ?? Promise.resolve();
  }

  /**
   * Each enabled story, whether the page is about it, and what the page highlights (before the
   * page is decided: the forced mode, else `none`, as nothing is written yet).
   */
  status(): PageStories {
    const about = new Set(this.decision?.verdicts.filter((v) => v.about).map((v) => v.id));
    return {
      stories: this.stories.map(({ id, title }) => ({ id, title, about: about.has(id) })),
      highlighting:
        this.decision?.highlighting ?? (this.mode && this.mode !== 'about' ? this.mode : 'none'),
    };
  }

  /** Stops all work and removes every mark. */
  stop(): void {
    this.page?.stop();
    this.page = undefined;
    this.decision = undefined;
    this.mode = undefined;
  }
}

/** The stories whose casts a decision highlights: those the page is about first, then the rest. */
function highlightedStories(stories: readonly StoryMeta[], decision: PageDecision): StoryMeta[] {
  const about = new Set(decision.verdicts.filter((v) => v.about).map((v) => v.id));
  const first = stories.filter((s) => about.has(s.id));
  if (decision.highlighting === 'none') return [];
  if (decision.highlighting === 'about') return first;
  return [...first, ...stories.filter((s) => !about.has(s.id))];
}
