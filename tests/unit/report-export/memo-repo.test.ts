import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/src/data';
import { deleteMemo, getMemo, memoKey, saveMemo } from '../../../renderer/src/data/memo-repo';
import { defaultMemo } from '../../../renderer/src/features/report/export/memo';
import { useTestDb } from '../data/fixtures';
import { exportFixture } from './fixture';

describe('memo-repo', () => {
  const testDb = useTestDb();
  const memo = defaultMemo(exportFixture());

  it('stores the memo per node and year in the settings table', async () => {
    const db = testDb();
    expect(await getMemo(db, 'sof', 2026)).toBeUndefined();
    await saveMemo(db, 'sof', 2026, { ...memo, caseNumber: '  SN/2026:1  ' });
    expect((await db.settings.get('memo:sof:2026'))?.value).toMatchObject({
      caseNumber: 'SN/2026:1',
    });
    expect(await getMemo(db, 'sof', 2026)).toEqual({ ...memo, caseNumber: 'SN/2026:1' });
    expect(await getMemo(db, 'sof', 2025)).toBeUndefined();
    expect(await getMemo(db, 'barn', 2026)).toBeUndefined();
    await deleteMemo(db, 'sof', 2026);
    expect(await getMemo(db, 'sof', 2026)).toBeUndefined();
  });

  it('refuses an invalid memo in Swedish and stores nothing', async () => {
    const db = testDb();
    await expect(saveMemo(db, 'sof', 2026, { ...memo, proposal: '   ' })).rejects.toThrow(
      ValidationError,
    );
    await expect(saveMemo(db, 'sof', 2026, { ...memo, date: '2026-02-30' })).rejects.toThrow(
      /Ogiltigt datum/,
    );
    await expect(saveMemo(db, 'sof', 2026, { ...memo, proposal: '' })).rejects.toThrow(
      /Förslag till beslut saknas/,
    );
    expect(await db.settings.count()).toBe(0);
  });

  it('treats a stored value that no longer fits the schema as absent', async () => {
    const db = testDb();
    await db.settings.put({ key: memoKey('sof', 2026), value: { proposal: 1 } });
    expect(await getMemo(db, 'sof', 2026)).toBeUndefined();
  });
});
