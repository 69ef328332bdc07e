import { describe, expect, test } from 'vitest';
import { measureTextPt } from './measure-text';
import { prepareParagraph, wrapParagraph } from './wrap-text';

const wrap = (text: string, widthPt: number, sizePt = 20) =>
  wrapParagraph(prepareParagraph([{ text, bold: false }]), sizePt, widthPt).map((l) => l.text);

describe('wrapParagraph', () => {
  test('an empty paragraph is one empty line (it still takes a line of height)', () => {
    expect(wrap('', 200)).toEqual(['']);
  });

  test('text that fits stays on one line', () => {
    expect(wrap('Approve the pilot', 400)).toEqual(['Approve the pilot']);
  });

  test('words move to the next line when the next word would cross the edge', () => {
    const width = measureTextPt('Motor claims take', 20) + 1;
    expect(wrap('Motor claims take 21 days to settle', width)).toEqual([
      'Motor claims take',
      '21 days to settle',
    ]);
  });

  test('spaces at a break hang past the edge instead of pushing a word down', () => {
    const width = measureTextPt('Motor claims', 20) + 0.5;
    expect(wrap('Motor claims   take', width)).toEqual(['Motor claims', 'take']);
  });

  test('every line fits the width, measured with the same metrics', () => {
    const text =
      'Retrain twelve experienced adjusters across the northern and southern regional offices';
    for (const line of wrapParagraph(prepareParagraph([{ text, bold: false }]), 16, 180)) {
      expect(line.widthPt).toBeLessThanOrEqual(180);
      expect(line.widthPt).toBeCloseTo(measureTextPt(line.text, 16), 6);
    }
  });

  test('one giant word breaks by character, each piece as wide as the line allows', () => {
    const word = 'x'.repeat(200);
    const lines = wrap(word, 100);
    expect(lines.join('')).toBe(word);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureTextPt(line, 20)).toBeLessThanOrEqual(100);
    const xWidth = measureTextPt('x', 20);
    expect(measureTextPt(lines[0] ?? '', 20)).toBeGreaterThan(100 - xWidth);
  });

  test('a long URL breaks where LibreOffice breaks it, then by character', () => {
    const lines = wrap('See https://intranet.example.com/reports/2025/claims?region=emea', 200, 16);
    expect(lines.join('')).toBe('Seehttps://intranet.example.com/reports/2025/claims?region=emea');
    expect(lines[0]).toBe('See');
  });

  test.each([
    ['after a hyphen inside a word', 'rules-based triage', ['rules-', 'based', 'triage']],
    ['not after a hyphen before a digit', 'FY2025-26 plan', ['FY2025-26', 'plan']],
    ['not after a leading minus', '-5% churn', ['-5%', 'churn']],
  ])('breaks %s', (_, text, expected) => {
    const widest = Math.max(...expected.map((line) => measureTextPt(line, 20)));
    expect(wrap(text, widest + 1)).toEqual(expected);
  });

  test('CJK text breaks between ideographs but not before closing punctuation', () => {
    const text = '理赔处理时间从二十一天缩短到十四天。';
    const lines = wrap(text, 100);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.startsWith('。')).toBe(false);
    for (const line of lines) expect(measureTextPt(line, 20)).toBeLessThanOrEqual(100);
  });

  test('emoji sequences are never split apart, even in a word that must break', () => {
    const family = '👩‍👩‍👧‍👦';
    const thumbs = '👍🏽';
    const lines = wrap(`${family}${thumbs}`.repeat(6), 60);
    for (const line of lines) {
      expect(line.startsWith('\u200d')).toBe(false);
      expect(line.startsWith('🏽')).toBe(false);
      expect(line.endsWith('\u200d')).toBe(false);
    }
    expect(lines.join('')).toBe(`${family}${thumbs}`.repeat(6));
  });

  test('right-to-left text wraps at spaces in logical order and keeps every character', () => {
    const text = 'الموافقة على ميزانية التشغيل التجريبي في مارس';
    const lines = wrap(text, 120);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    const hebrew = 'אישור תקציב של שלוש מאות אלף';
    expect(wrap(hebrew, 90).join(' ')).toBe(hebrew);
  });

  test('runs keep their styles across the lines they wrap onto', () => {
    const prepared = prepareParagraph([
      { text: 'Settlement time falls from ', bold: false },
      { text: '21 to 14 days', bold: true, emphasis: true },
      { text: ' by September', bold: false },
    ]);
    const lines = wrapParagraph(prepared, 20, 200);
    const emphasised = lines.flatMap((l) => l.runs.filter((r) => r.emphasis).map((r) => r.text));
    expect(emphasised.join(' ').replace(/\s+/g, ' ')).toBe('21 to 14 days');
  });
});
