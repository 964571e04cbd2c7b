import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormContext, useWatch } from 'react-hook-form';
import type { FollowUpFormValues, NarrativeKey, SummaryKey } from './form-model';

/** The form's text fields (everything but the answer radios). */
export type TextPath =
  | 'meetingDate'
  | 'manager'
  | 'safetyRep'
  | 'staffCount'
  | `narrative.${NarrativeKey}`
  | `summary.${SummaryKey}`
  | `items.${number}.comment`;

interface FieldProps {
  name: TextPath;
  label: string;
  /** A short format hint under the label (e.g. ÅÅÅÅ-MM-DD). */
  hint?: string;
  /** Read by screen readers after the label, e.g. " till fråga 5" when many fields share a label. */
  srSuffix?: string;
  readOnly: boolean;
}

/** A signed or someone else's follow-up is shown as text: easier to read on a projector. */
function ReadOnlyValue({
  name,
  label,
  srSuffix,
  hideWhenEmpty = false,
}: Pick<FieldProps, 'name' | 'label' | 'srSuffix'> & { hideWhenEmpty?: boolean }) {
  const { t } = useTranslation();
  const value = useWatch<FollowUpFormValues, TextPath>({ name });
  if (hideWhenEmpty && value.trim() === '') return null;
  return (
    <div className="field field-readonly">
      <span className="field-label">
        {label}
        <SrSuffix text={srSuffix} />
      </span>
      <p className="field-value">{value.trim() === '' ? t('checklist.emptyValue') : value}</p>
    </div>
  );
}

function SrSuffix({ text }: { text: string | undefined }) {
  return text ? <span className="visually-hidden">{text}</span> : null;
}

/**
 * The field's validation message. Subscribed outside render and kept in local state, so a
 * keystroke in one field (which validates the whole form) re-renders only fields whose message
 * changed, not all fifty of them.
 */
function useFieldError(name: TextPath): string | undefined {
  const { subscribe, getFieldState } = useFormContext<FollowUpFormValues>();
  const [error, setError] = useState(() => getFieldState(name).error?.message);
  useEffect(
    () =>
      subscribe({
        name,
        exact: true,
        formState: { errors: true },
        callback: () => setError(getFieldState(name).error?.message),
      }),
    [getFieldState, name, subscribe],
  );
  return error;
}

function FieldMessages({ hintId, hint, errorId, error }: Record<string, string | undefined>) {
  return (
    <>
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A one-line input with its label, hint and Swedish validation message. */
export function TextField({
  name,
  label,
  hint,
  srSuffix,
  readOnly,
  inputMode,
  autoComplete = 'off',
  size,
}: FieldProps & {
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  size?: number;
}) {
  const { register } = useFormContext<FollowUpFormValues>();
  const id = useId();
  const error = useFieldError(name);
  if (readOnly) return <ReadOnlyValue name={name} label={label} srSuffix={srSuffix} />;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        <SrSuffix text={srSuffix} />
      </label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete={autoComplete}
        size={size}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...register(name)}
      />
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
    </div>
  );
}

/** A multi-line text with its label and Swedish validation message. */
export function TextAreaField({
  name,
  label,
  hint,
  srSuffix,
  readOnly,
  rows = 3,
  hideWhenEmpty = false,
}: FieldProps & {
  rows?: number;
  /** Read-only, an empty value is left out (a question's comment) rather than shown as "–". */
  hideWhenEmpty?: boolean;
}) {
  const { register } = useFormContext<FollowUpFormValues>();
  const id = useId();
  const error = useFieldError(name);
  if (readOnly)
    return (
      <ReadOnlyValue name={name} label={label} srSuffix={srSuffix} hideWhenEmpty={hideWhenEmpty} />
    );
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        <SrSuffix text={srSuffix} />
      </label>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...register(name)}
      />
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
    </div>
  );
}
