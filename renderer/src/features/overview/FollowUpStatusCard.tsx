import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { progressTally, unitProgress, type FollowUpState } from './overview-model';
import type { UnitYearOf } from './useOverviewData';

/** This year's follow-up: a unit's own progress, or how far the units below have come. */
export function FollowUpStatusCard({
  node,
  units,
  data,
}: {
  node: OrgNode;
  units: readonly OrgNode[];
  data: readonly UnitYearOf[];
}) {
  const { t } = useTranslation();
  return (
    <div className="card overview-tile overview-tile-wide">
      <h2>{t('overview.followUp.heading')}</h2>
      {node.level === 1 ? <UnitStatus data={data[0]} /> : <UnitsStatus units={units} data={data} />}
      <Link className="overview-link" to="/checklista">
        {t('overview.followUp.toChecklist')}
      </Link>
    </div>
  );
}

function UnitStatus({ data }: { data: UnitYearOf | undefined }) {
  const { t } = useTranslation();
  const progress = unitProgress(data ?? { followUp: undefined, template: undefined, answers: [] });
  const signOff = data?.followUp?.signOff;
  return (
    <>
      <p className={`overview-state overview-state-${progress.state}`}>
        {t(`overview.followUp.state.${progress.state}`)}
      </p>
      {progress.total > 0 && progress.state !== 'not_started' ? (
        <>
          <progress
            className="overview-progress"
            max={progress.total}
            value={progress.answered}
            aria-label={t('overview.followUp.progressLabel')}
          />
          <p className="overview-figure-text">
            {t('overview.followUp.answered', {
              answered: progress.answered,
              total: progress.total,
            })}
          </p>
        </>
      ) : null}
      {progress.state === 'signed' && signOff?.manager && signOff.safetyRep ? (
        <p className="help">
          {t('overview.followUp.signedBy', {
            manager: signOff.manager.name,
            managerDate: signOff.manager.date,
            safetyRep: signOff.safetyRep.name,
            safetyRepDate: signOff.safetyRep.date,
          })}
        </p>
      ) : null}
      {progress.state === 'not_started' ? (
        <p className="help">{t('overview.followUp.notStartedHelp')}</p>
      ) : null}
    </>
  );
}

const STATES: readonly FollowUpState[] = ['not_started', 'in_progress', 'signed'];

function UnitsStatus({ units, data }: { units: readonly OrgNode[]; data: readonly UnitYearOf[] }) {
  const { t } = useTranslation();
  const tally = progressTally(data);
  const byUnit = new Map(data.map((d) => [d.unitId, d]));
  if (units.length === 0) return <p>{t('overview.followUp.noUnits')}</p>;
  return (
    <>
      <p className="overview-figure-text">
        {t('overview.followUp.unitCount', { count: units.length })}
      </p>
      <ul className="overview-state-tally">
        {STATES.map((state) => (
          <li key={state}>
            <span className="overview-number">{tally[state]}</span>{' '}
            {t(`overview.followUp.tally.${state}`, { count: tally[state] })}
          </li>
        ))}
      </ul>
      <details className="overview-details">
        <summary>{t('overview.followUp.showUnits')}</summary>
        <table className="overview-table">
          <caption className="visually-hidden">{t('overview.followUp.unitsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.followUp.unit')}</th>
              <th scope="col">{t('overview.followUp.status')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => {
              const progress = unitProgress(
                byUnit.get(unit.id) ?? { followUp: undefined, template: undefined, answers: [] },
              );
              return (
                <tr key={unit.id}>
                  <th scope="row">{unit.name}</th>
                  <td>
                    {progress.state === 'in_progress'
                      ? t('overview.followUp.inProgressOf', {
                          answered: progress.answered,
                          total: progress.total,
                        })
                      : t(`overview.followUp.state.${progress.state}`)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </>
  );
}
