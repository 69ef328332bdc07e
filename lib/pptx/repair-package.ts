import { unzipSync } from 'fflate';
import { restoreAstralCharacters } from './astral-characters';
import {
  markSlidePlaceholders,
  pitchLayoutXml,
  withMasterPlaceholders,
} from './slide-placeholders';
import { deflateEntry, writeZip, type ZipEntry } from './zip-writer';

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

/** The slide's placeholders (see slide-placeholders.ts), by part. */
function withPlaceholders(name: string, xml: string): string {
  if (name === 'ppt/slideLayouts/slideLayout1.xml') return pitchLayoutXml();
  if (name === 'ppt/slideMasters/slideMaster1.xml') return withMasterPlaceholders(xml);
  if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) return markSlidePlaceholders(xml);
  return xml;
}

/** The XML fixes above and the slide's placeholders, applied to one part of the package. */
export function repairPartXml(name: string, xml: string): string {
  if (!name.startsWith('ppt/') || !name.endsWith('.xml')) return xml;
  return withPlaceholders(name, completeBackgroundProperties(keepLeadingParagraphProperties(xml)));
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
/** Parts that carry the user's text; never cached. */
const USER_TEXT_PART =
  /^(ppt\/slides\/[^/]+\.xml|ppt\/notesSlides\/[^/]+\.xml|docProps\/core\.xml)$/;

/**
 * Compressed parts that are the same for every deck (masters, layouts, theme...), keyed by part
 * name and reused while pptxgenjs writes them identically: compressing them is most of the
 * package step's time. Holds no user text (USER_TEXT_PART is never cached).
 */
const unchangingParts = new Map<string, { source: string; entry: ZipEntry }>();

function xmlEntry(name: string, source: string): ZipEntry {
  const make = () =>
    deflateEntry(name, utf8Encoder.encode(repairPartXml(name, restoreAstralCharacters(source))));
  if (USER_TEXT_PART.test(name)) return make();
  const cached = unchangingParts.get(name);
  if (cached?.source === source) return cached.entry;
  const entry = make();
  unchangingParts.set(name, { source, entry });
  return entry;
}

/**
 * Turns pptxgenjs's uncompressed package into the file we ship: characters beyond U+FFFF put
 * back, schema fixes applied, empty folder entries dropped, every part DEFLATE-compressed.
 * pptxgenjs 4.0.1 ignores `compression` for `arraybuffer`/`uint8array` output, so it is asked for a stored
 * zip, which is cheap to reopen. Parts are decoded and encoded here as whole UTF-8 byte arrays.
 * `modified` is the time stamped on the zip entries.
 */
export function repairPackage(stored: ArrayBuffer | Uint8Array, modified = new Date()): Uint8Array {
  const parts = unzipSync(stored instanceof Uint8Array ? stored : new Uint8Array(stored));
  const entries: ZipEntry[] = [];
  for (const [name, data] of Object.entries(parts)) {
    if (name.endsWith('/')) continue;
    entries.push(
      isXmlPart(name) ? xmlEntry(name, utf8Decoder.decode(data)) : deflateEntry(name, data),
    );
  }
  return writeZip(entries, modified);
}
