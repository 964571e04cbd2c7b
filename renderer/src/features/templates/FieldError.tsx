/** A field's error, referenced by the field's aria-describedby; nothing when there is none. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="tpl-field-error">
      {message}
    </p>
  );
}
