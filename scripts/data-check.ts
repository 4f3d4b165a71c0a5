import { readFileSync } from 'node:fs';
import { coverage, coverageTable, editorialProblems } from '../utils/dataset/editorialRules';
import { validateDataset } from '../utils/dataset/validate';

/**
 * `npm run data:check`: validates the bundled data (schema, references, names, role periods),
 * then the editorial rules (utils/dataset/editorialRules.ts), and prints a coverage table.
 * Exits non-zero with every problem listed when the data breaks a rule.
 */
const file = process.argv[2] ?? new URL('../data/actors.json', import.meta.url).pathname;
const checked = validateDataset(new Uint8Array(readFileSync(file)));
if (!checked.ok) {
  console.error(`${file}: ${checked.error.length} problem(s) with the schema or integrity:`);
  for (const problem of checked.error) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(coverageTable(coverage(checked.value)));
const problems = editorialProblems(checked.value);
if (problems.length) {
  console.error(`\n${file}: ${problems.length} problem(s) with the editorial rules:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`\n${file}: schema, integrity and editorial rules pass.`);
