import type { Actor, Delegation, Round } from './schema';

/** A member's part in a delegation (head, member, adviser…). */
export type MemberRole = Delegation['members'][number]['role'];

/** An actor's place in one delegation, with the other members to jump to. */
export interface Membership {
  delegation: Delegation;
  /** The round the delegation sat at. */
  round: Round;
  role: MemberRole;
  others: { actor: Actor; role: MemberRole }[];
}
