import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One name field in the tree (rename, add a child). Enter saves, Escape cancels; a refused save
 * keeps the form open with the data layer's message.
 */
export function InlineNameForm({
  label,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = async () => {
    if (!name.trim()) {
      setError(t('org.tree.nameRequired'));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(name.trim());
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
      inputRef.current?.focus();
    }
  };

  return (
    <form
      className="org-inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={id} className="org-label">
        {label}
      </label>
      <div className="org-inline-controls">
        <input
          ref={inputRef}
          id={id}
          type="text"
          autoComplete="off"
          maxLength={200}
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button-primary org-button-small" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button org-button-small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {error ? (
        <span id={`${id}-error`} role="alert" className="org-error">
          {error}
        </span>
      ) : null}
    </form>
  );
}
