/**
 * The category lists being edited: pure list operations, validation, and what a save means for
 * the stored incidents (which keep the category's text). Each item remembers the stored name it
 * started from, so a rename can be told from a removal plus an addition.
 */

/** The two lists: places and causes ("skadeorsak/risk"). */
export type ListName = 'places' | 'causes';

export interface DraftItem {
  /** Stable while editing (React key, focus target); never stored. */
  key: string;
  name: string;
  /** The stored name this item started as; null for an item added in this session. */
  original: string | null;
}

export type ItemError = 'empty' | 'tooLong' | 'duplicate';
export type ListError = 'listEmpty' | 'listTooLong';

export interface ListCheck {
  items: Map<string, ItemError>;
  list: ListError | null;
}

/** The limits of incidentCategoriesSchema (useIncidentCategories.ts) and the incident schema. */
export const MAX_NAME_LENGTH = 100;
export const MAX_ITEMS = 100;

let counter = 0;
function nextKey(): string {
  counter += 1;
  return `c${counter}`;
}

/** The stored list as a draft. */
export function draftFrom(names: readonly string[]): DraftItem[] {
  return names.map((name) => ({ key: nextKey(), name, original: name }));
}

/** A list replaced by other names (the defaults): a name that is stored already keeps its link. */
export function draftReplacedBy(names: readonly string[], stored: readonly string[]): DraftItem[] {
  const kept = new Set(stored);
  return names.map((name) => ({ key: nextKey(), name, original: kept.has(name) ? name : null }));
}

export function addItem(items: readonly DraftItem[], name: string): DraftItem[] {
  return [...items, { key: nextKey(), name: name.trim(), original: null }];
}

export function renameItem(items: readonly DraftItem[], key: string, name: string): DraftItem[] {
  return items.map((item) => (item.key === key ? { ...item, name } : item));
}

export function removeItem(items: readonly DraftItem[], key: string): DraftItem[] {
  return items.filter((item) => item.key !== key);
}

/** Moves an item one step up (-1) or down (+1); at either end the list is returned unchanged. */
export function moveItem(items: readonly DraftItem[], key: string, step: -1 | 1): DraftItem[] {
  const from = items.findIndex((item) => item.key === key);
  const to = from + step;
  const moving = items[from];
  if (from < 0 || to < 0 || to >= items.length || !moving) return [...items];
  const out = items.filter((item) => item.key !== key);
  out.splice(to, 0, moving);
  return out;
}

/** Names compare without case and surrounding spaces: "Tvättstuga" and "tvättstuga " clash. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');
}

/** Why a new name cannot be added to the list, or null when it can. */
export function checkNewName(items: readonly DraftItem[], name: string): ItemError | null {
  if (name.trim() === '') return 'empty';
  if (name.trim().length > MAX_NAME_LENGTH) return 'tooLong';
  if (items.some((item) => sameName(item.name, name))) return 'duplicate';
  return null;
}

/** Every problem that stops a save: per item (the later of two equal names), and for the list. */
export function checkList(items: readonly DraftItem[]): ListCheck {
  const errors = new Map<string, ItemError>();
  items.forEach((item, index) => {
    const name = item.name.trim();
    if (name === '') errors.set(item.key, 'empty');
    else if (name.length > MAX_NAME_LENGTH) errors.set(item.key, 'tooLong');
    else if (items.slice(0, index).some((other) => sameName(other.name, name)))
      errors.set(item.key, 'duplicate');
  });
  const list: ListError | null =
    items.length === 0 ? 'listEmpty' : items.length > MAX_ITEMS ? 'listTooLong' : null;
  return { items: errors, list };
}

export function isValid(check: ListCheck): boolean {
  return check.items.size === 0 && check.list === null;
}

/** The names to store, in order. */
export function namesOf(items: readonly DraftItem[]): string[] {
  return items.map((item) => item.name.trim());
}

export function isChanged(items: readonly DraftItem[], stored: readonly string[]): boolean {
  const names = namesOf(items);
  return names.length !== stored.length || names.some((name, i) => name !== stored[i]);
}

/** Stored names that are given a new text: old → new. */
export function renamesOf(items: readonly DraftItem[]): Map<string, string> {
  const renames = new Map<string, string>();
  for (const item of items) {
    const name = item.name.trim();
    if (item.original !== null && name !== '' && name !== item.original)
      renames.set(item.original, name);
  }
  return renames;
}

/** Stored names that leave the list (neither kept nor renamed). */
export function removedOf(items: readonly DraftItem[], stored: readonly string[]): string[] {
  const still = new Set(items.map((item) => item.original));
  return stored.filter((name) => !still.has(name));
}
