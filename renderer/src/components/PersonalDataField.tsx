import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type RefCallback,
} from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_DELAY_MS, maskPersonalData, personalDataFinding } from './personal-data-guard';
import './PersonalDataField.css';

export interface PersonalDataFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** For react-hook-form's Controller: the field's name and ref (focus on a validation error). */
  name?: string;
  inputRef?: (element: HTMLTextAreaElement | HTMLInputElement | null) => void;
  /** A one-line input instead of a textarea. */
  singleLine?: boolean;
  rows?: number;
  maxLength?: number;
  required?: boolean;
  help?: string;
  error?: string;
  className?: string;
}

/**
 * A free-text field with the personal-data guard: a short pause after typing (or at once after a
 * paste) the text is searched for personnummer and samordningsnummer; if any are found, a polite
 * note under the field says how many and offers "Maskera", which replaces them. The note is
 * linked to the field with aria-describedby and announced through aria-live="polite": a warning
 * while typing, not an error that interrupts.
 *
 * Controlled (value/onChange with the text itself), so it fits react-hook-form's Controller and
 * plain useState alike.
 *
 * Minimising personal data does not end here: what is later sent upward (the roll-up to the next
 * level) leaves free text out unless the sender deliberately includes it. That rule belongs to
 * the roll-up, not to this field.
 */
export function PersonalDataField({
  label,
  value,
  onChange,
  onBlur,
  name,
  inputRef,
  singleLine = false,
  rows = 3,
  maxLength,
  required = false,
  help,
  error,
  className,
}: PersonalDataFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const element = useRef<HTMLTextAreaElement | HTMLInputElement | null>(null);
  // The text last checked: follows `value` after a pause, or at once after a paste or a mask.
  const [checked, setChecked] = useState(value);
  const [pasted, setPasted] = useState(false);
  const [maskedCount, setMaskedCount] = useState(0);
  const pasting = useRef(false);

  useEffect(() => {
    if (checked === value) return;
    const timer = setTimeout(() => setChecked(value), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, checked]);

  const finding = useMemo(() => personalDataFinding(checked), [checked]);

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    const next = event.target.value;
    onChange(next);
    setMaskedCount(0);
    if (pasting.current) {
      pasting.current = false;
      setChecked(next);
      setPasted(personalDataFinding(next) !== null);
    } else {
      setPasted(false);
    }
  };

  const mask = () => {
    const result = maskPersonalData(value);
    onChange(result.text);
    setChecked(result.text);
    setPasted(false);
    setMaskedCount(result.masked);
    // The button disappears with the warning: give focus back to the text.
    element.current?.focus();
  };

  const setRefs: RefCallback<HTMLTextAreaElement | HTMLInputElement> = (node) => {
    element.current = node;
    inputRef?.(node);
  };

  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describedBy =
    [help ? helpId : '', error ? errorId : '', finding || maskedCount > 0 ? noteId : '']
      .filter(Boolean)
      .join(' ') || undefined;

  const common = {
    id,
    name,
    value,
    maxLength,
    required,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: handleChange,
    onBlur,
    onPaste: () => {
      pasting.current = true;
    },
    ref: setRefs,
  };

  const warning = finding
    ? t(
        finding.coordination
          ? 'incidents.log.personalData.foundCoordination'
          : 'incidents.log.personalData.found',
        { count: finding.count },
      )
    : '';

  return (
    <div className={['pd-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {help ? (
        <p className="pd-help" id={helpId}>
          {help}
        </p>
      ) : null}
      {singleLine ? (
        <input type="text" autoComplete="off" {...common} />
      ) : (
        <textarea rows={rows} {...common} />
      )}
      {error ? (
        <p className="pd-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className={finding ? 'pd-note pd-note-warning' : 'pd-note'}>
        <p id={noteId} aria-live="polite">
          {finding
            ? `${pasted ? `${t('incidents.log.personalData.pasted')} ` : ''}${warning}`
            : maskedCount > 0
              ? t('incidents.log.personalData.masked', { count: maskedCount })
              : ''}
        </p>
        {finding ? (
          <button
            type="button"
            className="button button-small"
            aria-label={t('incidents.log.personalData.maskNamed', { field: label })}
            onClick={mask}
          >
            {t('incidents.log.personalData.mask')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
