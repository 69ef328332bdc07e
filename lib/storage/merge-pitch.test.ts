import { describe, expect, test } from 'vitest';
import { toEditablePitch } from '../pitch/editable-pitch';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import type { PitchFile } from '../pitch/schema';
import { fullV2Pitch } from '@/test-support/pitch-fixtures';
import { mergePitch } from './merge-pitch';
import { mergeSummary } from './merge-summary';

const base = (): PitchFile => toEditablePitch(structuredClone(EXAMPLE_PITCHES[0]!.pitch));
const edit = (changes: Partial<PitchFile>, from = base()): PitchFile => ({ ...from, ...changes });

describe('mergePitch', () => {
  test('tab A changed the title, tab B the audience: both are kept (issue 15, failure 5)', () => {
    const theirs = edit({ title: 'Title from tab A' });
    const mine = edit({ audience: 'Audience from tab B' });
    const merge = mergePitch(base(), theirs, mine);
    expect(merge.stored.title).toBe('Title from tab A');
    expect(merge.stored.audience).toBe('Audience from tab B');
    expect(merge.form).toEqual(merge.stored);
    expect(merge.conflicts).toEqual([]);
    expect(merge.fromOther).toEqual(['title']);
    expect(merge.kept).toEqual(['audience']);
    expect(mergeSummary(merge)).toBe('Merged with another tab: it changed Title; your Audience is kept.');
  });

  test('the same field changed on both sides is a conflict: stored keeps theirs, the form keeps mine', () => {
    const theirs = edit({ title: 'Their title', ask: 'Approve $2M by May' });
    const mine = edit({ title: 'My title', headline: 'My new headline cuts claims time by a third' });
    const merge = mergePitch(base(), theirs, mine);
    expect(merge.conflicts).toEqual([{ path: 'title', label: 'Title', mine: 'My title', theirs: 'Their title' }]);
    expect(merge.stored).toMatchObject({ title: 'Their title', ask: 'Approve $2M by May', headline: mine.headline });
    expect(merge.form).toMatchObject({ title: 'My title', ask: 'Approve $2M by May', headline: mine.headline });
    // Still unresolved: the next merge from this base finds the same conflict.
    expect(merge.base.title).toBe(base().title);
    expect(mergePitch(merge.base, merge.stored, merge.form).conflicts.map((c) => c.path)).toEqual(['title']);
  });

  test.each<[string, (p: PitchFile) => PitchFile, (p: PitchFile) => PitchFile, string[]]>([
    ['bullets one by one', (p) => ({ ...p, action: ['A1 theirs', ...p.action.slice(1)] }), (p) => ({ ...p, action: [p.action[0]!, 'A2 mine', ...p.action.slice(2)] }), ['action[0]']],
    ['trace lines one by one', (p) => ({ ...p, trace: { ...p.trace, program: 'Their program' } }), (p) => ({ ...p, trace: { ...p.trace, if: 'my if' } }), ['trace.program']],
    ['the spoken pitch apart from its target', (p) => ({ ...p, pitch: { ...p.pitch, targetSeconds: 30 } }), (p) => ({ ...p, pitch: { ...p.pitch, text: 'My spoken pitch.' } }), ['pitch.targetSeconds']],
    ['theme and version 2 keys', (p) => ({ ...p, theme: 'ember', lens: 'cfo' }), (p) => ({ ...p, keyNumber: '14 days', knownAcronyms: ['KYC'] }), ['theme', 'lens']],
    ['portfolio inputs one by one', (p) => ({ ...p, portfolio: { currency: 'EUR' } }), (p) => ({ ...p, portfolio: { confidence: 70 } }), ['portfolio.currency']],
  ])('merges %s', (_, theirsEdit, mineEdit, fromOther) => {
    const theirs = theirsEdit(base());
    const mine = mineEdit(base());
    const merge = mergePitch(base(), theirs, mine);
    expect(merge.conflicts).toEqual([]);
    expect(merge.fromOther).toEqual(fromOther);
    // Every change of both sides is in the result.
    expect(mergePitch(theirs, merge.stored, theirs).fromOther.sort()).toEqual(merge.kept.sort());
    expect(mergePitch(mine, merge.stored, mine).fromOther.sort()).toEqual([...fromOther].sort());
  });

  test('a list that changed length on one side only takes that side; on both sides it is one conflict', () => {
    const theirs = edit({ situation: [...base().situation, 'A new point from tab A'] });
    const mine = edit({ title: 'Mine' });
    expect(mergePitch(base(), theirs, mine).stored.situation).toEqual(theirs.situation);
    const both = mergePitch(base(), theirs, edit({ situation: base().situation.slice(1) }));
    expect(both.conflicts.map((c) => c.label)).toEqual(['Situation (every point)']);
  });

  test('pitches that differ only in empty optional fields are the same (a stored pitch without them, the form with them)', () => {
    const stored: PitchFile = { format: 'one-slide-pitch', version: 2, headline: 'H', situation: ['S'], action: [], outcome: [] };
    const merge = mergePitch(toEditablePitch(stored), stored, toEditablePitch(stored));
    expect([merge.fromOther, merge.kept, merge.conflicts]).toEqual([[], [], []]);
  });

  test('without a known base, every field that differs is a conflict, and an identical copy is none', () => {
    const merge = mergePitch(null, edit({ title: 'Stored' }), edit({ title: 'Rescued' }));
    expect(merge.conflicts.map((c) => c.path)).toEqual(['title']);
    expect(mergePitch(null, fullV2Pitch(), fullV2Pitch()).conflicts).toEqual([]);
  });
});

describe('mergeSummary', () => {
  test.each([
    [{ fromOther: ['audience'], kept: [] }, 'Updated from another tab: it changed Audience.'],
    [{ fromOther: ['title', 'action[1]', 'trace.program'], kept: ['ask', 'headline'] }, 'Merged with another tab: it changed Title, Action 2 and Trace: program; your Ask and Headline are kept.'],
    [{ fromOther: [], kept: ['pitch.text'] }, "Saved after another tab's save: your Elevator pitch is kept."],
    [{ fromOther: ['title', 'audience', 'ask', 'theme', 'lens', 'meeting'], kept: [] }, 'Updated from another tab: it changed Title, Audience, Ask, Theme and 2 more.'],
  ])('%j → %s', (merge, sentence) => {
    expect(mergeSummary(merge)).toBe(sentence);
  });
});
