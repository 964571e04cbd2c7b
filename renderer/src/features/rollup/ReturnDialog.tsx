import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKAGE_EXTENSION } from '@shared/exchange/manifest';
import type { OrgNode } from '@shared/schemas';
import { getDb, RepositoryError } from '../../data';
import { buildReturnPackage, recordReturn } from '../../data/outgoing';
import { getSigner } from '../../exchange/key-store';
import { webCrypto } from '../../exchange/web-crypto';
import { usePlatform } from '../../platform/PlatformContext';

const MAX_COMMENT = 4000;

export interface ReturnOutcome {
  kind: 'ok' | 'error';
  text: string;
}

/**
 * Återremittera: a required comment, then a signed return package for the child's newest
 * received revision, offered as a file or (in the app, when chosen) written to the shared folder,
 * and recorded as sent. Built on <dialog> like ConfirmDialog: focus is trapped, Escape cancels.
 */
export function ReturnDialog({
  child,
  revision,
  year,
  onClose,
}: {
  child: OrgNode;
  revision: number | null;
  year: number;
  onClose: (outcome: ReturnOutcome | null) => void;
}) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const folder = platform.sharedFolder;
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [comment, setComment] = useState('');
  const [destination, setDestination] = useState<'file' | 'folder'>('file');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  function check(): string | null {
    if (comment.trim() === '') return t('rollup.returnDialog.commentRequired');
    if (comment.length > MAX_COMMENT) return t('rollup.returnDialog.commentTooLong');
    return null;
  }

  async function submit() {
    const problem = check();
    setError(problem);
    if (problem) {
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    setWorking(true);
    try {
      const db = getDb();
      const built = await buildReturnPackage(db, {
        nodeId: child.id,
        year,
        comment,
        signer: await getSigner(db),
        crypto: webCrypto,
      });
      const node = child.name;
      if (destination === 'folder' && folder) {
        const result = await folder.write({
          year,
          nodeId: child.id,
          kind: 'return',
          revision: built.revision,
          data: built.bytes,
        });
        if (!result.written) {
          onClose({ kind: 'error', text: t('rollup.returnDialog.exists') });
          return;
        }
        await recordReturn(db, built, 'folder');
        onClose({
          kind: 'ok',
          text: t('rollup.returnDialog.written', { node, file: result.file }),
        });
        return;
      }
      const saved = await platform.saveFile(built.fileName, built.bytes, [
        { name: t('rollup.returnDialog.filterName'), extensions: [PACKAGE_EXTENSION] },
      ]);
      if (!saved.saved) {
        onClose({ kind: 'error', text: t('rollup.returnDialog.cancelled') });
        return;
      }
      await recordReturn(db, built, 'file');
      onClose({ kind: 'ok', text: t('rollup.returnDialog.saved', { node, file: saved.name }) });
    } catch (err) {
      const reason = err instanceof RepositoryError ? err.message : String(err);
      setError(t('rollup.returnDialog.failed', { reason }));
    } finally {
      setWorking(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog rollup-return-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(event) => {
        event.preventDefault();
        if (!working) onClose(null);
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${id}-title`}>{t('rollup.returnDialog.title', { node: child.name })}</h2>
        <p id={`${id}-intro`}>
          {t('rollup.returnDialog.intro', { node: child.name, revision: revision ?? '–' })}
        </p>
        <div className="rollup-field">
          <label htmlFor={`${id}-comment`}>{t('rollup.returnDialog.comment')}</label>
          <textarea
            id={`${id}-comment`}
            rows={5}
            required
            aria-required="true"
            aria-invalid={error !== null && check() !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        {folder ? (
          <fieldset className="radio-group">
            <legend>{t('rollup.returnDialog.destination')}</legend>
            {(['file', 'folder'] as const).map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name={`${id}-destination`}
                  value={value}
                  checked={destination === value}
                  onChange={() => setDestination(value)}
                />
                {t(
                  value === 'file' ? 'rollup.returnDialog.toFile' : 'rollup.returnDialog.toFolder',
                )}
              </label>
            ))}
          </fieldset>
        ) : null}
        <p id={`${id}-error`} className="error-message" role="alert">
          {error ?? ''}
        </p>
        {working ? (
          <p className="message-slot" role="status">
            {t('rollup.returnDialog.working')}
          </p>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" className="button" disabled={working} onClick={() => onClose(null)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={working}>
            {t('rollup.returnDialog.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
