import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '@shared/schemas';
import { INCIDENT_TYPE_COLOURS } from '../../../renderer/src/components/charts/incident-type-colours';

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

describe('INCIDENT_TYPE_COLOURS', () => {
  it('has one distinct colour per type', () => {
    const colours = INCIDENT_TYPES.map((type) => INCIDENT_TYPE_COLOURS[type]);
    expect(colours.every((colour) => /^#[0-9a-f]{6}$/.test(colour))).toBe(true);
    expect(new Set(colours).size).toBe(INCIDENT_TYPES.length);
  });

  it.each(INCIDENT_TYPES)('%s stands out 3:1 from white and the page background', (type) => {
    const colour = INCIDENT_TYPE_COLOURS[type];
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, '#f3f5f7')).toBeGreaterThanOrEqual(3);
  });

  it('computes contrast the WCAG way (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
