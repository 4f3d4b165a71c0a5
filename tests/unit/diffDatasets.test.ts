import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { diffDatasets, sameValue } from '../../utils/shared/dataset/diff';
import type { Dataset } from '../../utils/shared/dataset/schema';

const base = bundledDataset();
const copy = (): Dataset => structuredClone(base);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('diffDatasets', () => {
  it('finds nothing between a dataset and its copy', () => {
    const diff = diffDatasets(base, copy());
    expect(diff.same).toBe(true);
    expect(diff.aboutChanged).toEqual([]);
    expect(diff.actors).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchanged: base.actors.length,
    });
  });

  it('ignores the order of entries and of keys', () => {
    const next = copy();
    next.actors.reverse();
    next.categories = next.categories.map(({ color, id, label }) => ({ label, color, id }));
    expect(diffDatasets(base, next).same).toBe(true);
  });

  it('lists added and removed actors in their datasets’ order', () => {
    const next = copy();
    const [first, second] = next.actors.splice(0, 2);
    const added = [
      { ...first!, id: 'new-one', names: ['Neue Person'] },
      { ...second!, id: 'new-two', names: ['Noch Jemand'] },
    ];
    next.actors.push(...added);
    const diff = diffDatasets(base, next);
    expect(ids(diff.actors.added)).toEqual(['new-one', 'new-two']);
    expect(ids(diff.actors.removed)).toEqual([base.actors[0]!.id, base.actors[1]!.id]);
    expect(diff.actors.changed).toEqual([]);
    expect(diff.actors.unchanged).toBe(base.actors.length - 2);
    expect(diff.same).toBe(false);
  });

  it('names the fields of a changed actor, including ones added or dropped', () => {
    const next = copy();
    const actor = next.actors[3]!;
    actor.roles = [{ ...actor.roles[0]!, en: 'Former minister' }];
    actor.names = [...actor.names, 'Someone Else'];
    actor.affiliation = { en: 'Party', de: 'Partei' };
    const before = base.actors[3]!;
    const diff = diffDatasets(base, next);
    expect(diff.actors.changed).toEqual([
      { before, after: actor, fields: ['names', 'roles', 'affiliation'] },
    ]);
    const withoutPositions = copy();
    delete (withoutPositions.actors[0] as Partial<Dataset['actors'][number]>).positions;
    expect(diffDatasets(base, withoutPositions).actors.changed[0]?.fields).toEqual(['positions']);
  });

  it('compares categories and delegations the same way', () => {
    const next = copy();
    next.categories[0]!.color = '#000000';
    next.categories.push({
      id: 'observers',
      label: { en: 'Observers', de: 'Beobachter' },
      color: '#123456',
    });
    next.delegations.pop();
    const diff = diffDatasets(base, next);
    expect(diff.categories.changed.map((c) => [c.after.id, c.fields])).toEqual([
      [base.categories[0]!.id, ['color']],
    ]);
    expect(ids(diff.categories.added)).toEqual(['observers']);
    expect(ids(diff.delegations.removed)).toEqual([base.delegations.at(-1)!.id]);
  });

  it('reports title, version and as-of date with what changed', () => {
    const next = { ...copy(), title: 'Geneva talks', version: '2', asOf: '2025-06-01' };
    const diff = diffDatasets(base, next);
    expect(diff.before).toEqual({ title: base.title, version: base.version, asOf: base.asOf });
    expect(diff.after).toEqual({ title: 'Geneva talks', version: '2', asOf: '2025-06-01' });
    expect(diff.aboutChanged).toEqual(['title', 'version', 'asOf']);
    expect(diff.same).toBe(false);
  });
});

describe('sameValue', () => {
  it.each([
    [1, 1, true],
    ['a', 'b', false],
    [null, {}, false],
    [[1, 2], [2, 1], false],
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[], {}, false],
  ])('%j vs %j: %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});
