import { describe, expect, it } from 'vitest';
import {
  fromFormValues,
  incidentFormSchema,
  normaliseTime,
  toFormValues,
  type IncidentFormInput,
} from '../../../renderer/src/features/incidents/log/incident-form-schema';
import { incident } from '../data/fixtures';

const messages = {
  typeRequired: 'typ',
  dateFormat: 'format',
  dateInvalid: 'kalender',
  dateFuture: 'framtid',
  timeFormat: 'tid',
  unitRequired: 'enhet',
  descriptionRequired: 'beskrivning',
  tooLong: (max: number) => `lång ${max}`,
  reportBeforeEvent: 'före',
  reportFuture: 'anmälan framtid',
  cannotClose: (missing: readonly string[]) => `stäng ${missing.join('+')}`,
};
const schema = incidentFormSchema(messages, '2026-03-10');

const valid: IncidentFormInput = {
  ...toFormValues(undefined, 'enhetA'),
  type: 'olycksfall',
  date: '2025-12-30',
  description: 'Föll från stegen.',
};

/** The messages by field, or {} when the values pass. */
function problems(values: Partial<IncidentFormInput>): Record<string, string> {
  const result = schema.safeParse({ ...valid, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the incident form schema', () => {
  it('accepts a complete incident', () => {
    expect(problems({})).toEqual({});
  });

  it('requires type, unit, date and description', () => {
    expect(problems({ type: '', nodeId: '', date: '', description: '  ' })).toEqual({
      type: 'typ',
      nodeId: 'enhet',
      date: 'format',
      description: 'beskrivning',
    });
  });

  it('refuses dates that do not exist or lie in the future', () => {
    expect(problems({ date: '2025-02-29' })).toEqual({ date: 'kalender' });
    expect(problems({ date: '2024-02-29' })).toEqual({});
    expect(problems({ date: '2025-3-1' })).toEqual({ date: 'format' });
    expect(problems({ date: '2026-03-10' })).toEqual({});
    expect(problems({ date: '2026-03-11' })).toEqual({ date: 'framtid' });
  });

  it('takes the time of day in the usual notations', () => {
    expect(normaliseTime('9:05')).toBe('09:05');
    expect(normaliseTime('09.05')).toBe('09:05');
    expect(normaliseTime(' 23:59 ')).toBe('23:59');
    expect(normaliseTime('24:00')).toBeNull();
    expect(normaliseTime('12:60')).toBeNull();
    expect(normaliseTime('klockan tolv')).toBeNull();
    expect(problems({ time: '25:00' })).toEqual({ time: 'tid' });
  });

  it('checks report dates against the calendar, today and the event', () => {
    expect(problems({ reportedToAV: '2025-12-29' })).toEqual({ reportedToAV: 'före' });
    expect(problems({ reportedToFK: '2026-03-11' })).toEqual({ reportedToFK: 'anmälan framtid' });
    expect(problems({ reportedToFK: '2025-13-01' })).toEqual({ reportedToFK: 'kalender' });
  });

  it('refuses status avslutad while a required report is missing', () => {
    const closing = { status: 'avslutad' as const, serious: true };
    expect(problems(closing)).toEqual({ status: 'stäng av+fk' });
    expect(problems({ ...closing, reportedToAV: '2025-12-30' })).toEqual({ status: 'stäng fk' });
    // A report date that is not a date does not count as recorded.
    expect(problems({ ...closing, reportedToAV: '2025-12-30', reportedToFK: 'igår' })).toEqual({
      reportedToFK: 'format',
      status: 'stäng fk',
    });
    expect(
      problems({ ...closing, reportedToAV: '2025-12-30', reportedToFK: '2025-12-31' }),
    ).toEqual({});
    expect(problems({ ...closing, type: 'tillbud', reportedToAV: '2025-12-30' })).toEqual({});
    expect(problems({ status: 'avslutad' })).toEqual({});
  });

  it('turns empty choices into null and keeps what the form does not show', () => {
    const parsed = schema.parse({ ...valid, time: '7.05' });
    expect(
      fromFormValues(parsed, {
        id: 'x',
        createdAt: '2026-01-01T00:00:00.000Z',
        externalId: 'kia:1',
      }),
    ).toEqual({
      id: 'x',
      createdAt: '2026-01-01T00:00:00.000Z',
      externalId: 'kia:1',
      nodeId: 'enhetA',
      type: 'olycksfall',
      date: '2025-12-30',
      time: '07:05',
      placeCategory: null,
      causeCategory: null,
      description: 'Föll från stegen.',
      immediateMeasures: '',
      investigation: '',
      serious: false,
      reportedToAV: null,
      reportedToFK: null,
      status: 'ny',
    });
  });

  it('round-trips a stored incident through the form', () => {
    const stored = incident({
      id: 'inc',
      type: 'olycksfall',
      time: '14:30',
      placeCategory: 'Kontor',
      serious: true,
      reportedToAV: '2025-05-01',
      reportedToFK: '2025-05-02',
      status: 'avslutad',
      externalId: 'kia:7',
    });
    const parsed = schema.parse(toFormValues(stored, 'annan'));
    expect(fromFormValues(parsed, stored)).toEqual(stored);
  });
});
