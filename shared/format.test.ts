import { describe, expect, it } from 'vitest';
import { formatFixed, formatNumber, formatPercent } from './format';

describe('format', () => {
  it('writes percentages and numbers the sv-SE way', () => {
    expect(formatPercent(15 / 28)).toBe('53,57\u00a0%');
    expect(formatNumber(20000)).toBe('20\u00a0000');
    expect(formatNumber(3.5, 1)).toBe('3,5');
  });

  it('writes survey means with exactly two decimals', () => {
    expect(formatFixed(3.5)).toBe('3,50');
    expect(formatFixed(4)).toBe('4,00');
    expect(formatFixed(2.345, 2)).toBe('2,35');
    expect(formatFixed(3.5, 2, 'en-GB')).toBe('3.50');
  });
});
