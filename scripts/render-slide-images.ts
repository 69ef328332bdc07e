/**
 * Renders the exported slide of the claims-triage fixture in every theme the way LibreOffice
 * draws it, into docs/images/slide-<theme>.png (80 dpi, 1067 × 600 px) for the README.
 * Needs soffice and pdftoppm. Usage: npx tsx scripts/render-slide-images.ts
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THEME_IDS } from '../lib/pitch/limits';
import type { PitchFile } from '../lib/pitch/schema';
import { buildPptx } from '../lib/pptx';
import {
  convertToPdf,
  pdfToPng,
  requireRenderingTools,
  temporaryFolder,
} from '@/test-support/libreoffice';

requireRenderingTools();
const pitch = JSON.parse(
  readFileSync(join('e2e', 'fixtures', 'pitches', 'good-claims-triage.json'), 'utf8'),
) as PitchFile;
const folder = temporaryFolder('slide-images-');
try {
  const files: Record<string, Uint8Array> = {};
  for (const theme of THEME_IDS)
    files[`slide-${theme}.pptx`] = await buildPptx({ ...pitch, theme });
  const pdfs = convertToPdf(files, folder.path);
  mkdirSync(join('docs', 'images'), { recursive: true });
  for (const theme of THEME_IDS) {
    const target = join('docs', 'images', `slide-${theme}.png`);
    copyFileSync(pdfToPng(pdfs[`slide-${theme}.pptx`]!, 80), target);
    console.log(`wrote ${target}`);
  }
} finally {
  folder.dispose();
}
