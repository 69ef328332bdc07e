import { SECTION_LABELS, SECTIONS } from '@/lib/pitch/limits';
import type { FittedBox, SlideFit } from '@/lib/slide/fit-types';

const FIELD_LABELS: Record<string, string> = {
  headline: 'Headline',
  ...SECTION_LABELS,
  ask: 'Ask',
  trace: 'Trace',
};

const textOf = (box: FittedBox) =>
  box.paragraphs.map((p) => p.lines.map((l) => l.text).join(' ')).join('; ');

/** A plain-text account of the previewed slide for screen readers: what it says, what does not fit. */
export function previewSummary(fit: SlideFit): string {
  const parts: string[] = [];
  const say = (label: string, box: FittedBox) => {
    if (!box.placeholder && box.paragraphs.length) parts.push(`${label}: ${textOf(box)}.`);
  };
  say('Headline', fit.headline);
  if (fit.keyNumber) say('Key number', fit.keyNumber);
  for (const section of SECTIONS) say(SECTION_LABELS[section], fit[section]);
  if (!fit.ask.placeholder) parts.push(`${textOf(fit.ask)}.`);
  if (fit.trace) say('Trace', fit.trace);
  const empty = [fit.headline, ...SECTIONS.map((s) => fit[s]), fit.ask].filter(
    (b) => b.placeholder,
  );
  if (empty.length) parts.push(`Still empty: ${empty.map((b) => FIELD_LABELS[b.id]).join(', ')}.`);
  if (fit.overflows.length) {
    const names = fit.overflows.map((o) => FIELD_LABELS[o.field] ?? o.field).join(', ');
    parts.push(`Text does not fit: ${names}.`);
  }
  return parts.join(' ');
}
