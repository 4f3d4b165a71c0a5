/**
 * The index `step` places from `at` in a list of `length` items, wrapping around at both ends,
 * so walking the mentions of a page never runs out. From no position (`at` is -1) the walk
 * starts at an end: forward at the first item, backward at the last. The one place the card's
 * "next / previous mention" buttons, the popup's reveal and the keyboard commands compute it.
 * Callers check `length > 0` first.
 */
export function nextIndex(at: number, step: 1 | -1, length: number): number {
  if (at < 0) return step === 1 ? 0 : length - 1;
  return (at + step + length) % length;
}
