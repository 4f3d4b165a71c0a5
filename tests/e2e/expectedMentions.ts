import { SEED_MENTIONS } from '../fixtures/seedMentions';

/** Mentions per actor in the served page: the seed article plus its headline (Putin, Zelenskyy). */
export const EXPECTED_MENTIONS = {
  ...SEED_MENTIONS,
  'vladimir-putin': (SEED_MENTIONS['vladimir-putin'] ?? 0) + 1,
  'volodymyr-zelenskyy': (SEED_MENTIONS['volodymyr-zelenskyy'] ?? 0) + 1,
};
