import type { HighlightStyle } from '../../shared/settings/settingValues';
import {
  ACTOR_ATTR,
  CATEGORY_ATTR,
  HIDDEN_ATTR,
  MENTION_ATTR,
  STYLE_ATTR,
} from '../../shared/markup';

/** How marks look: the category of each actor, its colour and the categories switched off. */
export interface MarkStyle {
  categoryOf: (actorId: string) => string;
  colorOf: (categoryId: string) => string;
  hiddenCategories: ReadonlySet<string>;
  /** The reader's highlight style, set on each mark as `data-dramatis-style`. */
  style?: HighlightStyle;
}

/**
 * Gives a fresh mark the public markup (actor, category, mention) and its category colour. The
 * colour goes through the CSSOM, which a page's strict CSP (no inline styles) does not block.
 */
export function decorateMark(
  mark: HTMLElement,
  actorId: string,
  mention: number,
  style: MarkStyle,
): void {
  const category = style.categoryOf(actorId);
  mark.setAttribute(ACTOR_ATTR, actorId);
  mark.setAttribute(CATEGORY_ATTR, category);
  mark.setAttribute(MENTION_ATTR, String(mention));
  if (style.style) mark.setAttribute(STYLE_ATTR, style.style);
  mark.style.setProperty('--dramatis-color', style.colorOf(category));
  applyVisibility(mark, style.hiddenCategories);
}

/** Marks a highlight hidden (or not) by its category, by attribute only. */
export function applyVisibility(mark: HTMLElement, hidden: ReadonlySet<string>): void {
  const off = hidden.has(mark.getAttribute(CATEGORY_ATTR) ?? '');
  if (off !== mark.hasAttribute(HIDDEN_ATTR)) mark.toggleAttribute(HIDDEN_ATTR, off);
}
