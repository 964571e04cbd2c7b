import { useCallback, useRef, useState } from 'react';
import { getDb } from '../../../data';
import { importPackages, type ImportFile, type ImportOutcome } from '../../../data/package-repo';
import { retrustKey, trustKey } from '../../../data/trust-repo';
import type { TrustRequest } from './TrustDialog';

/** A file to import: read when its turn comes. */
export interface ImportSource {
  name: string;
  read(): Promise<Uint8Array>;
}

/** One line of the result list: the file and what became of it. */
export type ResultRow =
  | { id: number; fileName: string; kind: 'outcome'; outcome: ImportOutcome }
  | { id: number; fileName: string; kind: 'notTrusted'; nodeName: string }
  | { id: number; fileName: string; kind: 'unreadable'; message: string };

export interface ImportQueue {
  progress: { done: number; total: number } | null;
  rows: ResultRow[];
  busy: boolean;
  trustRequest: TrustRequest | null;
  answerTrust(trusted: boolean): void;
  /** Imports the files; resolves with the result rows of this run. */
  run(sources: readonly ImportSource[]): Promise<ResultRow[]>;
}

type NeedsTrust = Extract<ImportOutcome, { kind: 'needs-trust' }>;

let nextRowId = 1;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Imports a batch of package files in one go (with progress), then asks about every key that is
 * not trusted yet — once per node, with the trust dialog — and imports that node's files again
 * if the user trusts it. Runs queue behind each other: a drop during an import waits its turn.
 */
export function useImportQueue(): ImportQueue {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [rows, setRows] = useState<ResultRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [trustRequest, setTrustRequest] = useState<TrustRequest | null>(null);
  const resolveTrust = useRef<((trusted: boolean) => void) | null>(null);
  const running = useRef<Promise<unknown>>(Promise.resolve());

  const answerTrust = useCallback((trusted: boolean) => {
    resolveTrust.current?.(trusted);
    resolveTrust.current = null;
    setTrustRequest(null);
  }, []);

  const run = useCallback((sources: readonly ImportSource[]) => {
    const askTrust = (request: TrustRequest) =>
      new Promise<boolean>((resolve) => {
        resolveTrust.current = resolve;
        setTrustRequest(request);
      });

    const work = async (): Promise<ResultRow[]> => {
      if (sources.length === 0) return [];
      const total = sources.length;
      setBusy(true);
      setRows([]);
      setProgress({ done: 0, total });
      try {
        const db = getDb();
        // Keyed by the source's position: two files may share a name.
        const results = new Map<number, ResultRow>();
        const files: ImportFile[] = [];
        const positions: number[] = [];
        for (const [position, source] of sources.entries()) {
          try {
            files.push({ name: source.name, bytes: await source.read() });
            positions.push(position);
          } catch (error) {
            results.set(position, {
              id: nextRowId++,
              fileName: source.name,
              kind: 'unreadable',
              message: errorText(error),
            });
          }
        }
        const outcomes = await importPackages(db, files, {
          onProgress: (done) => setProgress({ done: done + results.size, total }),
        });
        type Waiting = { ask: NeedsTrust; files: ImportFile[]; positions: number[] };
        const waiting = new Map<string, Waiting>();
        outcomes.forEach((outcome, i) => {
          const file = files[i];
          const position = positions[i];
          if (!file || position === undefined) return;
          if (outcome.kind === 'needs-trust') {
            const key = `${outcome.nodeId}:${outcome.publicKey}`;
            const entry = waiting.get(key) ?? { ask: outcome, files: [], positions: [] };
            entry.files.push(file);
            entry.positions.push(position);
            waiting.set(key, entry);
          }
          results.set(position, {
            id: nextRowId++,
            fileName: file.name,
            kind: 'outcome',
            outcome,
          });
        });
        // One question per node and key, in the order the files came.
        for (const { ask, files: retry, positions: at } of waiting.values()) {
          const trusted = await askTrust({
            fileName: retry.map((f) => f.name).join(', '),
            nodeName: ask.nodeName,
            fingerprint: ask.fingerprint,
            changed: ask.changed,
            previousFingerprint: ask.previousFingerprint,
          });
          if (!trusted) {
            retry.forEach((f, i) => {
              results.set(at[i] ?? -1, {
                id: nextRowId++,
                fileName: f.name,
                kind: 'notTrusted',
                nodeName: ask.nodeName,
              });
            });
            continue;
          }
          if (ask.changed) await retrustKey(db, ask.nodeId, ask.publicKey);
          else await trustKey(db, ask.nodeId, ask.publicKey);
          const again = await importPackages(db, retry);
          again.forEach((outcome, i) => {
            const f = retry[i];
            const position = at[i];
            if (f && position !== undefined) {
              results.set(position, {
                id: nextRowId++,
                fileName: f.name,
                kind: 'outcome',
                outcome,
              });
            }
          });
        }
        const ordered = sources.flatMap((_, position) => {
          const row = results.get(position);
          return row ? [row] : [];
        });
        setRows(ordered);
        setProgress({ done: total, total });
        return ordered;
      } finally {
        setBusy(false);
      }
    };

    const next = running.current.then(work);
    running.current = next.catch(() => undefined);
    return next;
  }, []);

  return { progress, rows, busy, trustRequest, answerTrust, run };
}
