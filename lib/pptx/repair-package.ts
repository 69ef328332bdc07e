import JSZip from 'jszip';
import { restoreAstralCharacters } from './astral-characters';

const PARAGRAPH = /<a:p(\s[^>]*)?>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPERTIES = /<a:pPr\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/a:pPr>)/g;

/**
 * Keeps only a leading `<a:pPr>` in each paragraph. pptxgenjs 4.0.1 writes one before every run
 * of a multi-run paragraph (our key-number emphasis, "Decision needed:" label), which breaks the
 * DrawingML schema (`a:pPr` may only come first) and makes PowerPoint offer to repair the file.
 * User text cannot contain `<` here (it is escaped), so matching tags is safe.
 */
export function keepLeadingParagraphProperties(xml: string): string {
  return xml.replace(PARAGRAPH, (_whole, attributes: string | undefined, content: string) => {
    const fixed = content.replace(PARAGRAPH_PROPERTIES, (pPr: string, offset: number) =>
      offset === 0 ? pPr : '',
    );
    return `<a:p${attributes ?? ''}>${fixed}</a:p>`;
  });
}

/**
 * Adds the `<a:effectLst/>` a slide background's `<p:bgPr>` must hold after its fill
 * (CT_BackgroundProperties); pptxgenjs 4.0.1 omits it for solid colours.
 */
export function completeBackgroundProperties(xml: string): string {
  return xml.replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (whole, content: string) =>
    content.includes('<a:effectLst') ? whole : `<p:bgPr>${content}<a:effectLst/></p:bgPr>`,
  );
}

/** The XML fixes above, applied to one part of the package. */
export function repairPartXml(name: string, xml: string): string {
  if (!name.startsWith('ppt/') || !name.endsWith('.xml')) return xml;
  return completeBackgroundProperties(keepLeadingParagraphProperties(xml));
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/**
 * Turns pptxgenjs's uncompressed package into the file we ship: characters beyond U+FFFF put
 * back, schema fixes applied, empty folder entries dropped, every part DEFLATE-compressed.
 * (pptxgenjs 4.0.1 ignores `compression` for `arraybuffer` output, so it is asked for a stored
 * zip, which is cheap to reopen.) Parts are encoded here as whole UTF-8 byte arrays: JSZip's own
 * string encoding splits surrogate pairs at its 16 K chunk boundaries.
 */
export async function repairPackage(stored: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(stored);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let data = await entry.async('uint8array');
    if (entry.name.endsWith('.xml') || entry.name.endsWith('.rels')) {
      const xml = restoreAstralCharacters(utf8Decoder.decode(data));
      data = utf8Encoder.encode(repairPartXml(entry.name, xml));
    }
    target.file(entry.name, data, { createFolders: false });
  }
  return target.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}
