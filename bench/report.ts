import type { PassFigures } from './measure';

/** One measured case: a cast on a page size, with every figure taken in the same run. */
export interface Row {
  cast: string;
  paragraphs: number;
  names: number;
  pass: PassFigures;
  bound: { ms: number; hits: number };
  naive: { ms: number; marks: number } | { skipped: string };
  update: { passMs: number; latencyMs: number; marks: number };
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

/** The results as a Markdown table, with the targets beside what was reached. */
export function formatResults(results: {
  date: string;
  browser: string;
  contentScript: { raw: number; gzip: number };
  rows: Row[];
}): string {
  const lines = [
    `# Dramatis benchmark`,
    ``,
    `${results.date.slice(0, 10)}, Chromium ${results.browser}, this machine (2 cores). Times in ms; one run each (lower bound: median of 3).`,
    ``,
    `| cast | paragraphs | Dramatis pass | longest task in pass | lower bound | pass ÷ bound | naive mark.js | naive ÷ pass | +100 paragraphs (pass / latency) | marks |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ];
  for (const r of results.rows) {
    const naive = 'ms' in r.naive ? ms(r.naive.ms) : `skipped (${r.naive.skipped})`;
    const speedup = 'ms' in r.naive ? `${(r.naive.ms / r.pass.passMs).toFixed(1)}×` : '–';
    const longest = r.pass.longestTaskMs > 0 ? ms(r.pass.longestTaskMs) : '< 50';
    lines.push(
      `| ${r.cast} | ${r.paragraphs.toLocaleString('en')} | ${ms(r.pass.passMs)} | ${longest} | ${ms(r.bound.ms)} | ${(r.pass.passMs / r.bound.ms).toFixed(1)}× | ${naive} | ${speedup} | ${ms(r.update.passMs)} / ${ms(r.update.latencyMs)} | ${r.pass.marks.toLocaleString('en')} |`,
    );
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  lines.push(
    ``,
    `Content script: ${kb(results.contentScript.raw)} raw, ${kb(results.contentScript.gzip)} gzipped.`,
    ``,
    `Targets (issue 4): pass ≤ 2× the lower bound at 2,000 paragraphs; longest task ≤ 50 ms at 20,000; naive mark.js ≥ 20× slower with the bundled cast; +100 paragraphs ≤ 5 ms; content script ≤ 40 KB gzipped.`,
    `"Longest task" counts only long tasks (≥ 50 ms, the browser reports no shorter ones) that overlap the pass.`,
    ``,
  );
  return lines.join('\n');
}
