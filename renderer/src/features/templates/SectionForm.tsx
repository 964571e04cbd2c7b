import { useEffect, useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_LIMITS } from '@shared/templates/versioning';
import { sectionFormSchema, type SectionFormValues } from './template-forms';
import { FieldError } from './FieldError';

/** A new local section's heading (react-hook-form + zod). */
export function SectionForm({
  onSubmit,
  onCancel,
}: {
  onSubmit(input: { title: string }): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const schema = useMemo(
    () =>
      sectionFormSchema({
        titleRequired: t('templates.form.titleRequired'),
        titleTooLong: t('templates.form.titleTooLong', { max: TEMPLATE_LIMITS.sectionTitle }),
      }),
    [t],
  );
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<SectionFormValues, unknown, { title: string }>({
    resolver: zodResolver(schema),
    defaultValues: { title: '' },
  });

  useEffect(() => setFocus('title'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    await onSubmit(values);
  });
  const error = errors.title?.message;

  return (
    <form
      className="tpl-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${id}-heading`} className="tpl-form-heading">
        {t('templates.addSectionHeading')}
      </h3>
      <div className="tpl-field">
        <label htmlFor={`${id}-title`}>{t('templates.form.sectionTitle')}</label>
        <input
          id={`${id}-title`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...register('title')}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {t('templates.form.addSection')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
