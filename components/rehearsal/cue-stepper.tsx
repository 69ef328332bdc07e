'use client';

import { CUE_LEVEL_LABELS, CUE_LEVELS, type CueLevel } from '@/lib/cues';
import { buttonStyles } from '@/components/ui/button-styles';

/** Shows the card's cue level and lets the user ask for more or less help (↑ / ↓ keys). */
export function CueStepper({ level, onStep }: { level: CueLevel; onStep: (direction: 'more-help' | 'less-help') => void }) {
  const index = CUE_LEVELS.indexOf(level);
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Cue: <strong className="font-semibold text-slate-900 dark:text-white">{CUE_LEVEL_LABELS[level]}</strong>
        <span className="sr-only"> (level {index + 1} of {CUE_LEVELS.length})</span>
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          className={`${buttonStyles.secondary} min-h-11`}
          onClick={() => onStep('more-help')}
          disabled={index === 0}
          aria-keyshortcuts="ArrowUp"
        >
          More help
        </button>
        <button
          type="button"
          className={`${buttonStyles.secondary} min-h-11`}
          onClick={() => onStep('less-help')}
          disabled={index === CUE_LEVELS.length - 1}
          aria-keyshortcuts="ArrowDown"
        >
          Less help
        </button>
      </div>
    </div>
  );
}
