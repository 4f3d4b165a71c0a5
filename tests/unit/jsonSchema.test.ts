import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from '../../utils/shared/dataset/jsonSchema';

describe('data/actors.schema.json', () => {
  it('is exactly what the schema in code generates (run `npm run schema` after changing it)', () => {
    const file = readFileSync(new URL('../../data/actors.schema.json', import.meta.url), 'utf8');
    expect(file).toBe(datasetJsonSchemaText());
  });

  it('is the schema that the bundled data file points its editors at', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../data/actors.json', import.meta.url), 'utf8'),
    );
    expect(data.$schema).toBe('./actors.schema.json');
  });
});
