import type { ReactElement, ReactNode } from 'react';

/** The ids and ARIA attributes that tie a control to its help text and its error. */
export function fieldAria(id: string, help: boolean, error: string | undefined) {
  const ids = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids === '' ? undefined : ids,
  };
}

/**
 * A labelled control with optional help and error below it. The control itself is passed in
 * (input or select, spread with fieldAria) so react-hook-form's register stays in the caller.
 */
export function FormField({
  id,
  label,
  required = false,
  help,
  error,
  wide = false,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  help?: ReactNode;
  error?: string;
  wide?: boolean;
  children: ReactElement;
}) {
  return (
    <div className={wide ? 'ilog-field ilog-field-wide' : 'ilog-field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {help ? (
        <p className="ilog-field-help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="ilog-field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
