import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import {
  assertWellFormed,
  openPptx,
  readParagraphs,
  readShapes,
  relationshipTarget,
} from '@/test-support/pptx-package';
import { renderPptx } from './render-pptx';
import { PITCH_LAYOUT_NAME } from './slide-placeholders';

const examples = EXAMPLE_PITCHES.map((e) => [e.id, e.pitch] as const);

describe.each(examples)('the exported slide of "%s" has real placeholders', (_id, pitch) => {
  test('the title placeholder holds the whole headline and nothing else is a title', async () => {
    const pptx = await openPptx(await renderPptx(pitch));
    const shapes = readShapes(pptx.xml.get('ppt/slides/slide1.xml') ?? '');
    const titles = shapes.filter((s) => s.phType === 'title' || s.phType === 'ctrTitle');
    expect(titles).toHaveLength(1);
    expect(titles[0]!.texts.join(' ')).toBe(pitch.headline);
  });

  test('columns, ask and trace sit in body placeholders the layout defines, by name', async () => {
    const pptx = await openPptx(await renderPptx(pitch));
    const slide = readShapes(pptx.xml.get('ppt/slides/slide1.xml') ?? '');
    const layoutFile = relationshipTarget(
      pptx.xml.get('ppt/slides/_rels/slide1.xml.rels') ?? '',
      'slideLayout',
    );
    const layoutXml = pptx.xml.get(`ppt/slideLayouts/${layoutFile?.split('/').pop()}`) ?? '';
    expect(layoutXml).toContain(`<p:cSld name="${PITCH_LAYOUT_NAME}">`);
    const layoutIdx = new Set(readShapes(layoutXml).map((s) => `${s.phType}/${s.phIdx}`));
    const byName = new Map(slide.map((s) => [s.name, s]));
    for (const [name, text] of [
      ['Situation', pitch.situation[0]],
      ['Action', pitch.action[0]],
      ['Outcome', pitch.outcome[0]],
      ['Ask', `Decision needed: ${pitch.ask}`],
    ] as const) {
      const shape = byName.get(name);
      expect(shape?.phType).toBe('body');
      expect(layoutIdx.has(`body/${shape?.phIdx}`)).toBe(true);
      expect(shape?.texts[0]).toBe(text);
    }
    if (pitch.trace) expect(byName.get('Trace')?.phType).toBe('body');
  });

  test('the master has a title placeholder a theme restyles through; notes keep the pitch', async () => {
    const pptx = await openPptx(await renderPptx(pitch));
    const master = pptx.xml.get('ppt/slideMasters/slideMaster1.xml') ?? '';
    expect(readShapes(master).map((s) => s.phType)).toEqual(['title', 'body']);
    for (const name of ['ppt/slideMasters/slideMaster1.xml', 'ppt/slideLayouts/slideLayout1.xml'])
      expect(() => assertWellFormed(pptx.xml.get(name) ?? '', name)).not.toThrow();
    const notes = readParagraphs(pptx.xml.get('ppt/notesSlides/notesSlide1.xml') ?? '');
    expect(notes.map((p) => p.text)).toContain(pitch.pitch?.text);
  });
});
