import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** What a screen shows before any organisation exists: where to start instead. */
export function NoOrganisation() {
  const { t } = useTranslation();
  return (
    <div className="card">
      <p>{t('app.noOrganisation')}</p>
      <Link to="/">{t('app.goToStart')}</Link>
    </div>
  );
}
