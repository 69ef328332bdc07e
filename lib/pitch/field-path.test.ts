import { describe, expect, test } from 'vitest';
import { bulletPath, fieldPathOf, formName, rootOf, sectionOfBullet } from './field-path';

describe('field paths', () => {
  test.each([
    [['headline'], 'headline'],
    [['situation', 2], 'situation[2]'],
    [['trace', 'if'], 'trace.if'],
    [['answerNotes', 0, 'note'], 'answerNotes[0].note'],
  ])('%j is written %s', (path, expected) => {
    expect(fieldPathOf(path)).toBe(expected);
  });

  test.each([
    ['situation[1]', 'situation.1', 'situation'],
    ['answerNotes[0].note', 'answerNotes.0.note', 'answerNotes'],
    ['trace.if', 'trace.if', 'trace'],
    ['headline', 'headline', 'headline'],
  ])('%s is the form field %s, under %s', (path, name, root) => {
    expect(formName(path)).toBe(name);
    expect(rootOf(path)).toBe(root);
  });

  test('a bullet path names its section; other paths name none', () => {
    expect(bulletPath('outcome', 3)).toBe('outcome[3]');
    expect(sectionOfBullet('outcome[3]')).toBe('outcome');
    expect(sectionOfBullet('trace.if')).toBeUndefined();
    expect(sectionOfBullet('outcome')).toBeUndefined();
  });
});
