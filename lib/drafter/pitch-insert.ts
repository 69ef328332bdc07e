import type { Trace } from '../pitch/schema';
import { isRequestSentence } from '../language/requests';
import { sentenceSpans } from '../language/sentences';
import { cleanFragment } from './sentences';

/**
 * The If / Then / Else line from the trace, e.g. "If triage is automated by May, then settlement
 * time falls to 14 days; else broker churn risk stays at 12%." Empty without both if and then.
 */
export function ifThenElseSentence(trace: Trace | undefined): string {
  const condition = cleanFragment(trace?.if ?? '').replace(/^if\s+/iu, '');
  const consequence = cleanFragment(trace?.then ?? '').replace(/^then\s+/iu, '');
  const otherwise = cleanFragment(trace?.else ?? '').replace(/^(?:else|otherwise)\s+/iu, '');
  if (!condition || !consequence) return '';
  const head = `If ${condition}, then ${consequence}`;
  return `${otherwise ? `${head}; else ${otherwise}` : head}.`;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Puts `sentence` into the pitch just before the ask (the line a listener remembers best sits
 * right before the request), or at the end when there is no ask. Every other character of the
 * user's text stays as it was; a sentence already in the text is not added twice.
 */
export function insertBeforeAsk(text: string, sentence: string): string {
  const addition = sentence.trim();
  if (!addition) return text;
  if (!text.trim()) return addition;
  if (normalise(text).includes(normalise(addition))) return text;
  const askAt = sentenceSpans(text).find((s) => isRequestSentence(s.text))?.start;
  if (askAt === undefined || askAt === 0) {
    const trimmed = text.replace(/\s+$/u, '');
    return `${trimmed}${/[.!?]$/u.test(trimmed) ? '' : '.'} ${addition}`;
  }
  return `${text.slice(0, askAt)}${addition} ${text.slice(askAt)}`;
}
