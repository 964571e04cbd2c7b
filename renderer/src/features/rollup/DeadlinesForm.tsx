import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { ValidationError } from '../../data';
import { useWork } from '../../shell/WorkContext';
import { storeDeadlines, type Deadlines } from './useTracking';

/** The levels that report upward, and so have a deadline. */
type ReportingLevel = 1 | 2 | 3;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD ("2026-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * The year's last day for reporting, per level below the node. Only the installation that writes
 * for the node changes them; a date that is not one is refused with the level named, and nothing
 * is saved until every field is right.
 */
export function DeadlinesForm({
  node,
  year,
  deadlines,
  editable,
}: {
  node: OrgNode;
  year: number;
  deadlines: Deadlines;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { identity } = useWork();
  const levels = ([1, 2, 3] as const).filter((l) => l < node.level).reverse();
  const levelName = (level: ReportingLevel) => identity.levelNames[level - 1] ?? String(level);

  return (
    <section className="card" aria-labelledby="rollup-deadlines">
      <h2 id="rollup-deadlines">{t('rollup.deadlines.heading', { year })}</h2>
      <p className="help">{t('rollup.deadlines.help')}</p>
      {editable ? (
        <DeadlineFields
          key={year}
          year={year}
          levels={levels}
          levelName={levelName}
          initial={deadlines}
        />
      ) : (
        <>
          <dl className="rollup-facts">
            {levels.map((level) => (
              <div key={level}>
                <dt>{t('rollup.deadlines.level', { level: levelName(level) })}</dt>
                <dd>{deadlines[`${level}`] ?? t('rollup.deadlines.none')}</dd>
              </div>
            ))}
          </dl>
          <p className="help">{t('rollup.deadlines.readOnly')}</p>
        </>
      )}
    </section>
  );
}

function DeadlineFields({
  year,
  levels,
  levelName,
  initial,
}: {
  year: number;
  levels: readonly ReportingLevel[];
  levelName: (level: ReportingLevel) => string;
  initial: Deadlines;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<Record<number, string>>(() =>
    Object.fromEntries(levels.map((l) => [l, initial[`${l}`] ?? ''])),
  );
  // A date input whose text is not a date reports '' with validity.badInput: remember which.
  const [bad, setBad] = useState<Set<number>>(new Set());
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<string>('');

  async function save() {
    const problems = levels
      .filter((l) => bad.has(l) || (values[l] !== '' && !isIsoDate(values[l] ?? '')))
      .map((l) => t('rollup.deadlines.invalid', { level: levelName(l) }));
    setErrors(problems);
    setSaved('');
    if (problems.length > 0) return;
    const next: Deadlines = { ...initial };
    for (const l of levels) next[`${l}`] = values[l] || null;
    try {
      await storeDeadlines(year, next);
      setSaved(t('rollup.deadlines.saved', { year }));
    } catch (error) {
      // The repository names the level and what is wrong (a date, or the order of the levels).
      setErrors(
        error instanceof ValidationError
          ? error.issues.map((issue) => issue.message)
          : [t('rollup.deadlines.failed', { reason: String(error) })],
      );
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="rollup-deadlines">
        {levels.map((level) => (
          <div key={level} className="rollup-field">
            <label htmlFor={`${id}-${level}`}>
              {t('rollup.deadlines.level', { level: levelName(level) })}
            </label>
            <input
              id={`${id}-${level}`}
              type="date"
              value={values[level] ?? ''}
              aria-invalid={errors.length > 0 && bad.has(level) ? true : undefined}
              onChange={(e) => {
                const input = e.currentTarget;
                setValues({ ...values, [level]: input.value });
                const nextBad = new Set(bad);
                if (input.validity.badInput) nextBad.add(level);
                else nextBad.delete(level);
                setBad(nextBad);
              }}
            />
          </div>
        ))}
      </div>
      {errors.length > 0 ? (
        <div className="error-message" role="alert">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      ) : null}
      <p className="message-slot" role="status">
        {saved}
      </p>
      <p className="button-row">
        <button type="submit" className="button button-primary">
          {t('rollup.deadlines.save')}
        </button>
      </p>
    </form>
  );
}
