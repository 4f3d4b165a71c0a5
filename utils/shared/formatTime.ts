/** A moment (ms since the epoch) for readers, in their language: "25 Nov 2025, 14:02". */
export const formatTime = (at: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
