import { slideLayout, SLIDE_PLACEHOLDERS, type Rect } from '../slide';

/**
 * The slide's structure as PowerPoint sees it: the headline in the layout's title placeholder,
 * the three columns, the ask and the trace in named body placeholders of a real layout of the
 * master. pptxgenjs 4.0.1 writes plain text boxes on an empty layout; these functions turn the
 * package it wrote into one whose outline, "Reuse slides", Accessibility Checker and theme
 * changes see the slide's title and parts. Shapes keep their own geometry and formatting (the
 * fit model's), so what the slide shows does not change.
 */

const EMU_PER_INCH = 914_400;
const emu = (inches: number) => Math.round(inches * EMU_PER_INCH);

/** A placeholder of the layout: the slide shape it holds, its `p:ph` and its prompt text. */
interface PlaceholderSpec {
  shapeName: string;
  ph: string;
  prompt: string;
  rect: Rect;
}

const geometry = slideLayout({ hasTrace: true, hasKeyNumber: true });

/** The layout's placeholders, by the name of the slide shape that fills each. */
export const PITCH_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  {
    shapeName: 'Headline',
    ph: '<p:ph type="title"/>',
    prompt: SLIDE_PLACEHOLDERS.headline,
    rect: geometry.headline,
  },
  {
    shapeName: 'Situation',
    ph: '<p:ph type="body" idx="1"/>',
    prompt: SLIDE_PLACEHOLDERS.situation,
    rect: geometry.columns.situation.body,
  },
  {
    shapeName: 'Action',
    ph: '<p:ph type="body" idx="2"/>',
    prompt: SLIDE_PLACEHOLDERS.action,
    rect: geometry.columns.action.body,
  },
  {
    shapeName: 'Outcome',
    ph: '<p:ph type="body" idx="3"/>',
    prompt: SLIDE_PLACEHOLDERS.outcome,
    rect: geometry.columns.outcome.body,
  },
  {
    shapeName: 'Ask',
    ph: '<p:ph type="body" idx="4"/>',
    prompt: `Decision needed: ${SLIDE_PLACEHOLDERS.ask}`,
    rect: geometry.ask,
  },
  {
    shapeName: 'Trace',
    ph: '<p:ph type="body" idx="5"/>',
    prompt: 'Objective → Initiative → Program → Project; If … then … else …',
    rect: geometry.trace ?? geometry.ask,
  },
  {
    shapeName: 'Key number',
    ph: '<p:ph type="body" idx="6"/>',
    prompt: 'Key number',
    rect: geometry.keyNumber ?? geometry.columns.outcome.body,
  },
];

/** The layout's name, as PowerPoint's layout gallery and "Reuse slides" show it. */
export const PITCH_LAYOUT_NAME = 'One-Slide Pitch: title, three columns and ask';

const xfrm = (rect: Rect) =>
  `<a:xfrm><a:off x="${emu(rect.xIn)}" y="${emu(rect.yIn)}"/><a:ext cx="${emu(rect.wIn)}" cy="${emu(rect.hIn)}"/></a:xfrm>`;

/** Paragraph defaults of a placeholder: no inherited indent, space before or bullet. */
const FLAT_LIST_STYLE =
  '<a:lstStyle><a:lvl1pPr marL="0" indent="0"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/><a:defRPr/></a:lvl1pPr></a:lstStyle>';

function placeholderShape(id: number, name: string, spec: PlaceholderSpec): string {
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>` +
    `<p:nvPr>${spec.ph}</p:nvPr></p:nvSpPr><p:spPr>${xfrm(spec.rect)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></a:bodyPr>${FLAT_LIST_STYLE}` +
    `<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>${spec.prompt}</a:t></a:r></a:p></p:txBody></p:sp>`
  );
}

const GROUP_HEAD =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

/**
 * The one layout of the package: its name and a placeholder for every part of the slide, with
 * prompt texts a user sees when adding a new slide on it.
 */
export function pitchLayoutXml(): string {
  const shapes = PITCH_PLACEHOLDERS.map((spec, i) =>
    placeholderShape(i + 2, `${spec.shapeName} Placeholder`, spec),
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<p:sldLayout xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" preserve="1" userDrawn="1">' +
    `<p:cSld name="${PITCH_LAYOUT_NAME}"><p:spTree>${GROUP_HEAD}${shapes}</p:spTree></p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
  );
}

/**
 * Gives the master a title and a body placeholder (layouts inherit from them, and a theme
 * applied later restyles through them) and body paragraphs no space before.
 */
export function withMasterPlaceholders(masterXml: string): string {
  const [title, body] = PITCH_PLACEHOLDERS;
  if (!title || !body || masterXml.includes('<p:ph type="title"/>')) return masterXml;
  const shapes =
    placeholderShape(2, 'Title Placeholder', title) +
    placeholderShape(3, 'Text Placeholder', {
      ...body,
      ph: '<p:ph type="body" idx="1"/>',
      rect: {
        xIn: body.rect.xIn,
        yIn: body.rect.yIn,
        wIn: geometry.columns.outcome.body.xIn + geometry.columns.outcome.body.wIn - body.rect.xIn,
        hIn: body.rect.hIn,
      },
      prompt: 'Body text',
    });
  return masterXml
    .replace(/<\/p:spTree>/, `${shapes}</p:spTree>`)
    .replace(
      /<a:spcBef><a:spcPct val="20000"\/><\/a:spcBef>/g,
      '<a:spcBef><a:spcPts val="0"/></a:spcBef>',
    );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Puts the slide's shapes into the layout's placeholders: the shape named `Headline` gets
 * `<p:ph type="title"/>`, the columns, the ask and the trace their body placeholders. Shape names
 * are the app's own words; user text cannot forge them (pptxgenjs escapes quotes in text).
 */
export function markSlidePlaceholders(slideXml: string): string {
  let xml = slideXml;
  for (const spec of PITCH_PLACEHOLDERS) {
    const shape = new RegExp(
      `(<p:cNvPr id="\\d+" name="${escapeRegExp(spec.shapeName)}"(?:/>|>[\\s\\S]*?</p:cNvPr>))<p:cNvSpPr/><p:nvPr>\\s*</p:nvPr>`,
    );
    xml = xml.replace(
      shape,
      (_whole, cNvPr: string) =>
        `${cNvPr}<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${spec.ph}</p:nvPr>`,
    );
  }
  return xml;
}
