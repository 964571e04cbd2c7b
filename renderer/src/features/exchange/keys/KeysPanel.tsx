import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { OrgNode, TrustedKey } from '@shared/schemas';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { getDb } from '../../../data';
import { listTrustedKeys, removeTrustedKey } from '../../../data/trust-repo';
import { ownFingerprint } from '../../../exchange/key-store';
import { useWork } from '../../../shell/WorkContext';
import { Fingerprint } from '../Fingerprint';
import { useDateFormat } from '../useDateFormat';

/** Nycklar: the own fingerprint to read aloud, and the keys trusted for the nodes below. */
export function KeysPanel({ node }: { node: OrgNode }) {
  const { t } = useTranslation();
  const { tree } = useWork();
  const formatDate = useDateFormat();
  const ownId = useId();
  const trustedId = useId();
  const [own, setOwn] = useState<string | null>(null);
  const [ownFailed, setOwnFailed] = useState<string | null>(null);
  const keys = useLiveQuery(() => listTrustedKeys(getDb()), []);
  const [removing, setRemoving] = useState<TrustedKey | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const nameOf = (nodeId: string) =>
    tree.byId.get(nodeId)?.name ?? t('exchange.keys.unknownNode', { id: nodeId });

  // Not a live query: the first call creates the key pair, a write a live query may not make.
  useEffect(() => {
    let live = true;
    ownFingerprint(getDb()).then(
      (value) => live && setOwn(value),
      (error: unknown) =>
        live && setOwnFailed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, []);

  const onRemove = async () => {
    if (!removing) return;
    const name = nameOf(removing.nodeId);
    setRemoving(null);
    await removeTrustedKey(getDb(), removing.nodeId);
    setStatus(t('exchange.keys.removed', { node: name }));
  };

  return (
    <>
      <section className="card" aria-labelledby={ownId}>
        <h2 id={ownId}>{t('exchange.keys.ownHeading')}</h2>
        <p className="help">{t('exchange.keys.ownHelp')}</p>
        {own ? (
          <p className="own-fingerprint">
            <span className="own-fingerprint-label">
              {t('exchange.keys.ownFingerprint', { node: node.name })}
            </span>
            <Fingerprint value={own} large />
          </p>
        ) : null}
        {ownFailed ? (
          <p role="alert" className="error-message">
            {t('exchange.keys.ownFailed', { message: ownFailed })}
          </p>
        ) : null}
      </section>
      <section className="card" aria-labelledby={trustedId}>
        <h2 id={trustedId}>{t('exchange.keys.trustedHeading')}</h2>
        <p className="help">{t('exchange.keys.trustedHelp')}</p>
        <div role="status" className="message-slot">
          {status}
        </div>
        {keys && keys.length === 0 ? <p>{t('exchange.keys.none')}</p> : null}
        {keys && keys.length > 0 ? (
          <div className="table-scroll">
            <table className="keys-table">
              <caption className="visually-hidden">{t('exchange.keys.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exchange.keys.node')}</th>
                  <th scope="col">{t('exchange.keys.fingerprint')}</th>
                  <th scope="col">{t('exchange.keys.since')}</th>
                  <th scope="col">{t('exchange.keys.previous')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('exchange.keys.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.map((key) => (
                  <tr key={key.nodeId}>
                    <th scope="row">{nameOf(key.nodeId)}</th>
                    <td>
                      <Fingerprint value={key.fingerprint} />
                    </td>
                    <td className="keys-date">{formatDate(key.trustedAt)}</td>
                    <td>
                      {key.previous.length === 0 ? (
                        t('exchange.keys.noPrevious')
                      ) : (
                        <ul className="plain-list">
                          {key.previous.map((p) => (
                            <li key={`${p.fingerprint}:${p.replacedAt}`}>
                              <Fingerprint value={p.fingerprint} />{' '}
                              {t('exchange.keys.replacedAt', { date: formatDate(p.replacedAt) })}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-danger"
                        aria-label={t('exchange.keys.removeLabel', { node: nameOf(key.nodeId) })}
                        onClick={() => {
                          setStatus(null);
                          setRemoving(key);
                        }}
                      >
                        {t('exchange.keys.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <ConfirmDialog
        open={removing !== null}
        title={t('exchange.keys.removeTitle', { node: removing ? nameOf(removing.nodeId) : '' })}
        message={t('exchange.keys.removeMessage', {
          node: removing ? nameOf(removing.nodeId) : '',
        })}
        confirmLabel={t('exchange.keys.remove')}
        onConfirm={() => void onRemove()}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
