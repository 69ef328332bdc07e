import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import { keyNumbers } from '../language/key-number';
import type { PitchFile } from '../pitch/schema';
import { fitSlide, SLIDE_THEMES } from '../slide';
import { NO_PITCH_NOTICE } from './build-presentation';
import {
  assertWellFormed,
  openPptx,
  readDocumentTitle,
  readParagraphs,
} from '@/test-support/pptx-package';
import { renderPptx } from './render-pptx';

const EMU_PER_INCH = 914_400;
const examples = EXAMPLE_PITCHES.map((e) => [e.id, e.pitch] as const);

async function exported(pitch: PitchFile) {
  const bytes = await renderPptx(pitch);
  const pptx = await openPptx(bytes);
  const slideXml = pptx.xml.get('ppt/slides/slide1.xml') ?? '';
  return { bytes, pptx, slideXml, paragraphs: readParagraphs(slideXml).map((p) => p.text) };
}

describe.each(examples)('the exported slide of "%s"', (_id, pitch) => {
  test('is a package with exactly one slide and its notes', async () => {
    const { pptx } = await exported(pitch);
    expect(pptx.names.filter((n) => /^ppt\/slides\/[^/]+\.xml$/.test(n))).toEqual([
      'ppt/slides/slide1.xml',
    ]);
    expect(pptx.names.filter((n) => /^ppt\/notesSlides\/[^/]+\.xml$/.test(n))).toEqual([
      'ppt/notesSlides/notesSlide1.xml',
    ]);
    expect(pptx.xml.get('ppt/presentation.xml')?.match(/<p:sldId /g)).toHaveLength(1);
  });

  test('has only well-formed XML parts', async () => {
    const { pptx } = await exported(pitch);
    expect(pptx.xml.size).toBeGreaterThan(10);
    for (const [name, xml] of pptx.xml) expect(() => assertWellFormed(xml, name)).not.toThrow();
  });

  test('carries the headline, every bullet under its heading, the ask and the trace', async () => {
    const { paragraphs } = await exported(pitch);
    const expected = [
      pitch.headline,
      'Situation',
      ...pitch.situation,
      'Action',
      ...pitch.action,
      'Outcome',
      ...pitch.outcome,
      `Decision needed: ${pitch.ask}`,
    ];
    expect(paragraphs.filter((p) => p !== '').slice(0, expected.length)).toEqual(expected);
    const footer = paragraphs.slice(expected.length).join('\n');
    for (const part of Object.values(pitch.trace ?? {})) expect(footer).toContain(part);
  });

  test('holds the elevator pitch in the speaker notes', async () => {
    const { pptx } = await exported(pitch);
    const notes = readParagraphs(pptx.xml.get('ppt/notesSlides/notesSlide1.xml') ?? '').map(
      (p) => p.text,
    );
    expect(notes).toContain(pitch.pitch?.text);
  });

  test('takes the document title from the pitch title', async () => {
    const { pptx } = await exported(pitch);
    expect(readDocumentTitle(pptx.xml.get('docProps/core.xml') ?? '')).toBe(pitch.title);
  });

  test('is compressed', async () => {
    const { bytes, pptx } = await exported(pitch);
    const xmlBytes = [...pptx.xml.values()].reduce(
      (sum, xml) => sum + new TextEncoder().encode(xml).length,
      0,
    );
    expect(bytes.byteLength).toBeLessThan(xmlBytes / 2);
  });

  test('uses Calibri at exactly the sizes the fit model chose, with its insets and no autofit', async () => {
    const { slideXml } = await exported(pitch);
    const fit = fitSlide(pitch);
    const sizes = new Set(
      [...slideXml.matchAll(/<a:rPr [^>]*sz="(\d+)"/g)].map((m) => Number(m[1]) / 100),
    );
    expect(sizes).toEqual(
      new Set([
        fit.headline.fontSizePt,
        18,
        fit.bodyFontSizePt,
        fit.ask.fontSizePt,
        fit.trace!.fontSizePt,
        ...(fit.keyNumber ? [fit.keyNumber.fontSizePt] : []),
      ]),
    );
    expect(
      [...slideXml.matchAll(/<a:latin typeface="([^"]+)"/g)].every((m) => m[1] === 'Calibri'),
    ).toBe(true);
    expect(slideXml).not.toMatch(/normAutofit|spAutoFit/);
    const inset = (inches: number) => String(Math.round(inches * EMU_PER_INCH));
    const { insets } = fit.headline.box;
    expect(slideXml).toContain(
      `lIns="${inset(insets.leftIn)}" tIns="${inset(insets.topIn)}" rIns="${inset(insets.rightIn)}" bIns="${inset(insets.bottomIn)}"`,
    );
    expect(slideXml).toContain(
      `<a:lnSpc><a:spcPts val="${Math.round(fit.bodyFontSizePt * 125)}"/></a:lnSpc>`,
    );
  });

  test('places each box where the layout model puts it, anchored as it says', async () => {
    const { slideXml } = await exported(pitch);
    const { layout, ask, headline } = fitSlide(pitch);
    const anchorOf = (name: string) =>
      new RegExp(`name="${name}"[\\s\\S]*?<a:bodyPr [^>]*anchor="(\\w+)"`).exec(slideXml)?.[1];
    const OOXML_ANCHOR = { top: 't', middle: 'ctr', bottom: 'b' };
    expect(anchorOf('Ask')).toBe(OOXML_ANCHOR[ask.anchor]);
    expect(anchorOf('Headline')).toBe(OOXML_ANCHOR[headline.anchor]);
    const emu = (inches: number) => Math.round(inches * EMU_PER_INCH);
    for (const box of [layout.headline, layout.columns.outcome.body, layout.ask, layout.band]) {
      expect(slideXml).toContain(
        `<a:off x="${emu(box.xIn)}" y="${emu(box.yIn)}"/><a:ext cx="${emu(box.wIn)}" cy="${emu(box.hIn)}"/>`,
      );
    }
  });

  test('paints the theme colours and emphasises the key number in the accent colour', async () => {
    const { slideXml } = await exported(pitch);
    const theme = SLIDE_THEMES[pitch.theme ?? 'boardroom'];
    expect(slideXml).toMatch(
      new RegExp(
        `<p:bg><p:bgPr><a:solidFill><a:srgbClr val="${theme.background}"/></a:solidFill><a:effectLst/>`,
      ),
    );
    expect(slideXml).toContain(`<a:solidFill><a:srgbClr val="${theme.bandFill}"/></a:solidFill>`);
    const runs = readParagraphs(slideXml).flatMap((p) => p.runs);
    expect(runs.find((r) => r.text === pitch.headline)?.color).toBe(theme.title);
    expect(runs.find((r) => r.text === 'Situation')?.color).toBe(theme.heading);
    expect(runs.find((r) => r.text === pitch.situation[0])?.color).toBe(theme.body);
    expect(runs.find((r) => r.text === pitch.ask)?.color).toBe(theme.bandText);
    const keyRun = runs.find((r) => r.text === keyNumbers(pitch)[0]);
    expect(keyRun).toMatchObject({
      color: theme.accent,
      attributes: expect.objectContaining({ b: '1' }),
    });
  });

  test('gives every paragraph at most one leading paragraph-properties element', async () => {
    const { slideXml } = await exported(pitch);
    for (const [, content] of slideXml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
      expect(content!.match(/<a:pPr\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
      if (content!.includes('<a:pPr')) expect(content!.startsWith('<a:pPr')).toBe(true);
    }
  });

  test('has no image, media or external link', async () => {
    const { pptx } = await exported(pitch);
    expect(pptx.names.filter((n) => n.startsWith('ppt/media/'))).toEqual([]);
    for (const [name, xml] of pptx.xml)
      if (name.endsWith('.rels')) expect(xml).not.toContain('TargetMode="External"');
  });
});

describe('speaker notes', () => {
  const pitch = EXAMPLE_PITCHES[0]!.pitch;
  test.each([
    ['no pitch at all', { ...pitch, pitch: undefined }],
    ['an empty pitch text', { ...pitch, pitch: { text: '   ', targetSeconds: 60 as const } }],
  ])('say how to add the elevator pitch when there is %s', async (_case, withoutPitch) => {
    const { pptx } = await exported(withoutPitch);
    const notes = readParagraphs(pptx.xml.get('ppt/notesSlides/notesSlide1.xml') ?? '').map(
      (p) => p.text,
    );
    expect(notes).toContain(NO_PITCH_NOTICE);
  });

  test('keep the line breaks of a pitch written in paragraphs', async () => {
    const text = 'First paragraph.\r\n\r\nSecond paragraph.\rThird line.';
    const { pptx } = await exported({ ...pitch, pitch: { text } });
    const notes = readParagraphs(pptx.xml.get('ppt/notesSlides/notesSlide1.xml') ?? '').map(
      (p) => p.text,
    );
    expect(notes).toContain('First paragraph.\n\nSecond paragraph.\nThird line.');
  });
});

describe('document title', () => {
  const pitch = EXAMPLE_PITCHES[0]!.pitch;
  test.each([
    ['the title', { ...pitch, title: 'Q3 <Claims> & "triage"' }, 'Q3 <Claims> & "triage"'],
    ['the headline when there is no title', { ...pitch, title: '  ' }, pitch.headline],
  ])('is %s', async (_case, titled, expected) => {
    const { pptx } = await exported(titled);
    expect(readDocumentTitle(pptx.xml.get('docProps/core.xml') ?? '')).toBe(expected);
  });
});

describe('characters beyond U+FFFF (emoji, rare CJK)', () => {
  // Long enough that the slide part passes JSZip's 16 K-unit chunk size: one of the two offsets
  // puts a surrogate pair across a chunk boundary.
  test.each([0, 1])('survive in a large slide part (offset %i)', async (offset) => {
    const bullet = `${'a'.repeat(offset)}${'🚀𠀋'.repeat(150)}`;
    const pitch: PitchFile = {
      ...EXAMPLE_PITCHES[0]!.pitch,
      situation: Array(8).fill(bullet),
      action: Array(8).fill(bullet),
    };
    const { pptx, paragraphs } = await exported(pitch);
    expect(pptx.xml.get('ppt/slides/slide1.xml')!.length).toBeGreaterThan(2 * 16_384);
    expect(paragraphs.filter((p) => p === bullet)).toHaveLength(16);
    expect([...pptx.xml.values()].some((xml) => xml.includes('\uFFFD'))).toBe(false);
  });

  test('survive in the notes and the document title', async () => {
    const pitch = {
      ...EXAMPLE_PITCHES[0]!.pitch,
      title: 'Launch 🚀',
      pitch: { text: 'We ship 🚢 on time 👍🏽' },
    };
    const { pptx } = await exported(pitch);
    expect(readDocumentTitle(pptx.xml.get('docProps/core.xml') ?? '')).toBe('Launch 🚀');
    const notes = readParagraphs(pptx.xml.get('ppt/notesSlides/notesSlide1.xml') ?? '').map(
      (p) => p.text,
    );
    expect(notes).toContain('We ship 🚢 on time 👍🏽');
  });
});
