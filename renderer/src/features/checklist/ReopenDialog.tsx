import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';

type ReopenValues = { who: string; reason: string };

/**
 * Asks who reopens a signed follow-up and why, before anything changes: both go to the audit
 * trail. A <dialog> so focus is trapped and Escape cancels.
 */
export function ReopenDialog({
  open,
  defaultWho,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  defaultWho: string;
  onConfirm: (values: ReopenValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const schema = useMemo(
    () =>
      z.object({
        who: z
          .string()
          .trim()
          .min(1, t('checklist.reopen.whoRequired'))
          .max(200, t('checklist.reopen.tooLong')),
        reason: z
          .string()
          .trim()
          .min(1, t('checklist.reopen.reasonRequired'))
          .max(1000, t('checklist.reopen.tooLong')),
      }),
    [t],
  );
  const form = useForm<ReopenValues>({
    resolver: zodResolver(schema),
    defaultValues: { who: defaultWho, reason: '' },
  });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      form.reset({ who: defaultWho, reason: '' });
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, defaultWho, form]);

  const onSubmit = form.handleSubmit((values) =>
    onConfirm({ who: values.who.trim(), reason: values.reason.trim() }),
  );

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <h2 id={`${id}-title`}>{t('checklist.reopen.title')}</h2>
        <p id={`${id}-message`}>{t('checklist.reopen.message')}</p>
        <div className={errors.who ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-who`} className="field-label">
            {t('checklist.reopen.who')}
          </label>
          <input
            id={`${id}-who`}
            type="text"
            autoComplete="name"
            aria-invalid={errors.who ? true : undefined}
            aria-describedby={errors.who ? `${id}-who-error` : undefined}
            {...form.register('who')}
          />
          {errors.who ? (
            <p id={`${id}-who-error`} className="field-error">
              {errors.who.message}
            </p>
          ) : null}
        </div>
        <div className={errors.reason ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-reason`} className="field-label">
            {t('checklist.reopen.reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            // The name is usually prefilled; the reason is what the user has to write.
            autoFocus
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
            {...form.register('reason')}
          />
          {errors.reason ? (
            <p id={`${id}-reason-error`} className="field-error">
              {errors.reason.message}
            </p>
          ) : null}
        </div>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('checklist.reopen.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
