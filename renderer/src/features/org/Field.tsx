import { useId, type ReactNode } from 'react';

export interface FieldIds {
  id: string;
  /** Hint and error, for aria-describedby; undefined when there is neither. */
  describedBy: string | undefined;
  invalid: true | undefined;
}

/**
 * A labelled form field with an optional hint (below the input, so inputs in a grid line up
 * whatever the hints' lengths) and its error, both tied to the input through
 * aria-describedby so a screen reader reads them with the field.
 */
export function Field({
  label,
  hint,
  error,
  className,
  children,
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  className?: string;
  children: (ids: FieldIds) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={['org-field', error ? 'org-field-invalid' : '', className ?? ''].join(' ')}>
      <label htmlFor={id} className="org-label">
        {label}
      </label>
      {children({ id, describedBy: describedBy || undefined, invalid: error ? true : undefined })}
      {hint ? (
        <span id={hintId} className="org-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="org-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
