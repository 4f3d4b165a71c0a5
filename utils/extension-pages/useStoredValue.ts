import { useEffect, useState } from 'preact/hooks';

/** The part of a WXT storage item the hook needs. */
interface StoredItem<T> {
  watch: (callback: (value: T) => void) => () => void;
  setValue: (value: T) => Promise<void>;
}

/**
 * A storage item as Preact state: starts from `initial` (read before the first render), follows
 * changes made anywhere (another popup, the options page, the daily refresh), and writes through
 * on set.
 */
export function useStoredValue<T>(item: StoredItem<T>, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState(initial);
  useEffect(() => item.watch((next) => setValue(next)), [item]);
  const set = (next: T) => {
    setValue(next);
    void item.setValue(next);
  };
  return [value, set];
}
