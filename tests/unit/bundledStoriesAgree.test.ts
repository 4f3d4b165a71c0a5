import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../utils/shared/dataset/schema';

/** Reads a bundled story file as JSON, before any schema or migration touches it. */
const read = (file: string): { actors: Actor[] } =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as {
    actors: Actor[];
  };

const istanbul = read('actors.json');
const alaska = read('alaska-2025.json');

/**
 * What an actor is, apart from what it said in one story: the merge of stories unions these
 * (issue 14), so two bundled files that disagree would give one person two role histories.
 */
const IDENTITY = [
  'name',
  'names',
  'nativeNames',
  'nativeLang',
  'notNames',
  'kind',
  'category',
  'roles',
  'affiliation',
] as const;

const identity = (actor: Actor) => Object.fromEntries(IDENTITY.map((key) => [key, actor[key]]));

const byId = new Map(istanbul.actors.map((actor) => [actor.id, actor]));
const shared = alaska.actors.filter((actor) => byId.has(actor.id));

describe('the bundled stories agree on the actors they share', () => {
  it('shares the principals of both stories', () => {
    expect(shared.map((actor) => actor.id)).toEqual(
      expect.arrayContaining(['vladimir-putin', 'donald-trump', 'volodymyr-zelenskyy']),
    );
  });

  it.each(shared.map((actor) => [actor.id, actor] as const))(
    '%s is the same actor in both files',
    (id, actor) => {
      expect(identity(actor)).toEqual(identity(byId.get(id)!));
    },
  );

  it('gives every actor new to the second story an id of its own', () => {
    const ids = alaska.actors.map((actor) => actor.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
