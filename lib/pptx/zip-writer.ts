import { deflateSync } from 'fflate';

/** One compressed part of a ZIP package: CRC-32 and size of the original bytes, and the DEFLATE data. */
export interface ZipEntry {
  name: string;
  crc32: number;
  size: number;
  deflated: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as ZIP uses it) of some bytes. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Compresses one part (DEFLATE level 6, as zip tools default to). */
export function deflateEntry(name: string, data: Uint8Array): ZipEntry {
  return { name, crc32: crc32(data), size: data.length, deflated: deflateSync(data, { level: 6 }) };
}

/** MS-DOS date and time of a moment (local time, 2-second precision), as ZIP headers store them. */
function dosDateTime(moment: Date): { date: number; time: number } {
  const year = Math.min(Math.max(moment.getFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate(),
    time: (moment.getHours() << 11) | (moment.getMinutes() << 5) | (moment.getSeconds() >> 1),
  };
}

/**
 * A ZIP archive of already-compressed entries (PKWARE APPNOTE: local headers, central directory,
 * end record; no ZIP64, so under 4 GiB and 65,535 entries, far above a one-slide deck). Taking
 * compressed entries lets the package step reuse the compression of parts that never change.
 */
export function writeZip(entries: ZipEntry[], modified: Date): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const localBytes = entries.reduce(
    (sum, e, i) => sum + 30 + names[i]!.length + e.deflated.length,
    0,
  );
  const centralBytes = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const zip = new Uint8Array(localBytes + centralBytes + 22);
  const view = new DataView(zip.buffer);
  const { date, time } = dosDateTime(modified);
  const offsets: number[] = [];
  let at = 0;
  const u16 = (value: number) => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(at, value, true);
    at += 4;
  };
  const bytes = (data: Uint8Array) => {
    zip.set(data, at);
    at += data.length;
  };
  // Fields shared by a local header and a central directory record, from "version needed" on.
  const common = (entry: ZipEntry, name: Uint8Array) => {
    u16(20); // version needed: 2.0 (DEFLATE)
    u16(0x0800); // flags: names are UTF-8
    u16(8); // method: DEFLATE
    u16(time);
    u16(date);
    u32(entry.crc32);
    u32(entry.deflated.length);
    u32(entry.size);
    u16(name.length);
    u16(0); // extra field length
  };
  entries.forEach((entry, i) => {
    offsets.push(at);
    u32(0x04034b50);
    common(entry, names[i]!);
    bytes(names[i]!);
    bytes(entry.deflated);
  });
  const centralStart = at;
  entries.forEach((entry, i) => {
    u32(0x02014b50);
    u16(20); // version made by: 2.0, MS-DOS attributes
    common(entry, names[i]!);
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]!);
    bytes(names[i]!);
  });
  const centralSize = at - centralStart;
  u32(0x06054b50);
  u16(0); // this disk
  u16(0); // disk where the central directory starts
  u16(entries.length);
  u16(entries.length);
  u32(centralSize);
  u32(centralStart);
  u16(0); // comment length
  return zip;
}
