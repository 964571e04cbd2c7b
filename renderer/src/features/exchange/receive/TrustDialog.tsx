import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fingerprint } from '../Fingerprint';

/** What the import stopped on: a key this installation has not trusted for that node. */
export interface TrustRequest {
  fileName: string;
  nodeName: string;
  fingerprint: string;
  /** true: the node had another key before; trusting replaces it (re-trust). */
  changed: boolean;
  previousFingerprint: string | null;
}

/**
 * Trust on first use, made deliberate: the fingerprint in large groups to compare by phone. A
 * changed key says so, shows old and new, and needs a ticked confirmation before it is accepted.
 */
export function TrustDialog({
  request,
  onTrust,
  onCancel,
}: {
  request: TrustRequest | null;
  onTrust: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [confirmed, setConfirmed] = useState(false);
  const open = request !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setConfirmed(false);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, request]);

  const node = request?.nodeName ?? '';
  const changed = request?.changed ?? false;
  return (
    <dialog
      ref={ref}
      className="dialog trust-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {request ? (
        <>
          <h2 id={`${id}-title`}>
            {changed
              ? t('exchange.trust.titleChanged', { node })
              : t('exchange.trust.titleNew', { node })}
          </h2>
          <p id={`${id}-message`} className={changed ? 'trust-warning' : undefined}>
            {changed ? t('exchange.trust.changed', { node }) : t('exchange.trust.intro', { node })}
          </p>
          <p className="help">{t('exchange.trust.file', { name: request.fileName })}</p>
          {changed && request.previousFingerprint ? (
            <div className="trust-old">
              <p>{t('exchange.trust.oldFingerprint')}</p>
              <Fingerprint value={request.previousFingerprint} large />
            </div>
          ) : null}
          <p>{changed ? t('exchange.trust.newFingerprint') : t('exchange.trust.fingerprint')}</p>
          <Fingerprint value={request.fingerprint} large />
          <p className="trust-compare">{t('exchange.trust.compare')}</p>
          {changed ? (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={confirmed}
                onChange={(event) => setConfirmed(event.target.checked)}
              />
              <span>{t('exchange.trust.confirmChanged')}</span>
            </label>
          ) : null}
          <div className="dialog-buttons">
            <button type="button" className="button" onClick={onCancel}>
              {t('exchange.trust.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={changed && !confirmed}
              onClick={onTrust}
            >
              {changed ? t('exchange.trust.retrust') : t('exchange.trust.trust')}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
