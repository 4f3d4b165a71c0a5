import { escapeHtml, readSeedArticle } from '../tests/support/articlePage';

/** Filler that reads like news but names no one in the cast, with links as real pages have. */
const FILLER = [
  'Officials said the schedule for the next round of meetings had not been fixed.',
  'Markets in the region were calm on the day, with trading volumes below average.',
  'Observers noted that previous talks had stalled over questions of sequencing.',
  'The statement did not say when a further announcement would be made.',
  'Analysts cautioned against reading too much into the choice of venue.',
];

/**
 * A news-like page of `paragraphs` paragraphs: the seed article's lines interleaved with linked
 * filler, in article/section markup, so the cast appears at the seed's density throughout.
 */
export function newsPage(paragraphs: number): string {
  const seed = readSeedArticle()
    .split('\n')
    .filter((line) => line.trim());
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const text =
      i % 2 === 0
        ? escapeHtml(seed[(i / 2) % seed.length] ?? '')
        : `${escapeHtml(FILLER[i % FILLER.length] ?? '')} <a href="#p${i}">More</a>`;
    body.push(
      i % 50 === 0 ? `<h2 id="p${i}">Section ${i / 50 + 1}</h2><p>${text}</p>` : `<p>${text}</p>`,
    );
  }
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bench ${paragraphs}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>${body.join('\n')}</article></main></body></html>`;
}

/** The text of `count` more paragraphs of the same kind, for the incremental case. */
export function moreTexts(count: number): string[] {
  const seed = readSeedArticle()
    .split('\n')
    .filter((line) => line.trim());
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? (seed[(i / 2) % seed.length] ?? '') : (FILLER[i % FILLER.length] ?? ''),
  );
}

/**
 * Lines of other news naming the cast's best-known people (a trade dispute), with no keyword of
 * any bundled story: a page Dramatis reads once, decides is about no story, and leaves alone.
 */
const OFF_STORY = [
  'Donald Trump said imported cars would face a higher levy from the first of the month.',
  'Friedrich Merz called the plan a burden for workers on both sides of the Atlantic.',
  'Emmanuel Macron urged the European Union to answer the tariffs with one voice.',
  'Keir Starmer said Britain would keep the narrower deal it agreed in the spring.',
  'NATO allies were not the subject of the dispute, an official in Brussels said.',
];

/** A news-like page of `paragraphs` paragraphs about no story, in the same markup as newsPage. */
export function offStoryPage(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const text =
      i % 2 === 0
        ? (OFF_STORY[(i / 2) % OFF_STORY.length] ?? '')
        : `${FILLER[i % FILLER.length] ?? ''} <a href="#p${i}">More</a>`;
    body.push(`<p>${text}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trade ${paragraphs}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/business">Business</a></nav></header>
<main><article>${body.join('\n')}</article></main></body></html>`;
}
