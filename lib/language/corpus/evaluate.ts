import { analyzePitch, type Finding } from '../../advice';
import type { PitchFile } from '../../pitch/schema';
import type { CorpusRuleId, FieldRuleId, PitchCase, SentenceCase, SentenceField } from './types';

/** Field rules: judged on a sentence case. */
export const FIELD_RULES: readonly FieldRuleId[] = [
  'headline-length',
  'headline-not-claim',
  'bullet-too-long',
  'vague-ask',
  'passive-voice',
  'hedging',
  'jargon',
  'hard-to-read',
  'filler-words',
  'acronyms',
];

/** Every rule the corpus measures, field rules first. */
export const CORPUS_RULES: readonly CorpusRuleId[] = [
  ...FIELD_RULES,
  'required',
  'overflow',
  'too-many-bullets',
  'no-metric',
  'no-timeframe',
  'no-situation-number',
  'pitch-too-long',
  'pitch-too-short',
  'pitch-missing-metric',
  'pitch-missing-ask',
  'pitch-contradicts-slide',
];

const EMPTY: PitchFile = {
  format: 'one-slide-pitch',
  version: 2,
  headline: '',
  situation: [],
  action: [],
  outcome: [],
};

/** The pitch that holds only a sentence case's text, in the field it was typed into, and the field path it gets. */
function pitchWithOnly(field: SentenceField, text: string): { pitch: PitchFile; path: string } {
  switch (field) {
    case 'headline':
      return { pitch: { ...EMPTY, headline: text }, path: 'headline' };
    case 'bullet':
      return { pitch: { ...EMPTY, action: [text] }, path: 'action[0]' };
    case 'ask':
      return { pitch: { ...EMPTY, ask: text }, path: 'ask' };
    case 'valueProposition':
      return { pitch: { ...EMPTY, valueProposition: text }, path: 'valueProposition' };
    case 'trace':
      return { pitch: { ...EMPTY, trace: { then: text } }, path: 'trace.then' };
    case 'pitch':
      return { pitch: { ...EMPTY, pitch: { text } }, path: 'pitch' };
  }
}

/** Field rules the engine raises on one sentence case, through the same `analyzePitch` the app runs. */
export function sentenceFindings(c: SentenceCase): Finding[] {
  const { pitch, path } = pitchWithOnly(c.field, c.text);
  const fieldRules = new Set<string>(FIELD_RULES);
  return analyzePitch(pitch).findings.filter(
    (f) =>
      fieldRules.has(f.rule) && (f.field === path || f.field === path.replace(/\[\d+\]$/u, '')),
  );
}

/** Every finding the engine raises on a pitch case. */
export function pitchFindings(c: PitchCase): Finding[] {
  return analyzePitch({ format: 'one-slide-pitch', version: 2, ...c.pitch }).findings;
}

export interface RuleScore {
  rule: CorpusRuleId;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Cases labelled as firing, and near misses written for this rule. */
  positives: number;
  nearMisses: number;
  precision: number;
  recall: number;
}

/** A case the engine judged differently from its label. */
export interface Disagreement {
  id: string;
  rule: CorpusRuleId;
  kind: 'missed' | 'false alarm';
  text: string;
  messages: string[];
}

export interface CorpusScore {
  rules: RuleScore[];
  overall: { precision: number; recall: number };
  disagreements: Disagreement[];
  /** Warnings and errors on pitches labelled clean (must be none). */
  cleanPitchWarnings: { id: string; findings: Finding[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Scores the engine on the corpus: per-rule precision and recall, with every disagreement listed. */
export function scoreCorpus(
  sentences: readonly SentenceCase[],
  pitches: readonly PitchCase[],
): CorpusScore {
  const counts = new Map<CorpusRuleId, RuleScore>(
    CORPUS_RULES.map((rule) => [
      rule,
      {
        rule,
        truePositives: 0,
        falsePositives: 0,
        falseNegatives: 0,
        positives: 0,
        nearMisses: 0,
        precision: 1,
        recall: 1,
      },
    ]),
  );
  const disagreements: Disagreement[] = [];
  const cleanPitchWarnings: CorpusScore['cleanPitchWarnings'] = [];
  const judge = (
    id: string,
    text: string,
    rules: readonly CorpusRuleId[],
    expect: readonly string[],
    nearMiss: readonly string[],
    findings: Finding[],
  ) => {
    const fired = new Set(findings.map((f) => f.rule as string));
    for (const rule of rules) {
      const score = counts.get(rule)!;
      const expected = expect.includes(rule);
      if (expected) score.positives++;
      if (nearMiss.includes(rule)) score.nearMisses++;
      const raised = fired.has(rule);
      if (expected && raised) score.truePositives++;
      else if (!expected && raised) {
        score.falsePositives++;
        disagreements.push({
          id,
          rule,
          kind: 'false alarm',
          text,
          messages: findings.filter((f) => f.rule === rule).map((f) => `${f.field}: ${f.message}`),
        });
      } else if (expected && !raised) {
        score.falseNegatives++;
        disagreements.push({ id, rule, kind: 'missed', text, messages: [] });
      }
    }
  };
  for (const c of sentences)
    judge(
      c.id,
      `[${c.field}] ${c.text}`,
      FIELD_RULES,
      c.expect,
      c.nearMiss ?? [],
      sentenceFindings(c),
    );
  for (const c of pitches) {
    const findings = pitchFindings(c);
    judge(c.id, c.pitch.headline, CORPUS_RULES, c.expect, c.nearMiss ?? [], findings);
    if (c.expect.length === 0) {
      const serious = findings.filter((f) => f.severity !== 'tip');
      if (serious.length > 0) cleanPitchWarnings.push({ id: c.id, findings: serious });
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const rules = [...counts.values()].map((s) => {
    tp += s.truePositives;
    fp += s.falsePositives;
    fn += s.falseNegatives;
    return {
      ...s,
      precision: ratio(s.truePositives, s.truePositives + s.falsePositives),
      recall: ratio(s.truePositives, s.truePositives + s.falseNegatives),
    };
  });
  return {
    rules,
    overall: { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    disagreements,
    cleanPitchWarnings,
  };
}
