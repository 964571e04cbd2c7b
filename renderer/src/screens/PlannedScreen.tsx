import { useTranslation } from 'react-i18next';
import type { RouteKey } from '../shell/routes';
import { ScreenHeader } from '../shell/ScreenHeader';

/** A screen whose feature is not built yet says honestly what it will hold. */
export function PlannedScreen({ screen }: { screen: Exclude<RouteKey, 'settings'> }) {
  const { t } = useTranslation();
  return (
    <section>
      <ScreenHeader title={t(`nav.${screen}`)} />
      <div className="card">
        <h2>{t('screens.comingHeading')}</h2>
        <p>{t(`screens.${screen}.intro`)}</p>
      </div>
    </section>
  );
}
