import type { Dataset } from '../../utils/dataset/schema';
import type { StoryMeta } from '../../utils/story/cast';
import { servedDataset } from './servedDataset';

/**
 * TODO [2026-12-04]: the keywords and core lists as drafted before the data carries its
 * `story` block (schema v3); read from the data files once they do.
 */
const DRAFTS: Record<string, Pick<StoryMeta, 'id' | 'period' | 'keywords' | 'core'>> = {
  istanbul: {
    id: 'istanbul-talks-2025',
    period: { from: '2025-05-11', to: '2025-07-23' },
    keywords: {
      en: ['Istanbul', 'Ciragan', 'prisoner exchange*', 'memorandum*', 'Istanbul talks'],
      de: ['Istanbul', 'Gefangenenaustausch*', 'Memorand*', 'Istanbul-Gespräche'],
      fr: ['Istanbul', 'échange de prisonniers', 'mémorandum*'],
      es: ['Estambul', 'canje de prisioneros', 'intercambio de prisioneros', 'memorando*'],
      it: ['Istanbul', 'scambio di prigionieri', 'memorandum'],
      ru: [
        'Стамбул*',
        'Чираган*',
        'обмен пленными',
        'обмена пленными',
        'обмене пленными',
        'меморандум*',
      ],
      uk: ['Стамбул*', 'Чираган*', 'обмін полоненими', 'обміну полоненими', 'меморандум*'],
    },
    core: [],
  },
  alaska: {
    id: 'alaska-summit-2025',
    period: { from: '2025-08-15', to: '2025-08-18' },
    keywords: {
      en: ['Alaska', 'Anchorage', 'Elmendorf*', 'Alaska summit'],
      de: ['Alaska-Gipfel*'],
      ru: ['Аляск*', 'Анкоридж*'],
      uk: ['Аляск*', 'Алясц*', 'Анкоридж*'],
    },
    core: [
      'donald-trump',
      'vladimir-putin',
      'steve-witkoff',
      'marco-rubio',
      'sergei-lavrov',
      'yuri-ushakov',
      'volodymyr-zelenskyy',
      'friedrich-merz',
      'emmanuel-macron',
      'keir-starmer',
    ],
  },
};

/** Every actor id in a party's delegation (the Turkish hosts left out). */
const delegates = (dataset: Dataset) => [
  ...new Set(
    dataset.delegations
      .filter((d) => !d.id.startsWith('turkey-'))
      .flatMap((d) => d.members.map((m) => m.actor)),
  ),
];

/** The bundled stories as the page sees them, with the served data they come with. */
export function bundledStories(): { stories: StoryMeta[]; datasets: Dataset[] } {
  const istanbul = servedDataset();
  const meta = (draft: (typeof DRAFTS)[string], dataset: Dataset, core: string[]): StoryMeta => ({
    ...draft,
    core,
    title: { en: draft.id, de: draft.id },
    summary: { en: draft.id, de: draft.id },
    actors: dataset.actors.map((a) => a.id),
    version: dataset.version,
    asOf: dataset.asOf,
    bundled: true,
  });
  const istanbulMeta = meta(DRAFTS.istanbul!, istanbul, delegates(istanbul));
  const alaskaMeta = meta(DRAFTS.alaska!, istanbul, DRAFTS.alaska!.core);
  return { stories: [istanbulMeta, alaskaMeta], datasets: [istanbul] };
}
