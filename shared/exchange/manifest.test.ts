import { describe, expect, it } from 'vitest';
import { nestedEntryName, nestedFileName } from './manifest';

describe('nestedEntryName', () => {
  it('keeps plain ids and escapes everything else', () => {
    expect(nestedEntryName('enhetA')).toBe('packages/enhetA.samx');
    expect(nestedEntryName('3f2a-91c0.x')).toBe('packages/3f2a-91c0.x.samx');
    expect(nestedEntryName('a/b')).toBe('packages/a_2f_b.samx');
    expect(nestedEntryName('.dold')).toBe('packages/_.dold.samx');
  });

  it('gives distinct ids distinct names, all of which the reader accepts', () => {
    const ids = ['a/b', 'a_2f_b', 'a_b', 'a b', 'a_20_b', '..', '.', '_', '../x', 'a\\b', 'Å', 'å'];
    const names = ids.map(nestedEntryName);
    expect(new Set(names).size).toBe(ids.length);
    for (const name of names) expect(nestedFileName.safeParse(name).success, name).toBe(true);
  });
});
