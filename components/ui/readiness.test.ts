import { describe, expect, test } from 'vitest';
import type { Finding } from '@/lib/advice';
import { readinessFigures } from '@/lib/advice/readiness';
import { readinessLabel, readinessTone, reviewVerdict, verdictMessage } from './readiness';

const finding = (severity: Finding['severity'], field = 'headline'): Finding =>
  ({ rule: 'headline-length', field, severity, message: 'm' }) as Finding;

describe('readinessLabel (what a screen reader hears)', () => {
  test('names the figure and says out of 100', () => {
    expect(readinessLabel('slide', 92)).toBe('Slide readiness 92 out of 100');
    expect(readinessLabel('pitch', 0)).toBe('Pitch readiness 0 out of 100');
    expect(readinessLabel('overall', 70)).toBe('Overall readiness 70 out of 100');
  });

  test('says when the figure is still being checked', () => {
    expect(readinessLabel('slide', null)).toBe('Slide readiness being checked');
    expect(readinessLabel('pitch', undefined)).toBe('Pitch readiness being checked');
  });
});

describe('readinessTone', () => {
  test('green from 90, amber from 60, rose below, with dark variants', () => {
    expect(readinessTone(100)).toContain('emerald');
    expect(readinessTone(90)).toContain('emerald');
    expect(readinessTone(89)).toContain('amber');
    expect(readinessTone(60)).toContain('amber');
    expect(readinessTone(59)).toContain('rose');
    expect(readinessTone(0)).toContain('rose');
    for (const score of [0, 60, 100])
      expect(readinessTone(score)).toMatch(/dark:bg-\S+ dark:text-/);
  });
});

describe('reviewVerdict and verdictMessage', () => {
  test('null analysis: still checking', () => {
    expect(reviewVerdict(null)).toEqual({ kind: 'checking' });
    expect(verdictMessage({ kind: 'checking' })).toMatch(/Checking/);
  });

  test('a clean slide with no elevator pitch is never executive-ready and says so plainly', () => {
    const verdict = reviewVerdict({
      findings: [finding('tip')],
      hasSpeech: false,
      executiveReady: false,
    });
    expect(verdict).toEqual({ kind: 'no-pitch', errors: 0, warnings: 0 });
    expect(verdictMessage(verdict)).toMatch(/^No elevator pitch yet\./);
    expect(verdictMessage(verdict)).not.toMatch(/^Executive-ready/);
  });

  test('no elevator pitch, even if the engine were to call it ready', () => {
    expect(reviewVerdict({ findings: [], hasSpeech: false, executiveReady: true }).kind).toBe(
      'no-pitch',
    );
  });

  test('no elevator pitch and problems on the slide: says both', () => {
    const verdict = reviewVerdict({
      findings: [finding('error', 'ask'), finding('warning'), finding('warning')],
      hasSpeech: false,
      executiveReady: false,
    });
    expect(verdict).toEqual({ kind: 'no-pitch', errors: 1, warnings: 2 });
    expect(verdictMessage(verdict)).toBe('No elevator pitch yet, and 1 error and 2 warnings left.');
  });

  test('an elevator pitch and nothing but tips: executive-ready', () => {
    const verdict = reviewVerdict({
      findings: [finding('tip')],
      hasSpeech: true,
      executiveReady: true,
    });
    expect(verdict).toEqual({ kind: 'executive-ready' });
    expect(verdictMessage(verdict)).toBe('Executive-ready: no errors or warnings left.');
  });

  test('an elevator pitch with warnings: counts what is left', () => {
    const verdict = reviewVerdict({
      findings: [finding('warning', 'pitch')],
      hasSpeech: true,
      executiveReady: false,
    });
    expect(verdict).toEqual({ kind: 'issues-left', errors: 0, warnings: 1 });
    expect(verdictMessage(verdict)).toBe('0 errors and 1 warning left.');
  });
});

test('readinessFigures keeps exactly the three figures', () => {
  const figures = readinessFigures({
    readiness: 70,
    slideReadiness: 100,
    pitchReadiness: 0,
    findings: [],
  } as never);
  expect(figures).toEqual({ readiness: 70, slideReadiness: 100, pitchReadiness: 0 });
});
