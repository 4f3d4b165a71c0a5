import * as v from 'valibot';
import raw from '../../data/actors.json';
import additions from '../../scripts/data-additions/issue15.json';
import { applyDataAdditions, type DataAdditions } from '../../scripts/apply-data-additions';
import { DatasetSchema, type Dataset } from '../../utils/dataset/schema';
import { withDerivedNames } from '../../utils/dataset/withDerivedNames';

/**
 * The bundled data with issue 15's data additions applied (native names, long institution
 * names, the trim of derived spellings), by the same function the lead's script uses. Once the
 * additions are in data/actors.json, applying them again changes nothing.
 */
export const dataWithAdditions = (): Dataset =>
  v.parse(DatasetSchema, applyDataAdditions(structuredClone(raw), additions as DataAdditions));

/** {@link dataWithAdditions} as the background serves it to tabs: with the derived spellings. */
export const servedDataset = (): Dataset => withDerivedNames(dataWithAdditions());
