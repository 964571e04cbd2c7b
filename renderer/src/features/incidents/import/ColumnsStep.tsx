import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KIA_FIELDS, type KiaField, type KiaMapping } from '@shared/incidents/kia';
import type { OrgNode } from '@shared/schemas';
import {
  columnProblems,
  isRequired,
  sampleValues,
  unusedColumns,
  withColumn,
} from './import-model';
import { FileLine } from './FileLine';
import { StepButtons } from './StepButtons';
import type { LoadedFile } from './useKiaImport';

/** Step 2: which column holds which field, prefilled, with a few values of each chosen column. */
export function ColumnsStep({
  file,
  mapping,
  remembered,
  units,
  onChange,
  onBack,
  onNext,
  onCancel,
}: {
  file: LoadedFile;
  mapping: KiaMapping;
  remembered: boolean;
  units: readonly OrgNode[];
  onChange: (mapping: KiaMapping) => void;
  onBack: () => void;
  onNext: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const problemsRef = useRef<HTMLDivElement>(null);
  const [tried, setTried] = useState(false);
  const { headers } = file.table;
  const { problems, shared } = columnProblems(file.table, mapping);
  const blocking = problems.length + shared.length > 0;
  const unused = unusedColumns(headers, mapping);
  const fieldName = (field: KiaField) => t(`incidents.kiaImport.fields.${field}`);

  const next = () => {
    if (!blocking) {
      onNext();
      return;
    }
    setTried(true);
    // After the alert has rendered: it is where the user must look.
    requestAnimationFrame(() => problemsRef.current?.focus());
  };

  const help = (field: KiaField): string | null => {
    if (field === 'externalId') return t('incidents.kiaImport.columns.externalIdHelp');
    if (field === 'unit') return t('incidents.kiaImport.columns.unitHelp');
    return null;
  };

  return (
    <>
      <FileLine file={file} />
      <p>{t('incidents.kiaImport.columns.help')}</p>
      <p className="kia-notice">
        {remembered
          ? t('incidents.kiaImport.columns.remembered')
          : t('incidents.kiaImport.columns.suggested')}
      </p>
      <table className="kia-table kia-columns">
        <caption className="visually-hidden">{t('incidents.kiaImport.columns.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('incidents.kiaImport.columns.field')}</th>
            <th scope="col">{t('incidents.kiaImport.columns.column')}</th>
            <th scope="col">{t('incidents.kiaImport.columns.examples')}</th>
          </tr>
        </thead>
        <tbody>
          {KIA_FIELDS.map((field) => {
            const selectId = `${baseId}-${field}`;
            const header = mapping.columns[field];
            const examples = header === undefined ? [] : sampleValues(file.table, header);
            const fieldHelp = help(field);
            const required = isRequired(field);
            return (
              <tr key={field}>
                <th scope="row">
                  <label htmlFor={selectId}>
                    {fieldName(field)}
                    {required ? (
                      <>
                        <span className="kia-required" aria-hidden="true">
                          {' *'}
                        </span>
                        <span className="visually-hidden">
                          {` (${t('incidents.kiaImport.columns.required')})`}
                        </span>
                      </>
                    ) : null}
                  </label>
                  {fieldHelp ? (
                    <span id={`${selectId}-help`} className="kia-field-help">
                      {fieldHelp}
                    </span>
                  ) : null}
                </th>
                <td>
                  <select
                    id={selectId}
                    value={header ?? ''}
                    aria-describedby={
                      [fieldHelp ? `${selectId}-help` : '', header ? `${selectId}-ex` : '']
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                    onChange={(event) =>
                      onChange(withColumn(mapping, field, event.target.value || undefined))
                    }
                  >
                    <option value="">{t('incidents.kiaImport.columns.notUsed')}</option>
                    {headers.map((heading) => (
                      <option key={heading} value={heading}>
                        {heading}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {header === undefined ? null : (
                    <div id={`${selectId}-ex`} className="kia-examples">
                      {examples.length === 0
                        ? t('incidents.kiaImport.columns.noExamples')
                        : examples.map((value) => (
                            <span key={value} className="kia-example">
                              {value}
                            </span>
                          ))}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {mapping.columns.unit === undefined ? (
        <div className="kia-default-unit">
          <label htmlFor={`${baseId}-default-unit`}>
            {t('incidents.kiaImport.columns.defaultUnit')}
          </label>
          <p id={`${baseId}-default-unit-help`} className="help">
            {t('incidents.kiaImport.columns.defaultUnitHelp')}
          </p>
          <select
            id={`${baseId}-default-unit`}
            aria-describedby={`${baseId}-default-unit-help`}
            value={mapping.defaultUnitId ?? ''}
            onChange={(event) =>
              onChange({ ...mapping, defaultUnitId: event.target.value || null })
            }
          >
            <option value="">{t('incidents.kiaImport.columns.chooseUnit')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      <p className="help">
        {unused.length === 0
          ? t('incidents.kiaImport.columns.allUsed')
          : t('incidents.kiaImport.columns.unused', { columns: unused.join(', ') })}
      </p>

      <div role="alert" className="message-slot">
        {tried && blocking ? (
          <div className="error-message" ref={problemsRef} tabIndex={-1}>
            <p>
              <strong>{t('incidents.kiaImport.columns.problemsHeading')}</strong>
            </p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
              {shared.map(({ column, first, second }) => (
                <li key={`${column}-${second}`}>
                  {t('incidents.kiaImport.columns.sameColumn', {
                    column,
                    first: fieldName(first),
                    second: fieldName(second),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <StepButtons onBack={onBack} onNext={next} onCancel={onCancel} />
    </>
  );
}
