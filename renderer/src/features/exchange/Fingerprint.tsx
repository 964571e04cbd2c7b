/**
 * A key fingerprint as people read it aloud: groups of four hex digits in a monospace face, so
 * "0" and "O", "1" and "l" cannot be confused over the phone. Lines break only between groups.
 */
export function Fingerprint({ value, large = false }: { value: string; large?: boolean }) {
  const groups = value.split(' ').filter((group) => group !== '');
  return (
    <span className={large ? 'fingerprint fingerprint-large' : 'fingerprint'} translate="no">
      {groups.map((group, i) => (
        <span key={i}>
          {i > 0 ? ' ' : null}
          <span className="fingerprint-group">{group}</span>
        </span>
      ))}
    </span>
  );
}
