import { rootOf } from '@/lib/pitch/field-path';

/** The guided flow: what each step asks for, what good looks like, and an example from another industry. */
export interface StepDefinition {
  id: StepId;
  label: string;
  /** Field path prefixes whose findings belong to this step. */
  fields: string[];
  guidance: string;
  example?: { industry: string; text: string };
}

export type StepId = 'situation' | 'action' | 'outcome' | 'headline' | 'trace' | 'pitch' | 'review';

export const STEPS: StepDefinition[] = [
  {
    id: 'situation',
    label: 'Situation',
    fields: ['situation'],
    guidance:
      'Two or three facts that make the problem real for this audience: a number, a trend, a cost. No history lesson.',
    example: { industry: 'Logistics', text: 'Late deliveries rose from 4% to 9% since the depot moved in March' },
  },
  {
    id: 'action',
    label: 'Action',
    fields: ['action'],
    guidance: 'What you will do, in verbs: two or three concrete moves with a when. Start each with the verb.',
    example: { industry: 'Banking', text: 'Move mortgage approvals to one shared queue by June' },
  },
  {
    id: 'outcome',
    label: 'Outcome',
    fields: ['outcome'],
    guidance: 'What changes, measured: from X to Y by when. At least one number the executive can repeat.',
    example: { industry: 'Public sector', text: 'Permit decisions fall from 40 to 15 working days by year end' },
  },
  {
    id: 'headline',
    label: 'Headline & Ask',
    fields: ['headline', 'ask'],
    guidance:
      'The headline is the whole story in one sentence: a claim with a verb and the so-what, not a topic label. The ask is the decision you need: a verb, an amount or owner, and a date.',
    example: {
      industry: 'Software',
      text: 'Headline: “Moving billing to the new platform will cut failed payments by half this year” · Ask: “Approve two engineers for Q2”',
    },
  },
  {
    id: 'trace',
    label: 'Trace',
    fields: ['trace'],
    guidance:
      'Optional: show the line from strategy to your project, and the If / Then / Else that makes the stakes plain.',
    example: {
      industry: 'Manufacturing',
      text: 'If line 3 is retooled by May, then scrap falls to 2%; else we miss the margin target again.',
    },
  },
  {
    id: 'pitch',
    label: 'Elevator pitch',
    fields: ['pitch', 'valueProposition'],
    guidance:
      'What you say when an executive asks “what are you working on?”: bottom line first, the number, the ask. 30 to 60 seconds.',
  },
  { id: 'review', label: 'Review', fields: ['title', 'audience', 'theme'], guidance: 'Check the slide, fix what is left, then export and rehearse.' },
];

/** The step a finding's field belongs to (e.g. `situation[2]` → situation, `trace.if` → trace). */
export function stepOfField(field: string): StepId {
  const root = rootOf(field);
  return STEPS.find((s) => s.fields.includes(root))?.id ?? 'review';
}
