/**
 * Test-only helpers: open a .pptx the way an office suite does (unzip, decode UTF-8 strictly,
 * parse every XML part with a conformant XML 1.0 parser) and read back its texts.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

export interface OpenedPptx {
  /** Every part name in the package. */
  names: string[];
  /** Text of every XML part (.xml and .rels), decoded as strict UTF-8. */
  xml: Map<string, string>;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Unzips a .pptx and decodes its XML parts; throws when a part is not valid UTF-8. */
export async function openPptx(bytes: Uint8Array): Promise<OpenedPptx> {
  // JSZip reads what fflate wrote: an independent zip implementation checks the container.
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const xml = new Map<string, string>();
  for (const name of names) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    xml.set(name, strictUtf8.decode(await zip.file(name)!.async('uint8array')));
  }
  return { names, xml };
}

/** Parses XML with namespaces and throws on the first well-formedness error (bad character, tag, entity...). */
export function assertWellFormed(xml: string, partName = 'part'): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw new Error(`${partName} is not well-formed XML: ${error.message}`);
  });
  parser.write(xml).close();
}

/** A paragraph (`a:p`) of DrawingML text: its runs in order. */
export interface Paragraph {
  text: string;
  runs: Array<{ text: string; attributes: Record<string, string>; color?: string }>;
}

/**
 * Reads the paragraphs of every text body of an XML part in document order (text as a user
 * sees it: runs joined, entities decoded). Run `attributes` are those of `a:rPr` (`b`, `sz`...).
 */
export function readParagraphs(xml: string): Paragraph[] {
  const parser = new SaxesParser({ xmlns: false });
  const paragraphs: Paragraph[] = [];
  let paragraph: Paragraph | undefined;
  let run: Paragraph['runs'][number] | undefined;
  let inText = false;
  let inRunProps = false;
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(
      Object.entries(tag.attributes).map(([k, v]) => [k, String(v)]),
    );
    if (tag.name === 'a:p') paragraph = { text: '', runs: [] };
    else if (tag.name === 'a:r' && paragraph) run = { text: '', attributes: {} };
    else if (tag.name === 'a:rPr' && run) {
      run.attributes = attributes;
      inRunProps = true;
    } else if (tag.name === 'a:srgbClr' && run && inRunProps) run.color = attributes.val;
    else if (tag.name === 'a:t') inText = true;
  });
  parser.on('text', (text) => {
    if (inText && run) run.text += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'a:t') inText = false;
    else if (tag.name === 'a:rPr') inRunProps = false;
    else if (tag.name === 'a:r' && run && paragraph) {
      paragraph.runs.push(run);
      paragraph.text += run.text;
      run = undefined;
    } else if (tag.name === 'a:p' && paragraph) {
      paragraphs.push(paragraph);
      paragraph = undefined;
    }
  });
  parser.write(xml).close();
  return paragraphs;
}

/** The text of the one `dc:title` of docProps/core.xml. */
export function readDocumentTitle(coreXml: string): string {
  const parser = new SaxesParser({ xmlns: false });
  let inTitle = false;
  let title = '';
  parser.on('opentag', (tag) => (inTitle = tag.name === 'dc:title'));
  parser.on('text', (text) => {
    if (inTitle) title += text;
  });
  parser.on('closetag', () => (inTitle = false));
  parser.write(coreXml).close();
  return title;
}

/** Non-empty paragraph texts of each shape of a slide, keyed by the shape's name (`p:cNvPr name`). */
export function readShapeTexts(slideXml: string): Map<string, string[]> {
  const shapes = new Map<string, string[]>();
  for (const [, shape] of slideXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
    const name = /<p:cNvPr [^>]*name="([^"]*)"/.exec(shape!)?.[1] ?? '';
    shapes.set(
      name,
      readParagraphs(`<root>${shape}</root>`)
        .map((p) => p.text)
        .filter((t) => t !== ''),
    );
  }
  return shapes;
}

/** A shape of a slide or layout: its name, its `p:ph` (type and idx, when it is a placeholder) and its texts. */
export interface ShapeInfo {
  name: string;
  phType?: string;
  phIdx?: string;
  texts: string[];
}

/** Every `p:sp` of a part in document order, with its placeholder reference and texts. */
export function readShapes(partXml: string): ShapeInfo[] {
  return [...partXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map(([, shape]) => {
    const ph = /<p:ph\b([^>]*)\/?>/.exec(shape!)?.[1] ?? undefined;
    const attribute = (name: string) =>
      ph === undefined
        ? undefined
        : (new RegExp(`\\b${name}="([^"]*)"`).exec(ph)?.[1] ?? undefined);
    return {
      name: /<p:cNvPr [^>]*name="([^"]*)"/.exec(shape!)?.[1] ?? '',
      phType: ph === undefined ? undefined : (attribute('type') ?? 'body'),
      phIdx: attribute('idx'),
      texts: readParagraphs(`<root>${shape}</root>`)
        .map((p) => p.text)
        .filter((t) => t !== ''),
    };
  });
}

/** The target of the first relationship of `type` (its last path segment) in a .rels part. */
export function relationshipTarget(relsXml: string, type: string): string | undefined {
  const match = new RegExp(`<Relationship [^>]*Type="[^"]*/${type}"[^>]*Target="([^"]*)"`).exec(
    relsXml,
  );
  return match?.[1];
}
