import { describe, expect, it } from 'vitest';
import {
  addItem,
  checkList,
  checkNewName,
  draftFrom,
  draftReplacedBy,
  isChanged,
  isValid,
  moveItem,
  namesOf,
  removeItem,
  removedOf,
  renameItem,
  renamesOf,
  type DraftItem,
} from '../../../renderer/src/features/incidents/statistics/category-draft';

const STORED = ['Kontor', 'Trappa', 'Tvättstuga'];
const keyOf = (items: DraftItem[], name: string) => {
  const item = items.find((i) => i.name === name);
  if (!item) throw new Error(`no ${name}`);
  return item.key;
};

describe('list operations', () => {
  it('moves an item one step, and leaves the list as it is at either end', () => {
    const items = draftFrom(STORED);
    expect(namesOf(moveItem(items, keyOf(items, 'Tvättstuga'), -1))).toEqual([
      'Kontor',
      'Tvättstuga',
      'Trappa',
    ]);
    expect(namesOf(moveItem(items, keyOf(items, 'Kontor'), 1))).toEqual([
      'Trappa',
      'Kontor',
      'Tvättstuga',
    ]);
    expect(namesOf(moveItem(items, keyOf(items, 'Kontor'), -1))).toEqual(STORED);
    expect(namesOf(moveItem(items, keyOf(items, 'Tvättstuga'), 1))).toEqual(STORED);
  });

  it('adds at the end (trimmed), renames and removes by key', () => {
    let items = addItem(draftFrom(STORED), '  Garage ');
    expect(namesOf(items)).toEqual([...STORED, 'Garage']);
    expect(items.at(-1)?.original).toBeNull();
    items = renameItem(items, keyOf(items, 'Trappa'), 'Trappa och hiss');
    items = removeItem(items, keyOf(items, 'Kontor'));
    expect(namesOf(items)).toEqual(['Trappa och hiss', 'Tvättstuga', 'Garage']);
    expect(new Set(items.map((i) => i.key)).size).toBe(3);
  });

  it('knows whether the list differs from the stored one', () => {
    const items = draftFrom(STORED);
    expect(isChanged(items, STORED)).toBe(false);
    expect(isChanged(moveItem(items, keyOf(items, 'Trappa'), 1), STORED)).toBe(true);
    expect(isChanged(removeItem(items, keyOf(items, 'Trappa')), STORED)).toBe(true);
    // A trailing space is not a change: names are stored trimmed.
    expect(isChanged(renameItem(items, keyOf(items, 'Trappa'), 'Trappa '), STORED)).toBe(false);
  });
});

describe('validation', () => {
  it('refuses empty, too long and duplicate names (case and spaces ignored)', () => {
    const items = draftFrom(STORED);
    expect(checkNewName(items, '   ')).toBe('empty');
    expect(checkNewName(items, 'x'.repeat(101))).toBe('tooLong');
    expect(checkNewName(items, ' tvättSTUGA')).toBe('duplicate');
    expect(checkNewName(items, 'Garage')).toBeNull();
  });

  it('marks the later of two equal names, empty names, and an empty list', () => {
    let items = draftFrom(STORED);
    items = renameItem(items, keyOf(items, 'Tvättstuga'), 'kontor');
    items = renameItem(items, keyOf(items, 'Trappa'), ' ');
    const check = checkList(items);
    expect([...check.items.values()]).toEqual(['empty', 'duplicate']);
    expect(check.items.has(items[0]?.key ?? '')).toBe(false);
    expect(isValid(check)).toBe(false);
    expect(checkList([]).list).toBe('listEmpty');
    expect(checkList(draftFrom(Array.from({ length: 101 }, (_, i) => `K${i}`))).list).toBe(
      'listTooLong',
    );
    expect(isValid(checkList(draftFrom(STORED)))).toBe(true);
  });
});

describe('what a save means for stored incidents', () => {
  it('tells a rename (old → new) from a removal and an addition', () => {
    let items = draftFrom(STORED);
    items = renameItem(items, keyOf(items, 'Trappa'), ' Trappa och hiss ');
    items = removeItem(items, keyOf(items, 'Kontor'));
    items = addItem(items, 'Kontor och arbetsrum');
    expect([...renamesOf(items)]).toEqual([['Trappa', 'Trappa och hiss']]);
    expect(removedOf(items, STORED)).toEqual(['Kontor']);
  });

  it('sees a swap of two names as two renames', () => {
    let items = draftFrom(['A', 'B']);
    items = renameItem(items, keyOf(items, 'A'), 'B');
    items = renameItem(items, items[1]?.key ?? '', 'A');
    expect([...renamesOf(items)]).toEqual([
      ['A', 'B'],
      ['B', 'A'],
    ]);
    expect(removedOf(items, ['A', 'B'])).toEqual([]);
  });

  it('ignores a field left empty (it cannot be saved anyway)', () => {
    const items = draftFrom(STORED);
    expect(renamesOf(renameItem(items, keyOf(items, 'Kontor'), ''))).toEqual(new Map());
  });

  it('replacing by the defaults keeps the link of names that stay', () => {
    const items = draftReplacedBy(['Kontor', 'Garage'], STORED);
    expect(items.map((i) => i.original)).toEqual(['Kontor', null]);
    expect(renamesOf(items).size).toBe(0);
    expect(removedOf(items, STORED)).toEqual(['Trappa', 'Tvättstuga']);
  });
});
