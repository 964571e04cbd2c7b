import { useEffect, useId, useMemo } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { Question } from '@shared/schemas';
import { TEMPLATE_LIMITS, type LocalQuestionInput } from '@shared/templates/versioning';
import {
  KNOWN_SOURCES,
  questionFormDefaults,
  questionFormSchema,
  type QuestionFormValues,
} from './template-forms';
import { FieldError } from './FieldError';

/** Adds or edits one local question: text, help text and legal references (react-hook-form + zod). */
export function LocalQuestionForm({
  question,
  heading,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  question?: Question;
  heading: string;
  submitLabel: string;
  onSubmit(input: LocalQuestionInput): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const schema = useMemo(
    () =>
      questionFormSchema({
        textRequired: t('templates.form.textRequired'),
        textTooLong: t('templates.form.textTooLong', { max: TEMPLATE_LIMITS.questionText }),
        helpTooLong: t('templates.form.helpTooLong', { max: TEMPLATE_LIMITS.help }),
        sourceRequired: t('templates.form.sourceRequired'),
        refTooLong: t('templates.form.refTooLong', { max: TEMPLATE_LIMITS.legalRefField }),
        tooManyRefs: t('templates.form.tooManyRefs', { max: TEMPLATE_LIMITS.legalRefs }),
      }),
    [t],
  );
  const {
    register,
    control,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<QuestionFormValues, unknown, LocalQuestionInput>({
    resolver: zodResolver(schema),
    defaultValues: questionFormDefaults(question),
  });
  const refs = useFieldArray({ control, name: 'legalRefs' });

  useEffect(() => setFocus('text'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    await onSubmit(values);
  });

  const textError = errors.text?.message;
  const helpError = errors.help?.message;
  const refsError = errors.legalRefs?.root?.message ?? errors.legalRefs?.message;

  return (
    <form
      className="tpl-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h4 id={`${id}-heading`} className="tpl-form-heading">
        {heading}
      </h4>
      <div className="tpl-field">
        <label htmlFor={`${id}-text`}>{t('templates.form.text')}</label>
        <p id={`${id}-text-help`} className="tpl-field-help">
          {t('templates.form.textHelp')}
        </p>
        <textarea
          id={`${id}-text`}
          rows={2}
          aria-invalid={textError ? true : undefined}
          aria-describedby={`${id}-text-help${textError ? ` ${id}-text-error` : ''}`}
          {...register('text')}
        />
        <FieldError id={`${id}-text-error`} message={textError} />
      </div>
      <div className="tpl-field">
        <label htmlFor={`${id}-help`}>{t('templates.form.help')}</label>
        <p id={`${id}-help-help`} className="tpl-field-help">
          {t('templates.form.helpHelp')}
        </p>
        <textarea
          id={`${id}-help`}
          rows={3}
          aria-invalid={helpError ? true : undefined}
          aria-describedby={`${id}-help-help${helpError ? ` ${id}-help-error` : ''}`}
          {...register('help')}
        />
        <FieldError id={`${id}-help-error`} message={helpError} />
      </div>
      <fieldset className="tpl-refs">
        <legend>{t('templates.form.legalRefs')}</legend>
        <p className="tpl-field-help">{t('templates.form.legalRefsHelp')}</p>
        <datalist id={`${id}-sources`}>
          {KNOWN_SOURCES.map((source) => (
            <option key={source} value={source} />
          ))}
        </datalist>
        {refs.fields.map((field, index) => {
          const n = index + 1;
          const sourceError = errors.legalRefs?.[index]?.source?.message;
          const sectionError = errors.legalRefs?.[index]?.section?.message;
          return (
            <div key={field.id} className="tpl-ref-row">
              <div className="tpl-field">
                <label htmlFor={`${id}-ref-${index}-source`}>
                  {t('templates.form.sourceN', { n })}
                </label>
                <input
                  id={`${id}-ref-${index}-source`}
                  list={`${id}-sources`}
                  aria-invalid={sourceError ? true : undefined}
                  aria-describedby={sourceError ? `${id}-ref-${index}-source-error` : undefined}
                  {...register(`legalRefs.${index}.source`)}
                />
                <FieldError id={`${id}-ref-${index}-source-error`} message={sourceError} />
              </div>
              <div className="tpl-field">
                <label htmlFor={`${id}-ref-${index}-section`}>
                  {t('templates.form.sectionN', { n })}
                </label>
                <input
                  id={`${id}-ref-${index}-section`}
                  aria-invalid={sectionError ? true : undefined}
                  aria-describedby={sectionError ? `${id}-ref-${index}-section-error` : undefined}
                  {...register(`legalRefs.${index}.section`)}
                />
                <FieldError id={`${id}-ref-${index}-section-error`} message={sectionError} />
              </div>
              <button
                type="button"
                className="button button-danger tpl-button-small"
                onClick={() => refs.remove(index)}
              >
                {t('templates.form.removeRef', { n })}
              </button>
            </div>
          );
        })}
        {refs.fields.length < TEMPLATE_LIMITS.legalRefs ? (
          <button
            type="button"
            className="button tpl-button-small"
            onClick={() => refs.append({ source: '', section: '' })}
          >
            {t('templates.form.addRef')}
          </button>
        ) : null}
        <FieldError id={`${id}-refs-error`} message={refsError} />
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
