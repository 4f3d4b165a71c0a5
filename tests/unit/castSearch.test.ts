import { describe, expect, it } from 'vitest';
import { servedDataset } from '../support/servedDataset';
import { createCastSearch } from '../../utils/shared/search/castSearch';

/** The popup searches the data as the background serves it: with the derived spellings. */
const dataset = servedDataset();
const search = createCastSearch(dataset);
const ids = (query: string) => search(query).map((actor) => actor.id);

describe('createCastSearch', () => {
  it.each(['medinsky', 'medinski', 'Medinskij', 'MEDINSKY', 'мединский', 'Мединский', 'medinksy'])(
    '%j finds Vladimir Medinsky first',
    (query) => {
      expect(ids(query)[0]).toBe('vladimir-medinsky');
    },
  );

  it.each(['zelenski', 'selenskyj', 'Зеленський', 'Зеленский', 'zelenskyy'])(
    '%j finds Volodymyr Zelenskyy first',
    (query) => {
      expect(ids(query)[0]).toBe('volodymyr-zelenskyy');
    },
  );

  it.each(['erdogan', 'Erdoğan', 'Эрдоган'])('%j finds Recep Tayyip Erdoğan', (query) => {
    expect(ids(query)[0]).toBe('recep-tayyip-erdogan');
  });

  it('finds an actor while the reader is still typing', () => {
    expect(ids('medi')[0]).toBe('vladimir-medinsky');
  });

  // Expectations come from the bundled data, which its researchers extend.
  it('"russian delegation" finds exactly the members of its delegations, in every round', () => {
    const members = dataset.delegations
      .filter((d) => d.name.en === 'Russian delegation')
      .flatMap((d) => d.members.map((m) => m.actor));
    expect(members.length).toBeGreaterThan(0);
    expect(ids('russian delegation').sort()).toEqual([...new Set(members)].sort());
  });

  it('searches the German role too: "außenminister" finds foreign ministers', () => {
    const found = search('außenminister');
    expect(found.map((a) => a.id)).toEqual(
      expect.arrayContaining(['sergei-lavrov', 'andrii-sybiha']),
    );
    for (const actor of found) {
      expect(actor.roles.map((r) => r.de).join(' ')).toMatch(/Außenminister/);
    }
  });

  it('finds by category label, in English and German', () => {
    const europe = ['donald-tusk', 'emmanuel-macron', 'friedrich-merz', 'keir-starmer'];
    expect(ids('europe')).toEqual(expect.arrayContaining(europe));
    const others = dataset.actors.filter((a) => a.category === 'third-countries');
    expect(others.map((a) => a.id)).toEqual(expect.arrayContaining(['xi-jinping', 'hakan-fidan']));
    expect(ids('weitere staaten').sort()).toEqual(others.map((a) => a.id).sort());
  });

  it('requires every word of the query to match', () => {
    expect(ids('vladimir putin')[0]).toBe('vladimir-putin');
    expect(ids('medinsky trump')).toEqual([]);
  });

  it.each(['', '   '])('lists every actor, sorted by name, for the query %j', (query) => {
    const names = search(query).map((a) => a.name);
    expect(names).toHaveLength(dataset.actors.length);
    expect(names).toEqual(expect.arrayContaining(['Alexander Fomin', 'Yuri Ushakov', 'GRU']));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('returns nothing for a nonsense query', () => {
    expect(search('xqzvbn')).toEqual([]);
  });

  it('returns the dataset actors themselves', () => {
    const medinsky = dataset.actors.find((a) => a.id === 'vladimir-medinsky');
    expect(search('medinsky')[0]).toBe(medinsky);
  });
});
