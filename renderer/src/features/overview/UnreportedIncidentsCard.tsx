import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reportState } from '@shared/incidents/legal';
import type { OrgNode } from '@shared/schemas';
import { useIncidentScope } from '../incidents/log/useIncidentScope';
import { useUnitIncidents } from '../incidents/log/useUnitIncidents';

/**
 * On the overview, only while it matters: serious events of the node's units that still lack a
 * report the law requires (Arbetsmiljöverket, Försäkringskassan), with a link to the overview of
 * reports.
 */
export function UnreportedIncidentsCard({ node }: { node: OrgNode }) {
  const { t } = useTranslation();
  const scope = useIncidentScope(node);
  const unitIds = useMemo(() => scope.units.map((u) => u.id), [scope.units]);
  const incidents = useUnitIncidents(unitIds);
  const unreported = useMemo(
    () =>
      (incidents ?? [])
        .filter((incident) => reportState(incident) === 'missing')
        .map((incident) => incident.date)
        .sort(),
    [incidents],
  );
  const [oldest] = unreported;
  if (oldest === undefined) return null;
  return (
    <section
      className="card overview-tile overview-tile-alert"
      aria-labelledby="overview-unreported-heading"
    >
      <h2 id="overview-unreported-heading">{t('incidents.log.overviewCard.heading')}</h2>
      <p className="overview-big">{unreported.length}</p>
      <p className="help">
        {t('incidents.log.overviewCard.count', { count: unreported.length })}{' '}
        {t('incidents.log.overviewCard.oldest', { date: oldest })}
      </p>
      <a className="overview-link" href="#/handelser/anmalan">
        {t('incidents.log.overviewCard.link')}
      </a>
    </section>
  );
}
