/**
 * The hidden categories after the reader switched `id` off (`hide`: listed once, however often
 * it is switched) or on (not listed), the others kept in their order.
 */
export const withCategoryHidden = (hidden: readonly string[], id: string, hide: boolean) =>
  hide ? [...new Set([...hidden, id])] : hidden.filter((x) => x !== id);
