/**
 * Rewrites a TrueType font so every glyph's data is padded to 4 bytes and `loca` is in the long
 * format. Why: pdf-lib's font subsetter (fontkit) copies glyphs byte for byte and then writes a
 * short `loca` (offsets / 2) when the subset is small, so a single odd-length glyph shifts every
 * later glyph and the PDF shows blanks. HarfBuzz subsets do contain odd-length glyphs.
 * Build-time helper of scripts/generate-card-font.ts.
 */

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

function readTables(font: Buffer): Map<string, Buffer> {
  const count = font.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const record: TableRecord = {
      tag: font.toString('latin1', at, at + 4),
      offset: font.readUInt32BE(at + 8),
      length: font.readUInt32BE(at + 12),
    };
    tables.set(
      record.tag,
      Buffer.from(font.subarray(record.offset, record.offset + record.length)),
    );
  }
  return tables;
}

function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeFont(tables: Map<string, Buffer>, sfntVersion: number): Buffer {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(sfntVersion, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(count * 16 - searchRange, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const at = 12 + 16 * i;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(checksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
  const headAt = header.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

/** `font` with 4-byte-aligned glyphs and a long `loca` (see the file comment). */
export function padTrueTypeGlyphs(font: Uint8Array): Buffer {
  const source = Buffer.from(font);
  const tables = readTables(source);
  const head = tables.get('head');
  const maxp = tables.get('maxp');
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  if (!head || !maxp || !loca || !glyf) throw new Error('Not a TrueType-outline font.');
  const glyphCount = maxp.readUInt16BE(4);
  const long = head.readInt16BE(50) === 1;
  const offsetOf = (i: number) => (long ? loca.readUInt32BE(4 * i) : loca.readUInt16BE(2 * i) * 2);

  const glyphs: Buffer[] = [];
  const newLoca = Buffer.alloc(4 * (glyphCount + 1));
  let offset = 0;
  for (let i = 0; i < glyphCount; i++) {
    const data = glyf.subarray(offsetOf(i), offsetOf(i + 1));
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    newLoca.writeUInt32BE(offset, 4 * i);
    glyphs.push(padded);
    offset += padded.length;
  }
  newLoca.writeUInt32BE(offset, 4 * glyphCount);
  const newHead = Buffer.from(head);
  newHead.writeInt16BE(1, 50);
  newHead.writeUInt32BE(0, 8);
  tables.set('head', newHead);
  tables.set('loca', newLoca);
  tables.set('glyf', Buffer.concat(glyphs));
  return writeFont(tables, source.readUInt32BE(0));
}
