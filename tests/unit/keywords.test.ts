import { describe, expect, it } from 'vitest';
import type { StoryMeta } from '../../utils/shared/story/cast';
import { compileKeywords } from '../../utils/shared/story/keywords';

const story = (id: string, keywords: Record<string, string[]>): StoryMeta => ({
  id,
  title: { en: id, de: id },
  summary: { en: id, de: id },
  period: { from: '2025-05-11' },
  keywords,
  core: [],
  actors: [],
  version: '1',
  asOf: '2025-08-01',
  bundled: true,
});

const istanbul = story('istanbul', {
  en: ['Istanbul', 'Dolmabahce', 'prisoner exchange', 'memorandum*'],
  de: ['Istanbul', 'Gefangenenaustausch*', 'Memorandum*'],
  fr: ['Istanbul', 'échange de prisonniers', 'Çırağan'],
  es: ['Estambul', 'canje de prisioneros'],
  it: ['Istanbul', 'scambio di prigionieri'],
  ru: ['Стамбул*', 'обмен пленными', 'обмена пленными'],
  uk: ['Стамбул*', 'обмін полоненими'],
});
const alaska = story('alaska', {
  en: ['Anchorage', 'Alaska', 'summit'],
  de: ['Alaska-Gipfel*', 'Gipfel*'],
  ru: ['Аляск*', 'Анкоридж*'],
});
const matcher = compileKeywords([istanbul, alaska]);
const found = (text: string, id = 'istanbul') => [...(matcher.find(text).get(id) ?? [])].sort();

describe('compileKeywords', () => {
  it.each([
    [
      'en',
      'Delegations met in Istanbul for a prisoner exchange.',
      ['Istanbul', 'prisoner exchange'],
    ],
    [
      'de',
      'In Istanbul wurde ein Gefangenenaustausch vereinbart.',
      ['Gefangenenaustausch*', 'Istanbul'],
    ],
    [
      'fr',
      'Un échange de prisonniers au palais de Çırağan.',
      ['Çırağan', 'échange de prisonniers'],
    ],
    ['es', 'En Estambul se pactó un canje de prisioneros.', ['Estambul', 'canje de prisioneros']],
    ['it', 'A Istanbul, uno scambio di prigionieri.', ['Istanbul', 'scambio di prigionieri']],
    ['ru', 'Переговоры в Стамбуле: обмен пленными.', ['Стамбул*', 'обмен пленными']],
    ['uk', 'Стамбульські переговори й обмін полоненими.', ['Стамбул*', 'обмін полоненими']],
  ])('finds keywords in %s text', (_lang, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('folds case and diacritics on both sides', () => {
    expect(found('ISTANBUL, near the Ciragan palace')).toEqual(['Istanbul', 'Çırağan']);
    expect(found('im Dolmabahçe-Palast')).toEqual(['Dolmabahce']);
    expect(found('ECHANGE DE PRISONNIERS')).toEqual(['échange de prisonniers']);
  });

  it('keeps word edges: no match inside a longer word unless the keyword ends in *', () => {
    expect(found('Istanbuler Gespräche')).toEqual([]);
    expect(found('Konstantinistanbul')).toEqual([]);
    expect(found('the memoranda and the memorandums')).toEqual(['memorandum*']);
    expect(found('Memorandum-Entwurf')).toEqual(['memorandum*']); // listed first in en
    expect(found('Gefangenenaustausche')).toEqual(['Gefangenenaustausch*']);
    expect(found('Alaskas Gouverneur', 'alaska')).toEqual([]);
    expect(found('Alaska-Gipfels', 'alaska')).toEqual(['Alaska-Gipfel*']);
  });

  it('matches a phrase across any whitespace, its inflected forms as listed', () => {
    expect(found('после обмена пленными')).toEqual(['обмена пленными']);
    expect(found('prisoner\u00a0\nexchange')).toEqual(['prisoner exchange']);
    expect(found('prisoner exchanges')).toEqual([]);
  });

  it('matches every language on every page, counting a spelling listed twice once', () => {
    expect(found('Стамбул, Istanbul, Estambul')).toEqual(['Estambul', 'Istanbul', 'Стамбул*']);
    expect(matcher.find('Istanbul Istanbul').get('istanbul')?.size).toBe(1);
  });

  it('counts a stem listed with and without * once, the * form standing for both', () => {
    const both = compileKeywords([story('x', { en: ['Istanbul'], de: ['Istanbul*'] })]);
    expect([...(both.find('Istanbul, the Istanbuler mayor').get('x') ?? [])]).toEqual([
      'Istanbul*',
    ]);
  });

  it('reports each story its own keywords, a shared one to both', () => {
    const shared = compileKeywords([istanbul, story('other', { en: ['Istanbul', 'derby'] })]);
    const result = shared.find('An Istanbul derby.');
    expect([...(result.get('istanbul') ?? [])]).toEqual(['Istanbul']);
    expect([...(result.get('other') ?? [])].sort()).toEqual(['Istanbul', 'derby']);
    expect(matcher.find('Trump met Putin in Anchorage, Аляска').get('alaska')).toEqual(
      new Set(['Anchorage', 'Аляск*']),
    );
  });

  it('counts the longest keyword of a story at a place once ("Alaska-Gipfel" is not "Gipfel")', () => {
    expect(found('Der Alaska-Gipfel', 'alaska')).toEqual(['Alaska-Gipfel*']);
    expect(found('Alaska, dann der Alaska-Gipfel', 'alaska')).toEqual(['Alaska', 'Alaska-Gipfel*']);
    expect(found('Zum Gipfel', 'alaska')).toEqual(['Gipfel*']);
  });

  it('finds nothing with no stories, and ignores empty keywords', () => {
    expect(compileKeywords([]).find('Istanbul').size).toBe(0);
    expect(compileKeywords([story('x', { en: ['', '*', '  '] })]).find('* x').size).toBe(0);
  });
});
