import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../platform/PlatformContext';

/** Version and platform, so a support call can start with "which version are you on?". */
export function AppFooter() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [version, setVersion] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void platform.appVersion().then((v) => {
      if (live) setVersion(v);
    });
    return () => {
      live = false;
    };
  }, [platform]);

  return (
    <p className="app-footer">
      {version ? t('app.version', { version }) : null}
      <br />
      {platform.kind === 'web' ? t('app.platformWeb') : t('app.platformElectron')}
    </p>
  );
}
