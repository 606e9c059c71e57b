// Reads a zustand vanilla store from Preact and re-renders on change.
import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

export function useStoreState<T>(store: StoreApi<T>): T {
  const [state, setState] = useState(() => store.getState());
  useEffect(() => {
    setState(store.getState());
    return store.subscribe((next) => setState(() => next));
  }, [store]);
  return state;
}
