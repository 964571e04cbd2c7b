import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearPagehideDraft,
  readPagehideDraft,
  writePagehideDraft,
} from '../../../renderer/src/features/checklist/pagehide-draft';

/** The Storage API over a Map: unit tests run in Node, where there is no localStorage. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('the pagehide copy of the form', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('gives back what was written, per follow-up', () => {
    writePagehideDraft('fu-1', 1000, { staffCount: 'tolv' });
    expect(readPagehideDraft('fu-1')).toEqual({ staffCount: 'tolv' });
    expect(readPagehideDraft('fu-2')).toBeUndefined();
  });

  it('is removed by a save of values taken at the same time or later, not by an older one', () => {
    writePagehideDraft('fu-1', 1000, { manager: 'Anna' });
    clearPagehideDraft('fu-1', 999);
    expect(readPagehideDraft('fu-1')).toEqual({ manager: 'Anna' });
    clearPagehideDraft('fu-1', 1000);
    expect(readPagehideDraft('fu-1')).toBeUndefined();
  });

  it('ignores a damaged entry and survives storage that throws', () => {
    localStorage.setItem('sam.pagehideDraft.fu-1', '{trasig');
    expect(readPagehideDraft('fu-1')).toBeUndefined();
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('avstängt');
      },
      setItem: () => {
        throw new Error('fullt');
      },
    });
    expect(() => writePagehideDraft('fu-1', 1, {})).not.toThrow();
    expect(readPagehideDraft('fu-1')).toBeUndefined();
    expect(() => clearPagehideDraft('fu-1', 1)).not.toThrow();
  });
});
