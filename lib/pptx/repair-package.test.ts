import { describe, expect, test } from 'vitest';
import { completeBackgroundProperties, keepLeadingParagraphProperties } from './repair-package';

describe('keepLeadingParagraphProperties', () => {
  test.each([
    [
      'drops properties pptxgenjs repeats before later runs',
      '<a:p><a:pPr marL="0"><a:buNone/></a:pPr><a:r><a:t>Decision needed: </a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>Approve</a:t></a:r></a:p>',
      '<a:p><a:pPr marL="0"><a:buNone/></a:pPr><a:r><a:t>Decision needed: </a:t></a:r><a:r><a:t>Approve</a:t></a:r></a:p>',
    ],
    [
      'drops self-closing repeats too',
      '<a:p><a:pPr algn="l"/><a:r><a:t>a</a:t></a:r><a:pPr algn="l"/><a:r><a:t>b</a:t></a:r></a:p>',
      '<a:p><a:pPr algn="l"/><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>',
    ],
    [
      'leaves a one-run paragraph alone',
      '<a:p><a:pPr/><a:r><a:t>a</a:t></a:r></a:p><a:p><a:r><a:t>b</a:t></a:r></a:p>',
      '<a:p><a:pPr/><a:r><a:t>a</a:t></a:r></a:p><a:p><a:r><a:t>b</a:t></a:r></a:p>',
    ],
  ])('%s', (_case, input, expected) => {
    expect(keepLeadingParagraphProperties(input)).toBe(expected);
  });
});

describe('completeBackgroundProperties', () => {
  test.each([
    [
      '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></p:bgPr></p:bg>',
      '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>',
    ],
    ['<p:bgPr><a:noFill/><a:effectLst/></p:bgPr>', '<p:bgPr><a:noFill/><a:effectLst/></p:bgPr>'],
  ])('gives %s its effect list once', (input, expected) => {
    expect(completeBackgroundProperties(input)).toBe(expected);
  });
});
