'use client';

import type { ReactNode } from 'react';
import { ThemeSelect } from './theme-select';

/** The preview column: sticky beside the form on wide screens, below it on narrow ones. */
export function LivePreview({ children }: { children: ReactNode }) {
  return (
    <aside aria-label="Preview" className="lg:sticky lg:top-4 lg:self-start">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">Preview</h2>
        <ThemeSelect />
      </div>
      {children}
    </aside>
  );
}

/** Where the slide goes while the editor's first commit is drawn: the page skeleton's slide. */
export function PreviewPlaceholder() {
  return <div aria-hidden="true" className="aspect-video w-full animate-pulse rounded-sm bg-slate-200/70 dark:bg-slate-800" />;
}
