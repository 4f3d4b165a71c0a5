import * as v from 'valibot';
import istanbul from '../../../data/actors.json';
import alaska from '../../../data/alaska-2025.json';
import { DatasetSchema, type Dataset } from '../dataset/schema';

/**
 * The story files shipped inside the extension, in the order they are listed and merged
 * everywhere (the options page, the popup, the card's sections). Shipping another story is one
 * line here.
 */
const BUNDLED_FILES: readonly unknown[] = [istanbul, alaska];

let parsed: readonly Dataset[] | undefined;

/**
 * The bundled stories, parsed (not just cast) once per context, so a broken bundled file fails
 * loudly in tests and at build, never silently at a reader's desk. Callers must not change them.
 */
export function bundledStories(): readonly Dataset[] {
  return (parsed ??= BUNDLED_FILES.map((raw) => v.parse(DatasetSchema, raw)));
}

/** The ids of the bundled stories, in order. */
export const bundledStoryIds = (): string[] => bundledStories().map((d) => d.story.id);

/** The bundled file of the story `id`, or undefined when no bundled story has that id. */
export const bundledStory = (id: string): Dataset | undefined =>
  bundledStories().find((d) => d.story.id === id);
