import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset, migratedFrom } from '../../utils/shared/dataset/checkDataset';
import { migrateDataset, scriptLang } from '../../utils/shared/dataset/migrate';

const v1 = JSON.parse(
  readFileSync(new URL('../fixtures/bad-data/valid-base.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const actor = (extra: object) => ({
  id: 'a',
  name: 'A B',
  names: ['A B'],
  category: 'c',
  kind: 'person',
  role: { en: 'Minister', de: 'Minister', asOf: '2025-05-14' },
  positions: [],
  ...extra,
});

describe('migrateDataset (version 1 → 2)', () => {
  it('leaves a current file alone', () => {
    const v3 = { schemaVersion: 3, actors: [] };
    expect(migrateDataset(v3)).toEqual({ value: v3 });
  });

  it('turns role {asOf} into roles [{from}], nativeName into nativeNames/nativeLang', () => {
    const { value, migratedFrom: from } = migrateDataset({
      schemaVersion: 1,
      delegations: [],
      actors: [actor({ nativeName: 'Рустем Умєров' })],
    });
    expect(from).toBe(1);
    expect((value as { actors: unknown[] }).actors[0]).toEqual({
      id: 'a',
      name: 'A B',
      names: ['A B'],
      category: 'c',
      kind: 'person',
      roles: [{ en: 'Minister', de: 'Minister', from: '2025-05-14' }],
      nativeNames: { uk: 'Рустем Умєров' },
      nativeLang: 'uk',
      positions: [],
    });
  });

  it('makes each (event, date) of the delegations a round they point at', () => {
    const event = { en: 'Talks', de: 'Gespräche' };
    const delegation = (id: string) => ({
      id,
      name: event,
      event,
      date: '2025-05-16',
      members: [],
    });
    const { value } = migrateDataset({
      schemaVersion: 1,
      delegations: [delegation('x'), delegation('y')],
      actors: [],
    });
    const out = value as { rounds: unknown[]; delegations: { round: string }[] };
    expect(out.rounds).toEqual([{ id: 'round-2025-05-16', title: event, date: '2025-05-16' }]);
    expect(out.delegations.map((d) => d.round)).toEqual(['round-2025-05-16', 'round-2025-05-16']);
  });

  it('makes two events on the same day two rounds', () => {
    const event = (en: string) => ({ en, de: en });
    const delegation = (id: string, en: string) => ({
      id,
      name: event('D'),
      event: event(en),
      date: '2025-05-16',
      members: [],
    });
    const { value } = migrateDataset({
      schemaVersion: 1,
      delegations: [delegation('x', 'Talks'), delegation('y', 'Summit'), delegation('z', 'Talks')],
      actors: [],
    });
    const out = value as { rounds: { id: string }[]; delegations: { round: string }[] };
    expect(out.rounds.map((r) => r.id)).toEqual(['round-2025-05-16', 'round-2025-05-16-2']);
    expect(out.delegations.map((d) => d.round)).toEqual([
      'round-2025-05-16',
      'round-2025-05-16-2',
      'round-2025-05-16',
    ]);
  });

  it('keeps original quotes with their translation, drops translated ones (never a quote)', () => {
    const summary = { en: 's', de: 's' };
    const source = { name: 'n' };
    const original = {
      text: 'Ми готові',
      lang: 'uk',
      translated: false,
      translation: { text: 'We are ready', lang: 'en' },
    };
    const machine = { text: 'Wir sind bereit', lang: 'de', translated: true };
    const { value } = migrateDataset({
      schemaVersion: 1,
      delegations: [],
      actors: [
        actor({
          positions: [
            { summary, date: '2025-05-16', source, quote: original },
            { summary, date: '2025-05-17', source, quote: machine },
          ],
        }),
      ],
    });
    const [kept, dropped] = (value as { actors: { positions: object[] }[] }).actors[0]!.positions;
    expect(kept).toEqual({
      summary,
      date: '2025-05-16',
      source,
      quote: { text: 'Ми готові', lang: 'uk', translations: { en: 'We are ready' } },
    });
    expect(dropped).toEqual({ summary, date: '2025-05-17', source });
  });

  it('guesses a native name’s language from its script', () => {
    expect(scriptLang('Владимир Путин')).toBe('ru');
    expect(scriptLang('Андрій Сибіга')).toBe('uk');
    expect(scriptLang('习近平')).toBe('zh');
    expect(scriptLang('Recep Tayyip Erdoğan')).toBe('und');
  });

  it('lets a version 1 file pass the checks, and says it was migrated', () => {
    const checked = checkDataset(v1);
    if (!checked.ok) throw new Error(checked.error.join('\n'));
    expect(checked.value.schemaVersion).toBe(3);
    expect(migratedFrom(checked.value)).toBe(1);
    const again = checkDataset(checked.value);
    expect(again.ok && migratedFrom(again.value)).toBeUndefined();
  });
});

describe('migrateDataset (version 2 → 3)', () => {
  const v2 = {
    schemaVersion: 2,
    title: 'Die Genfer Gespräche, 2026',
    asOf: '2026-03-01',
    rounds: [
      { id: 'r2', date: '2026-02-10' },
      { id: 'r1', date: '2026-01-20' },
    ],
    delegations: [
      { id: 'd', members: [{ actor: 'a' }, { actor: 'b' }, { actor: 'a' }, { actor: 'ghost' }] },
    ],
    actors: [
      { id: 'a', positions: [{ date: '2026-02-28' }, { date: '2026-02-31' }] },
      { id: 'b', positions: [] },
    ],
  };

  it('gives the file its story: id from the title, period, delegation members as core', () => {
    const { value, migratedFrom: from } = migrateDataset(v2);
    expect(from).toBe(2);
    expect(value).toMatchObject({
      schemaVersion: 3,
      story: {
        id: 'die-genfer-gesprache-2026',
        title: { en: v2.title, de: v2.title },
        summary: { en: v2.title, de: v2.title },
        period: { from: '2026-01-20', to: '2026-02-28' },
        keywords: {},
        core: ['a', 'b'],
      },
    });
  });

  it('keeps a story the file already has, and the input unchanged', () => {
    const story = { id: 'given' };
    const input = structuredClone({ ...v2, story });
    expect((migrateDataset(input).value as { story: unknown }).story).toBe(input.story);
    expect(input).toEqual({ ...v2, story });
  });

  it('lets the bundled file pass as version 2 without its story, and says it was migrated', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../data/actors.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    delete file.story;
    const checked = checkDataset({ ...file, schemaVersion: 2 });
    if (!checked.ok) throw new Error(checked.error.join('\n'));
    expect(migratedFrom(checked.value)).toBe(2);
    expect(checked.value.story.id).toBe('the-istanbul-talks-2025');
    expect(checked.value.story.core).toContain('vladimir-medinsky');
  });
});
