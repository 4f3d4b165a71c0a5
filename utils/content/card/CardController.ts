import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ActorCard } from '../../../components/card/ActorCard';
import { actorView } from '../../shared/dataset/actorView';
import { roleNameOn } from '../../shared/dates/roleOn';
import type { Dataset } from '../../shared/dataset/schema';
import type { StoryMeta } from '../../shared/story/cast';
import { ACTOR_ATTR } from '../../shared/markup';
import type { DataLang, Translate } from '../../shared/i18n';
import { err, ok, type Result } from '../../shared/result';
import { createCardHost, type CardHost } from './createCardHost';
import { HoverIntent } from './HoverIntent';
import { listenToPage, type PageCard } from './listenToPage';
import { mentionIndex, revealMention, visibleMentions } from './mentions';
import { nextIndex } from './nextIndex';
import { mentionText, printedName } from './printedName';
import { SETTINGS } from '../../shared/settings/settingsTable';

/** The card's step back to the actor shown before a switch, if there was a switch. */
function backStep(
  dataset: Dataset,
  shown: Shown,
  go: (actorId: string, trail: string[]) => void,
): { name: string; onBack: () => void } | undefined {
  const previous = shown.trail?.at(-1);
  const actor = previous && dataset.actors.find((a) => a.id === previous);
  if (!actor) return undefined;
  return { name: actor.name, onBack: () => go(actor.id, shown.trail!.slice(0, -1)) };
}

export interface CardControllerOptions {
  ctx: ContentScriptContext;
  dataset: Dataset;
  lang: DataLang;
  t: Translate;
  /** The card's stylesheet, applied inside its shadow root. */
  css: string;
  /** The article's day, `YYYY-MM-DD` (see readArticleDate): cards show what was true then. */
  day: string;
  /** How long the pointer rests on a mark before the card shows (Page Previews uses ~500 ms). */
  openDelay?: number;
  /** The stories highlighted on this page, those it is about first: the card's story sections. */
  stories?: readonly StoryMeta[];
}

interface Shown {
  mark: HTMLElement;
  actorId: string;
  /** The actors shown before on this mark, when the reader switched to a delegation member. */
  trail?: string[];
  /** The round the reader chose in each story's section of this card (else the nearest to the day). */
  rounds?: Record<string, number>;
}

/** The card's open delay (ms) unless the reader chose another in the options. */
export const DEFAULT_OPEN_DELAY = SETTINGS.hoverDelay.fallback;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The hover card: one at a time, attached to a mark, placed beside it by Floating UI (flipping
 * and shifting to stay in view, following scrolls), rendered by Preact in a shadow root so page
 * CSS cannot reach it. Timing lives in {@link HoverIntent}, page events in {@link listenToPage}.
 */
export class CardController {
  private readonly intent: HoverIntent<HTMLElement>;
  private shown: Shown | undefined;
  private pinned = false;
  /** True while the card hands focus back to its mark, which must not reopen it. */
  private restoringFocus = false;
  private stopFollowing: (() => void) | undefined;
  /** Which mention of each actor the popup last revealed, so repeated choices walk on. */
  private readonly revealed = new Map<string, number>();

  private constructor(
    private options: CardControllerOptions,
    private readonly ui: CardHost,
  ) {
    const { ctx } = options;
    const current = () => this.options;
    this.intent = new HoverIntent<HTMLElement>({
      // Read at each hover, so a new delay from the reader's settings applies at once.
      get openDelay() {
        return current().openDelay ?? DEFAULT_OPEN_DELAY;
      },
      closeDelay: 300,
      onOpen: (mark) => this.show(mark),
      onClose: () => this.hide(),
      timers: {
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
      },
    });
  }

  /** Creates the card's (empty, not yet placed) shadow host and starts listening to the page. */
  static async create(options: CardControllerOptions): Promise<CardController> {
    const ui = await createCardHost(options.ctx, options.css);
    const controller = new CardController(options, ui);
    listenToPage(options.ctx, controller.pageCard());
    return controller;
  }

  /** The narrow view of this card the page's events act on (see {@link listenToPage}). */
  private pageCard(): PageCard {
    return {
      host: this.ui.shadowHost,
      shownMark: () => this.shown?.mark,
      isPinned: () => this.pinned,
      isRestoringFocus: () => this.restoringFocus,
      enter: (mark, immediate) => this.intent.enter(mark, immediate),
      leave: () => this.intent.leave(),
      hold: () => this.intent.hold(),
      close: () => this.close(),
      focusCard: () => this.focusCard(),
      detach: () => this.ui.detach(),
    };
  }

  /**
   * Applies the reader's card settings from now on: the open delay (next hover), the
   * language of the data and the card's own strings, the article's day and the highlighted
   * stories (an open card is shown again with them).
   */
  configure(
    settings: Partial<Pick<CardControllerOptions, 'openDelay' | 'lang' | 't' | 'day' | 'stories'>>,
  ): void {
    if (settings.day !== undefined && settings.day !== this.options.day && this.shown) {
      this.shown.rounds = undefined; // another article: start at its nearest rounds
    }
    this.options = { ...this.options, ...settings };
    if (this.shown) this.renderCard();
  }

  /** Uses a new dataset from now on; an open card is closed as it may be stale. */
  setDataset(dataset: Dataset): void {
    this.options = { ...this.options, dataset };
    this.close();
  }

  /** Closes the card (and unpins it); returns focus to its mark if focus was in the card. */
  close(): void {
    const mark = this.shown?.mark;
    const focusInCard = this.ui.shadow.activeElement !== null;
    this.pinned = false;
    this.intent.close();
    if (focusInCard && mark) {
      if (!mark.hasAttribute('tabindex')) mark.setAttribute('tabindex', '-1');
      this.restoringFocus = true;
      mark.focus({ preventScroll: true });
      this.restoringFocus = false;
    }
  }

  /**
   * Forgets the page it was on, when the document moves to another page without loading one:
   * closes the card, pinned or not (its actor and "mention n of N" belong to the old page), and
   * starts the popup's walk through an actor's mentions again from the first.
   */
  forgetPage(): void {
    this.revealed.clear();
    this.close();
  }

  /**
   * Scrolls to the actor's next mention (the first, then on with each call), flashes it and
   * opens its card: what choosing a name in the popup's "On this page" list does.
   */
  reveal(actorId: string): Result<{ index: number; total: number }> {
    const mentions = visibleMentions(document, actorId);
    if (!mentions.length) return err(`"${actorId}" has no visible mention on this page`);
    const index = nextIndex(this.revealed.get(actorId) ?? -1, 1, mentions.length);
    this.revealed.set(actorId, index);
    const mark = mentions[index] as HTMLElement;
    revealMention(mark, reducedMotion());
    this.intent.enter(mark, true);
    return ok({ index, total: mentions.length });
  }

  /** Moves focus into the card (Tab from its mark), so its buttons are reachable by keyboard. */
  focusCard(): boolean {
    const first = this.ui.shadow.querySelector<HTMLElement>('button, a[href]');
    first?.focus();
    return !!first;
  }

  private show(
    mark: HTMLElement,
    actorId = mark.getAttribute(ACTOR_ATTR) ?? '',
    trail: string[] = [],
  ): void {
    const changed = this.shown?.actorId !== actorId;
    this.shown = { mark, actorId, trail, rounds: changed ? undefined : this.shown?.rounds };
    if (!this.renderCard()) return;
    if (changed) this.announce();
    this.follow(mark);
  }

  private renderCard(): boolean {
    const { shown } = this;
    const view = shown && actorView(this.options.dataset, shown.actorId, this.options.stories);
    if (!shown || !view || !this.ui.attach()) return false;
    const mentions = visibleMentions(document, shown.actorId);
    const { lang, t, day } = this.options;
    const card = h(ActorCard, {
      view,
      lang,
      t,
      day,
      rounds: shown.rounds,
      onChooseRound: (story: string, round: number) => {
        shown.rounds = { ...shown.rounds, [story]: round };
        this.renderCard();
      },
      onClose: () => this.close(),
      onSelectActor: (id: string) =>
        this.show(shown.mark, id, [...(shown.trail ?? []), shown.actorId]),
      back: backStep(this.options.dataset, shown, (id, trail) => this.show(shown.mark, id, trail)),
      printedName:
        shown.mark.getAttribute(ACTOR_ATTR) === shown.actorId
          ? printedName(view.actor, mentionText(shown.mark))
          : undefined,
      mentions: {
        current: mentionIndex(mentions, shown.mark),
        total: mentions.length,
        onStep: (step) => this.step(step),
      },
      pinned: this.pinned,
      onTogglePin: () => {
        this.pinned = !this.pinned;
        this.renderCard();
      },
    });
    render(h('div', { class: 'layer' }, card), this.ui.root);
    return true;
  }

  private step(step: 1 | -1): void {
    if (!this.shown) return;
    const mentions = visibleMentions(document, this.shown.actorId);
    const at = mentionIndex(mentions, this.shown.mark);
    // From another actor's card (a delegation member), both buttons start at the first mention.
    const next = mentions[nextIndex(at, at < 0 ? 1 : step, mentions.length)];
    if (!next) return;
    revealMention(next, reducedMotion());
    this.intent.enter(next, true);
    this.show(next, this.shown.actorId);
  }

  private announce(): void {
    const { shown } = this;
    const actor = this.options.dataset.actors.find((a) => a.id === shown?.actorId);
    if (!actor) return;
    const { day, lang } = this.options;
    this.ui.live.textContent = `${actor.name}, ${roleNameOn(actor.roles, day, lang)}`;
  }

  private follow(mark: HTMLElement): void {
    this.stopFollowing?.();
    const layer = this.ui.root.firstElementChild as HTMLElement;
    const place = () =>
      void computePosition(mark, layer, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip(),
          shift({ padding: 8 }),
          // A card with several rounds and quotes is tall: never taller than the room beside its
          // mark, so it stays whole in view (it scrolls inside) instead of leaving the viewport.
          size({
            padding: 8,
            apply: ({ availableHeight }) =>
              layer.style.setProperty('--available', `${Math.max(160, availableHeight)}px`),
          }),
        ],
      }).then(({ x, y }) => {
        layer.style.left = `${x}px`;
        layer.style.top = `${y}px`;
      });
    this.stopFollowing = autoUpdate(mark, layer, place);
  }

  private hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.shown = undefined;
    this.pinned = false;
    render(null, this.ui.root);
  }
}
