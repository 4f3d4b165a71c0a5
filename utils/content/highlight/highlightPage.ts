import type { Dataset } from '../../shared/dataset/schema';
import { compileCast, type CastMember, type CompiledCast } from '../../shared/matching/compile';
import { decidePage } from '../../shared/story/decidePage';
import type { EvidenceTally } from '../../shared/story/EvidenceTally';
import { decideByReading, storyTally, type StoryChoice } from './decideByReading';
import { repairRecords } from './repairRecords';
import type { HighlightStyle } from '../../shared/settings/settingValues';
import { Highlighter } from './Highlighter';
import { LoopGuard } from './LoopGuard';
import { MutationQueue } from './MutationQueue';
import { SplitTracker } from './SplitTracker';
import { styleShadowRoot } from './styleShadowRoot';
import { visibleBlocks } from './visibleBlocks';
import { isEditableDocument, watchEditable } from './watchEditable';
import { whenPageSettled } from './whenPageSettled';

/**
 * Casts compiled in this content script, by actor list. A restart (another article in an app,
 * a colour, style or pause change) keeps the dataset's actors array, so only new data compiles.
 */
const compiled = new WeakMap<readonly CastMember[], CompiledCast>();

function compiledCast(actors: readonly CastMember[]): CompiledCast {
  let cast = compiled.get(actors);
  if (!cast) compiled.set(actors, (cast = compileCast(actors)));
  return cast;
}

/** A running highlighter on the current page. */
export interface PageHighlight {
  /** Applies the reader's category switches to existing and future marks. */
  setHiddenCategories: (hidden: ReadonlySet<string>) => void;
  /** Stops all work and removes every mark, leaving the page as it was. */
  stop: () => void;
  /** Settles when the first pass over the whole page is done. */
  firstPass: Promise<void>;
}

/** How {@link highlightPage} starts. */
export interface HighlightPageOptions {
  /**
   * Start the first pass at once instead of after the page has loaded and gone idle (tests).
   * Waiting lets a server-rendered app hydrate before we split its text.
   */
  immediate?: boolean;
  /** How highlights are drawn (default: a tinted background). */
  style?: HighlightStyle;
  /**
   * Called after each highlight pass (the first and each batch of the page's changes), and once
   * on a page about no story, where there is no pass (so the badge hears 0).
   */
  onPass?: () => void;
  /** Highlight only the casts of the stories the page is about; the whole cast when absent. */
  stories?: StoryChoice;
}

/**
 * Highlights the dataset's cast on this page once it has settled, and whatever the page adds
 * later. The cast is compiled once per dataset; the page's own edits to text we split are
 * repaired before the next paint, and the text it changes or adds is highlighted again in batches.
 * With `stories` in the `about` mode, the page is first read once, writing nothing, to decide
 * which stories it is about (see readEvidence, decidePage); only their casts are highlighted,
 * and a page about none is left untouched and unobserved. In the other modes the highlight pass
 * itself gathers the evidence, so the popup can still say what the page is about. Step 4 of 5
 * to the first mark (after StoryPage; next: Highlighter).
 */
export function highlightPage(
  dataset: Dataset,
  hiddenCategories: ReadonlySet<string>,
  body: HTMLElement = document.body,
  options: HighlightPageOptions = {},
): PageHighlight {
  const abort = new AbortController();
  const tracker = new SplitTracker();
  const loops = new LoopGuard();
  let hidden = hiddenCategories;
  let highlighter: Highlighter | undefined;
  const queue = new MutationQueue(
    body,
    (roots) => void highlighter?.highlight(roots).then(options.onPass),
    (records) => repairRecords(records, tracker, loops),
    loops,
  );
  // Made when the page has settled, not at start: compiling the cast is costly for a large cast
  // (bench/compile-results.md) and happens in every frame, so it stays off the load path.
  const makeHighlighter = (actors?: ReadonlySet<string>) => {
    const categoryOf = new Map(dataset.actors.map((a) => [a.id, a.category]));
    const colorOf = new Map(dataset.categories.map((c) => [c.id, c.color]));
    return new Highlighter({
      cast: compiledCast(dataset.actors),
      categoryOf: (id) => categoryOf.get(id) ?? '',
      colorOf: (id) => colorOf.get(id) ?? '#888888',
      hiddenCategories: hidden,
      style: options.style,
      guard: queue.guard,
      signal: abort.signal,
      tracker,
      onShadowRoot: (shadow) => {
        queue.observe(shadow);
        styleShadowRoot(shadow);
      },
      isRetired: (block) => loops.isRetired(block),
      actors,
    });
  };
  /** Highlights the page (the first pass), hearing each run read if asked to. */
  const firstHighlight = async (actors?: ReadonlySet<string>, tally?: EvidenceTally) => {
    highlighter = makeHighlighter(actors);
    queue.start();
    if (isEditableDocument(body.ownerDocument)) return;
    await highlighter.highlight([body], visibleBlocks(body), tally && ((t, m) => tally.add(t, m)));
  };
  /** Decides which stories the page is about, then highlights only their casts (if any). */
  const decideThenHighlight = async (choice: StoryChoice) => {
    if (choice.mode === 'about') {
      const cast = compiledCast(dataset.actors);
      const decision = await decideByReading(body, cast, choice, abort.signal);
      if (!decision) return;
      choice.onDecided?.(decision);
      if (decision.highlighting !== 'none') await firstHighlight(decision.actors);
      return;
    }
    // Every story's cast: the highlight pass itself gathers what the page is about.
    const tally = storyTally(choice.stories, body.ownerDocument);
    await firstHighlight(undefined, tally);
    if (abort.signal.aborted) return;
    choice.onDecided?.(decidePage(choice.stories, tally.evidence(choice.day), choice.mode));
  };
  const start = options.immediate ? Promise.resolve() : whenPageSettled(abort.signal);
  // A document turned editable after the first pass (designMode, a style) loses its marks.
  watchEditable(body.ownerDocument, abort.signal, (region) => highlighter?.clear(region));
  const firstPass = start.then(async () => {
    if (abort.signal.aborted) return;
    await (options.stories ? decideThenHighlight(options.stories) : firstHighlight());
    if (!abort.signal.aborted) options.onPass?.();
  });
  return {
    setHiddenCategories: (next) => {
      hidden = next;
      highlighter?.setHiddenCategories(next, body);
    },
    stop: () => {
      abort.abort();
      queue.disconnect();
      highlighter?.clear(body);
    },
    firstPass,
  };
}
