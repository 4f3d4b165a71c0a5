import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { servedDataset } from '../support/servedDataset';
import { compileCast } from '../../utils/shared/matching/compile';
import { findMentions, scanMentions } from '../../utils/shared/matching/findMentions';
import { SEED_MENTIONS } from '../fixtures/seedMentions';
import { PageContext } from '../../utils/shared/matching/PageContext';

const cast = compileCast(servedDataset().actors);
const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
const printed = (text: string) => findMentions(cast, text).map((m) => text.slice(m.start, m.end));
const ids = (text: string) => findMentions(cast, text).map((m) => m.actorId);

function countByActor(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of findMentions(cast, text)) counts[m.actorId] = (counts[m.actorId] ?? 0) + 1;
  return counts;
}

describe('findMentions on the seed article', () => {
  it('finds every actor as often as the article names them (counted by hand)', () => {
    expect(countByActor(seed)).toEqual(SEED_MENTIONS);
  });

  it.each([
    ['Vladimir Putinhat einen', 'Vladimir Putin'],
    ['von abgelehntVolodymyr Zelenskyyfür ein', 'Volodymyr Zelenskyy'],
    ['begleitet vonAlexander Fominstellvertretender', 'Alexander Fomin'],
    ['Nach demKremlDer russische', 'Kreml'],
    ['Minister;Mikhail Galuzinstellvertretender', 'Mikhail Galuzin'],
    ['KopfesHauptdirektion des Generalstabs.', 'Hauptdirektion des Generalstabs'],
    ['Diplomaten.Yuri UshakovUndSergei Lavrov–', 'Yuri Ushakov'],
    ['diesDonald Trumpwürde auch', 'Donald Trump'],
    ['wirdRecep Tayyip Erdoganam Donnerstag', 'Recep Tayyip Erdogan'],
    ['MittwochAndrii Sybihagemeinsame Fotos', 'Andrii Sybiha'],
    ['Präsident Luiz Inácio Lula da Silvasagte, er', 'Luiz Inácio Lula da Silva'],
    ['Kanzler Friedrich Merzangesprochenes Parlament', 'Friedrich Merz'],
  ])('finds the glued mention in %j', (text, expected) => {
    expect(printed(text)[0]).toBe(expected);
  });

  it('keeps German genitives and English possessives with the name', () => {
    expect(printed('Dies folgte Putins Adresse des Kremls.')).toEqual(['Putins', 'Kremls']);
    expect(printed('Putin’s offer and Zelenskyy’s reply')).toEqual(['Putin’s', 'Zelenskyy’s']);
    expect(printed("Merz' Rede")).toEqual(["Merz'"]);
  });

  it('reads names joined by hyphens as separate mentions', () => {
    expect(ids('Geschichte von Zelenskyy-Putin-Begegnungen')).toEqual([
      'volodymyr-zelenskyy',
      'vladimir-putin',
    ]);
  });
});

describe('findMentions avoids false friends', () => {
  it.each([
    'The trumpet played; a trumpeter waved.',
    'Trumpf ist Trumpf, sagte der Kartenspieler.',
    'Merzig liegt im Saarland.',
    'Der Kremlinologe schrieb.',
    'Gru is a cartoon villain; grumpy groups gather.',
    'Putinversteher ist ein Schimpfwort.',
    'Grahambrot und Lulatsch',
    'He played his trump card.',
    'Graham crackers, or graham crackers, with milk.',
    "An elephant's tusk is ivory.",
    "A bowl of Kellogg's cereal.",
    'Un niño rubio, de pelo rubio.',
    'A lula é um molusco.',
    'Louis XI, Pius XI and Super Bowl XI.',
    'Bir fidan dikti.',
    'Trumpington, Tuskegee and Merzig are towns.',
    'Melania Trump, Ivanka Trump, Donald Trump Jr. and Trump Tower.',
    'Brigitte Macron and Li Xi.',
    'A lone Donald or Vladimir; Vladimir Nabokov; Donald Duck.',
    "The city of Xi'an and the Xi baryon.",
    'Людмила Путина, Елизавета Пескова, Ермак Тимофеевич.',
    'Казанский кремль; путинский режим; язык программирования Си.',
    'Кіт спить; мова програмування Сі; нота сі-бемоль.',
    "Une poutine au fromage ; j'ai eu froid ; le macron sur le a.",
    'È nato a Kyiv; un natante; il Natodraht.',
  ])('finds nothing in %j', (text) => {
    expect(findMentions(cast, text)).toEqual([]);
  });

  it('matches acronyms case-sensitively and only as whole words', () => {
    expect(ids('Der GRU-Chef und die GRU.')).toEqual(['gru', 'gru']);
    expect(ids('Gru und gru und GRUNDSATZ')).toEqual([]);
    expect(printed("l'OTAN, l’UE, dell'Ue, la Nato, NATO's, ЄС, НАТО")).toEqual([
      'OTAN',
      'UE',
      'Ue',
      'Nato',
      "NATO's",
      'ЄС',
      'НАТО',
    ]);
    expect(printed('otan, ue, nato, eu, Eu, NATOs, натовский')).toEqual([]);
  });

  it('ignores diacritics and capitals, but not a person name in lower case (issue 15)', () => {
    expect(ids('ERDOĞAN, Erdogan und erdoğan')).toEqual([
      'recep-tayyip-erdogan',
      'recep-tayyip-erdogan',
    ]);
    expect(ids('EUROPEAN UNION, european union')).toEqual(['european-union', 'european-union']);
  });

  it('prefers the longest name and never overlaps', () => {
    const found = findMentions(cast, 'Wladimir Putin traf Vladimir Medinsky.');
    expect(found.map((m) => m.actorId)).toEqual(['vladimir-putin', 'vladimir-medinsky']);
    expect(found[0]).toMatchObject({ start: 0, end: 14 });
  });

  it('finds Cyrillic spellings', () => {
    expect(ids('Путин и Зеленський')).toEqual(['vladimir-putin', 'volodymyr-zelenskyy']);
  });
});

describe('surnames that are also common words', () => {
  it.each([
    ['donald-tusk', 'Tusk and Tusks Regierung', "an elephant's tusk"],
    ['donald-trump', "Trump's card; TRUMP", 'a trump card'],
    ['marco-rubio', 'Rubio llegó.', 'un chico rubio'],
    ['luiz-inacio-lula-da-silva', 'Lula viajó.', 'lula grelhada'],
    ['hakan-fidan', "Fidan's welcome", 'bir fidan'],
    ['emmanuel-macron', 'Macron a parlé.', 'a macron over the a'],
    ['vladimir-putin', 'Poutine a refusé.', 'une poutine'],
    ['kremlin', 'Der Kreml schweigt; в Кремле молчат.', 'Казанский кремль; a kremlin'],
  ])('%s counts when capitalised, never as the common word', (id, name, word) => {
    expect(new Set(ids(name))).toEqual(new Set([id]));
    expect(ids(word)).toEqual([]);
  });

  it('Xi counts only as printed: never the numeral XI, the letter xi or the city Xi’an', () => {
    expect(printed("Xi Jinping met Lula; Xi's plan, Xis Besuch")).toEqual([
      'Xi Jinping',
      'Lula',
      "Xi's",
      'Xis',
    ]);
    expect(printed("Xi Jinping: XI, xi, Xi'an")).toEqual(['Xi Jinping']);
  });

  it('Kellogg, Xi and Си count only where the page names the actor in full', () => {
    expect(printed("Kellogg's plan. Xi's plan. Си приехал.")).toEqual([]);
    expect(printed("Kellogg's plan, said Keith Kellogg.")).toEqual(["Kellogg's", 'Keith Kellogg']);
    const page = new PageContext();
    const headline = scanMentions(cast, "Kellogg's plan. Си приехал.", page);
    expect(headline).toEqual({ mentions: [], withheld: true });
    findMentions(cast, 'Later: Keith Kellogg and Си Цзиньпин.', page);
    const texts = scanMentions(cast, "Kellogg's plan. Си приехал.", page);
    expect(texts.mentions.map((m) => m.actorId)).toEqual(['keith-kellogg', 'xi-jinping']);
    expect(texts.withheld).toBe(false);
  });

  it('a longer name that is someone else hides the shorter one, and only there', () => {
    expect(
      printed('Melania Trump and Trump; Li Xi and Xi Jinping; Людмила Путина и Путина'),
    ).toEqual(['Trump', 'Xi Jinping', 'Путина']);
  });
});
