import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingEffects } from './category-effects';
import { PendingChanges } from './PendingChanges';

/**
 * Asked before a save that reaches stored incidents: which renames they carry (rewrite them or
 * not) and how many lose their category to a removal. A <dialog>, like ConfirmDialog, but with
 * the rewrite choice inside.
 */
export function SaveDialog({
  open,
  effects,
  rewrite,
  onRewriteChange,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  effects: PendingEffects;
  rewrite: boolean;
  onRewriteChange(rewrite: boolean): void;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog icat-dialog"
      aria-labelledby="icat-save-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="icat-save-title">{t('incidents.stats.settings.confirmTitle')}</h2>
      <PendingChanges effects={effects} rewrite={rewrite} onRewriteChange={onRewriteChange} />
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm}>
          {t('incidents.stats.settings.save')}
        </button>
      </div>
    </dialog>
  );
}
