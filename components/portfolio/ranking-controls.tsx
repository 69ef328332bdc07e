'use client';

import { useId } from 'react';
import { inputStyles } from '@/components/ui/button-styles';
import { FORMULA_IDS, FORMULAS, type ConversionRates, type FormulaId } from '@/lib/portfolio';

/**
 * How to rank: the formula (named, written out, with what its score means) and, when the
 * pitches use more than one currency, the base currency and a rate per other currency.
 */
export function RankingControls({
  formula,
  onFormula,
  currencies,
  conversion,
  onConversion,
}: {
  formula: FormulaId;
  onFormula: (formula: FormulaId) => void;
  currencies: string[];
  conversion: ConversionRates | undefined;
  onConversion: (conversion: ConversionRates | undefined) => void;
}) {
  const id = useId();
  const base = conversion?.base ?? currencies[0];
  const described = FORMULAS[formula];
  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="font-semibold">Rank by</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {FORMULA_IDS.map((f) => (
            <label key={f} className="inline-flex min-h-10 items-center gap-2">
              <input
                type="radio"
                name={`${id}-formula`}
                value={f}
                checked={formula === f}
                onChange={() => onFormula(f)}
                className="size-4 accent-indigo-600"
              />
              {FORMULAS[f].name}
            </label>
          ))}
        </div>
        <p className="mt-2 rounded-lg bg-slate-100 p-3 text-sm break-words dark:bg-slate-800">
          <span className="font-semibold">Formula:</span> {described.formula}. {described.reading}
        </p>
      </fieldset>
      {currencies.length > 1 && base ? (
        <fieldset>
          <legend className="font-semibold">Currencies</legend>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-200">
            Amounts in different currencies are ranked separately until you give a rate.
          </p>
          <div className="mt-2 flex flex-wrap items-end gap-3">
            <label className="text-sm">
              Rank in
              <select
                className={`${inputStyles} mt-1 w-28`}
                value={base}
                onChange={(e) => onConversion({ base: e.target.value, rates: {} })}
              >
                {currencies.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
            {currencies
              .filter((c) => c !== base)
              .map((c) => (
                <label key={c} className="text-sm">
                  1 {c} = ? {base}
                  <input
                    className={`${inputStyles} mt-1 w-32`}
                    inputMode="decimal"
                    autoComplete="off"
                    defaultValue={conversion?.rates[c] ?? ''}
                    key={`${base}-${c}`}
                    onChange={(e) => {
                      const rate = Number(e.target.value.replace(',', '.'));
                      const rates = { ...conversion?.rates };
                      if (e.target.value.trim() !== '' && rate > 0) rates[c] = rate;
                      else delete rates[c];
                      onConversion({ base, rates });
                    }}
                  />
                </label>
              ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
