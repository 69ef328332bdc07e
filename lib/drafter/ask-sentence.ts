import { startsWithDecision } from '../language/requests';
import { ACTION_VERBS } from './action-verbs';
import { clauseShape } from './clause-shape';
import { withArticle } from './spoken-forms';
import { asSentence, lowerFirst } from './sentences';
import type { LensId } from './lenses';
import type { DraftStyleId } from './styles';

const ALREADY_A_REQUEST = /^(?:i|we|can|could|will|would|may|please|let's|let us)\b/iu;
/** "Your support would be appreciated", "Funding is needed for…": a request hidden in a passive. */
const PASSIVE_REQUEST =
  /^(.+?)\s+(?:would|will|is|are)\s+(?:be\s+)?(?:much\s+|greatly\s+|very\s+)?(?:appreciated|welcome|welcomed|needed|required|requested|sought|helpful|great|important|vital|essential|key)\b[\s,]*(.*)$/iu;

function lowered(text: string, slideText: string): string {
  return lowerFirst(text, slideText) ?? text;
}

/**
 * The slide's ask as a direct spoken request, with its amounts, owners and dates exactly as the
 * slide writes them: "Approve £2.4M at the 14 May board" → "I need your approval for £2.4M at the
 * 14 May board."; "Fund X" → "I need you to fund X."; a noun phrase or a passive wish ("Your
 * continued support would be appreciated") → "I am asking for your continued support.".
 */
export function askSentence(ask: string, slideText = ''): string {
  const text = ask.replace(/^please\s+/iu, '').trim();
  if (!text) return '';
  const approve = /^approve\s+(?:of\s+)?(.+)$/isu.exec(text);
  // "Approve $1.9M and name an owner": a second verb needs the verb form to stay grammatical.
  const secondVerb = /\band\s+([\p{L}]+)\s/u.exec(approve?.[1] ?? '')?.[1]?.toLowerCase();
  if (approve && !(secondVerb && (ACTION_VERBS.has(secondVerb) || startsWithDecision(secondVerb)))) {
    return asSentence(`I need your approval for ${approve[1]}`);
  }
  if (ALREADY_A_REQUEST.test(text)) return asSentence(text);
  const shape = clauseShape(text);
  if (startsWithDecision(text) || shape === 'imperative') {
    return asSentence(`I need you to ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
  }
  const passive = PASSIVE_REQUEST.exec(text);
  if (passive) {
    const [, wish = '', rest = ''] = passive;
    return asSentence(`I am asking for ${lowered(wish, slideText)}${rest ? ` ${rest}` : ''}`);
  }
  if (shape === 'clause') return asSentence(text);
  return asSentence(`I am asking for ${withArticle(lowered(text, slideText))}`);
}

/**
 * The closing question, matched to the request and to the style's tone. It names no date and no
 * amount: those are the slide's to state, and the ask sentence already carries them.
 */
export function closingQuestion(ask: string | undefined, style: DraftStyleId, lens: LensId = 'general'): string {
  if (!ask) return 'Can I count on your support?';
  if (lens === 'peer') return 'Can I count on you?';
  if (style === 'problem-first') return 'Can we agree on it?';
  if (style === 'story') return 'Will you back it?';
  if (/^approve\b/iu.test(ask)) return 'Will you approve it?';
  if (/^fund\b/iu.test(ask)) return 'Will you fund it?';
  if (/^decide\b/iu.test(ask)) return 'Will you make that call?';
  return 'Can I count on your support?';
}
