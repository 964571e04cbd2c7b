import { useTranslation } from 'react-i18next';
import type { UnitCoverage } from '@shared/rollup/types';

/** How much of the picture is in: units that reported, and how many of those are signed. */
export function CoverageLine({ units }: { units: UnitCoverage }) {
  const { t } = useTranslation();
  const complete = units.total > 0 && units.signed === units.total;
  return (
    <div
      className={complete ? 'card rollup-coverage' : 'card rollup-coverage rollup-coverage-open'}
    >
      <p className="rollup-coverage-line">
        <CoverageText units={units} />
      </p>
      {units.total === 0 ? <p className="help">{t('rollup.coverage.noUnits')}</p> : null}
    </div>
  );
}

/** "18 av 25 enheter har rapporterat, 17 signerade". */
export function CoverageText({ units }: { units: UnitCoverage }) {
  const { t } = useTranslation();
  return (
    <>
      {t('rollup.coverage.line', {
        count: units.total,
        withReport: units.withReport,
        signed: units.signed,
      })}
    </>
  );
}
