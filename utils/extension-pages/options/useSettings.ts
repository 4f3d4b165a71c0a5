import { useEffect, useState } from 'preact/hooks';
import { watchSettings } from '../../platform/settings';
import type { Settings } from '../../shared/settings/settingsTable';

/**
 * The reader's settings as Preact state: starts from `initial` (read before the first render)
 * and follows every change, made here or anywhere else (the popup, another device), one setting
 * at a time.
 */
export function useSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);
  useEffect(() => watchSettings((key, value) => setSettings((s) => ({ ...s, [key]: value }))), []);
  return settings;
}
