import { describe, expect, test } from 'vitest';
import { activeVoice } from './active-voice';
import { firmUp } from './plain-words';
import { asCommitment, asOutcomeStatement, lowerFirst, mainClause } from './sentences';

describe('slide fragments become sentences a speaker says', () => {
  test.each([
    ['Deploy rules-based triage in April', 'We will deploy rules-based triage in April'],
    ['Retrain 12 adjusters to own complex claims', 'We will retrain 12 adjusters to own complex claims'],
    ['Split the floor into six picking zones', 'We will split the floor into six picking zones'],
    ['Triage scores feed the portal', 'Triage scores feed the portal'],
    ['Training costs fall by half', 'Training costs fall by half'],
    ['Launch will slip without funding', 'Launch will slip without funding'],
  ])('%s → %s', (fragment, spoken) => {
    expect(asCommitment(fragment)).toBe(spoken);
  });

  test.each([
    ['Annual saving of $1.2 million from year two', 'That means an annual saving of $1.2 million from year two'],
    ['Savings of $40,000 a quarter', 'That means savings of $40,000 a quarter'],
    ['Settlement time falls to 14 days', 'Settlement time falls to 14 days'],
  ])('outcome %s → %s', (fragment, spoken) => {
    expect(asOutcomeStatement(fragment)).toBe(spoken);
  });

  test.each([
    ['Triage scores will be fed into the portal by May', 'We will feed triage scores into the portal by May'],
    ['Complaints were escalated by the regional directors in June', 'The regional directors escalated complaints in June'],
    ['New racks will be installed by the vendor', 'The vendor will install new racks'],
    ['Orders were picked by hand', 'Orders were picked by hand'],
    ['The pilot was completed by March', 'The pilot was completed by March'],
  ])('passive %s → %s', (fragment, active) => {
    expect(activeVoice(fragment, 'triage scores complaints')).toBe(active);
  });

  test.each([
    ['I think we might be able to deploy triage', 'we will deploy triage'],
    ['We will try to cut costs', 'We will cut costs'],
    ['Basically, claims are slow', 'claims are slow'],
    ['It seems to be slow', 'It is slow'],
    ['We would hope to ship in Q3', 'We will ship in Q3'],
    ['Hopefully we save $1M', 'we save $1M'],
    ['We need your support going forward', 'We need your support'],
    ['A new kind of clinic, rather than a ward', 'A new kind of clinic, rather than a ward'],
  ])('firmer wording: %s → %s', (text, firm) => {
    expect(firmUp(text)).toBe(firm);
  });

  test('a proper noun keeps its capital when a sentence is joined on', () => {
    expect(lowerFirst('Settlement time falls', 'we cut settlement time')).toBe('settlement time falls');
    expect(lowerFirst('Leeds ships more', 'warehouse')).toBeUndefined();
    expect(lowerFirst('NHS waits fall', 'nhs')).toBeUndefined();
  });

  test('the main clause drops a trailing comparison but never leaves a stub', () => {
    expect(mainClause('Claims take 21 days to settle, six days slower than the median')).toBe('Claims take 21 days to settle');
    expect(mainClause('Costs rose, sharply')).toBeUndefined();
    expect(mainClause('Costs rose sharply this year')).toBeUndefined();
  });
});
