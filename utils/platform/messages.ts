import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageCast, PageStories } from '../shared/pageCast';
import type { Result } from '../shared/result';
import type { Cast } from '../shared/story/cast';

/**
 * Every message sent between the extension's contexts, with its argument and its answer. One map
 * keeps senders and handlers in step; answers are {@link Result}s so failures travel as values.
 */
export interface ProtocolMap {
  /** Background → tab: move keyboard focus to the next or previous highlight and open its card. */
  focusMention(direction: 'next' | 'previous'): Result<{ actorId: string } | null>;
  /**
   * Popup → tab: who is on the page, in order of first appearance, and whether it is paused;
   * which enabled stories it is about, and whose casts it highlights.
   */
  getPageCast(): Result<PageCast & PageStories>;
  /** Popup → tab: highlight this page with every enabled story's cast (until the next article). */
  highlightAnyway(): Result<void>;
  /** Popup → tab: scroll to the actor's next mention, flash it and open its card. */
  revealActor(actorId: string): Result<{ index: number; total: number }>;
  /**
   * Tab → background: the cast in force (the enabled stories merged, `dataset` null when none is
   * on), validated in the background once per stored story (`utils/platform/stories/activeCastCache.ts`), so
   * the content script carries no validator. A tab that heard of a change of `local:stories` names
   * the stored value it heard of (its `fingerprint`), so it never gets the one before; null on a
   * page load.
   */
  getActiveCast(heard: string | null): Result<Cast>;
  /** Tab → background: the number of actors found, for the toolbar badge. */
  reportActorCount(count: number): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
