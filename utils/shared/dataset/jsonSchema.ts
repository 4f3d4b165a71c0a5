import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from './schema';

/**
 * The JSON Schema for data authors' editors, derived from the code's schema so the two cannot
 * disagree. Written to `data/actors.schema.json` by `npm run schema`; a test compares them.
 */
export function datasetJsonSchema(): object {
  return {
    ...toJsonSchema(DatasetSchema, { errorMode: 'ignore' }),
    $id: 'https://dramatis.example/schema/actors.schema.json',
    title: 'Dramatis dataset',
    description:
      'The cast of a news story: categories, delegations and actors with their names, roles and stated positions.',
  };
}

/** The schema file's exact text (2-space JSON and a final newline). */
export const datasetJsonSchemaText = (): string =>
  `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
