'use client';

import { TextField } from './text-field';

/** The elevator pitch text and value proposition (the drafter replaces this step when wired). */
export function BasicPitchStep() {
  return (
    <>
      <TextField name="pitch.text" label="Elevator pitch" multiline rows={8} maxChars={3000} />
      <TextField name="valueProposition" label="Value proposition" multiline />
    </>
  );
}
