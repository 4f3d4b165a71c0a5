/**
 * A run of text, read as one string: the text nodes of one block between nested blocks.
 * Names are matched on the run's whole text, so "<a>Wladimir</a> <b>Putin</b>" is one mention.
 * The text inside our own marks is part of the run, as context only: it is never wrapped again,
 * but highlighting a run twice sees the same words as the first time.
 */
export interface TextRun {
  nodes: Text[];
  text: string;
  /** The nearest non-inline ancestor (null for text right under a shadow root). */
  block: Element | null;
}
