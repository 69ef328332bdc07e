'use client';

import { useId } from 'react';
import { CARD_CUE_LEVELS, isCardCueLevel, type CardCueLevel } from '@/lib/card/card-content';
import { CUE_LEVEL_LABELS } from '@/lib/cues';

interface CardCueSelectProps {
  value: CardCueLevel;
  onChange: (level: CardCueLevel) => void;
  disabled?: boolean;
}

/** "Card back": how much of the pitch the card's back shows (full text, first letters, keywords). */
export function CardCueSelect({ value, onChange, disabled }: CardCueSelectProps) {
  const id = useId();
  return (
    <label
      className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-300"
      htmlFor={id}
    >
      Card back
      <select
        id={id}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:outline-3 focus-visible:outline-indigo-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        value={value}
        disabled={disabled}
        onChange={(e) => isCardCueLevel(e.target.value) && onChange(e.target.value)}
      >
        {CARD_CUE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {CUE_LEVEL_LABELS[level]}
          </option>
        ))}
      </select>
    </label>
  );
}
