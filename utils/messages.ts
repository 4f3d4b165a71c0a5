import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Result } from './result';

/**
 * Every message sent between the extension's contexts, with its argument and its answer. One map
 * keeps senders and handlers in step; answers are {@link Result}s so failures travel as values.
 */
export interface ProtocolMap {
  /** Background → tab: move keyboard focus to the next or previous highlight and open its card. */
  focusMention(direction: 'next' | 'previous'): Result<{ actorId: string } | null>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
