import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to an element by id once it is on the page. Callers always change state at the same
 * time (a form closes, a template is picked), and the element may appear only after the live query
 * has delivered the saved template (a new section), so every commit tries until the element exists.
 */
export function useFocusAfterRender(): (id: string) => void {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (target.current === null) return;
    const element = document.getElementById(target.current);
    if (!element) return;
    element.focus();
    target.current = null;
  });
  return useCallback((id: string) => {
    target.current = id;
  }, []);
}
