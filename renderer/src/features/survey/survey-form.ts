import type { Survey } from '@shared/schemas';
import { formatFixed, formatNumber } from '@shared/format';
import {
  HME_ITEMS,
  fromDistribution,
  hmeFromMeans,
  hmeOfSurvey,
  type Distribution,
  type HmeResult,
} from '@shared/survey/hme';
import { parseDecimal } from '@shared/survey/csv-import';
import type { SurveyInput } from '../../data';

/**
 * The manual entry form as plain data: the fields as typed, their checks, what they compute to
 * (item means from distributions, sub-indices and HME) and the row they save as.
 */

export type EntryMode = 'means' | 'distribution';

export interface SurveyFormState {
  responseRate: string;
  totalIndex: string;
  hme: string;
  mode: EntryMode;
  /** Nine means as typed, in HME_ITEMS order. */
  means: string[];
  /** Nine rows of five counts as typed. */
  counts: string[][];
}

export type FieldError =
  | { key: 'notNumber' }
  | { key: 'notCount' }
  | { key: 'range'; min: number; max: number }
  | { key: 'empty' };

export interface FormCheck {
  /** By field name: responseRate, totalIndex, hme, mean-<i>, count-<i>-<v>, form. */
  errors: Map<string, FieldError>;
  /** The nine means the form gives (null where not given or not valid). */
  means: (number | null)[];
  /** Per question in distribution mode: n, mean, index (null without answers). */
  results: (ReturnType<typeof fromDistribution> | null)[];
  computed: HmeResult;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function emptyForm(): SurveyFormState {
  return {
    responseRate: '',
    totalIndex: '',
    hme: '',
    mode: 'means',
    means: HME_ITEMS.map(() => ''),
    counts: HME_ITEMS.map(() => ['', '', '', '', '']),
  };
}

const show = (value: number | null, decimals: number) =>
  value === null ? '' : formatNumber(value, decimals).replace(/\s/g, '');

/**
 * The stored survey back in the form (means with two decimals; no distribution is stored). An
 * HME that equals the one computed from the stored means is left empty, so that it is computed
 * again when a mean is changed rather than kept stale.
 */
export function formFromSurvey(survey: Survey | undefined): SurveyFormState {
  const form = emptyForm();
  if (!survey) return form;
  form.responseRate = show(survey.responseRate, 2);
  form.totalIndex = show(survey.totalIndex, 2);
  const computed = hmeOfSurvey(survey).total;
  const wasComputed = computed !== null && survey.hme === round2(computed);
  form.hme = wasComputed ? '' : show(survey.hme, 2);
  form.means = HME_ITEMS.map((item) => {
    const mean = survey.items.find((i) => i.key === item.key)?.mean ?? null;
    return mean === null ? '' : formatFixed(mean);
  });
  return form;
}

export function checkForm(form: SurveyFormState): FormCheck {
  const errors = new Map<string, FieldError>();
  const number = (field: string, raw: string, min: number, max: number): number | null => {
    const value = parseDecimal(raw);
    if (value === null) return null;
    if (Number.isNaN(value)) errors.set(field, { key: 'notNumber' });
    else if (value < min || value > max) errors.set(field, { key: 'range', min, max });
    else return value;
    return null;
  };
  const responseRate = number('responseRate', form.responseRate, 0, 100);
  const totalIndex = number('totalIndex', form.totalIndex, 0, 100);
  const hme = number('hme', form.hme, 0, 100);

  let means: (number | null)[];
  const results: FormCheck['results'] = HME_ITEMS.map(() => null);
  if (form.mode === 'means') {
    means = form.means.map((raw, i) => number(`mean-${i}`, raw, 1, 5));
  } else {
    means = form.counts.map((row, i) => {
      const values = row.map((raw, v) => {
        const text = raw.trim();
        if (text === '') return 0;
        if (!/^\d+$/.test(text)) {
          errors.set(`count-${i}-${v}`, { key: 'notCount' });
          return Number.NaN;
        }
        return Number(text);
      });
      if (values.some(Number.isNaN)) return null;
      const result = fromDistribution(values as unknown as Distribution);
      results[i] = result;
      return result ? result.mean : null;
    });
  }
  const given = [responseRate, totalIndex, hme, ...means];
  if (errors.size === 0 && given.every((v) => v === null)) errors.set('form', { key: 'empty' });
  const computed = hmeFromMeans(new Map(HME_ITEMS.map((item, i) => [item.key, means[i] ?? null])));
  return { errors, means, results, computed };
}

/** The row to save, or null while the form has errors. */
export function toSurveyInput(
  form: SurveyFormState,
  check: FormCheck,
  nodeId: string,
  year: number,
): SurveyInput | null {
  if (check.errors.size > 0) return null;
  const explicitHme = parseDecimal(form.hme);
  const computedHme = check.computed.total === null ? null : round2(check.computed.total);
  return {
    nodeId,
    year,
    responseRate: parseDecimal(form.responseRate),
    totalIndex: parseDecimal(form.totalIndex),
    hme: explicitHme ?? computedHme,
    items: HME_ITEMS.map((item, i) => {
      const mean = check.means[i] ?? null;
      return { key: item.key, label: item.label, mean: mean === null ? null : round2(mean) };
    }),
  };
}
