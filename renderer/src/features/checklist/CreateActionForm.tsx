import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type FieldError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Action } from '@shared/schemas';
import { getDb } from '../../data';
import { actionFormSchema, toActionFields, type ActionFormValues } from './action-form';
import { createQuestionAction } from './follow-up-store';

interface Props {
  number: number;
  questionId: string;
  questionText: string;
  nodeId: string;
  year: number;
  responsible: string;
  onDone: (action: Action | null) => void;
}

function InlineField({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error: FieldError | undefined;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, describedBy })}
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}

/** "Skapa åtgärd" in one step: the action prefilled from the question, planned, linked to it. */
export function CreateActionForm({
  number,
  questionId,
  questionText,
  nodeId,
  year,
  responsible,
  onDone,
}: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      actionFormSchema({
        textRequired: t('checklist.action.textRequired'),
        textTooLong: t('checklist.action.textTooLong'),
        responsibleTooLong: t('checklist.action.responsibleTooLong'),
        invalidDate: t('checklist.action.invalidDate'),
      }),
    [t],
  );
  const form = useForm<ActionFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { text: questionText, responsible, dueDate: '', followUpDate: '' },
  });
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  const { ref: registerTextRef, ...textField } = form.register('text');
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    textRef.current?.focus();
    textRef.current?.select();
  }, []);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const action = await createQuestionAction(getDb(), {
        nodeId,
        year,
        questionId,
        ...toActionFields(values),
      });
      onDone(action);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <form
      className="action-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(null);
      }}
    >
      <h3 id={headingId}>{t('checklist.action.heading', { n: number })}</h3>
      <InlineField label={t('checklist.action.text')} error={errors.text}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            rows={2}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={describedBy}
            {...textField}
            ref={(element) => {
              registerTextRef(element);
              textRef.current = element;
            }}
          />
        )}
      </InlineField>
      <div className="field-row">
        <InlineField label={t('checklist.action.responsible')} error={errors.responsible}>
          {({ id, describedBy }) => (
            <input
              id={id}
              type="text"
              autoComplete="off"
              aria-describedby={describedBy}
              {...form.register('responsible')}
            />
          )}
        </InlineField>
        {(['dueDate', 'followUpDate'] as const).map((field) => (
          <InlineField
            key={field}
            label={t(`checklist.action.${field}`)}
            hint={t('checklist.action.dateHelp')}
            error={errors[field]}
          >
            {({ id, describedBy }) => (
              <input
                id={id}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                size={12}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={describedBy}
                {...form.register(field)}
              />
            )}
          </InlineField>
        ))}
      </div>
      {failure ? (
        <p role="alert" className="error-message">
          {failure}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {t('checklist.action.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
