import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Lines at most this long, without final punctuation, are treated as headings. */
const MAX_HEADING_LENGTH = 120;

/** Characters that end a sentence or a quotation: a line ending in one is a paragraph. */
const FINAL_PUNCTUATION = /[.!?:“”"]$/u;

const DEFAULT_TITLE = 'Today’s top story';

const PAGE_CSS = `
  body {
    margin: 0;
    font: 18px/1.6 Georgia, 'Times New Roman', serif;
    color: #222;
    background: #fafaf7;
  }
  header.site { border-bottom: 3px solid #222; padding: 12px 24px; background: #fff; }
  header.site .name { font: 700 28px/1.2 Georgia, serif; letter-spacing: 0.02em; }
  main { max-width: 42rem; margin: 0 auto; padding: 24px; }
  article h1 { font-size: 2.1rem; line-height: 1.2; margin: 0.4em 0; }
  article h2 { font-size: 1.3rem; margin: 1.6em 0 0.4em; }
  .byline { color: #666; font-size: 0.9rem; margin-bottom: 1.5em; }
  .reader-tools { margin-top: 2.5em; padding: 12px 16px; border: 1px solid #ccc; background: #fff; }
  .reader-tools label { display: block; margin: 0.5em 0 0.2em; font-size: 0.9rem; }
  .reader-tools input, .reader-tools textarea { width: 100%; box-sizing: border-box; }
  pre { background: #f0f0f0; padding: 8px; }
`;

/** Escapes the characters that are special in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** True for a short line without final punctuation: the seed articles' section headings. */
function isHeading(line: string): boolean {
  return line.length <= MAX_HEADING_LENGTH && !FINAL_PUNCTUATION.test(line);
}

/** Turns one non-empty line of the seed text into an `<h2>` or a `<p>`. */
function blockHtml(line: string): string {
  const tag = isHeading(line) ? 'h2' : 'p';
  return `<${tag}>${escapeHtml(line)}</${tag}>`;
}

/** Form fields and code holding actor names, in which the extension must never mark anything. */
function readerToolsHtml(): string {
  return [
    '<aside class="reader-tools" aria-label="Reader tools">',
    '<label for="reader-search">Search this site</label>',
    '<input id="reader-search" type="text" value="Vladimir Putin">',
    '<label for="reader-notes">Your notes</label>',
    '<textarea id="reader-notes" rows="2">Vladimir Putin</textarea>',
    '<pre><code id="reader-code">Putin</code></pre>',
    '</aside>',
  ].join('\n');
}

/**
 * Builds a news-like HTML page from a plain-text seed article (one paragraph per line) so
 * end-to-end tests and the demo exercise the extension on realistic markup. Short lines
 * without final punctuation become `<h2>` headings, empty lines are skipped. The page also
 * carries a "Reader tools" aside with an input, a textarea and a code block that contain
 * actor names, so tests can check that nothing gets marked inside them.
 */
export function articleHtml(text: string, title: string = DEFAULT_TITLE): string {
  const blocks = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map(blockHtml);
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – The Daily Example</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="site"><span class="name">The Daily Example</span></header>
<main>
<article>
<h1>${escapeHtml(title)}</h1>
<p class="byline">By Staff Reporter · The Daily Example</p>
${blocks.join('\n')}
${readerToolsHtml()}
</article>
</main>
</body>
</html>
`;
}

/**
 * Reads the seed article that the e2e tests and the demo show (`tests/fixtures/seed-article.txt`),
 * resolved from this module's location so it works from any working directory.
 */
export function readSeedArticle(): string {
  const file = fileURLToPath(new URL('../fixtures/seed-article.txt', import.meta.url));
  return readFileSync(file, 'utf8');
}
