import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { problemDetail, problemText, translate, type MessageParams, type TextKey } from '../i18n/translate.ts';
import type { Problem } from '../domain/result.ts';
import type { Catalogue } from '../state/catalogue.ts';
import type { DocStore } from '../state/doc-store.ts';
import type { AppState } from '../state/ui-store.ts';
import type { WorkshopRepository } from '../state/workshop-repository.ts';

/** What the whole app shares: the UI store and the device's workshops. */
export interface AppServices {
  store: StoreApi<AppState>;
  /** Where the device keeps its documents. */
  docStore: DocStore;
  /** The device's list of workshops: all the start page reads. */
  catalogue: Catalogue;
  /**
   * Creating, opening, copying, importing and deleting workshops. Loaded on first use, not with the start
   * page: it brings the records' schemas and the documents' readers (bundle budget, docs/performance.md).
   */
  loadRepository: () => Promise<WorkshopRepository>;
}

export const AppContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices outside <AppContext.Provider>');
  return services;
}

/** Reads the UI store with a narrow selector. */
export function useUi<T>(selector: (state: AppState) => T): T {
  return useStore(useServices().store, selector);
}

export type Translate = (key: TextKey, params?: MessageParams) => string;

/** The translate function for the current language, plus one for domain refusals. */
export function useT(): { t: Translate; problem: (problem: Problem) => string; problemDetail: (problem: Problem) => string } {
  const language = useUi((state) => state.language);
  // The same functions until the language changes, so memoised children keep their props.
  return useMemo(
    () => ({
      t: (key, params) => translate(language, key, params),
      problem: (problem) => problemText(language, problem),
      problemDetail: (problem) => problemDetail(language, problem),
    }),
    [language],
  );
}
