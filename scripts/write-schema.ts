import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText } from '../utils/shared/dataset/jsonSchema';

/** Regenerates data/actors.schema.json from the schema in code (`npm run schema`). */
const target = new URL('../data/actors.schema.json', import.meta.url);
writeFileSync(target, datasetJsonSchemaText());
console.log(`Wrote ${target.pathname}`);
