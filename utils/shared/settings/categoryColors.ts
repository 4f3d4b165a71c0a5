import type { Dataset } from '../dataset/schema';

const HEX = /^#[0-9a-f]{6}$/i;

/** Whether a value is a colour a category may take from the reader (`#rrggbb`). */
export const isHexColor = (value: unknown): value is string =>
  typeof value === 'string' && HEX.test(value);

/**
 * The dataset as the reader sees it: each category's colour replaced by the one the reader
 * chose, if any. Highlights and the card read colours from the categories, so this one
 * substitution recolours both. Returns the dataset itself when nothing changes.
 */
export function withCategoryColors(
  dataset: Dataset,
  colors: Readonly<Record<string, string>>,
): Dataset {
  const chosen = (id: string) =>
    Object.hasOwn(colors, id) && isHexColor(colors[id]) ? colors[id] : undefined;
  const categories = dataset.categories.map((category) => {
    const color = chosen(category.id);
    return color && color !== category.color ? { ...category, color } : category;
  });
  return categories.every((c, i) => c === dataset.categories[i])
    ? dataset
    : { ...dataset, categories };
}
