import { asSentence } from './sentences';
import type { DraftStyleId } from './styles';

/** Verbs that open a request on the slide ("Approve $350K..."), said back as "I need you to...". */
const REQUEST_VERBS =
  /^(?:approve|fund|decide|assign|endorse|sign|agree|authori[sz]e|release|commit|grant|confirm|back|sponsor|name|nominate|choose|select|give|allocate|provide|support|lend|free|second|green-light|greenlight|prioriti[sz]e|add|put|let|join|review|make)\b/iu;
const ALREADY_A_REQUEST = /^(?:i|we|can|could|will|would|may|please|let's|let us)\b/iu;

/**
 * The slide's ask as a direct spoken request: "Approve $350,000 and two engineers" becomes
 * "I need your approval for $350,000 and two engineers."; "Fund X" becomes "I need you to fund X.".
 */
export function askSentence(ask: string): string {
  const text = ask.replace(/^please\s+/iu, '').trim();
  if (!text) return '';
  const approve = /^approve\s+(?:of\s+)?(.+)$/isu.exec(text);
  if (approve) return asSentence(`I need your approval for ${approve[1]}`);
  if (ALREADY_A_REQUEST.test(text)) return asSentence(text);
  if (REQUEST_VERBS.test(text)) return asSentence(`I need you to ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
  return asSentence(`I am asking for ${text}`);
}

/** The closing question, matched to the request and to the style's tone. */
export function closingQuestion(ask: string | undefined, style: DraftStyleId): string {
  if (!ask) return 'Can I count on your support?';
  if (/\bsupport\b/iu.test(ask) && style === 'bottom-line-first') return 'Can we agree on it today?';
  if (style === 'problem-first') return 'Can we agree on it today?';
  if (style === 'story') return 'Will you back it?';
  if (/^approve\b/iu.test(ask)) return 'Can we sign it off today?';
  if (/^fund\b/iu.test(ask)) return 'Will you fund it?';
  if (/^decide\b/iu.test(ask)) return 'Can we decide today?';
  return 'Can I count on your support?';
}
