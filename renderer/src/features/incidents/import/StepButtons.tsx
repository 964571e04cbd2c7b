import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Tillbaka / Nästa (or the step's own primary action) and, apart from them, Avbryt. */
export function StepButtons({
  onBack,
  onNext,
  onCancel,
  primary,
}: {
  onBack?: () => void;
  onNext?: () => void;
  onCancel: () => void;
  /** Replaces "Nästa" (the preview's import button). */
  primary?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="kia-actions">
      <div className="button-row">
        {onBack ? (
          <button type="button" className="button" onClick={onBack}>
            {t('incidents.kiaImport.back')}
          </button>
        ) : null}
        {primary ??
          (onNext ? (
            <button type="button" className="button button-primary" onClick={onNext}>
              {t('incidents.kiaImport.next')}
            </button>
          ) : null)}
      </div>
      <button type="button" className="button kia-cancel" onClick={onCancel}>
        {t('incidents.kiaImport.cancel')}
      </button>
    </div>
  );
}
