import * as v from 'valibot';
import raw from '../../../data/actors.json';
import { DatasetSchema, type Dataset } from './schema';

/**
 * The dataset shipped inside the extension. It is used until the reader imports another one,
 * and whenever the stored one turns out unreadable. Parsed (not just cast) so a broken bundled
 * file fails loudly in tests and at build, never silently at a reader's desk.
 */
export const bundledDataset = (): Dataset => v.parse(DatasetSchema, raw);
