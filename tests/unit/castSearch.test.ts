import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../utils/dataset/bundled';
import { createCastSearch } from '../../utils/search/castSearch';

const dataset = bundledDataset();
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

  it('"russian delegation" finds exactly the delegation members', () => {
    expect(ids('russian delegation').sort()).toEqual(
      ['alexander-fomin', 'igor-kostyukov', 'mikhail-galuzin', 'vladimir-medinsky'].sort(),
    );
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
    expect(ids('weitere staaten').sort()).toEqual(
      ['hakan-fidan', 'luiz-inacio-lula-da-silva', 'recep-tayyip-erdogan', 'xi-jinping'].sort(),
    );
  });

  it('requires every word of the query to match', () => {
    expect(ids('vladimir putin')[0]).toBe('vladimir-putin');
    expect(ids('medinsky trump')).toEqual([]);
  });

  it.each(['', '   '])('lists every actor, sorted by name, for the query %j', (query) => {
    expect(search(query).map((a) => a.name)).toEqual([
      'Alexander Fomin',
      'Andrii Sybiha',
      'Andriy Yermak',
      'Dmitry Peskov',
      'Donald Trump',
      'Donald Tusk',
      'Emmanuel Macron',
      'European Union',
      'Friedrich Merz',
      'GRU',
      'Hakan Fidan',
      'Igor Kostyukov',
      'Keir Starmer',
      'Keith Kellogg',
      'Kremlin',
      'Lindsey Graham',
      'Luiz Inácio Lula da Silva',
      'Marco Rubio',
      'Mikhail Galuzin',
      'NATO',
      'Recep Tayyip Erdoğan',
      'Rustem Umerov',
      'Sergei Lavrov',
      'Steve Witkoff',
      'Vladimir Medinsky',
      'Vladimir Putin',
      'Volodymyr Zelenskyy',
      'Xi Jinping',
      'Yuri Ushakov',
    ]);
  });

  it('returns nothing for a nonsense query', () => {
    expect(search('xqzvbn')).toEqual([]);
  });

  it('returns the dataset actors themselves', () => {
    const medinsky = dataset.actors.find((a) => a.id === 'vladimir-medinsky');
    expect(search('medinsky')[0]).toBe(medinsky);
  });
});
