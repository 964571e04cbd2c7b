import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RunState } from './useKiaImport';
import { useFormatCount } from './useFormatCount';

/** Step 5: the import's progress with a way to stop it, then what it did (or that nothing was stored). */
export function RunStep({
  run,
  onStop,
  onBackToPreview,
  onStartOver,
}: {
  run: RunState;
  onStop: () => void;
  onBackToPreview: () => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const format = useFormatCount();

  if (run.phase === 'running') {
    return (
      <>
        <p>{t('incidents.kiaImport.run.running')}</p>
        <div className="kia-progress">
          <label id={labelId} htmlFor={`${labelId}-bar`}>
            {t('incidents.kiaImport.run.progressLabel')}
          </label>
          <progress id={`${labelId}-bar`} max={run.total} value={run.written} />
          <p role="status">
            {t('incidents.kiaImport.run.progress', {
              written: format(run.written),
              total: format(run.total),
            })}
          </p>
        </div>
        <div className="kia-actions">
          <span />
          <button
            type="button"
            className="button kia-cancel"
            disabled={run.stopping}
            onClick={onStop}
          >
            {run.stopping
              ? t('incidents.kiaImport.run.stopping')
              : t('incidents.kiaImport.run.stop')}
          </button>
        </div>
      </>
    );
  }

  if (run.phase === 'done') {
    return (
      <>
        <div role="status" className="kia-result">
          <h3>{t('incidents.kiaImport.run.doneHeading')}</h3>
          <p className="kia-result-counts">
            {t('incidents.kiaImport.run.result', {
              added: format(run.added),
              updated: format(run.updated),
            })}
          </p>
          {run.skipped > 0 ? (
            <p>
              {t('incidents.kiaImport.run.skipped', { count: run.skipped, n: format(run.skipped) })}
            </p>
          ) : null}
          {run.remembered ? (
            <p className="help">{t('incidents.kiaImport.run.remembered')}</p>
          ) : null}
        </div>
        <div className="button-row">
          <Link className="button button-primary" to="/handelser">
            {t('incidents.kiaImport.run.toLog')}
          </Link>
          <Link className="button" to="/handelser/statistik">
            {t('incidents.kiaImport.run.toStatistics')}
          </Link>
          <button type="button" className="button" onClick={onStartOver}>
            {t('incidents.kiaImport.run.again')}
          </button>
        </div>
      </>
    );
  }

  return (
    <>
      <div role="alert" className="kia-result kia-result-stopped">
        <h3>
          {run.phase === 'cancelled'
            ? t('incidents.kiaImport.run.cancelledHeading')
            : t('incidents.kiaImport.run.failedHeading')}
        </h3>
        <p>{t('incidents.kiaImport.run.nothingStored')}</p>
        {run.phase === 'failed' ? (
          <p>{t('incidents.kiaImport.run.failed', { message: run.message })}</p>
        ) : null}
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onBackToPreview}>
          {t('incidents.kiaImport.run.backToPreview')}
        </button>
        <button type="button" className="button" onClick={onStartOver}>
          {t('incidents.kiaImport.run.startOver')}
        </button>
      </div>
    </>
  );
}
