import type { OffStoryFigures, PassFigures } from './measure';

/** One measured case: a cast on a page size, with every figure taken in the same run. */
export interface Row {
  cast: string;
  paragraphs: number;
  names: number;
  pass: PassFigures;
  bound: { ms: number; hits: number };
  floors: { writeMs: number; frameMs: number; appendMs: number };
  naive: { ms: number; marks: number } | { skipped: string };
  update: { passMs: number; latencyMs: number; marks: number };
}

/** A page about no story: the decision read alone, and what it wrote (nothing). */
export interface OffStoryRow {
  cast: string;
  paragraphs: number;
  read: OffStoryFigures;
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

/** The results as a Markdown table, with the targets beside what was reached. */
export function formatResults(results: {
  date: string;
  browser: string;
  contentScript: { raw: number; gzip: number };
  rows: Row[];
  offStory?: OffStoryRow[];
  /** The machine's highest 1-minute load average seen (at the start and the end of the run). */
  load?: number;
}): string {
  const lines = [
    `# Dramatis benchmark`,
    ``,
    `${results.date.slice(0, 10)}, Chromium ${results.browser}, this machine (2 cores${results.load === undefined ? '' : `, load average up to ${results.load.toFixed(1)}`}). Times in ms; Dramatis's pass and update, and the lower bound: median of 3 runs; the rest one run each.`,
    ``,
    `| cast | paragraphs | marks | decision read | Dramatis pass | lower bound | pass ÷ bound | write floor | pass ÷ floor | longest task: script / rendering | one-name frame | naive mark.js | naive ÷ pass | +100 paragraphs: pass / latency / floor |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ];
  const long = (n: number) => (n > 0 ? ms(n) : '< 50');
  for (const r of results.rows) {
    const naive = 'ms' in r.naive ? ms(r.naive.ms) : `skipped (${r.naive.skipped})`;
    const speedup = 'ms' in r.naive ? `${(r.naive.ms / r.pass.passMs).toFixed(1)}×` : '–';
    const ratio = (of: number) => `${(r.pass.passMs / of).toFixed(1)}×`;
    lines.push(
      `| ${r.cast} | ${r.paragraphs.toLocaleString('en')} | ${r.pass.marks.toLocaleString('en')} | ${ms(r.pass.decideMs)} | ${ms(r.pass.passMs)} | ${ms(r.bound.ms)} | ${ratio(r.bound.ms)} | ${ms(r.floors.writeMs)} | ${ratio(r.floors.writeMs)} | ${long(r.pass.longestScriptTaskMs)} / ${long(r.pass.longestRenderMs)} | ${ms(r.floors.frameMs)} | ${naive} | ${speedup} | ${ms(r.update.passMs)} / ${ms(r.update.latencyMs)} / ${ms(r.floors.appendMs)} |`,
    );
  }
  if (results.offStory?.length) {
    lines.push(
      ``,
      `Pages about no story (other news naming the cast's best-known people, no story keyword): one decision read, then nothing written.`,
      ``,
      `| cast | paragraphs | decision read | longest task | DOM mutations | marks |`,
      `| --- | ---: | ---: | ---: | ---: | ---: |`,
      ...results.offStory.map(
        ({ cast, paragraphs, read }) =>
          `| ${cast} | ${paragraphs.toLocaleString('en')} | ${ms(read.decideMs)} | ${long(read.longestTaskMs)} | ${read.mutations} | ${read.marks} |`,
      ),
    );
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  lines.push(
    ``,
    `Content script: ${kb(results.contentScript.raw)} raw, ${kb(results.contentScript.gzip)} gzipped.`,
    ``,
    `Targets (issue 4): pass ≤ 2× the lower bound at 2,000 paragraphs; longest task ≤ 50 ms at 20,000; naive mark.js ≥ 20× slower with the bundled cast; +100 paragraphs ≤ 5 ms; content script ≤ 40 KB gzipped.`,
    `Decision read: the one read of the page that decides which stories it is about (\`dramatis:decide\`), before the pass; a page about no story costs only this. DOM mutations: counted by a MutationObserver in the page from the end of parsing to a second after the decision.`,
    `Lower bound: one TreeWalker pass with the same compiled pattern, writing nothing. Write floor: the lower bound, then every hit wrapped with bare DOM calls (two splits, one element) in one go and one frame rendered — what any highlighter that inserts elements must spend.`,
    `Longest task: the browser reports tasks of 50 ms or more ("< 50": none); "rendering" is the browser laying out and painting a frame (long animation frames), "script" any other task. One-name frame: how long this page takes to render a frame after a single name is wrapped, the floor of any frame after any DOM write.`,
    `+100 paragraphs: the update's pass, the time from appending to its end (most of it the wait for the page's mutations to settle), and the floor: reading and bare-wrapping the same paragraphs in a plain page (script only, median of 3).`,
    ``,
  );
  return lines.join('\n');
}
