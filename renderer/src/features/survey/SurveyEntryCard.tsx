import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey } from '@shared/schemas';
import { formatFixed, formatNumber } from '@shared/format';
import { HME_ITEMS, SUB_INDICES } from '@shared/survey/hme';
import { getDb, saveNodeSurvey } from '../../data';
import {
  checkForm,
  formFromSurvey,
  toSurveyInput,
  type FieldError,
  type SurveyFormState,
} from './survey-form';

const ANSWERS = [1, 2, 3, 4, 5] as const;
const one = (value: number) => formatNumber(value, 1);

/**
 * Manual entry of one node's survey for a year: the tool's figures, the nine questions as means
 * or as answer distributions (means, sub-indices and HME computed and shown while typing).
 */
export function SurveyEntryCard({
  nodeId,
  nodeName,
  years,
  surveys,
}: {
  nodeId: string;
  nodeName: string;
  /** Selectable survey years, newest first (the first is the default). */
  years: number[];
  surveys: Survey[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorSummaryId = useId();
  const [year, setYear] = useState(years[0] ?? 2000);
  const stored = surveys.find((s) => s.year === year);
  const [form, setForm] = useState<SurveyFormState>(() => formFromSurvey(stored));
  const [loadedFor, setLoadedFor] = useState(`${nodeId}:${year}:${stored?.id ?? ''}`);
  const [submitted, setSubmitted] = useState(false);
  const [message, setMessage] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);

  // A different node or year (or the row arriving from the database) reloads the form.
  const key = `${nodeId}:${year}:${stored?.id ?? ''}`;
  if (key !== loadedFor) {
    setLoadedFor(key);
    setForm(formFromSurvey(stored));
    setSubmitted(false);
  }

  const check = checkForm(form);
  const errorText = (error: FieldError | undefined) =>
    error ? t(`survey.entry.errors.${error.key}`, error) : undefined;
  const fieldError = (field: string) =>
    submitted ? errorText(check.errors.get(field)) : undefined;
  const update = (patch: (f: SurveyFormState) => Partial<SurveyFormState>) => {
    setMessage(null);
    setForm((f) => ({ ...f, ...patch(f) }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setMessage(null);
    const input = toSurveyInput(form, check, nodeId, year);
    if (!input) {
      document.getElementById(errorSummaryId)?.focus();
      return;
    }
    try {
      await saveNodeSurvey(getDb(), input);
      setMessage({ kind: 'status', text: t('survey.entry.saved', { year, node: nodeName }) });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text: t('survey.entry.failed', { message: text }) });
    }
  };

  const textField = (
    field: 'responseRate' | 'totalIndex' | 'hme',
    label: string,
    hint?: string,
  ) => {
    const id = `survey-${field}`;
    const error = fieldError(field);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div className={`org-field${error ? ' org-field-invalid' : ''}`}>
        <label htmlFor={id} className="org-label">
          {label}
        </label>
        <input
          id={id}
          inputMode="decimal"
          value={form[field]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            const value = e.target.value;
            update(() => ({ [field]: value }));
          }}
        />
        {hint ? (
          <span id={`${id}-hint`} className="org-hint">
            {hint}
          </span>
        ) : null}
        {error ? (
          <span id={`${id}-error`} className="org-error">
            {error}
          </span>
        ) : null}
      </div>
    );
  };

  const errorCount = submitted ? check.errors.size : 0;
  const formError = fieldError('form');

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('survey.entry.heading')}</h2>
      <p className="help">{t('survey.entry.help')}</p>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className="org-grid org-grid-4">
          <div className="org-field">
            <label htmlFor="survey-year" className="org-label">
              {t('survey.entry.year')}
            </label>
            <select
              id="survey-year"
              value={year}
              aria-describedby="survey-year-hint"
              onChange={(e) => {
                setMessage(null);
                setYear(Number(e.target.value));
              }}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {t('survey.entry.yearOption', { year: y })}
                </option>
              ))}
            </select>
            <span id="survey-year-hint" className="org-hint">
              {t('survey.entry.yearHint')}
            </span>
          </div>
          {textField('responseRate', t('survey.entry.responseRate'))}
          {textField('totalIndex', t('survey.entry.totalIndex'))}
          {textField('hme', t('survey.entry.hme'), t('survey.entry.hmeHint'))}
        </div>

        <fieldset className="org-fieldset">
          <legend>{t('survey.entry.mode')}</legend>
          <div className="radio-group">
            {(['means', 'distribution'] as const).map((mode) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  name="survey-mode"
                  value={mode}
                  checked={form.mode === mode}
                  onChange={() => update(() => ({ mode }))}
                />
                {mode === 'means'
                  ? t('survey.entry.modeMeans')
                  : t('survey.entry.modeDistribution')}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="survey-table-wrap">
          <table className="survey-table">
            <caption>{t('survey.entry.itemsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('survey.entry.number')}</th>
                <th scope="col">{t('survey.entry.question')}</th>
                {form.mode === 'means' ? (
                  <th scope="col">{t('survey.entry.mean')}</th>
                ) : (
                  <>
                    {ANSWERS.map((v) => (
                      <th scope="col" key={v}>
                        {t('survey.entry.answers', { value: v })}
                      </th>
                    ))}
                    <th scope="col">{t('survey.entry.result')}</th>
                  </>
                )}
              </tr>
            </thead>
            <tbody>
              {HME_ITEMS.map((item, i) => {
                const number = i + 1;
                const result = check.results[i];
                return (
                  <tr key={item.key}>
                    <td>{number}</td>
                    <th scope="row">{item.label}</th>
                    {form.mode === 'means' ? (
                      <td>
                        <MeanInput
                          index={i}
                          value={form.means[i] ?? ''}
                          label={t('survey.entry.meanLabel', { number })}
                          error={fieldError(`mean-${i}`)}
                          onChange={(value) =>
                            update((f) => ({ means: f.means.map((m, j) => (j === i ? value : m)) }))
                          }
                        />
                      </td>
                    ) : (
                      <>
                        {ANSWERS.map((v, k) => {
                          const error = fieldError(`count-${i}-${k}`);
                          return (
                            <td key={v}>
                              <input
                                className="survey-count"
                                inputMode="numeric"
                                aria-label={t('survey.entry.countLabel', { number, value: v })}
                                aria-invalid={error ? true : undefined}
                                aria-describedby={
                                  error ? `survey-count-${i}-${k}-error` : undefined
                                }
                                value={form.counts[i]?.[k] ?? ''}
                                onChange={(e) => {
                                  const value = e.target.value;
                                  update((f) => ({
                                    counts: f.counts.map((row, j) =>
                                      j === i ? row.map((c, m) => (m === k ? value : c)) : row,
                                    ),
                                  }));
                                }}
                              />
                              {error ? (
                                <span id={`survey-count-${i}-${k}-error`} className="org-error">
                                  {error}
                                </span>
                              ) : null}
                            </td>
                          );
                        })}
                        <td className="survey-result">
                          {result
                            ? t('survey.entry.resultText', {
                                n: result.n,
                                mean: formatFixed(result.mean),
                                index: one(result.index),
                              })
                            : t('survey.entry.noAnswers')}
                        </td>
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>

        <section className="survey-computed" aria-labelledby={`${headingId}-computed`}>
          <h3 id={`${headingId}-computed`}>{t('survey.entry.computedHeading')}</h3>
          <dl>
            {SUB_INDICES.map((sub) => {
              const value = check.computed.subIndices[sub.key];
              return (
                <div key={sub.key}>
                  <dt>{t(`survey.subIndices.${sub.key}`)}</dt>
                  <dd data-testid={`computed-${sub.key}`}>
                    {value === null ? t('survey.entry.computedMissing') : one(value)}
                  </dd>
                </div>
              );
            })}
            <div>
              <dt>{t('survey.entry.hmeComputed')}</dt>
              <dd data-testid="computed-hme">
                {check.computed.total === null
                  ? t('survey.entry.computedMissingAll')
                  : one(check.computed.total)}
              </dd>
            </div>
          </dl>
        </section>

        <div id={errorSummaryId} tabIndex={-1} role="alert" className="message-slot">
          {errorCount > 0 ? (
            <p className="error-message">
              {formError ?? t('survey.entry.fixErrors', { count: errorCount })}
            </p>
          ) : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('survey.entry.save')}
          </button>
        </div>
        <div role="status" className="message-slot">
          {message?.kind === 'status' ? message.text : null}
        </div>
        <div role="alert" className="message-slot">
          {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
        </div>
      </form>
    </section>
  );
}

function MeanInput({
  index,
  value,
  label,
  error,
  onChange,
}: {
  index: number;
  value: string;
  label: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const errorId = `survey-mean-${index}-error`;
  return (
    <>
      <input
        className="survey-mean"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <span id={errorId} className="org-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
