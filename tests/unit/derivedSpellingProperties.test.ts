import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellingsOf } from '../../utils/shared/dataset/withDerivedNames';
import { compileCast } from '../../utils/shared/matching/compile';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { servedDataset } from '../support/servedDataset';

const served = servedDataset();
const cast = compileCast(served.actors);

/** Every spelling the generator added to the served data, with its actor. */
const derived = bundledDataset().actors.flatMap((actor) => {
  const kept = new Set(
    served.actors
      .find((a) => a.id === actor.id)
      ?.names.map((n) => (typeof n === 'string' ? n : n.text)),
  );
  return spellingsOf(actor)
    .filter((s) => kept.has(s))
    .map((spelling) => ({ id: actor.id, spelling }));
});
const latinSurnames = derived.filter(
  ({ spelling }) => !/\s/.test(spelling) && /\p{Script=Latin}/u.test(spelling),
);

const found = (text: string) =>
  findMentions(cast, text).map((m) => ({ id: m.actorId, text: text.slice(m.start, m.end) }));

describe('every derived spelling, on a page', () => {
  it('there are hundreds of them', () => {
    expect(derived.length).toBeGreaterThan(200);
  });

  it('is matched as printed, in running text, for its actor', () => {
    for (const { id, spelling } of derived) {
      expect(found(`Am Montag sagte ${spelling}, die Gespräche gingen weiter.`)).toEqual([
        { id, text: spelling },
      ]);
    }
  });

  it('is matched with a possessive or genitive and at a line end', () => {
    for (const { id, spelling } of latinSurnames) {
      expect(found(`${spelling}’s delegation`)).toEqual([{ id, text: `${spelling}’s` }]);
      expect(found(`(${spelling})\n`)).toEqual([{ id, text: spelling }]);
    }
  });

  it('never matches inside a longer word: a mention is the whole word or none of it', () => {
    const spelling = fc.constantFrom(...latinSurnames);
    const suffix = fc.stringMatching(/^[a-zäöüéèàłńśżź]{2,6}$/);
    // Capitals only: a lower-case letter before a capital is a scraper's glue, where a name may
    // start by design ("abgelehntVolodymyr").
    const prefix = fc.stringMatching(/^[A-ZÄÖÜ]{1,5}$/);
    // The longer word may be another spelling of the same name as a whole ("O" + "Umerov" is
    // Oumerov, "Galouzin" + "es" the genitive of Galouzine); a part of it is never a mention.
    const parts = (word: string) =>
      found(`Das Wort ${word} ist kein Name.`).filter(
        (m) => m.text !== word && word.includes(m.text),
      );
    fc.assert(
      fc.property(spelling, suffix, prefix, ({ spelling: s }, after, before) => {
        expect(parts(`${s}${after}`)).toEqual([]);
        expect(parts(`${before}${s}`)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never matches in lower case: slugs, hashtags, e-mail addresses', () => {
    for (const { id, spelling } of latinSurnames) {
      const lower = spelling.toLowerCase();
      const ids = found(`/2025/05/16/${lower}-istanbul #${lower} ${lower}@example.org`).map(
        (m) => m.id,
      );
      expect(ids).not.toContain(id);
    }
  });
});
