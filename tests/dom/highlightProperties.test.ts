import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { textRunsOf } from '../../utils/content/highlight/textRunsOf';
import { Highlighter } from '../../utils/content/highlight/Highlighter';
import { MARK_SELECTOR } from '../../utils/shared/markup';
import { compileCast } from '../../utils/shared/matching/compile';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { PageContext } from '../../utils/shared/matching/PageContext';

const dataset = bundledDataset();
const cast = compileCast(dataset.actors);
const categoryOf = new Map(dataset.actors.map((a) => [a.id, a.category]));

/** Names whole, inflected, glued and halved (so neighbouring elements split them), and decoys. */
const NAMES = [
  ...['Vladimir Putin', 'Putins', 'Putin’s', 'Путина', 'Володимира Зеленського', 'Зеленский'],
  ...['Selenskyj', 'ERDOĞAN', 'Erdogan', 'NATO', "l'OTAN", 'Nato', 'EU', 'Ue', 'ЄС', 'НАТО'],
  ...['Kremlin', 'Кремля', 'Keith Kellogg', "Kellogg's", 'Xi', 'Xi Jinping', 'Tusk', 'Trump'],
  ...['Lula da Silva', 'Main Directorate of the General Staff', 'Europäischen Union', 'Сибізі'],
  ...['Wladimir', 'Putin', 'Keith', 'Kellogg', 'Lindsey', 'Graham', 'Рустем', 'Умєровим'],
  ...['tusk', 'trumpet', 'XI', "Xi'an", 'Melania Trump', 'Li Xi', 'rubio', 'Merzig', 'кремль'],
];
const WORDS = ['the', 'und', 'talks', 'переговоры', 'із', 'hat', 'Der', 'sagte', '2025', 'é'];
const GLUE = ['', ' ', ' ', ', ', '. ', '\n', '-', "'", '’', '\u00a0'];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const text = fc
  .array(fc.tuple(fc.constantFrom(...NAMES, ...WORDS), fc.constantFrom(...GLUE)), { maxLength: 6 })
  .map((parts) => escapeHtml(parts.map(([word, glue]) => word + glue).join('')));

const { inline } = fc.letrec<{ inline: string; wrapped: string }>((tie) => ({
  inline: fc.oneof({ depthSize: 'small' }, text, tie('wrapped')),
  wrapped: fc
    .tuple(
      fc.constantFrom('b', 'i', 'a', 'span', 'em', 'strong'),
      fc.array(tie('inline'), { maxLength: 3 }),
    )
    .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
}));

/** A name cut into pieces, some wrapped in inline elements: one mention in several pieces. */
const splitName = fc
  .tuple(
    fc.constantFrom('Wladimir Putin', 'Keith Kellogg', 'Володимира Зеленського', "NATO's", 'EU'),
    fc.nat(),
    fc.constantFrom('b', 'i', 'a', 'span'),
    fc.boolean(),
  )
  .map(([name, at, tag, wrapFirst]) => {
    const cut = 1 + (at % (name.length - 1));
    const [first, rest] = [escapeHtml(name.slice(0, cut)), escapeHtml(name.slice(cut))];
    return wrapFirst ? `<${tag}>${first}</${tag}>${rest}` : `${first}<${tag}>${rest}</${tag}>`;
  });

/** Elements whose text must never be marked, each holding text full of names. */
const excludedElement = text.chain((content) =>
  fc.constantFrom(
    `<input value="${content}">`,
    `<textarea>${content}</textarea>`,
    `<code>${content}</code>`,
    `<pre>${content}</pre>`,
    `<script>/* ${content} */</script>`,
    `<style>/* ${content} */</style>`,
    `<div contenteditable="true"><p>${content}</p></div>`,
  ),
);

const block = fc
  .tuple(
    fc.constantFrom('p', 'div', 'h2', 'blockquote'),
    fc.array(fc.oneof(inline, inline, splitName, excludedElement), { maxLength: 4 }),
  )
  .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`);

const page = fc.array(block, { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join(''));

function highlighter(): Highlighter {
  return new Highlighter({
    cast,
    categoryOf: (id) => categoryOf.get(id) ?? '',
    colorOf: () => '#d62828',
    hiddenCategories: new Set(),
  });
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Each mention's pieces joined, with its actor: `data-dramatis-mention` groups the pieces. */
function markedMentions(): { actorId: string; text: string }[] {
  const mentions = new Map<string, { actorId: string; text: string }>();
  for (const mark of document.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
    const key = mark.dataset.dramatisMention ?? '';
    const mention = mentions.get(key) ?? { actorId: mark.dataset.dramatisActor ?? '', text: '' };
    mention.text += mark.textContent ?? '';
    mentions.set(key, mention);
  }
  return [...mentions.values()];
}

/** A page context in which every actor is named in full, so every name may count alone. */
function everyoneNamed(): PageContext {
  const context = new PageContext();
  for (const actor of dataset.actors) context.add(actor.id);
  return context;
}

/** The mentions the matcher finds on the current page, read as the highlighter reads it. */
function expectedMentionCount(): number {
  const runs = [...textRunsOf(document.body)];
  const context = new PageContext();
  for (const run of runs) findMentions(cast, run.text, context);
  return runs.reduce((n, s) => n + findMentions(cast, s.text, context).length, 0);
}

const EXCLUDED = 'input, textarea, code, pre, script, style, [contenteditable="true"]';
const RUNS = { numRuns: 150 };

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('highlighting random pages', () => {
  it('restores the DOM exactly when cleared: same markup, same text nodes', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        document.body.innerHTML = html;
        const before = document.body.innerHTML;
        const nodes = textNodes(document.body);
        const h = highlighter();
        await h.highlight([document.body]);
        h.clear(document.body);
        expect(document.body.innerHTML).toBe(before);
        const after = textNodes(document.body);
        expect(after.length).toBe(nodes.length);
        expect(after.every((node, i) => node === nodes[i])).toBe(true);
      }),
      RUNS,
    );
  });

  it('never marks inside form fields, code, scripts, styles or editable regions', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        document.body.innerHTML = html;
        await highlighter().highlight([document.body]);
        const inside = [...document.querySelectorAll(MARK_SELECTOR)].filter((mark) =>
          mark.parentElement?.closest(EXCLUDED),
        );
        expect(inside).toEqual([]);
      }),
      RUNS,
    );
  });

  it('marks exactly what the matcher finds, and each mark is a mention of its actor', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        document.body.innerHTML = html;
        const expected = expectedMentionCount();
        await highlighter().highlight([document.body]);
        const mentions = markedMentions();
        expect(mentions.length).toBe(expected);
        for (const { actorId, text: printed } of mentions) {
          expect(findMentions(cast, printed, everyoneNamed())).toEqual([
            { start: 0, end: printed.length, actorId },
          ]);
        }
      }),
      RUNS,
    );
  });
});
