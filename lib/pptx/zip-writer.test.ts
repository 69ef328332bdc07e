import JSZip from 'jszip';
import { expect, test } from 'vitest';
import { crc32, deflateEntry, writeZip } from './zip-writer';

const encode = (text: string) => new TextEncoder().encode(text);

test.each([
  ['', 0x00000000],
  ['123456789', 0xcbf43926],
  ['The quick brown fox jumps over the lazy dog', 0x414fa339],
])('crc32(%j) is the standard check value', (text, expected) => {
  expect(crc32(encode(text))).toBe(expected);
});

test('writes an archive another zip reader opens, with every part, its bytes and its date', async () => {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    'ppt/slides/slide1.xml': `<p:sld>${'Settlement time falls from 21 to 14 days. '.repeat(200)}</p:sld>`,
    'docProps/core.xml': '<dc:title>Launch 🚀 ünïcödé</dc:title>',
  };
  const modified = new Date(2026, 2, 14, 9, 26, 52);
  const zip = writeZip(
    Object.entries(parts).map(([name, text]) => deflateEntry(name, encode(text))),
    modified,
  );
  const opened = await JSZip.loadAsync(zip, { checkCRC32: true });
  expect(Object.keys(opened.files)).toEqual(Object.keys(parts));
  for (const [name, text] of Object.entries(parts)) {
    expect(await opened.file(name)!.async('string')).toBe(text);
    expect(opened.file(name)!.date.getTime()).toBe(modified.getTime());
  }
  expect(zip.byteLength).toBeLessThan(encode(parts['ppt/slides/slide1.xml']!).length / 10);
});
