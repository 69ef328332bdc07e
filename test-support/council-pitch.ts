import type { PitchFile } from '@/lib/pitch/schema';
import type { RuleId } from '@/lib/advice/types';
import { analyzePitch } from '@/lib/advice';

/**
 * A clean pitch from the public sector (not the fixtures' insurance story) that raises no
 * warning or error; rule tests change one field of it and watch one rule. Test support only.
 */
export function cleanCouncilPitch(): PitchFile {
  return {
    format: 'one-slide-pitch',
    version: 2,
    title: 'Online planning applications',
    audience: 'Council cabinet',
    headline: 'Online planning applications will cut permit decisions from 12 to 6 weeks by June',
    situation: [
      'Planning permits take 12 weeks, twice the national target',
      'Officers re-key 70% of each application by hand',
      'Complaints to councillors rose 30% last year',
    ],
    action: [
      'Launch online applications with built-in checks in February',
      'Move two officers from data entry to case review',
      'Publish decision times on the council website every month',
    ],
    outcome: [
      'Permit decisions fall from 12 to 6 weeks by June',
      'Officers save 1,500 hours a year',
      'Complaints drop by half within a year',
    ],
    ask: 'Approve £180K for the portal and one project manager from January',
    valueProposition: 'Residents get answers sooner and officers spend their time on decisions.',
    trace: {
      objective: 'Faster public services',
      initiative: 'Digital council',
      program: 'Planning modernisation',
      project: 'Online applications',
      if: 'applications arrive complete',
      then: 'decisions take six weeks',
      else: 'backlogs keep growing',
    },
    pitch: {
      targetSeconds: 45,
      text: 'Planning permits take 12 weeks today, twice the national target, and complaints rose 30% last year. Most of the delay is re-keying: officers type 70% of each application by hand. In February we launch online applications with built-in checks and move two officers to case review. By June, decisions fall from 12 to 6 weeks, and officers save 1,500 hours a year. I need £180K for the portal and one project manager from January. Can you approve it at the next cabinet meeting?',
    },
    theme: 'horizon',
  };
}

/** Rule ids that fire on `pitch` (any severity), optionally only for one field. */
export function firedRules(
  pitch: PitchFile,
  field?: string,
  options?: { wordsPerMinute?: number },
): RuleId[] {
  return analyzePitch(pitch, options)
    .findings.filter((f) => field === undefined || f.field === field)
    .map((f) => f.rule);
}
