import { useState } from 'react';
import { usePlatform } from '../../../platform/PlatformContext';
import { decodeText } from './decode-text';

export const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv', 'txt'] }];

export type CsvMessage = { kind: 'status' | 'error'; text: string } | null;

/**
 * The choose → preview → import-all-or-nothing flow of a CSV importer (organisation, survey): the
 * file is picked and decoded (UTF-8 or Windows-1252), `read` turns its text into a preview, and
 * `save` stores it; what happened ends up in `message` (status or error), in the caller's words.
 */
export function useCsvFileImport<P, R>(options: {
  read: (text: string) => P;
  save: (preview: P) => Promise<R>;
  imported: (result: R) => string;
  failed: (message: string) => string;
}) {
  const platform = usePlatform();
  const [preview, setPreview] = useState<{ name: string; content: P } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<CsvMessage>(null);

  const choose = async () => {
    setMessage(null);
    const file = await platform.openFile(CSV_FILTERS);
    if (!file) return;
    setPreview({ name: file.name, content: options.read(decodeText(file.data)) });
  };

  const runImport = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const result = await options.save(preview.content);
      setPreview(null);
      setMessage({ kind: 'status', text: options.imported(result) });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text: options.failed(text) });
    } finally {
      setBusy(false);
    }
  };

  return { preview, busy, message, setMessage, choose, runImport, cancel: () => setPreview(null) };
}

/** The two live regions under an importer's buttons: status for success, alert for failure. */
export function CsvMessages({ message }: { message: CsvMessage }) {
  return (
    <>
      <div role="status" className="message-slot">
        {message?.kind === 'status' ? message.text : null}
      </div>
      <div role="alert" className="message-slot">
        {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
      </div>
    </>
  );
}
