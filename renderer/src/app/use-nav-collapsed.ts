import { useCallback, useEffect, useState } from 'react';

/** Below this window width the navigation shows icons only, unless the user opens it. */
export const NAV_COLLAPSE_BELOW_PX = 1100;
const STORAGE_KEY = 'intervyou.nav.collapsed';
const NARROW = `(max-width: ${NAV_COLLAPSE_BELOW_PX - 1}px)`;

function storedChoice(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

/**
 * Whether the sidebar shows icons only. In a wide window it is the user's remembered choice; in a
 * narrow one it collapses on its own, and opening it there lasts until the window widens again
 * (so a wide window keeps the remembered choice).
 */
export function useNavCollapsed(): { collapsed: boolean; narrow: boolean; toggle(): void } {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  const [chosen, setChosen] = useState(storedChoice);
  const [openedWhileNarrow, setOpenedWhileNarrow] = useState(false);

  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const onChange = (): void => {
      setNarrow(query.matches);
      setOpenedWhileNarrow(false);
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const toggle = useCallback(() => {
    if (narrow) {
      setOpenedWhileNarrow((open) => !open);
      return;
    }
    setChosen((was) => {
      try {
        localStorage.setItem(STORAGE_KEY, String(!was));
      } catch {
        // Storage unavailable: the choice lasts for this window only.
      }
      return !was;
    });
  }, [narrow]);

  return { collapsed: narrow ? !openedWhileNarrow : chosen, narrow, toggle };
}
