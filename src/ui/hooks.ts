import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../store';

/** The one store of the page, provided by the composition root. */
export const StoreContext = createContext<AppStore | null>(null);

/** The store itself, for actions that read and write it outside render. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing: render inside <StoreContext.Provider>');
  return store;
}

/** Subscribes a component to one selected piece of state. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
