import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { getDb } from '../../data';
import type { FollowUpFormValues } from './form-model';
import { saveFormValues } from './follow-up-store';
import { clearPagehideDraft, writePagehideDraft } from './pagehide-draft';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string };

/** Long enough to save once per pause in typing, short enough that a crash loses a few keys. */
export const AUTOSAVE_DELAY_MS = 500;

/**
 * Saves the form without a save button: debounced while typing, at once for an answer radio, and
 * flushed when focus leaves a field, the tab is hidden or the page goes away. Saves run one after
 * another so an older value can never overwrite a newer one. `pendingOnMount` saves a restored
 * draft straight away, so its valid parts reach the record.
 */
export function useAutosave({
  form,
  followUpId,
  enabled,
  pendingOnMount,
}: {
  form: UseFormReturn<FollowUpFormValues>;
  followUpId: string;
  enabled: boolean;
  pendingOnMount: boolean;
}) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const dirty = useRef(pendingOnMount);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  /** Saves started but not finished: the page going away now would abort them. */
  const inFlight = useRef(0);

  const flush = useCallback(
    (urgent = false): Promise<void> => {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      if (!enabled) return chain.current;
      // The page may be gone before any IndexedDB save finishes (an earlier one included), so a
      // synchronous copy of everything not yet stored goes first.
      if (urgent && (dirty.current || inFlight.current > 0))
        writePagehideDraft(followUpId, Date.now(), structuredClone(form.getValues()));
      if (!dirty.current) return chain.current;
      dirty.current = false;
      const values = structuredClone(form.getValues());
      const takenAt = Date.now();
      inFlight.current += 1;
      setState({ kind: 'saving' });
      chain.current = chain.current
        .then(() => saveFormValues(getDb(), followUpId, values))
        .then(
          () => {
            clearPagehideDraft(followUpId, takenAt);
            setState({ kind: 'saved', at: new Date() });
          },
          (error: unknown) => {
            // Keep the change pending so the next edit or flush tries again.
            dirty.current = true;
            setState({ kind: 'failed', message: error instanceof Error ? error.message : '' });
          },
        )
        .finally(() => {
          inFlight.current -= 1;
        });
      return chain.current;
    },
    [enabled, followUpId, form],
  );

  useEffect(() => {
    if (!enabled) return;
    const subscription = form.watch((_values, { name }) => {
      dirty.current = true;
      window.clearTimeout(timer.current);
      const immediate = name?.endsWith('.value') ?? false;
      timer.current = window.setTimeout(() => void flush(), immediate ? 0 : AUTOSAVE_DELAY_MS);
    });
    if (dirty.current) void flush();
    return () => subscription.unsubscribe();
  }, [enabled, flush, form]);

  useEffect(() => {
    const onPageHide = () => void flush(true);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush(true);
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the screen (another menu item, another unit) saves what was typed.
      void flush();
    };
  }, [flush]);

  return { state, flush };
}
