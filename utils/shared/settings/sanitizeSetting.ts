import { isHexColor } from './categoryColors';
import { SETTINGS, type SettingName, type Settings, type ValueSpec } from './settingsTable';

/** `value` if it has the shape `spec` allows (a fresh copy for lists and maps), else undefined. */
function shaped(spec: ValueSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'oneOf':
      return spec.values.includes(value as string) ? value : undefined;
    case 'range':
      return typeof value === 'number' && Number.isFinite(value)
        ? Math.round(Math.min(spec.max, Math.max(spec.min, value)))
        : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'strings':
      return Array.isArray(value)
        ? value.filter((v): v is string => typeof v === 'string')
        : undefined;
    case 'colors':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).filter(([, color]) => isHexColor(color)))
        : undefined;
  }
}

/**
 * A setting's value as stored, made safe to use. Synced storage is written by other devices,
 * other versions of the extension, or by hand in the devtools: a value of the wrong shape falls
 * back to the table's default instead of breaking the content script; a number is rounded and
 * kept in its range, and a list or map keeps only the entries of the right shape.
 */
export function sanitizeSetting<K extends SettingName>(key: K, value: unknown): Settings[K] {
  const { values, fallback } = SETTINGS[key];
  // The fallback goes through `shaped` too, so each caller gets its own copy of a list or map.
  return (shaped(values, value) ?? shaped(values, fallback)) as Settings[K];
}
