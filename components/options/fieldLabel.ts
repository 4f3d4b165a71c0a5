import type { MessageKey, Translate } from '../../utils/shared/i18n';

/** The reader's word for each field of an actor, category or delegation in the data file. */
const FIELD_KEYS: Record<string, MessageKey> = {
  name: 'dataFieldName',
  nativeNames: 'dataFieldNativeName',
  nativeLang: 'dataFieldNativeName',
  notNames: 'dataFieldNotNames',
  kind: 'dataFieldKind',
  category: 'dataFieldCategory',
  names: 'dataFieldNames',
  roles: 'dataFieldRole',
  affiliation: 'dataFieldAffiliation',
  positions: 'dataFieldPositions',
  label: 'dataFieldLabel',
  color: 'dataFieldColor',
  date: 'dataFieldDate',
  members: 'dataFieldMembers',
  round: 'dataFieldRound',
  title: 'dataFieldTitle',
  venue: 'dataFieldVenue',
  outcome: 'dataFieldOutcome',
  source: 'dataFieldSource',
};

/**
 * A data field's name as the reader reads it ("Rolle", not "role") in the import preview; a
 * field this version does not know keeps its key, so nothing is hidden.
 */
export function fieldLabel(field: string, t: Translate): string {
  const key = Object.hasOwn(FIELD_KEYS, field) ? FIELD_KEYS[field] : undefined;
  return key ? t(key) : field;
}
