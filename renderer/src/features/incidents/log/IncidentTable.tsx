import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS, reportDate, requiredReports } from '@shared/incidents/legal';
import type { Incident } from '@shared/schemas';

export interface IncidentTableProps {
  incidents: readonly Incident[];
  caption: string;
  /** The unit column, above unit level. */
  unitName: ((unitId: string) => string) | null;
  onOpen: (incident: Incident) => void;
}

/** The id of a row's open button, so focus can return to it when the form closes. */
export const openButtonId = (incidentId: string) => `ilog-open-${incidentId}`;

/**
 * The log as a table, newest first. Serious events and missing reports are said in words (not by
 * colour alone); a missing report is also marked so it stands out when scanning.
 */
export const IncidentTable = memo(function IncidentTable({
  incidents,
  caption,
  unitName,
  onOpen,
}: IncidentTableProps) {
  const { t } = useTranslation();
  return (
    <div className="ilog-table-wrap">
      <table className="ilog-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('incidents.log.table.date')}</th>
            {unitName ? <th scope="col">{t('incidents.log.table.unit')}</th> : null}
            <th scope="col">{t('incidents.log.table.type')}</th>
            <th scope="col">{t('incidents.log.table.place')}</th>
            <th scope="col">{t('incidents.log.table.cause')}</th>
            <th scope="col">{t('incidents.log.table.status')}</th>
            <th scope="col">{t('incidents.log.table.serious')}</th>
            <th scope="col">{t('incidents.log.table.report')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('incidents.log.table.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((incident) => (
            <IncidentRow
              key={incident.id}
              incident={incident}
              unitName={unitName}
              onOpen={onOpen}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
});

/**
 * One row; memoised, so changing a filter renders only the rows that were not already shown
 * (the incident objects stay the same between filters).
 */
const IncidentRow = memo(function IncidentRow({
  incident,
  unitName,
  onOpen,
}: {
  incident: Incident;
  unitName: ((unitId: string) => string) | null;
  onOpen: (incident: Incident) => void;
}) {
  const { t } = useTranslation();
  const none = <span className="ilog-none">{t('incidents.log.table.none')}</span>;
  const type = t(`incidents.types.${incident.type}`);
  const required = requiredReports(incident);
  const reports = REPORT_KINDS.flatMap((kind) => {
    const date = reportDate(incident, kind);
    const report = t(`incidents.log.reportShort.${kind}`);
    if (date !== null)
      return [
        <span key={kind} className="ilog-report">
          {t('incidents.log.table.reported', { report, date })}
        </span>,
      ];
    if (required[kind])
      return [
        <span key={kind} className="ilog-report ilog-report-missing">
          <span aria-hidden="true">! </span>
          {t('incidents.log.table.missing', { report })}
        </span>,
      ];
    return [];
  });
  const missingCategory = <span className="ilog-none">{t('incidents.log.missingCategory')}</span>;
  return (
    <tr className={incident.serious ? 'ilog-row-serious' : undefined}>
      <td className="ilog-date">
        <span className="ilog-day">{incident.date}</span>
        {incident.time ? (
          <>
            {' '}
            <span className="ilog-time">{incident.time}</span>
          </>
        ) : null}
      </td>
      {unitName ? <td>{unitName(incident.nodeId)}</td> : null}
      <td className="ilog-type">
        <span className="ilog-type-name">{type}</span>
        <span className="ilog-excerpt">{incident.description}</span>
      </td>
      <td className="ilog-category">{incident.placeCategory ?? missingCategory}</td>
      <td className="ilog-category">{incident.causeCategory ?? missingCategory}</td>
      <td>
        <span className={`ilog-status ilog-status-${incident.status}`}>
          {t(`incidents.statuses.${incident.status}`)}
        </span>
      </td>
      <td>
        {incident.serious ? (
          <span className="ilog-serious">{t('incidents.log.table.seriousYes')}</span>
        ) : (
          <span className="ilog-none">{t('incidents.log.table.seriousNo')}</span>
        )}
      </td>
      <td className="ilog-reports">{reports.length > 0 ? reports : none}</td>
      <td>
        <button
          type="button"
          id={openButtonId(incident.id)}
          className="button ilog-open"
          aria-label={t('incidents.log.table.openNamed', { date: incident.date, type })}
          onClick={() => onOpen(incident)}
        >
          {t('incidents.log.table.open')}
        </button>
      </td>
    </tr>
  );
});
