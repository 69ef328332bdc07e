'use client';

import { PORTFOLIO_INPUTS, withPortfolioInput, type EffectiveInputs } from '@/lib/portfolio';
import type { StoredPitch } from '@/lib/storage/library-database';
import { pitchLabel } from './pitch-label';
import { PortfolioInputField } from './portfolio-input-field';

/** The six portfolio inputs of one pitch, each saved into the pitch as it is edited. */
export function PitchInputs({
  record,
  inputs,
  onSave,
}: {
  record: StoredPitch;
  inputs: EffectiveInputs;
  onSave: (record: StoredPitch, next: StoredPitch['pitch']) => void;
}) {
  const name = pitchLabel(record.pitch);
  return (
    <div className="mt-3 grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-3">
      {PORTFOLIO_INPUTS.map((key) => (
        <PortfolioInputField
          key={key}
          inputKey={key}
          input={inputs[key]}
          pitchName={name}
          onCommit={(value) => onSave(record, withPortfolioInput(record.pitch, key, value))}
        />
      ))}
    </div>
  );
}
