import { describe, expect, test } from 'vitest';
import { exportFileName } from './file-name';

describe('export file names', () => {
  test.each([
    ['Claims triage automation', 'claims-triage-automation.pptx', 'claims-triage-automation.pptx'],
    [undefined, 'pitch.pptx', 'pitch.pptx'],
    ['   ', 'pitch.pptx', 'pitch.pptx'],
    ['顧客満足度の向上', 'pitch.pptx', '顧客満足度の向上.pptx'],
    ['Q3 🚀 launch', 'q3-launch.pptx', 'q3-🚀-launch.pptx'],
    ['👩‍💻 team', 'team.pptx', '👩‍💻-team.pptx'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j.pptx', 'a-b-c-d-e-f-g-h-i-j.pptx'],
    ['Ünïcödé Straße', 'unicode-stra-e.pptx', 'ünïcödé-straße.pptx'],
  ])('%j → %s / %s', (title, ascii, unicode) => {
    expect(exportFileName(title, '.pptx')).toEqual({ ascii, unicode });
  });

  test('a long title keeps 60 characters of its own', () => {
    const { unicode } = exportFileName('漢'.repeat(200), '-card.pdf');
    expect(Array.from(unicode)).toHaveLength(60 + '-card.pdf'.length);
  });
});
