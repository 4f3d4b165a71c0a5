import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../utils/shared/dataset/validate';
import { withDerivedNames } from '../../utils/shared/dataset/withDerivedNames';
import { compileCast } from '../../utils/shared/matching/compile';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { roundsDataset } from '../fixtures/roundsDataset';
import { english } from '../support/problemTexts';

describe('native names (data v2)', () => {
  it('are matched as names, without repeating them in names (added where the data is served)', () => {
    const data = structuredClone(roundsDataset);
    const umerov = data.actors.find((a) => a.id === 'rustem-umerov')!;
    umerov.names = ['Rustem Umerov'];
    umerov.nativeNames = { uk: 'Рустем Умєров' };
    const cast = compileCast(withDerivedNames(data).actors);
    const text = 'Делегацію очолив Рустем Умєров.';
    const found = findMentions(cast, text);
    expect(found.map((m) => [m.actorId, text.slice(m.start, m.end)])).toEqual([
      ['rustem-umerov', 'Рустем Умєров'],
    ]);
  });

  it('must not be another actor’s name', () => {
    const data = structuredClone(roundsDataset);
    data.actors[2]!.nativeNames = { ru: 'Владимир Мединский' };
    const checked = validateDataset(data);
    expect(checked.ok ? [] : english(checked.error)).toEqual([
      'actors[2].nativeNames.ru: "Владимир Мединский" is also a name of "vladimir-medinsky"; a name must be unique',
    ]);
  });
});
