import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../i18n';
import type { OrgNode } from '@shared/schemas';
import { getDb } from '../../../data';
import type { SharedFolder } from '../../../platform/platform';
import { useWork } from '../../../shell/WorkContext';
import { entriesToImport, entryKey, type StoredRevisions } from './folder-entries';
import type { ImportQueue } from './useImportQueue';

/** The folder is polled, not watched: file watching is unreliable on SMB and synced folders. */
const POLL_MS = 60_000;

/** Reads what {@link entriesToImport} compares against: stored revisions and returns received. */
async function storedState(node: OrgNode, year: number): Promise<StoredRevisions> {
  const db = getDb();
  const [packages, notices] = await Promise.all([
    db.packages.where('year').equals(year).toArray(),
    db.returnNotices.where('[nodeId+year]').equals([node.id, year]).toArray(),
  ]);
  return {
    reports: new Map(packages.map((p) => [p.nodeId, p.revision])),
    returns: new Set(notices.map((n) => n.revision)),
  };
}

/**
 * Delad mapp (Electron only): the chosen folder, a scan on demand and one every minute while the
 * page is open. A file that was refused is not tried again until it changes, so a broken package
 * does not fill the result list every minute.
 */
export function SharedFolderPanel({
  folder,
  node,
  year,
  queue,
}: {
  folder: SharedFolder;
  node: OrgNode;
  year: number;
  queue: ImportQueue;
}) {
  const { t, i18n } = useTranslation();
  const { tree } = useWork();
  const headingId = useId();
  const [path, setPath] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const tried = useRef(new Set<string>());
  const scanning = useRef(false);

  useEffect(() => {
    let live = true;
    void folder.current().then((value) => live && setPath(value));
    return () => {
      live = false;
    };
  }, [folder]);

  const scan = useCallback(async () => {
    if (scanning.current) return;
    scanning.current = true;
    setFailure(null);
    setStatus(t('exchange.folder.scanning'));
    try {
      const all = await folder.scan(year);
      const fresh = entriesToImport(all, {
        nodeId: node.id,
        isBelow: (id) => id !== node.id && tree.isWithin(id, node.id),
        stored: await storedState(node, year),
        tried: tried.current,
      });
      for (const entry of fresh) tried.current.add(entryKey(entry));
      const time = new Date().toLocaleTimeString(localeOf(i18n.language), {
        hour: '2-digit',
        minute: '2-digit',
      });
      setStatus(
        fresh.length === 0
          ? t('exchange.folder.scannedNone', { time })
          : t('exchange.folder.scanned', { count: fresh.length, time }),
      );
      if (fresh.length > 0) {
        await queue.run(
          fresh.map((entry) => ({
            name: `${entry.nodeId}/${entry.file}`,
            read: () => folder.read(entry),
          })),
        );
      }
    } catch (error) {
      setStatus(null);
      setFailure(
        t('exchange.folder.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    } finally {
      scanning.current = false;
    }
  }, [folder, year, node, tree, queue, t, i18n.language]);

  // Polls while the page is open and a folder is chosen; the first scan right away.
  const scanRef = useRef(scan);
  useEffect(() => {
    scanRef.current = scan;
  }, [scan]);
  useEffect(() => {
    if (!path) return;
    void scanRef.current();
    const timer = setInterval(() => void scanRef.current(), POLL_MS);
    return () => clearInterval(timer);
  }, [path, year]);

  const onChoose = async () => {
    const chosen = await folder.choose();
    if (chosen) {
      tried.current.clear();
      setPath(chosen);
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exchange.folder.heading')}</h2>
      <p className="help">{t('exchange.folder.help')}</p>
      <p>{path ? t('exchange.folder.current', { path }) : t('exchange.folder.none')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void onChoose()}>
          {t('exchange.folder.choose')}
        </button>
        {path ? (
          <button
            type="button"
            className="button button-primary"
            disabled={queue.busy}
            onClick={() => void scan()}
          >
            {t('exchange.folder.scan')}
          </button>
        ) : null}
      </div>
      <div role="status" className="message-slot">
        {status}
      </div>
      <div role="alert" className="message-slot">
        {failure ? <p className="error-message">{failure}</p> : null}
      </div>
    </section>
  );
}
