import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validateRows, type KiaMapping } from '@shared/incidents/kia';
import type { Incident } from '@shared/schemas';
import { IssueList } from './IssueList';
import { PreviewSummary } from './PreviewSummary';
import { SampleRows } from './SampleRows';
import { FileLine } from './FileLine';
import { StepButtons } from './StepButtons';
import type { LoadedFile } from './useKiaImport';
import { useStoredExternalIds } from './useStoredExternalIds';
import { useFormatCount } from './useFormatCount';
import type { ValueContext } from './value-resolution';

/**
 * Step 4: the whole file checked with the mapping, nothing written yet: the counts, every row
 * that will not be imported and why, personnummer found in free text (masked or not), a sample of
 * what will be stored, and the import button.
 */
export function PreviewStep({
  file,
  mapping,
  context,
  mask,
  unitName,
  onMask,
  onBack,
  onImport,
  onCancel,
}: {
  file: LoadedFile;
  mapping: KiaMapping;
  context: ValueContext;
  mask: boolean;
  unitName: (id: string) => string;
  onMask: (mask: boolean) => void;
  onBack: () => void;
  onImport: (incidents: readonly Incident[], skipped: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const format = useFormatCount();
  const result = useMemo(
    () =>
      validateRows(file.table, mapping, context.units, {
        places: context.places,
        causes: context.causes,
        maskIdentityNumbers: mask,
      }),
    [file.table, mapping, context.units, context.places, context.causes, mask],
  );
  const ids = useMemo(
    () => result.valid.flatMap((incident) => incident.externalId ?? []),
    [result.valid],
  );
  const stored = useStoredExternalIds(ids);
  const errorRows = new Set(result.errors.map((issue) => issue.row)).size;
  const dates = result.valid.map((incident) => incident.date).sort();
  const count = result.valid.length;

  const importButton =
    result.problems.length === 0 && count > 0 ? (
      <button
        type="button"
        className="button button-primary"
        onClick={() => onImport(result.valid, errorRows)}
      >
        {t('incidents.kiaImport.preview.import', { count, n: format(count) })}
      </button>
    ) : null;

  return (
    <>
      <FileLine file={file} />

      {result.problems.length > 0 ? (
        <div role="alert" className="error-message">
          <p>
            <strong>{t('incidents.kiaImport.preview.problemsHeading')}</strong>
          </p>
          <ul>
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <PreviewSummary
            rows={file.table.rows.length}
            valid={count}
            alreadyImported={stored?.size}
            withErrors={errorRows}
          />
          {count > 0 ? (
            <p>
              {t('incidents.kiaImport.preview.period', {
                from: dates[0],
                to: dates.at(-1),
              })}{' '}
              {stored && stored.size > 0 ? t('incidents.kiaImport.preview.updateNote') : null}
            </p>
          ) : (
            <p className="kia-open">{t('incidents.kiaImport.preview.nothingToImport')}</p>
          )}

          <section className="kia-block" aria-labelledby={`${baseId}-errors`}>
            <h3 id={`${baseId}-errors`}>
              {errorRows > 0
                ? t('incidents.kiaImport.preview.errorsHeading', {
                    count: errorRows,
                    n: format(errorRows),
                  })
                : t('incidents.kiaImport.preview.noErrors')}
            </h3>
            {errorRows > 0 ? (
              <>
                <p className="help">{t('incidents.kiaImport.preview.errorsHelp')}</p>
                <IssueList
                  issues={result.errors}
                  label={t('incidents.kiaImport.preview.errorsLabel')}
                />
              </>
            ) : null}
          </section>

          {result.warnings.length > 0 ? (
            <section className="kia-block" aria-labelledby={`${baseId}-warnings`}>
              <h3 id={`${baseId}-warnings`}>
                {t('incidents.kiaImport.preview.warningsHeading', {
                  count: result.warnings.length,
                })}
              </h3>
              <p className="help">{t('incidents.kiaImport.preview.warningsHelp')}</p>
              <label className="kia-check">
                <input
                  type="checkbox"
                  checked={mask}
                  onChange={(event) => onMask(event.target.checked)}
                />
                {t('incidents.kiaImport.preview.mask')}
              </label>
              <IssueList
                issues={result.warnings}
                label={t('incidents.kiaImport.preview.warningsLabel')}
              />
            </section>
          ) : null}

          {count > 0 ? (
            <section className="kia-block" aria-labelledby={`${baseId}-sample`}>
              <h3 id={`${baseId}-sample`}>{t('incidents.kiaImport.preview.sampleHeading')}</h3>
              <SampleRows incidents={result.valid} rows={result.validRows} unitName={unitName} />
            </section>
          ) : null}
        </>
      )}
      <StepButtons onBack={onBack} onCancel={onCancel} primary={importButton} />
    </>
  );
}
