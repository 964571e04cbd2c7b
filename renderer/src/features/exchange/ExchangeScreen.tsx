import { NavLink, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NoOrganisation } from '../../components/NoOrganisation';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { SendPanel } from './send/SendPanel';
import { ReceivePanel } from './receive/ReceivePanel';
import { KeysPanel } from './keys/KeysPanel';
import './exchange.css';

const TABS = [
  { key: 'send', path: '' },
  { key: 'receive', path: 'ta-emot' },
  { key: 'keys', path: 'nycklar' },
] as const;

/**
 * Skicka och ta emot, always for this installation's own node (one writer per node) and the
 * context bar's year: send the own package up, import packages from below (and returns from
 * above), and the keys that make the signatures mean something.
 */
export function ExchangeScreen() {
  const { t } = useTranslation();
  const { nodes, identity, tree, year } = useWork();
  const title = t('nav.exchange');
  const ownNode = identity.nodeId ? tree.byId.get(identity.nodeId) : undefined;
  if (nodes.length === 0) {
    return (
      <section>
        <ScreenHeader title={title} />
        <NoOrganisation />
      </section>
    );
  }
  if (!ownNode) {
    return (
      <section>
        <ScreenHeader title={title} />
        <p className="card">{t('exchange.noNode')}</p>
      </section>
    );
  }
  return (
    <section className="exchange-screen">
      <ScreenHeader title={title} lead={t('exchange.lead', { node: ownNode.name, year })} />
      <nav className="subnav" aria-label={t('exchange.tabsLabel')}>
        <ul>
          {TABS.map((tab) => (
            <li key={tab.key}>
              <NavLink to={tab.path === '' ? '/utbyte' : `/utbyte/${tab.path}`} end>
                {t(`exchange.tabs.${tab.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<SendPanel node={ownNode} year={year} />} />
        <Route path="ta-emot" element={<ReceivePanel node={ownNode} year={year} />} />
        <Route path="nycklar" element={<KeysPanel node={ownNode} />} />
      </Routes>
    </section>
  );
}
