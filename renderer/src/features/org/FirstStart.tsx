import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DemoChoice } from './first-start/DemoChoice';
import { SetupForm } from './first-start/SetupForm';
import './org.css';

/**
 * What Översikt shows before any organisation exists: a welcome and two ways in, the demo
 * organisation or the user's own. Self-contained: it writes through the data layer, and the live
 * work context replaces it with the normal screens as soon as nodes exist.
 */
export function FirstStart() {
  const { t } = useTranslation();
  const ownHeadingId = useId();
  return (
    <div className="org-first-start">
      <div className="org-welcome">
        <h2>{t('org.firstStart.heading')}</h2>
        <p>{t('org.firstStart.intro')}</p>
      </div>
      <div className="org-choices">
        <DemoChoice />
        <section className="card org-choice" aria-labelledby={ownHeadingId}>
          <h2 id={ownHeadingId}>{t('org.firstStart.ownHeading')}</h2>
          <p>{t('org.firstStart.ownText')}</p>
          <SetupForm />
        </section>
      </div>
      <p className="org-restore-hint">
        {t('org.firstStart.restoreHint')}{' '}
        <Link to="/installningar">{t('org.firstStart.restoreLink')}</Link>.
      </p>
    </div>
  );
}
