import iuliia from 'iuliia';
import { describe, expect, it } from 'vitest';
import { fold } from '../../utils/shared/matching/fold';
import {
  TRANSLIT_TABLES,
  transliterateName,
  type SourceLang,
} from '../../utils/shared/matching/transliterate';
import { bundledDataset } from '../../utils/shared/dataset/bundled';

/** [native name, its script, the spelling an outlet printed]; the outlet's URL is in a comment. */
type Case = readonly [string, SourceLang, string];

/**
 * Spellings real outlets printed, per target language. Accents are compared folded, as the
 * matcher compares them ("Oumérov" is "Oumerov"). A name printed only inflected is given in its
 * dictionary form, with the printed form in the comment.
 */
const PRINTED: Record<string, readonly Case[]> = {
  de: [
    // https://deutsch.news-pravda.com/world/2025/07/23/432248.html
    ['Рустем Умеров', 'ru', 'Rustem Umerow'],
    ['Владимир Мединский', 'ru', 'Wladimir Medinski'],
    // https://www.regiojournal.saarland/politik-ausland/ukraine-russland-gespraeche-in-istanbul-wohl-erst-am-freitag/
    ['Рустем Умєров', 'uk', 'Rustem Umjerow'],
    ['Володимир Зеленський', 'uk', 'Wolodymyr Selenskyj'],
    ['Владимир Путин', 'ru', 'Wladimir Putin'],
    // https://senior-aktuell.at/tag/putin
    ['Михаил Галузин', 'ru', 'Michail Galusin'],
    ['Игорь Костюков', 'ru', 'Igor Kostjukow'],
    ['Александр Фомин', 'ru', 'Alexander Fomin'],
    // https://deutsch.news-pravda.com/world/2025/12/13/548112.html
    ['Дмитрий Песков', 'ru', 'Dmitri Peskow'],
    // https://deutsch.news-pravda.com/world/2025/12/26/560689.html
    ['Ушаков', 'ru', 'Uschakow'],
    ['Дмитриев', 'ru', 'Dmitrijew'],
    // https://docplayer.org/amp/42675351-Interview-des-aussenministers-russlands-sergej-lawrow-fuer-die-informationsanalytische-sendung-wremja-im-tv-sender-perwy-kanal-am-9.html
    ['Сергей Лавров', 'ru', 'Sergej Lawrow'],
    // https://deutsch.news-pravda.com/world/2025/11/24/523746.html (printed "Jermaks")
    ['Єрмак', 'uk', 'Jermak'],
  ],
  en: [
    // https://en.iz.ru/en/1896672/2025-06-01/medinsky-arrived-hotel-istanbul-participating-negotiations-ukraine
    ['Владимир Мединский', 'ru', 'Vladimir Medinsky'],
    ['Михаил Галузин', 'ru', 'Mikhail Galuzin'],
    ['Сергей Лавров', 'ru', 'Sergei Lavrov'],
    ['Володимир Зеленський', 'uk', 'Volodymyr Zelensky'],
    ['Рустем Умеров', 'ru', 'Rustem Umerov'],
    // https://www.pravda.com.ua/eng/news/2024/10/22/7480832/
    ['Рустем Умєров', 'uk', 'Rustem Umierov'],
    ['Кирило Буданов', 'uk', 'Kyrylo Budanov'],
    ['Володимир Зеленський', 'uk', 'Volodymyr Zelenskyy'],
    // https://news-pravda.com/world/2025/07/25/1544110.html
    ['Андрій Єрмак', 'uk', 'Andriy Yermak'],
    // https://gwaramedia.com/en/ukraines-intelligence-chief-budanov-to-lead-presidential-office
    ['Андрій Єрмак', 'uk', 'Andrii Yermak'],
    // https://trump.news-pravda.com/russia/2025/11/07/251949.html
    ['Дмитрий Песков', 'ru', 'Dmitry Peskov'],
    ['Мария Захарова', 'ru', 'Maria Zakharova'],
    ['Сергей Лавров', 'ru', 'Sergey Lavrov'],
    // https://english.pravda.ru/news/world/162292-zelensky-istanbul-russia-ukraine/
    ['Володимир Зеленський', 'uk', 'Volodymyr Zelenskiy'],
    ['Андрій Гнатов', 'uk', 'Andriy Hnatov'],
    // https://www.ukrinform.net/rubric-polytics/4017946-zelensky-approves-ukrainian-delegation-for-istanbul-talks.html
    ['Олександр Поклад', 'uk', 'Oleksandr Poklad'],
    ['Олег Луговський', 'uk', 'Oleh Luhovskyi'],
  ],
  fr: [
    // https://www.dakaractu.com/Pourparlers-d-Istanbul-le-Kremlin-devoile-sa-delegation-sans-Poutine_a261460.html
    ['Владимир Мединский', 'ru', 'Vladimir Medinski'],
    ['Михаил Галузин', 'ru', 'Mikhaïl Galouzine'],
    ['Александр Фомин', 'ru', 'Alexandre Fomine'],
    ['Владимир Путин', 'ru', 'Vladimir Poutine'],
    ['Володимир Зеленський', 'uk', 'Volodymyr Zelensky'],
    // https://www.lavenir.ci/international/11079-negociations-russo-ukrainiennes-istanbul-dernier-espoir-dun-virage-decisif
    ['Рустем Умеров', 'ru', 'Roustem Oumérov'],
    // https://francais.rt.com/en-ce-moment/6369-dmitri-peskov
    ['Дмитрий Песков', 'ru', 'Dmitri Peskov'],
    ['Кирило Буданов', 'uk', 'Kyrylo Boudanov'],
    // https://www.tf1info.fr/international/pourparlers-russie-ukraine-guerre-invasion-qui-sont-les-ministres-des-affaires-etrangeres-des-deux-pays-dmytro-kuleba-et-serguei-lavrov-2213144.html
    ['Сергей Лавров', 'ru', 'Sergueï Lavrov'],
    ['Дмитро Кулеба', 'uk', 'Dmytro Kuleba'],
    ['Віктор Янукович', 'uk', 'Viktor Ianoukovitch'],
    // https://defzone.net/wiki/fr/Andriy_Sybiha
    ['Денис Шмигаль', 'uk', 'Denys Chmyhal'],
    ['Дмитро Кулеба', 'uk', 'Dmytro Kouleba'],
    // https://francais.news-pravda.com/world/2024/09/05/238294.html
    ['Андрій Сибіга', 'uk', 'Andriï Sibiha'],
  ],
  es: [
    // https://archivo.prensa-latina.cu/2022/06/01/sin-acuerdo-sobre-reunion-entre-rusia-ucrania-y-onu-en-turquia/?page=3
    ['Сергей Лавров', 'ru', 'Serguéi Lavrov'],
    ['Владимир Зеленский', 'ru', 'Vladimir Zelensky'],
    ['Херсон', 'ru', 'Jersón'],
    ['Донецк', 'ru', 'Donetsk'],
    ['Луганск', 'ru', 'Lugansk'],
    // https://spanish.news-pravda.com/world/2024/03/15/131154.html
    ['Дмитрий Песков', 'ru', 'Dmitri Peskov'],
    // https://spanish.news-pravda.com/world/2025/11/26/652242.html
    ['Ушаков', 'ru', 'Ushakov'],
    ['Дмитриев', 'ru', 'Dmitriev'],
    // https://www.aaaj.com.ar/noticias/9675/ucrania-fue-acusado-de-socavar-el-asentamiento-rusia-las-sanciones-agresivas-de-europa-no-afectaran
    ['Сергей Лавров', 'ru', 'Sergey Lavrov'],
    // https://keyt.com/latino/cnn-spanish/2025/03/03/el-kremlin-acusa-a-zelensky-de-buscar-la-guerra-y-no-la-paz-y-dice-que-carece-de-habilidades-diplomaticas/
    ['Зеленський', 'uk', 'Zelensky'],
    // https://jeunesexpress.ca/yeux-pendant-la-guerre-russe-ukraine-a-istanbul/ (Spanish forms in a French text)
    ['Зеленський', 'uk', 'Zelenski'],
    ['Олександр Поклад', 'uk', 'Oleksandr Poklad'],
  ],
  it: [
    // https://italy.news-pravda.com/russia/2025/07/23/240976.html
    ['Владимир Мединский', 'ru', 'Vladimir Medinsky'],
    ['Рустем Умеров', 'ru', 'Rustem Umerov'],
    // https://www.lapresse.it/esteri/2022/10/21/ucraina-cremlino-sempre-aperti-a-negoziati/
    ['Дмитрий Песков', 'ru', 'Dmitry Peskov'],
    ['Сергей Шойгу', 'ru', 'Sergei Shoigu'],
    ['Владимир Путин', 'ru', 'Vladimir Putin'],
    // https://www.agi.it/estero/news/2022-06-21/ucraina-russia-guerra-diretta-crisi-grano-17169210/
    ['Мария Захарова', 'ru', 'Maria Zakharova'],
    ['Володимир Зеленський', 'uk', 'Volodymyr Zelensky'],
    // https://affaritaliani.it/tags/maria-zacharova.html
    ['Мария Захарова', 'ru', 'Maria Zacharova'],
    ['Сергей Лавров', 'ru', 'Sergej Lavrov'],
    // https://freedom24news.eu/?p=39224
    ['Сергей Рябков', 'ru', 'Serghei Ryabkov'],
    ['Дмитрий Песков', 'ru', 'Dmitri Peskov'],
    // https://www.lasud.eu/2025/05/15/putin-e-lavrov-assenti-dai-negoziati-di-istanbul-guidera-medinsky-la-delegazione-russa/
    ['Михаил Галузин', 'ru', 'Mikhail Galuzin'],
    ['Игорь Костюков', 'ru', 'Igor Kostyukov'],
    ['Александр Фомин', 'ru', 'Alexander Fomin'],
    // https://italy.news-pravda.com/russia/2025/06/01/197113.html
    ['Сибіга', 'uk', 'Sybiga'],
  ],
  pl: [
    // https://businessinsider.com.pl/wiadomosci/stambul-rozmowy-rosji-i-ukrainy-zakonczone-bez-porozumienia/gkjjb3k
    ['Рустем Умєров', 'uk', 'Rustem Umierow'],
    ['Владимир Мединский', 'ru', 'Władimir Miedinski'],
    // https://www.rp.pl/konflikty-zbrojne/art42203391-rosja-gotowa-rozmawiac-z-wolodymyrem-zelenskim-najwazniejsze-jest-rozpoczecie-negocjacji
    ['Дмитрий Песков', 'ru', 'Dmitrij Pieskow'],
    ['Андрій Єрмак', 'uk', 'Andrij Jermak'],
    // https://dorzeczy.pl/opinie/396916/kreml-wsciekly-po-slowach-zelenskiego-o-putinie.html (printed "Władimirem Putinem")
    ['Володимир Зеленський', 'uk', 'Wołodymyr Zełenski'],
    ['Владимир Путин', 'ru', 'Władimir Putin'],
    // https://www.rp.pl/konflikty-zbrojne/art35933391-kreml-nie-szojgu-nie-ma-problemow-ze-zdrowiem
    ['Шойгу', 'ru', 'Szojgu'],
    ['Роман Абрамович', 'ru', 'Roman Abramowicz'],
    // https://www.wprost.pl/polityka/11038441/rzecznik-kremla-zaprzeczyl-pogloskom-rosja-nie-rozmawia-z-ue-o-zakonczeniu-wojny.html
    ['Дмитрий Козак', 'ru', 'Dmitrij Kozak'],
    ['Олексій Данілов', 'uk', 'Ołeksij Daniłow'],
    // https://sestry.eu/pl/artykuly/mustafa-dzemilew-przestrzega-europejczykow
    ['Мустафа Джемилев', 'ru', 'Mustafa Dżemilew'],
    ['Игорь Смирнов', 'ru', 'Igor Smirnow'],
  ],
};

const tableOf = (lang: string) => {
  const table = TRANSLIT_TABLES.find((t) => t.lang === lang);
  if (!table) throw new Error(`no transliteration table for ${lang}`);
  return table;
};

describe.each(Object.keys(PRINTED))('the %s table', (lang) => {
  const cases = PRINTED[lang] ?? [];

  it('has at least ten spellings an outlet printed', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s (%s) gives %s', (native, source, printed) => {
    const derived = transliterateName(native, tableOf(lang), source).map(fold);
    expect(derived).toContain(fold(printed));
  });
});

describe('every table', () => {
  it.each(TRANSLIT_TABLES.map((t) => [t.lang, t] as const))('%s cites its convention', (_, t) => {
    expect(t.convention.length).toBeGreaterThan(10);
  });

  it('derives both source scripts differently where the letters differ (Умеров, Умєров)', () => {
    expect(transliterateName('Умеров', tableOf('de'), 'ru')).toEqual(['Umerow']);
    expect(transliterateName('Умєров', tableOf('de'), 'uk')).toEqual(['Umjerow']);
    expect(transliterateName('Умєров', tableOf('en'), 'uk')).toContain('Umyerov');
  });

  it('joins hyphenated names and keeps the case of the first letter', () => {
    expect(transliterateName('Лавров-Щукин', tableOf('de'), 'ru')).toEqual(['Lawrow-Schtschukin']);
    expect(transliterateName('лавров', tableOf('de'), 'ru')).toEqual(['lawrow']);
  });
});

/**
 * Where iuliia's reading of a scheme differs from the press and from the scheme's own rule, the
 * form the data lists. iuliia writes е after е as "e", where Wikipedia's rule (е after a vowel is
 * "ye") gives "Podobreyevskaya", the spelling in the data's `names`.
 */
const DIVERGENCES: Record<string, string> = {
  'Yelena Podobreevskaya': 'Yelena Podobreyevskaya',
};

describe('the English table against iuliia (a library of the published schemes)', () => {
  const russian = bundledDataset()
    .actors.map((a) => a.nativeNames?.ru)
    .filter((name): name is string => Boolean(name));

  it.each([
    ['Wikipedia', iuliia.WIKIPEDIA],
    ['BGN/PCGN', iuliia.BGN_PCGN],
  ] as const)('derives the %s romanisation of every Russian name in the data', (_, schema) => {
    expect(russian.length).toBeGreaterThan(10);
    for (const name of russian) {
      const derived = transliterateName(name, tableOf('en'), 'ru').map(fold);
      // BGN/PCGN writes the soft sign as a prime (Igorʹ); the press drops it, and so do we.
      const scheme = iuliia.translate(name, schema).replace(/['ʹ’]/g, '');
      expect(derived, name).toContain(fold(DIVERGENCES[scheme] ?? scheme));
    }
  });
});
