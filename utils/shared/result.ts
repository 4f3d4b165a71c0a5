/**
 * The outcome of an operation that can fail in an expected way (bad input, a missing tab, a
 * refused permission). Every cross-context call and every data validation returns one, so
 * callers handle failure explicitly instead of catching exceptions.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a value as a successful {@link Result}. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Wraps an error as a failed {@link Result}. */
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
