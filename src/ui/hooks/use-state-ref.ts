import { useCallback, useRef, useState } from 'react';

/**
 * State that key handlers can read without going stale: keys can arrive
 * faster than React re-renders (a paste, tmux send-keys), and a handler from
 * the previous render would otherwise see the old value.
 */
export function useStateRef<T>(initial: T | (() => T)): [T, (next: T | ((old: T) => T)) => void, { readonly current: T }] {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const set = useCallback((next: T | ((old: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (old: T) => T)(ref.current) : next;
    ref.current = resolved;
    setValue(resolved);
  }, []);
  return [value, set, ref];
}
