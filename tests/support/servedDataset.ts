import { bundledDataset } from '../../utils/shared/dataset/bundled';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { withDerivedNames } from '../../utils/shared/dataset/withDerivedNames';

/**
 * The bundled data as the background serves it to tabs and the popup: with the spellings the
 * generator derives from the native names (`withDerivedNames`), so tests compile what a tab
 * compiles.
 */
export const servedDataset = (): Dataset => withDerivedNames(bundledDataset());
