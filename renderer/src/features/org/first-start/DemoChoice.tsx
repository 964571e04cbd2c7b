import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../../data';

/** One click to a municipality with a full year of data: the quickest way to see the program. */
export function DemoChoice() {
  const { t } = useTranslation();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onLoad = async () => {
    setBusy(true);
    setFailure(null);
    try {
      // Loaded on demand: the demo generator and its texts stay out of the start-up bundle.
      const { loadDemo } = await import('../../demo/load-demo');
      await loadDemo(getDb());
      // On success the organisation exists and this screen gives way to the normal overview.
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <section className="card org-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('org.firstStart.demoHeading')}</h2>
      <p>{t('org.firstStart.demoText')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void onLoad()}
        >
          {t('org.firstStart.demoButton')}
        </button>
      </div>
      <p className="help">{t('org.firstStart.demoLater')}</p>
      <div role="status" className="message-slot">
        {busy ? t('org.firstStart.demoLoading') : null}
      </div>
      <div role="alert" className="message-slot">
        {failure ? (
          <p className="error-message">{t('org.firstStart.demoFailed', { message: failure })}</p>
        ) : null}
      </div>
    </section>
  );
}
