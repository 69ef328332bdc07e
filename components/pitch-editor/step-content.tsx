'use client';

import type { ReactNode } from 'react';
import { BulletListField } from './bullet-list-field';
import { KeyNumberField } from './key-number-field';
import { KnownAcronymsReview } from './known-acronyms-review';
import { ReviewSummary } from './review-summary';
import { StepPanel } from './step-panel';
import { STEPS, type StepId } from './steps';
import { TextField } from './text-field';
import { TraceFields } from './trace-fields';

interface StepContentProps {
  step: StepId;
  onGo: (step: StepId) => void;
  focusOnMount: boolean;
  renderPitchStep: () => ReactNode;
  renderExports: () => ReactNode;
}

const sectionHints = {
  situation: 'Keep each point under 20 words. Three points at most.',
  action: 'Start each point with a verb: Deploy, Retrain, Launch…',
  outcome: 'Put the number first where you can: from 21 to 14 days, 25% capacity, $1.2M a year.',
} as const;

/** The fields of the current step of the guided flow. */
export function StepContent({
  step,
  onGo,
  focusOnMount,
  renderPitchStep,
  renderExports,
}: StepContentProps) {
  const definition = STEPS.find((s) => s.id === step) ?? STEPS[0]!;
  return (
    <div className="min-w-0">
      <StepPanel step={definition} onGo={onGo} focusOnMount={focusOnMount}>
        {step === 'situation' || step === 'action' || step === 'outcome' ? (
          <BulletListField key={step} section={step} hint={sectionHints[step]} />
        ) : null}
        {step === 'outcome' ? <KeyNumberField /> : null}
        {step === 'headline' ? (
          <>
            <TextField
              name="headline"
              label="Headline"
              multiline
              hint="One sentence, 4 to 15 words: the claim and the so-what."
              placeholder="Automating claims triage will cut settlement time by a third before Q3"
            />
            <TextField
              name="ask"
              label="Ask"
              multiline
              hint="Shown on the slide as “Decision needed: …”. A verb, an amount or owner, and a date."
              placeholder="Approve $350K and two integration engineers from March"
            />
          </>
        ) : null}
        {step === 'trace' ? <TraceFields /> : null}
        {step === 'pitch' ? renderPitchStep() : null}
        {step === 'review' ? (
          <>
            <ReviewSummary onGo={onGo} />
            <KnownAcronymsReview />
            <div>
              <h3 className="mb-2 text-base font-semibold">Export</h3>
              <div className="flex flex-wrap gap-2">{renderExports()}</div>
            </div>
          </>
        ) : null}
      </StepPanel>
    </div>
  );
}
