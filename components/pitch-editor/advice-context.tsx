'use client';

import { createContext, useContext } from 'react';
import type { Finding } from '@/lib/advice';

const AdviceContext = createContext<Finding[]>([]);

export const AdviceProvider = AdviceContext.Provider;

/** Findings whose field is exactly `field` (e.g. `headline`, `situation[1]`, `situation`). */
export function useFieldFindings(field: string): Finding[] {
  return useContext(AdviceContext).filter((f) => f.field === field);
}
