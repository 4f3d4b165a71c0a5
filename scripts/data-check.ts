import { readdirSync, readFileSync } from 'node:fs';
import {
  coverage,
  coverageTable,
  editorialProblems,
  ruleProblem,
} from '../utils/shared/dataset/editorialRules';
import { validateDataset } from '../utils/shared/dataset/validate';
import { formatProblem } from '../utils/shared/problems/formatProblem';
import { english } from './english';
import { commonWords, DICTIONARY_LANGS, keywordClashes } from './keywordWords';

/**
 * `npm run data:check`: validates every bundled story file (`data/*.json`; or the files named
 * on the command line): schema, references, names, role periods, then the editorial rules
 * (utils/shared/dataset/editorialRules.ts) and that no keyword is a common word of a press language
 * (scripts/keywordWords.ts), and prints a coverage table per file. Exits non-zero with
 * every problem listed when a file breaks a rule.
 */
const dataDir = new URL('../data/', import.meta.url).pathname;
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(dataDir)
        .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
        .map((name) => dataDir + name);

const dictionaries = new Map(DICTIONARY_LANGS.map((lang) => [lang, commonWords(lang)]));
let failed = false;
for (const file of files) {
  const checked = validateDataset(new Uint8Array(readFileSync(file)));
  if (!checked.ok) {
    console.error(`${file}: ${checked.error.length} problem(s) with the schema or integrity:`);
    for (const problem of checked.error) console.error(`  ${formatProblem(problem, english)}`);
    failed = true;
    continue;
  }
  console.log(`\n${file} (${checked.value.story.id}):\n`);
  console.log(coverageTable(coverage(checked.value)));
  const problems = editorialProblems(checked.value);
  for (const { keyword, lang, word } of keywordClashes(checked.value.story, dictionaries)) {
    problems.push(
      ruleProblem('story.keywords', `"${keyword}" is the common ${lang} word "${word}"`),
    );
  }
  if (problems.length) {
    console.error(`\n${file}: ${problems.length} problem(s) with the editorial rules:`);
    for (const problem of problems) console.error(`  ${formatProblem(problem, english)}`);
    failed = true;
    continue;
  }
  console.log(`\n${file}: schema, integrity and editorial rules pass.`);
}
if (failed) process.exit(1);
