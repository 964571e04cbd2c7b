/**
 * The only places outside the app a link may lead: the authorities and insurers whose rules and
 * forms the follow-up refers to. Everything else is refused, so a crafted link in imported data
 * cannot open an arbitrary URL or scheme on the user's machine.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'av.se',
  'www.av.se',
  'www.riksdagen.se',
  'www.forsakringskassan.se',
  'www.afaforsakring.se',
  'skr.se',
]);

/**
 * The URL as the browser should get it (re-serialised, so the OS sees exactly what was checked),
 * or null unless it is https on the default port, without credentials, to a listed host.
 */
export function allowedExternalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const allowed =
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    EXTERNAL_HOSTS.has(parsed.hostname);
  return allowed ? parsed.href : null;
}

/** Opens the URL in the user's browser when allowed; returns whether it did. */
export function openExternalIfAllowed(
  url: string,
  openExternal: (url: string) => Promise<void>,
): boolean {
  const allowed = allowedExternalUrl(url);
  if (allowed === null) return false;
  // A browser that fails to start is not the page's business; the click is simply lost.
  openExternal(allowed).catch(() => undefined);
  return true;
}
