import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { PACKAGE_EXTENSION } from '@shared/exchange';
import { usePlatform } from '../../../platform/PlatformContext';
import { DropZone } from './DropZone';
import { ResultList } from './ResultList';
import { SharedFolderPanel } from './SharedFolderPanel';
import { TrustDialog } from './TrustDialog';
import { useImportQueue, type ImportSource } from './useImportQueue';

function fromFile(file: File): ImportSource {
  return { name: file.name, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Ta emot: package files from the nodes below (and returns from above), dropped or chosen several
 * at a time, imported one by one with progress and a result per file; and the shared folder.
 */
export function ReceivePanel({ node, year }: { node: OrgNode; year: number }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const queue = useImportQueue();

  const onFiles = (files: File[]) => {
    setNotice(null);
    const packages = files.filter((f) => f.name.toLowerCase().endsWith(`.${PACKAGE_EXTENSION}`));
    if (packages.length === 0) {
      setNotice(t('exchange.receive.noFiles'));
      return;
    }
    void queue.run(packages.map(fromFile));
  };

  const { progress } = queue;
  return (
    <>
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('exchange.receive.heading')}</h2>
        <p className="help">
          {node.level === 1 ? t('exchange.receive.helpUnit') : t('exchange.receive.help')}
        </p>
        <DropZone disabled={queue.busy} onFiles={onFiles} />
        <div role="status" className="message-slot">
          {notice}
        </div>
        {progress ? (
          <div className="import-progress">
            <progress
              max={progress.total}
              value={progress.done}
              aria-label={t('exchange.receive.progressLabel')}
            />
            <span role="status">
              {queue.busy
                ? t('exchange.receive.progress', { done: progress.done, total: progress.total })
                : t('exchange.receive.done', { count: progress.total })}
            </span>
          </div>
        ) : null}
        <ResultList rows={queue.rows} />
      </section>
      {platform.sharedFolder ? (
        <SharedFolderPanel folder={platform.sharedFolder} node={node} year={year} queue={queue} />
      ) : (
        <p className="card help">{t('exchange.folder.browserNote')}</p>
      )}
      <TrustDialog
        request={queue.trustRequest}
        onTrust={() => queue.answerTrust(true)}
        onCancel={() => queue.answerTrust(false)}
      />
    </>
  );
}
