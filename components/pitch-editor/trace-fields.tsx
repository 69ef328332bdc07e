'use client';

import { TextField } from './text-field';

/** Strategy trace (Objective → Initiative → Program → Project) and the If / Then / Else line. */
export function TraceFields() {
  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">From strategy to project</legend>
        <TextField name="trace.objective" label="Objective" placeholder="e.g. Retain our top 20 brokers" />
        <TextField name="trace.initiative" label="Initiative" placeholder="e.g. Claims excellence" />
        <TextField name="trace.program" label="Program" placeholder="e.g. Claims modernisation" />
        <TextField name="trace.project" label="Project" placeholder="e.g. Triage automation" />
      </fieldset>
      <fieldset className="grid gap-4">
        <legend className="mb-2 text-base font-semibold">If / Then / Else</legend>
        <TextField name="trace.if" label="If" placeholder="e.g. triage is automated by May" />
        <TextField name="trace.then" label="Then" placeholder="e.g. settlement time falls to 14 days" />
        <TextField name="trace.else" label="Else" placeholder="e.g. broker churn risk stays at 12%" />
      </fieldset>
    </>
  );
}
