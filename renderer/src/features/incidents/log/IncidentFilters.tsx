import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPES, type OrgNode } from '@shared/schemas';
import {
  DEFAULT_FILTER,
  INCIDENT_STATUSES,
  isDefaultFilter,
  isIncidentStatus,
  isIncidentType,
  type LogFilter,
  type SeriousChoice,
} from './incident-filter';

const SERIOUS_CHOICES: readonly SeriousChoice[] = ['all', 'serious', 'not'];

export interface IncidentFiltersProps {
  filter: LogFilter;
  onChange: (filter: LogFilter) => void;
  years: readonly number[];
  coveredYear: number;
  /** Offered only above unit level. */
  units: readonly OrgNode[] | null;
}

/** The log's filter bar: year, type, status, serious, unit and a free-text search. */
export function IncidentFilters({
  filter,
  onChange,
  years,
  coveredYear,
  units,
}: IncidentFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (change: Partial<LogFilter>) => onChange({ ...filter, ...change });
  const yearValue = filter.year === 'covered' ? String(coveredYear) : String(filter.year);

  return (
    <div className="ilog-filters" role="group" aria-label={t('incidents.log.filters.label')}>
      <div className="ilog-filter-row">
        <div className="ilog-filter">
          <label htmlFor={`${id}-year`}>{t('incidents.log.filters.year')}</label>
          <select
            id={`${id}-year`}
            value={yearValue}
            onChange={(e) => {
              const value = e.target.value;
              if (value === 'all') set({ year: 'all' });
              else {
                const picked = Number(value);
                set({ year: picked === coveredYear ? 'covered' : picked });
              }
            }}
          >
            <option value="all">{t('incidents.log.filters.allYears')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="ilog-filter">
          <label htmlFor={`${id}-type`}>{t('incidents.log.filters.type')}</label>
          <select
            id={`${id}-type`}
            value={filter.type}
            onChange={(e) => {
              const value = e.target.value;
              set({ type: isIncidentType(value) ? value : 'all' });
            }}
          >
            <option value="all">{t('incidents.log.filters.allTypes')}</option>
            {INCIDENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`incidents.types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="ilog-filter">
          <label htmlFor={`${id}-status`}>{t('incidents.log.filters.status')}</label>
          <select
            id={`${id}-status`}
            value={filter.status}
            onChange={(e) => {
              const value = e.target.value;
              set({ status: value === 'open' || isIncidentStatus(value) ? value : 'all' });
            }}
          >
            <option value="all">{t('incidents.log.filters.allStatuses')}</option>
            <option value="open">{t('incidents.log.filters.open')}</option>
            {INCIDENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`incidents.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="ilog-filter">
          <label htmlFor={`${id}-serious`}>{t('incidents.log.filters.serious')}</label>
          <select
            id={`${id}-serious`}
            value={filter.serious}
            onChange={(e) => {
              const picked = SERIOUS_CHOICES.find((choice) => choice === e.target.value);
              set({ serious: picked ?? 'all' });
            }}
          >
            <option value="all">{t('incidents.log.filters.seriousAll')}</option>
            <option value="serious">{t('incidents.log.filters.seriousOnly')}</option>
            <option value="not">{t('incidents.log.filters.seriousNot')}</option>
          </select>
        </div>
        {units ? (
          <div className="ilog-filter">
            <label htmlFor={`${id}-unit`}>{t('incidents.log.filters.unit')}</label>
            <select
              id={`${id}-unit`}
              value={filter.unit}
              onChange={(e) => set({ unit: e.target.value })}
            >
              <option value="all">{t('incidents.log.filters.allUnits')}</option>
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <div className="ilog-filter-row">
        <div className="ilog-filter ilog-filter-search">
          <label htmlFor={`${id}-search`}>{t('incidents.log.filters.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            value={filter.search}
            aria-describedby={`${id}-search-help`}
            onChange={(e) => set({ search: e.target.value })}
          />
          <span className="ilog-filter-help" id={`${id}-search-help`}>
            {t('incidents.log.filters.searchHelp')}
          </span>
        </div>
        <button
          type="button"
          className="button ilog-clear"
          aria-disabled={isDefaultFilter(filter) || undefined}
          onClick={() => onChange(DEFAULT_FILTER)}
        >
          {t('incidents.log.filters.clear')}
        </button>
      </div>
    </div>
  );
}
