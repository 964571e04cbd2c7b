import { describe, expect, it } from 'vitest';
import { luhnValid } from '@shared/incidents/personnummer';
import {
  maskPersonalData,
  personalDataFinding,
} from '../../../renderer/src/components/personal-data-guard';

describe('the personal-data guard behind PersonalDataField', () => {
  it('uses a Luhn-valid number (the one the e2e test types)', () => {
    expect(luhnValid('8112189876')).toBe(true);
  });

  it('finds nothing in text without numbers, dates or invalid numbers', () => {
    expect(personalDataFinding('Halkade i trappan vid entrén.')).toBeNull();
    expect(personalDataFinding('Hände 2025-03-14 kl. 14:30.')).toBeNull();
    expect(personalDataFinding('Fel nummer 811218-9875.')).toBeNull();
  });

  it('counts the numbers and tells samordningsnummer apart', () => {
    expect(personalDataFinding('Skadad: 811218-9876.', 2026)).toEqual({
      count: 1,
      coordination: false,
    });
    expect(personalDataFinding('811218-9876 och 19811218-9876', 2026)).toEqual({
      count: 2,
      coordination: false,
    });
    // Day 78 = the 18th + 60: a samordningsnummer; its check digit is computed here.
    const digits = '811278987';
    const check = [...Array(10).keys()].find((d) => luhnValid(`${digits}${d}`));
    expect(personalDataFinding(`Nummer 811278-987${check}`, 2026)).toEqual({
      count: 1,
      coordination: true,
    });
  });

  it('masks every number and says how many', () => {
    expect(maskPersonalData('Skadad: 811218-9876, vittne 19811218-9876.', 2026)).toEqual({
      text: 'Skadad: [personnummer borttaget], vittne [personnummer borttaget].',
      masked: 2,
    });
    expect(maskPersonalData('Inget här.', 2026)).toEqual({ text: 'Inget här.', masked: 0 });
  });
});
