import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { coveredYear } from '@shared/followup-year';
import { formatIsoDate } from '@shared/format';
import { daysBetween, requiredReports, type ReportKind } from '@shared/incidents/legal';
import type { Incident, OrgNode } from '@shared/schemas';
import { useWork } from '../../../shell/WorkContext';
import { OPEN_PARAM } from '../log/IncidentLog';
import { useIncidentScope } from '../log/useIncidentScope';
import { useUnitIncidents } from '../log/useUnitIncidents';
import { reportedInYear, unreportedRows } from './reporting-model';
import '../log/log.css';
import './reporting.css';

/**
 * #/handelser/anmalan: the serious events of the active node's units that still lack a report the
 * law requires (oldest first, any year), and those of the covered year that are reported.
 */
export function ReportingOverview() {
  const { activeNode, year } = useWork();
  if (!activeNode) return null;
  return <NodeReporting node={activeNode} year={year} />;
}

function NodeReporting({ node, year }: { node: OrgNode; year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scope = useIncidentScope(node);
  const unitIds = useMemo(() => scope.units.map((u) => u.id), [scope.units]);
  const incidents = useUnitIncidents(unitIds);
  const today = formatIsoDate(new Date());
  const covered = coveredYear(year);
  const unreported = useMemo(() => unreportedRows(incidents ?? [], today), [incidents, today]);
  const reported = useMemo(() => reportedInYear(incidents ?? [], covered), [incidents, covered]);
  const showUnit = !scope.isUnit;
  const typeOf = (incident: Incident) => t(`incidents.types.${incident.type}`);
  const authority = (kind: ReportKind) => t(`incidents.log.authority.${kind}`);
  const open = (incident: Incident) =>
    void navigate(`/handelser?${OPEN_PARAM}=${encodeURIComponent(incident.id)}`);

  if (incidents === undefined)
    return <p className="help">{t('incidents.log.reporting.loading')}</p>;

  const reportCell = (incident: Incident, kind: ReportKind) => {
    const date = kind === 'av' ? incident.reportedToAV : incident.reportedToFK;
    if (date === null)
      return requiredReports(incident)[kind] ? null : (
        <span className="ilog-none">{t('incidents.log.reporting.notRequired')}</span>
      );
    const delay = daysBetween(incident.date, date);
    return (
      <>
        <span className="ilog-date">{date}</span>
        <span className="irep-delay">
          {delay === 0
            ? t('incidents.log.reporting.sameDay')
            : t('incidents.log.reporting.after', { count: delay })}
        </span>
      </>
    );
  };

  return (
    <>
      <section
        className={unreported.length > 0 ? 'card irep-card irep-card-alert' : 'card irep-card'}
        aria-labelledby="irep-unreported"
      >
        <h2 id="irep-unreported">
          {t('incidents.log.reporting.unreportedHeading')}
          {unreported.length > 0 ? (
            <>
              {' '}
              <span className="irep-count">{unreported.length}</span>
            </>
          ) : null}
        </h2>
        <p className="help">{t('incidents.log.reporting.unreportedHelp')}</p>
        {unreported.length === 0 ? (
          <p className="irep-ok">{t('incidents.log.reporting.noneUnreported')}</p>
        ) : (
          <div className="ilog-table-wrap">
            <table className="ilog-table irep-table">
              <caption className="visually-hidden">
                {t('incidents.log.reporting.unreportedCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('incidents.log.reporting.date')}</th>
                  <th scope="col">{t('incidents.log.reporting.daysSince')}</th>
                  {showUnit ? <th scope="col">{t('incidents.log.reporting.unit')}</th> : null}
                  <th scope="col">{t('incidents.log.reporting.type')}</th>
                  <th scope="col">{t('incidents.log.reporting.missing')}</th>
                  <th scope="col">{t('incidents.log.reporting.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('incidents.log.reporting.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {unreported.map(({ incident, missing, days, closed }) => (
                  <tr key={incident.id}>
                    <td className="ilog-date">{incident.date}</td>
                    <td className="ilog-date irep-days">
                      {t('incidents.log.reporting.days', { count: days })}
                    </td>
                    {showUnit ? <td>{scope.unitName(incident.nodeId)}</td> : null}
                    <td className="ilog-type">
                      <span className="ilog-type-name">{typeOf(incident)}</span>
                      <span className="ilog-excerpt">{incident.description}</span>
                    </td>
                    <td>
                      {missing.map((kind) => (
                        <span key={kind} className="ilog-report ilog-report-missing">
                          {authority(kind)}
                        </span>
                      ))}
                    </td>
                    <td>
                      {t(`incidents.statuses.${incident.status}`)}
                      {closed ? (
                        <span className="irep-closed">
                          {t('incidents.log.reporting.closedWithout')}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <OpenCaseButton incident={incident} label={typeOf(incident)} onOpen={open} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card irep-card" aria-labelledby="irep-reported">
        <h2 id="irep-reported">
          {t('incidents.log.reporting.reportedHeading', { year: covered })}
        </h2>
        {reported.length === 0 ? (
          <p className="ilog-empty">
            {t('incidents.log.reporting.noneReported', { year: covered })}
          </p>
        ) : (
          <div className="ilog-table-wrap">
            <table className="ilog-table irep-table">
              <caption className="visually-hidden">
                {t('incidents.log.reporting.reportedCaption', { year: covered })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('incidents.log.reporting.date')}</th>
                  {showUnit ? <th scope="col">{t('incidents.log.reporting.unit')}</th> : null}
                  <th scope="col">{t('incidents.log.reporting.type')}</th>
                  <th scope="col">{t('incidents.log.reporting.reportedAV')}</th>
                  <th scope="col">{t('incidents.log.reporting.reportedFK')}</th>
                  <th scope="col">{t('incidents.log.reporting.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('incidents.log.reporting.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {reported.map((incident) => (
                  <tr key={incident.id}>
                    <td className="ilog-date">{incident.date}</td>
                    {showUnit ? <td>{scope.unitName(incident.nodeId)}</td> : null}
                    <td className="ilog-type">
                      <span className="ilog-type-name">{typeOf(incident)}</span>
                      <span className="ilog-excerpt">{incident.description}</span>
                    </td>
                    <td className="irep-report">{reportCell(incident, 'av')}</td>
                    <td className="irep-report">{reportCell(incident, 'fk')}</td>
                    <td>{t(`incidents.statuses.${incident.status}`)}</td>
                    <td>
                      <OpenCaseButton incident={incident} label={typeOf(incident)} onOpen={open} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** "Öppna ärendet", named by the case's date and type so a screen reader can tell rows apart. */
function OpenCaseButton({
  incident,
  label,
  onOpen,
}: {
  incident: Incident;
  label: string;
  onOpen: (incident: Incident) => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button ilog-open"
      aria-label={t('incidents.log.reporting.openNamed', { date: incident.date, type: label })}
      onClick={() => onOpen(incident)}
    >
      {t('incidents.log.reporting.open')}
    </button>
  );
}
