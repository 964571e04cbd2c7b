import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctValues, type KiaMapping, type SourceTable } from '@shared/incidents/kia';
import { withValue, type ValueField } from './import-model';
import { useFormatCount } from './useFormatCount';
import { fallbackOf, mappingTarget, targetOf, type ValueContext } from './value-resolution';

export interface ValueOption {
  value: string;
  label: string;
}

/**
 * One mapped column's different values (most frequent first), each with a select of what it
 * becomes. A value left unchosen fails its rows in the preview; a row count tells how many.
 */
export function ValueTable({
  field,
  header,
  table,
  mapping,
  context,
  options,
  note,
  onChange,
}: {
  field: ValueField;
  header: string;
  table: SourceTable;
  mapping: KiaMapping;
  context: ValueContext;
  options: readonly ValueOption[];
  /** A line under the heading (which units can be chosen). */
  note?: string;
  onChange: (mapping: KiaMapping) => void;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const format = useFormatCount();
  const values = useMemo(() => distinctValues(table, header), [table, header]);
  const target = targetOf(field, mapping, context);
  const fallback = fallbackOf(field, context);
  const fieldName = t(`incidents.kiaImport.fields.${field}`);
  const open = values.filter((entry) => target(entry.value) === '').length;
  const filled = values.reduce((sum, entry) => sum + entry.count, 0);
  const empty = table.rows.length - filled;
  const categoryField = field === 'place' || field === 'cause';
  // Columns whose values are all taken care of start folded: the eye goes to what is left.
  const [expanded, setExpanded] = useState(open > 0);

  return (
    <section className="kia-values" aria-labelledby={`${baseId}-h`}>
      <h3 id={`${baseId}-h`}>
        {t('incidents.kiaImport.values.fieldHeading', { field: fieldName, column: header })}
      </h3>
      {note ? <p className="help">{note}</p> : null}
      <p className={open > 0 ? 'kia-open' : 'help'}>
        {open > 0
          ? t('incidents.kiaImport.values.open', { count: open })
          : t('incidents.kiaImport.values.allChosen')}
        {categoryField && empty > 0
          ? ` ${t('incidents.kiaImport.values.empty', {
              count: empty,
              n: format(empty),
              missing: t('incidents.kiaImport.values.missing'),
            })}`
          : null}
      </p>
      <button
        type="button"
        className="button kia-toggle"
        aria-expanded={expanded}
        aria-controls={`${baseId}-table`}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded
          ? t('incidents.kiaImport.values.hide', { field: fieldName.toLocaleLowerCase() })
          : t('incidents.kiaImport.values.show', {
              count: values.length,
              field: fieldName.toLocaleLowerCase(),
            })}
      </button>
      <div id={`${baseId}-table`} hidden={!expanded}>
        <table className="kia-table">
          <thead>
            <tr>
              <th scope="col">{t('incidents.kiaImport.values.value')}</th>
              <th scope="col" className="kia-number">
                {t('incidents.kiaImport.values.rows')}
              </th>
              <th scope="col">{t('incidents.kiaImport.values.target')}</th>
            </tr>
          </thead>
          <tbody>
            {values.map((entry) => {
              const current = target(entry.value);
              const offerNone = current === '' || fallback(entry.value) === '';
              return (
                <tr key={entry.key} className={current === '' ? 'kia-row-open' : undefined}>
                  <th scope="row" className="kia-source-value">
                    {entry.value}
                  </th>
                  <td className="kia-number">{format(entry.count)}</td>
                  <td>
                    <select
                      value={current}
                      aria-label={t('incidents.kiaImport.values.selectLabel', {
                        field: fieldName,
                        value: entry.value,
                      })}
                      onChange={(event) =>
                        onChange(
                          withValue(mapping, field, entry.key, mappingTarget(event.target.value)),
                        )
                      }
                    >
                      {offerNone ? (
                        <option value="">{t('incidents.kiaImport.values.notChosen')}</option>
                      ) : null}
                      {options.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
