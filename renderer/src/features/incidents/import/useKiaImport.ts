import { useEffect, useRef, useState } from 'react';
import {
  SETTINGS_KEY,
  emptyMapping,
  kiaMessages,
  suggestMapping,
  type KiaMapping,
  type SourceTable,
} from '@shared/incidents/kia';
import type { Incident } from '@shared/schemas';
import { getDb, getSetting, importIncidents, setSetting, type JsonValue } from '../../../data';
import { usePlatform } from '../../../platform/PlatformContext';
import { readExportFile, TableReadError } from '../kia/read-table';
import { rememberedMapping, type WizardStep } from './import-model';
import type { ValueContext } from './value-resolution';

/**
 * The wizard's state and its moves. Nothing here writes to the database before startImport(),
 * and that write is one transaction: cancelling at any step leaves the stored incidents as they
 * were.
 */

export interface LoadedFile {
  name: string;
  table: SourceTable;
}

export type RunState =
  | { phase: 'running'; written: number; total: number; stopping: boolean }
  | { phase: 'done'; added: number; updated: number; skipped: number; remembered: boolean }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

export type FileState =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string }
  | { phase: 'unreadable'; name: string; reason: string | null };

interface WizardState {
  step: WizardStep;
  /** Counts every move, so each step's section mounts afresh (and its heading takes focus). */
  round: number;
  file: LoadedFile | null;
  reading: FileState;
  mapping: KiaMapping;
  /** True when the mapping started from the one saved after the last import. */
  remembered: boolean;
  mask: boolean;
  run: RunState | null;
  /** Shown on step 1 after "Avbryt": nothing was stored. */
  cancelled: boolean;
}

const INITIAL: WizardState = {
  step: 'file',
  round: 0,
  file: null,
  reading: { phase: 'idle' },
  mapping: emptyMapping(),
  remembered: false,
  // Personal data is masked unless the user decides otherwise (data minimisation).
  mask: true,
  run: null,
  cancelled: false,
};

const FILE_FILTERS = (name: string) => [{ name, extensions: ['csv', 'xlsx', 'txt'] }];

/** Thrown from the progress callback to abort the import's transaction. */
class ImportStopped extends Error {
  override name = 'ImportStopped';
}

/** The mapping as stored JSON (a field without column is left out, not written as undefined). */
function mappingJson(mapping: KiaMapping): JsonValue {
  const columns: Record<string, string> = {};
  for (const [field, header] of Object.entries(mapping.columns))
    if (header !== undefined) columns[field] = header;
  return { ...mapping, columns };
}

export function useKiaImport(context: ValueContext, filterName: string) {
  const platform = usePlatform();
  const [state, setState] = useState<WizardState>(INITIAL);
  const stop = useRef(false);

  // Leaving the screen during an import stops it: nothing half-seen is stored.
  useEffect(
    () => () => {
      stop.current = true;
    },
    [],
  );

  const move = (step: WizardStep, changes: Partial<WizardState> = {}) =>
    setState((s) => ({ ...s, ...changes, step, round: s.round + 1 }));

  async function chooseFile(): Promise<void> {
    const opened = await platform.openFile(FILE_FILTERS(filterName));
    if (!opened) return;
    const { name, data } = opened;
    setState((s) => ({ ...s, reading: { phase: 'reading', name }, cancelled: false }));
    let table: SourceTable;
    try {
      // A copy: the readers want an ArrayBuffer of exactly the file's bytes.
      table = await readExportFile(name, data.slice().buffer);
    } catch (error) {
      const reason = error instanceof TableReadError ? error.message : null;
      setState((s) => ({ ...s, reading: { phase: 'unreadable', name, reason } }));
      return;
    }
    if (table.rows.length === 0) {
      setState((s) => ({
        ...s,
        reading: { phase: 'unreadable', name, reason: kiaMessages.noRows },
      }));
      return;
    }
    const stored = await getSetting(getDb(), SETTINGS_KEY);
    const unitIds = new Set(context.units.map((unit) => unit.id));
    const previous = rememberedMapping(stored, unitIds, context.places, context.causes);
    const mapping = suggestMapping(
      table.headers,
      table.rows.map((row) => row.cells),
      { ...context, previous },
    );
    move('columns', {
      file: { name, table },
      mapping,
      remembered: previous !== undefined,
      reading: { phase: 'idle' },
    });
  }

  /** "Avbryt" before the import: back to step 1; the file and choices are dropped. */
  function cancel(): void {
    setState((s) => ({ ...INITIAL, round: s.round + 1, cancelled: true }));
  }

  function startOver(): void {
    setState((s) => ({ ...INITIAL, round: s.round + 1 }));
  }

  async function startImport(incidents: readonly Incident[], skipped: number): Promise<void> {
    stop.current = false;
    const total = incidents.length;
    move('import', { run: { phase: 'running', written: 0, total, stopping: false } });
    const setRun = (run: RunState) => setState((s) => ({ ...s, run }));
    let result: { added: number; updated: number };
    try {
      result = await importIncidents(getDb(), incidents, {
        onProgress: (written) => {
          if (stop.current) throw new ImportStopped();
          setRun({ phase: 'running', written, total, stopping: false });
        },
      });
    } catch (error) {
      if (error instanceof ImportStopped) setRun({ phase: 'cancelled' });
      else
        setRun({
          phase: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      return;
    }
    // Remembered only after a successful import (a mapping never used proves nothing), and
    // separately from it: the incidents are stored even if the setting cannot be written.
    let remembered = true;
    try {
      await setSetting(getDb(), SETTINGS_KEY, mappingJson(state.mapping));
    } catch {
      remembered = false;
    }
    setRun({ phase: 'done', ...result, skipped, remembered });
  }

  function stopImport(): void {
    stop.current = true;
    setState((s) => (s.run?.phase === 'running' ? { ...s, run: { ...s.run, stopping: true } } : s));
  }

  return {
    state,
    chooseFile,
    setMapping: (mapping: KiaMapping) => setState((s) => ({ ...s, mapping })),
    setMask: (mask: boolean) => setState((s) => ({ ...s, mask })),
    goTo: (step: WizardStep) => move(step, { run: null }),
    cancel,
    startOver,
    startImport,
    stopImport,
  };
}
