import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROUTES } from './routes';
import { AppFooter } from './AppFooter';
import { ContextBar } from './ContextBar';

/**
 * The frame around every screen: a skip link, the main menu and the content area. On each route
 * change focus moves to the new screen's heading, so keyboard and screen-reader users land there.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    heading?.focus();
  }, [location.key]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            SAM
          </span>
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </div>
        <ContextBar />
      </header>
      <nav className="app-nav" aria-label={t('app.mainNav')}>
        <ul>
          {ROUTES.map((route) => (
            <li key={route.key}>
              <NavLink to={route.path} end={route.path === '/'}>
                {t(`nav.${route.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
        <AppFooter />
      </nav>
      <main id="main" className="app-main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
