import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A storage item as Preact state: starts from `initial` (read before the first render), follows
 * changes made anywhere (another popup, the options page), and writes through on set.
 */
export function useStoredValue<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  initial: T,
): [T, (value: T) => void] {
  const [value, setValue] = useState(initial);
  useEffect(() => item.watch((next) => setValue(next)), [item]);
  const set = (next: T) => {
    setValue(next);
    void item.setValue(next);
  };
  return [value, set];
}
