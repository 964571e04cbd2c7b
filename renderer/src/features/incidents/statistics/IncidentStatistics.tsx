import { useTranslation } from 'react-i18next';

export function IncidentStatistics() {
  const { t } = useTranslation();
  return <p className="card">{t('screens.incidents.intro')}</p>;
}
