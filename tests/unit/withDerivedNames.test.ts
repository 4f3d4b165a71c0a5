import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { nameText, type Actor } from '../../utils/shared/dataset/schema';
import { spellingsOf, withDerivedNames } from '../../utils/shared/dataset/withDerivedNames';
import { compileCast } from '../../utils/shared/matching/compile';
import { createCastSearch } from '../../utils/shared/search/castSearch';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { servedDataset } from '../support/servedDataset';

const actor = (id: string): Actor => {
  const found = servedDataset().actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor ${id}`);
  return found;
};
const texts = (a: Actor) => a.names.map(nameText);

describe('withDerivedNames', () => {
  it('adds the press spellings of the issue that no one listed', () => {
    expect(texts(actor('rustem-umerov'))).toEqual(
      expect.arrayContaining([
        'Rustem Umerow',
        'Umerow',
        'Umjerov',
        'Umierov',
        'Umierow',
        'Umyerov',
      ]),
    );
    expect(texts(actor('vladimir-medinsky'))).toContain('Medinskiy');
    expect(texts(actor('andrii-sybiha'))).toEqual(expect.arrayContaining(['Sybiga', 'Sibiha']));
    expect(texts(actor('sergei-lavrov'))).toContain('Ławrow');
    expect(texts(actor('volodymyr-zelenskyy'))).toContain('Zełenski');
  });

  it('matches the native names and native surnames without listing them', () => {
    const cast = compileCast(servedDataset().actors);
    const ids = (text: string) => findMentions(cast, text).map((m) => m.actorId);
    expect(ids('Умєрова и Умерову, Песковым и Пєскова')).toEqual([
      'rustem-umerov',
      'rustem-umerov',
      'dmitry-peskov',
      'dmitry-peskov',
    ]);
  });

  it('matches a person name only when capitalised, in any script', () => {
    const cast = compileCast(servedDataset().actors);
    const found = (text: string) => findMentions(cast, text).map((m) => text.slice(m.start, m.end));
    expect(found('PUTIN und Selenskyj')).toEqual(['PUTIN', 'Selenskyj']);
    expect(
      found('…/2025-5-15-putin-no-viajara-a-turquia-zelenski, #umerov, peskov@kremlin.ru'),
    ).toEqual([]);
    expect(found('the nato summit, the kremlin')).toEqual([]);
    expect(found('#умєров #песков Умєров')).toEqual(['Умєров']);
  });

  it.each([
    'начальник Главного управления Генштаба Игорь Костюков',
    'глава Главного разведывательного управления Генерального штаба',
    'в Главном разведывательном управлении',
    'очільник Головного управління Генерального штабу РФ',
    'представники Головного управління Генштабу',
    'начальник ГУ Генштаба ВС РФ Игорь Костюков',
    'генерал ГУ ГШ',
    'le chef de la Direction principale de l’état-major russe',
    'capo della Direzione principale dello Stato maggiore',
  ])('finds the GRU under its long name, declined: %s', (text) => {
    const cast = compileCast(servedDataset().actors);
    expect(findMentions(cast, text).map((m) => m.actorId)).toContain('gru');
  });

  it('drops a derived spelling that another actor lists or rules out', () => {
    const data = bundledDataset();
    const fomin = data.actors.find((a) => a.id === 'alexander-fomin') as Actor;
    const rival: Actor = { ...fomin, id: 'other-fomin', nativeNames: undefined, names: ['Fomine'] };
    const served = withDerivedNames({ ...data, actors: [...data.actors, rival] });
    const own = served.actors.find((a) => a.id === 'alexander-fomin') as Actor;
    expect(spellingsOf(fomin)).toContain('Fomine');
    expect(texts(own)).not.toContain('Fomine');
    expect(texts(own)).toContain('Fomin');
  });

  it('derives nothing for institutions and people without Russian or Ukrainian names', () => {
    expect(spellingsOf(actor('gru'))).toEqual([]);
    expect(spellingsOf(actor('donald-trump'))).toEqual([]);
  });
});

describe('the popup search', () => {
  it('finds people by the derived spellings too', () => {
    const search = createCastSearch(servedDataset());
    expect(search('Ławrow').map((a) => a.id)).toContain('sergei-lavrov');
    expect(search('Zeł').map((a) => a.id)).toContain('volodymyr-zelenskyy');
    expect(search('Умєр').map((a) => a.id)).toContain('rustem-umerov');
  });
});

describe('the bundled data', () => {
  it('keeps every actor valid: a display name stays listed', () => {
    for (const a of bundledDataset().actors) expect(texts(a)).toContain(a.name);
  });
});
