import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { OrgNode } from '@shared/schemas';
import { PACKAGE_EXTENSION } from '@shared/exchange';
import { getDb } from '../../../data';
import {
  buildOwnPackage,
  prepareOwnPackage,
  recordSent,
  type OwnPackageSummary,
} from '../../../data/outgoing';
import { ownStatus } from '../../../data/tracking-repo';
import { getSigner } from '../../../exchange/key-store';
import { webCrypto } from '../../../exchange/web-crypto';
import { usePlatform } from '../../../platform/PlatformContext';
import { useDateFormat } from '../useDateFormat';
import { OwnStatusBadge } from './OwnStatusBadge';
import { ReturnNoticeCard } from './ReturnNoticeCard';

const FILTERS = [{ name: 'SAM-paket', extensions: [PACKAGE_EXTENSION] }];

type Message = { kind: 'status' | 'error'; text: string } | null;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the package would hold now, or why it cannot be made (the builder's Swedish refusal). */
/** The package's contents as it would be sent; not made at all where nothing is sent (`skip`). */
function usePreview(
  year: number,
  freeText: boolean,
  incidentDetails: boolean,
  stamp: unknown,
  skip: boolean,
) {
  const [preview, setPreview] = useState<{ summary: OwnPackageSummary } | { error: string } | null>(
    null,
  );
  useEffect(() => {
    if (skip) return;
    let live = true;
    const db = getDb();
    // Assembled and checked, but not signed or zipped: that happens once, on saving.
    prepareOwnPackage(db, { year, freeText, incidentDetails, crypto: webCrypto }).then(
      (prepared) => live && setPreview({ summary: prepared.summary }),
      (error: unknown) => live && setPreview({ error: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [year, freeText, incidentDetails, stamp, skip]);
  return preview;
}

/**
 * Skicka: where this node's follow-up stands, what the package will hold, the two deliberate
 * opt-ins, and saving it as a file or into the shared folder (then recorded as sent).
 */
export function SendPanel({ node, year }: { node: OrgNode; year: number }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const formatDate = useDateFormat();
  const headingId = useId();
  const [freeText, setFreeText] = useState(false);
  const [incidentDetails, setIncidentDetails] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const status = useLiveQuery(() => ownStatus(getDb(), year), [year]);
  // The municipality sends nothing upward: no preview to assemble (its whole subtree).
  const topLevel = node.parentId === null;
  const preview = usePreview(year, freeText, incidentDetails, status, topLevel);

  const send = async (via: 'file' | 'folder') => {
    setBusy(true);
    setMessage({ kind: 'status', text: t('exchange.send.working') });
    try {
      const db = getDb();
      const signer = await getSigner(db);
      const built = await buildOwnPackage(db, {
        year,
        freeText,
        incidentDetails,
        signer,
        crypto: webCrypto,
      });
      let text: string;
      if (via === 'folder' && platform.sharedFolder) {
        const written = await platform.sharedFolder.write({
          year,
          nodeId: node.id,
          kind: 'report',
          revision: built.revision,
          data: built.bytes,
        });
        if (!written.written) {
          setMessage({
            kind: 'error',
            text: t('exchange.send.folderExists', { revision: built.revision }),
          });
          return;
        }
        text = t('exchange.send.savedFolder', { revision: built.revision, file: written.file });
      } else {
        const saved = await platform.saveFile(built.fileName, built.bytes, FILTERS);
        if (!saved.saved) {
          setMessage({ kind: 'status', text: t('exchange.send.cancelled') });
          return;
        }
        text = t('exchange.send.savedFile', { revision: built.revision, name: saved.name });
      }
      await recordSent(db, {
        kind: 'report',
        nodeId: node.id,
        year,
        revision: built.revision,
        digest: built.digest,
        via,
      });
      setMessage({ kind: 'status', text });
    } catch (error) {
      setMessage({ kind: 'error', text: t('exchange.send.failed', { message: errorText(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const blocked = preview !== null && 'error' in preview;
  const summary = preview !== null && 'summary' in preview ? preview.summary : null;
  return (
    <>
      {status?.returned ? <ReturnNoticeCard notice={status.returned} /> : null}
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('exchange.send.statusHeading', { node: node.name, year })}</h2>
        {status ? <OwnStatusBadge status={status} node={node} formatDate={formatDate} /> : null}
        {topLevel ? (
          <p>{t('exchange.send.topLevel', { node: node.name })}</p>
        ) : (
          <>
            {blocked ? (
              <div className="blockers">
                <p>
                  <strong>{t('exchange.send.cannotSend')}</strong> {preview.error}
                </p>
                {node.level === 1 ? (
                  <p>
                    <Link to="/checklista">{t('exchange.send.openChecklist')}</Link>
                  </p>
                ) : null}
              </div>
            ) : null}
            {summary ? (
              <>
                <h3>{t('exchange.send.contentsHeading')}</h3>
                <ul>
                  <li>{t('exchange.send.contents.answers', { count: summary.answers })}</li>
                  <li>{t('exchange.send.contents.incidents', { count: summary.incidents })}</li>
                  <li>{t('exchange.send.contents.actions', { count: summary.actions })}</li>
                  {node.level > 1 ? (
                    <>
                      <li>{t('exchange.send.contents.own')}</li>
                      {summary.localReports > 0 ? (
                        <li>
                          {t('exchange.send.contents.localReports', {
                            count: summary.localReports,
                          })}
                        </li>
                      ) : null}
                      <li>{t('exchange.send.contents.nested', { count: summary.nested })}</li>
                    </>
                  ) : null}
                </ul>
              </>
            ) : null}
            <fieldset className="send-options">
              <legend>{t('exchange.send.optionsLegend')}</legend>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={freeText}
                  onChange={(event) => setFreeText(event.target.checked)}
                />
                <span>{t('exchange.send.freeText')}</span>
              </label>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={incidentDetails}
                  aria-describedby={`${headingId}-details-help`}
                  onChange={(event) => setIncidentDetails(event.target.checked)}
                />
                <span>{t('exchange.send.incidentDetails')}</span>
              </label>
              <p id={`${headingId}-details-help`} className="help">
                {t('exchange.send.incidentDetailsHelp')}
              </p>
            </fieldset>
            <div className="button-row">
              <button
                type="button"
                className="button button-primary"
                disabled={busy || blocked || preview === null}
                onClick={() => void send('file')}
              >
                {t('exchange.send.saveFile')}
              </button>
              {platform.sharedFolder ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy || blocked || preview === null}
                  onClick={() => void send('folder')}
                >
                  {t('exchange.send.toFolder')}
                </button>
              ) : null}
            </div>
          </>
        )}
        <div role="status" aria-live="polite" className="message-slot">
          {message?.kind === 'status' ? message.text : null}
        </div>
        <div role="alert" className="message-slot">
          {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
        </div>
      </section>
    </>
  );
}
