import fc from 'fast-check';
import { expect, test } from 'vitest';
import { SECTION_LABELS, SECTIONS } from '../pitch/limits';
import { arbitraryPitch } from './arbitrary-pitch';
import { NO_PITCH_NOTICE } from './build-presentation';
import {
  assertWellFormed,
  openPptx,
  readDocumentTitle,
  readParagraphs,
  readShapeTexts,
} from '@/test-support/pptx-package';
import { renderPptx } from './render-pptx';

/** What XML 1.0 cannot hold (restated here on purpose, not imported from the code under test). */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const survivingText = (text = '') => text.replace(FORBIDDEN, '').replace(/\r\n?/g, '\n');
/** On the slide each field is one paragraph: each line-break character and tab becomes a space. */
const onSlide = (text = '') =>
  text
    .replace(FORBIDDEN, '')
    .replace(/[\t\n\r\u2028\u2029]/g, ' ')
    .trim();

test('any pitch a user can type exports to well-formed XML that keeps every allowed character', async () => {
  await fc.assert(
    fc.asyncProperty(arbitraryPitch, async (pitch) => {
      const pptx = await openPptx(await renderPptx(pitch));
      for (const [name, xml] of pptx.xml) assertWellFormed(xml, name);

      const shapes = readShapeTexts(pptx.xml.get('ppt/slides/slide1.xml') ?? '');
      const headline = onSlide(pitch.headline);
      expect(shapes.get('Headline')).toEqual(headline ? [headline] : []);
      for (const section of SECTIONS) {
        const bullets = pitch[section].map(onSlide).filter(Boolean);
        expect(shapes.get(SECTION_LABELS[section])).toEqual(bullets);
      }
      expect(shapes.get('Ask')).toEqual([`Decision needed: ${onSlide(pitch.ask)}`]);
      const traceParts = Object.values(pitch.trace ?? {})
        .map(onSlide)
        .filter(Boolean);
      const footer = (shapes.get('Trace') ?? []).join('\n');
      for (const part of traceParts) expect(footer).toContain(part);

      const notes = readParagraphs(pptx.xml.get('ppt/notesSlides/notesSlide1.xml') ?? '').map(
        (p) => p.text,
      );
      expect(notes).toContain(survivingText(pitch.pitch?.text).trim() || NO_PITCH_NOTICE);

      const title = readDocumentTitle(pptx.xml.get('docProps/core.xml') ?? '');
      expect(title).toBe(
        survivingText(pitch.title).trim() ||
          survivingText(pitch.headline).trim() ||
          'One-Slide Pitch',
      );
    }),
    { numRuns: 1000 },
  );
}, 600_000);
