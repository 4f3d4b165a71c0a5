import { describe, expect, it } from 'vitest';
import { servedDataset } from '../support/servedDataset';
import { compileCast } from '../../utils/shared/matching/compile';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { wordForms } from '../../utils/shared/matching/inflections';

const cast = compileCast(servedDataset().actors);
const found = (text: string) =>
  findMentions(cast, text).map((m) => [text.slice(m.start, m.end), m.actorId]);
/** The whole text is one mention of `id`. */
const isMention = (text: string, id: string) => expect(found(text)).toEqual([[text, id]]);

describe('Russian and Ukrainian case endings, on every part of a name', () => {
  it.each([
    ['vladimir-putin', 'Путина Путину Путиным Путине Путіна Путіну Путіним Путінові'],
    ['vladimir-putin', 'Владимира_Путина Владимиру_Путину Володимиром_Путіним'],
    ['volodymyr-zelenskyy', 'Зеленского Зеленскому Зеленским Зеленском'],
    ['volodymyr-zelenskyy', 'Зеленського Зеленському Зеленським Володимира_Зеленського'],
    ['vladimir-medinsky', 'Мединского Мединским Владимиром_Мединским Мединського'],
    ['recep-tayyip-erdogan', 'Эрдогана Эрдоганом Ердогана Ердоганові Реджепом_Тайипом_Эрдоганом'],
    ['rustem-umerov', 'Умєрова Умєрову Умєровим Умєрові Рустемом_Умєровим Умерова Умеровым'],
    ['andriy-yermak', 'Єрмака Єрмаком Андрія_Єрмака Андрієм_Єрмаком Андрея_Ермака'],
    ['dmitry-peskov', 'Пескова Песковым Дмитрия_Пескова Дмитра_Пєскова Дмитром_Пєсковим'],
    ['luiz-inacio-lula-da-silva', 'Лулы Луле Лулу Лулой Лулы_да_Силвы Лулою'],
    ['andrii-sybiha', 'Сибиги Сибиге Сибигой Сибіги Сибігу Сибігою Сибізі'],
    ['kremlin', 'Кремля Кремлю Кремлём Кремлем Кремле Кремлі'],
    ['emmanuel-macron', 'Макрона Макроном Эммануэля_Макрона Емманюеля_Макрона'],
    ['friedrich-merz', 'Мерца Мерцем Мерцом Мерцові'],
    ['xi-jinping', 'Си_Цзиньпином Си_Цзиньпина Сі_Цзіньпіна Сі_Цзіньпіном'],
    ['european-union', 'Евросоюза Евросоюзом Європейського_Союзу Европейского_союза'],
    ['nato', 'Организации_Североатлантического_договора Північноатлантичного_альянсу'],
    ['gru', 'Главного_управления_Генерального_штаба'],
  ])('%s: %s', (id, forms) => {
    for (const form of forms.split(' ')) isMention(form.replace(/_/g, ' '), id);
  });

  it('never swallows a longer word', () => {
    const words = 'Путинизм путинский Путины Трампизм Мединская Кремлевский тускло Туско Сиам';
    expect(found(`${words} кремлёвский Лулаху Зеленскийград Умєровка`)).toEqual([]);
  });

  it('does not decline names that do not decline: Рубио, НАТО, ГРУ, Си', () => {
    expect(found('Рубио НАТО ГРУ')).toHaveLength(3);
    expect(found('Рубиом НАТОм ГРУа')).toEqual([]);
    expect(wordForms('Си', true, 'exact').endings).toEqual(['']);
  });

  it('keeps an elision outside the name and an apostrophe inside a Cyrillic word', () => {
    expect(found("п'ятиПутін")).toEqual([['Путін', 'vladimir-putin']]);
    expect(found("об'Єрмак")).toEqual([]);
  });
});

describe('Latin-script inflections', () => {
  it.each([
    ['vladimir-putin', "Putins Putin's Putin’s Wladimir_Putins"],
    ['volodymyr-zelenskyy', 'Selenskyjs Zelenskyy’s Zelensky’s'],
    ['friedrich-merz', "Merz' Merz's Merz’"],
    ['keir-starmer', "Starmers Starmer's"],
    ['european-union', "Europäischen_Union Europäische_Union EU's"],
    ['nato', "NATO's Nato’s"],
  ])('%s: %s', (id, forms) => {
    for (const form of forms.split(' ')) isMention(form.replace(/_/g, ' '), id);
  });

  it('takes no genitive -s after a sibilant, and no bare -s on an acronym', () => {
    expect(found('Merzs NATOs EUs')).toEqual([]);
  });

  it('finds names after French and Italian elisions, without the article', () => {
    expect(found("d'Erdogan, qu'Emmanuel Macron, l’Union européenne, dell'Unione europea")).toEqual(
      [
        ['Erdogan', 'recep-tayyip-erdogan'],
        ['Emmanuel Macron', 'emmanuel-macron'],
        ['Union européenne', 'european-union'],
        ['Unione europea', 'european-union'],
      ],
    );
  });

  it('reads any whitespace between the words of a name', () => {
    isMention('Wladimir\u00a0Putin', 'vladimir-putin');
    isMention('Keir\n   Starmer', 'keir-starmer');
  });
});
