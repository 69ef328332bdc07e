import { describe, expect, test } from 'vitest';
import type { PitchFile, Trace } from '../pitch/schema';
import { findNearDuplicates, mergeSpellings } from './near-duplicates';
import { areNearDuplicates, nameKey } from './trace-names';
import { buildTraceTree, flattenTree, type PortfolioPitch } from './trace-tree';
import { PORTFOLIO_PITCHES } from '@/test-support/portfolio-library';

const pitch = (trace?: Trace): PitchFile => ({
  format: 'one-slide-pitch',
  version: 2,
  headline: 'A headline',
  situation: [],
  action: [],
  outcome: [],
  ...(trace ? { trace } : {}),
});
const library = (...traces: Array<Trace | undefined>): PortfolioPitch[] =>
  traces.map((trace, i) => ({ id: `p${i + 1}`, pitch: pitch(trace) }));

/** The tree as indented lines: "objective Name [p1]", a gap as "initiative (gap)". */
function outline(pitches: PortfolioPitch[]): string[] {
  return flattenTree(buildTraceTree(pitches).objectives).map(
    ({ node, depth }) =>
      `${'  '.repeat(depth)}${node.level} ${node.name ?? '(gap)'}${node.pitchIds.length ? ` [${node.pitchIds.join(' ')}]` : ''}`,
  );
}

describe('the strategy tree from traces', () => {
  test.each([
    ['case', 'Retain top 20 brokers', 'RETAIN TOP 20 BROKERS'],
    ['spacing', 'Retain top 20 brokers', '  Retain  top 20\tbrokers '],
    ['a space before a percent sign', 'Cut cost by 10%', 'cut cost by 10 %'],
    ['compatibility characters', 'Eﬃciency ﬁrst', 'Efficiency first'],
  ])('names differing only by %s are one node', (_, a, b) => {
    expect(outline(library({ objective: a }, { objective: b }))).toEqual([
      `objective ${a.trim()} [p1 p2]`,
    ]);
  });

  test('punctuation variants are two nodes (offered for merging, not merged)', () => {
    expect(
      outline(
        library({ objective: 'Retain top 20 brokers' }, { objective: 'Retain top-20 brokers' }),
      ),
    ).toEqual(['objective Retain top 20 brokers [p1]', 'objective Retain top-20 brokers [p2]']);
  });

  test('the spelling most pitches use names the node, spaces tidied', () => {
    const tree = buildTraceTree(
      library(
        { objective: 'grow  revenue' },
        { objective: 'Grow revenue' },
        { objective: 'Grow revenue' },
      ),
    );
    expect(tree.objectives[0]!.name).toBe('Grow revenue');
  });

  test('levels left empty between named ones are gaps, not invented nodes; trailing empty levels add nothing', () => {
    expect(
      outline(
        library(
          { objective: 'Safety', program: 'Medication', project: 'Scanning' },
          { objective: 'Safety', initiative: ' ', program: 'medication' },
          { objective: 'Safety', initiative: 'Wards', project: 'Beds' },
          { objective: 'Safety' },
        ),
      ),
    ).toEqual([
      'objective Safety [p4]',
      '  initiative (gap)',
      '    program Medication [p2]',
      '      project Scanning [p1]',
      '  initiative Wards',
      '    program (gap)',
      '      project Beds [p3]',
    ]);
  });

  test('pitches that name no objective are untraced, whatever lower levels they name', () => {
    const tree = buildTraceTree(
      library(
        undefined,
        { objective: 'Safety' },
        { initiative: 'Cloud first', program: 'DC exit' },
        { objective: '   ', if: 'x' },
      ),
    );
    expect(tree.untraced).toEqual(['p1', 'p3', 'p4']);
    expect(tree.objectives.map((o) => o.pitchCount)).toEqual([1]);
  });

  test('the 12-pitch fixture: every pitch is in the tree or untraced, and the counts add up', () => {
    const pitches = PORTFOLIO_PITCHES.map((p, i) => ({ id: String(i), pitch: p }));
    const tree = buildTraceTree(pitches);
    expect(tree.untraced.map((id) => PORTFOLIO_PITCHES[Number(id)]!.title)).toEqual([
      'Permit applications online',
      'Data centre exit',
    ]);
    expect(tree.objectives.reduce((n, o) => n + o.pitchCount, 0)).toBe(10);
    // Four objectives, two of them written two ways: six nodes until the user merges.
    expect(tree.objectives.map((o) => o.name)).toEqual([
      'Retain top 20 brokers',
      'Retain top-20 brokers',
      'Cut operating cost by 10%',
      'Grow digital revenue 25%',
      'Improve patient safety',
    ]);
  });
});

describe('near-duplicate names', () => {
  test.each([
    ['Retain top 20 brokers', 'Retain top-20 brokers', true],
    ['Digital storefront', 'Digital store-front', true],
    ['Claims modernisation', 'Claims modernization', true],
    ['Lean operations', 'Lean operation', true],
    ['Plant 2 upgrade', 'Plant 3 upgrade', false],
    ['Retain top 20 brokers', 'Retain top 30 brokers', false],
    ['Sales', 'Sale', false],
    ['Claims excellence', 'CLAIMS EXCELLENCE', false],
    ['Grow revenue', 'Cut cost', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(areNearDuplicates(a, b)).toBe(expected);
  });

  test('groups them per level, most used spelling first, and merging renames only the other spellings', () => {
    const pitches = library(
      { objective: 'Retain top-20 brokers', initiative: 'Claims' },
      { objective: 'Retain top 20 brokers' },
      { objective: 'retain top 20 brokers' },
      { objective: 'Grow revenue', initiative: 'claims' },
    );
    const groups = findNearDuplicates(pitches);
    expect(groups).toEqual([
      {
        level: 'objective',
        spellings: [
          { name: 'Retain top 20 brokers', pitchIds: ['p2', 'p3'] },
          { name: 'Retain top-20 brokers', pitchIds: ['p1'] },
        ],
      },
    ]);
    const saved = mergeSpellings(pitches, groups[0]!, 'Retain top 20 brokers');
    expect(saved.map((p) => [p.id, p.pitch.trace])).toEqual([
      ['p1', { objective: 'Retain top 20 brokers', initiative: 'Claims' }],
    ]);
    expect(nameKey(saved[0]!.pitch.trace!.objective!)).toBe(nameKey('retain top 20 brokers'));
  });

  test('the fixture offers its three near-duplicates and nothing else', () => {
    const groups = findNearDuplicates(
      PORTFOLIO_PITCHES.map((p, i) => ({ id: String(i), pitch: p })),
    );
    expect(groups.map((g) => `${g.level}: ${g.spellings.map((s) => s.name).join(' / ')}`)).toEqual([
      'objective: Retain top 20 brokers / Retain top-20 brokers',
      'initiative: Lean operations / Lean operation',
      'initiative: Digital storefront / Digital store-front',
    ]);
  });
});
