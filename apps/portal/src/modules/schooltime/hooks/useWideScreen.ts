import { useSyncExternalStore } from 'react';

/** Wide enough for the whole week side by side (six columns); below it a phone shows one day at a time. */
const WIDE = '(min-width: 62em)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** Whether the screen is wide (follows a rotation or a resized window). */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches, () => false);
}
