'use client';

import { useFormContext } from 'react-hook-form';
import { THEME_IDS } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';

const names: Record<(typeof THEME_IDS)[number], string> = {
  boardroom: 'Boardroom (navy)',
  horizon: 'Horizon (teal)',
  ember: 'Ember (warm)',
};

/** The slide theme, shared by the preview and the exported PowerPoint. */
export function ThemeSelect() {
  const { register } = useFormContext<PitchFile>();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor="pitch-theme" className="font-semibold">
        Theme
      </label>
      <select
        id="pitch-theme"
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
        {...register('theme')}
      >
        {THEME_IDS.map((id) => (
          <option key={id} value={id}>
            {names[id]}
          </option>
        ))}
      </select>
    </div>
  );
}
