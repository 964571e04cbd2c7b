/*
 * The last-moment copy of the form, for when the page goes away (reload, close, crash of the tab
 * after pagehide). IndexedDB cannot be trusted here: Chromium aborts every transaction that has
 * not finished when the page is torn down, so a save started in pagehide is usually lost.
 * localStorage is written synchronously, so it is. The next load lays this copy over the stored
 * values and saves them the normal way, which then removes it.
 */

const PREFIX = 'sam.pagehideDraft.';

interface Stored {
  /** Date.now() when the values were taken; a save that started later makes the copy stale. */
  at: number;
  values: unknown;
}

function isStored(value: unknown): value is Stored {
  return typeof value === 'object' && value !== null && 'at' in value && 'values' in value;
}

export function writePagehideDraft(followUpId: string, at: number, values: unknown): void {
  try {
    localStorage.setItem(PREFIX + followUpId, JSON.stringify({ at, values } satisfies Stored));
  } catch {
    // Storage full or disabled: the debounced save has kept all but the last half second.
  }
}

export function readPagehideDraft(followUpId: string): unknown {
  try {
    const raw = localStorage.getItem(PREFIX + followUpId);
    const parsed: unknown = raw === null ? undefined : JSON.parse(raw);
    return isStored(parsed) ? parsed.values : undefined;
  } catch {
    return undefined;
  }
}

/** Drops the copy once a save of values taken at `savedAt` or later has reached the database. */
export function clearPagehideDraft(followUpId: string, savedAt: number): void {
  try {
    const raw = localStorage.getItem(PREFIX + followUpId);
    if (raw === null) return;
    const parsed: unknown = JSON.parse(raw);
    if (!isStored(parsed) || parsed.at <= savedAt) localStorage.removeItem(PREFIX + followUpId);
  } catch {
    // Nothing to clear, or storage unavailable.
  }
}
