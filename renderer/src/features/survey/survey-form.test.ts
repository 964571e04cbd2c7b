import { describe, expect, it } from 'vitest';
import { HME_ITEMS } from '@shared/survey/hme';
import { checkForm, emptyForm, formFromSurvey, toSurveyInput } from './survey-form';

const MEANS = ['4,46', '4,10', '4,02', '4,18', '4,42', '4,41', '4,26', '3,90', '4,34'];

describe('survey form', () => {
  it('computes HME from typed means and stores it with two decimals', () => {
    const form = { ...emptyForm(), responseRate: '93', means: MEANS };
    const check = checkForm(form);
    expect(check.errors.size).toBe(0);
    expect(check.computed.total).toBeCloseTo(727.25 / 9, 10);
    const row = toSurveyInput(form, check, 'sof', 2025);
    expect(row?.hme).toBe(80.81);
    expect(row?.responseRate).toBe(93);
    expect(row?.totalIndex).toBeNull();
    expect(row?.items.map((i) => i.mean)).toEqual([
      4.46, 4.1, 4.02, 4.18, 4.42, 4.41, 4.26, 3.9, 4.34,
    ]);
  });

  it('keeps a typed HME over the computed one', () => {
    const form = { ...emptyForm(), hme: '81', means: MEANS };
    expect(toSurveyInput(form, checkForm(form), 'sof', 2025)?.hme).toBe(81);
  });

  it('computes means from distributions: (75 + 8 × 62,5) / 9 = 63,89', () => {
    const form = {
      ...emptyForm(),
      mode: 'distribution' as const,
      counts: HME_ITEMS.map((_, i) =>
        i === 0 ? ['1', '2', '3', '4', '10'] : ['', '', '1', '1', ''],
      ),
    };
    const check = checkForm(form);
    expect(check.results[0]).toEqual({ n: 20, mean: 4, index: 75 });
    expect(check.computed.subIndices.motivation).toBeCloseTo(200 / 3, 10);
    const row = toSurveyInput(form, check, 'sof', 2024);
    expect(row?.hme).toBe(63.89);
    expect(row?.items[1]?.mean).toBe(3.5);
  });

  it('names each bad field and refuses an empty form', () => {
    const bad = {
      ...emptyForm(),
      responseRate: '101',
      totalIndex: 'sju',
      means: MEANS.map((m, i) => (i === 2 ? '5,5' : m)),
    };
    const check = checkForm(bad);
    expect(Object.fromEntries(check.errors)).toEqual({
      responseRate: { key: 'range', min: 0, max: 100 },
      totalIndex: { key: 'notNumber' },
      'mean-2': { key: 'range', min: 1, max: 5 },
    });
    expect(toSurveyInput(bad, check, 'sof', 2025)).toBeNull();
    const counts = checkForm({
      ...emptyForm(),
      mode: 'distribution',
      counts: HME_ITEMS.map(() => ['1,5', '', '', '', '']),
    });
    expect(counts.errors.get('count-0-0')).toEqual({ key: 'notCount' });
    expect(Object.fromEntries(checkForm(emptyForm()).errors)).toEqual({ form: { key: 'empty' } });
  });

  it('reloads a stored survey; an HME equal to the computed one comes back empty', () => {
    const items = HME_ITEMS.map((item, i) => ({
      key: item.key,
      label: item.label,
      mean: [4.46, 4.1, 4.02, 4.18, 4.42, 4.41, 4.26, 3.9, 4.34][i] ?? null,
    }));
    const base = {
      id: 'mu-sof-2025',
      nodeId: 'sof',
      year: 2025,
      responseRate: 92.5,
      totalIndex: 78,
    };
    const computed = formFromSurvey({ ...base, hme: 80.81, items });
    expect(computed.hme).toBe('');
    expect(computed.responseRate).toBe('92,5');
    expect(computed.means[1]).toBe('4,10');
    expect(formFromSurvey({ ...base, hme: 81, items }).hme).toBe('81');
  });
});
