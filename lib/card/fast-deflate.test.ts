import { inflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { cardTestPitch, flat, pdfText } from '@/test-support/card-pdf';
import { renderCard } from './build-card-pdf';
import { compressesWithFflate } from './fast-deflate';

test('the card compresses its streams with fflate, and every stream inflates with zlib', async () => {
  const pitch = cardTestPitch();
  const { bytes } = await renderCard(pitch);
  expect(compressesWithFflate()).toBe(true);
  const pdf = Buffer.from(bytes);
  const streams: Buffer[] = [];
  for (let at = pdf.indexOf('stream\n'); at >= 0; at = pdf.indexOf('stream\n', at + 1)) {
    if (pdf.subarray(at - 3, at).toString() === 'end') continue;
    const start = at + 'stream\n'.length;
    streams.push(pdf.subarray(start, pdf.indexOf('\nendstream', start)));
  }
  expect(streams.length).toBeGreaterThan(2);
  for (const stream of streams) expect(inflateSync(stream).byteLength).toBeGreaterThan(0);
  expect(flat(pdfText(bytes))).toContain(flat(pitch.headline));
});
