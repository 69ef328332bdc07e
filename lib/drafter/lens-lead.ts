import { askSentence } from './ask-sentence';
import type { Selection } from './compose-styles';
import type { LensId } from './lenses';
import { lowerFirst } from './sentences';
import type { Fragment, SlideParts } from './slide-parts';
import { objectiveSentence, spokenClause, stakesSentence, withLead, type Role } from './spoken-forms';

/** The piece a lens says first, taken out of its usual place: "claim", "action:0", "objective", "ask"… */
export interface LensLead {
  key: string;
  lead: string;
  role: Role;
}

function moneyKey(parts: SlideParts): string | undefined {
  if (parts.keyOutcome?.money) return 'keyOutcome';
  if (parts.claim?.money) return 'claim';
  const outcome = parts.otherOutcomes.findIndex((o) => o.money);
  if (outcome >= 0) return `outcome:${outcome}`;
  return parts.stakes?.money ? 'stakes' : undefined;
}

/**
 * What leads for each audience (none for `general`): the CFO hears the money first (an outcome or
 * risk in a currency, else the key result), the CTO or COO the delivery plan (else the risk of
 * waiting), the sponsor the strategic objective from the trace (else the value), a peer the ask.
 */
export function lensLead(parts: SlideParts, lens: LensId): LensLead | undefined {
  switch (lens) {
    case 'cfo': {
      // "The money first" only before money: a slide with no amount leads with its key result.
      const money = moneyKey(parts);
      const key = money ?? (parts.keyOutcome ? 'keyOutcome' : undefined);
      if (!key) return undefined;
      return { key, lead: money ? 'The money first' : 'The result first', role: key === 'stakes' ? 'stakes' : 'outcome' };
    }
    case 'cto':
      if (parts.action.length > 0) return { key: 'action:0', lead: 'On delivery', role: 'action' };
      return parts.stakes ? { key: 'stakes', lead: 'The risk is plain', role: 'stakes' } : undefined;
    case 'sponsor':
      if (parts.objective) return { key: 'objective', lead: '', role: 'value' };
      return parts.valueProposition ? { key: 'value', lead: 'Why it matters', role: 'value' } : undefined;
    case 'peer':
      return parts.ask ? { key: 'ask', lead: 'I will start with my ask', role: 'claim' } : undefined;
    default:
      return undefined;
  }
}

function fragmentOf(parts: SlideParts, key: string): Fragment | undefined {
  const [section, index] = key.split(':');
  const i = Number(index);
  if (section === 'action') return parts.action[i];
  if (section === 'situation') return parts.situation[i];
  if (section === 'outcome') return parts.otherOutcomes[i];
  if (key === 'keyOutcome') return parts.keyOutcome;
  if (key === 'claim') return parts.claim;
  if (key === 'stakes') return parts.stakes;
  if (key === 'value') return parts.valueProposition;
  return key === 'objective' ? parts.objective : undefined;
}

/** The lens's opening sentence. */
export function lensOpening(parts: SlideParts, lead: LensLead, selection: Selection): string {
  const { slideText } = parts;
  if (lead.key === 'ask') {
    const ask = askSentence(parts.ask ?? '', slideText);
    return `${lead.lead}: ${/^I\b/u.test(ask) ? ask : (lowerFirst(ask, slideText) ?? ask)}`;
  }
  const fragment = fragmentOf(parts, lead.key);
  if (!fragment) return '';
  const text = selection.get(lead.key) === 'short' && fragment.short ? fragment.short : fragment.full;
  if (lead.key === 'objective') return objectiveSentence(text, slideText);
  const clause = spokenClause(text, lead.role, slideText).replace(/^That means /u, 'This brings ');
  if (lead.role === 'stakes') {
    const sentence = stakesSentence('If we wait', clause, slideText);
    return sentence.startsWith('If we wait') ? `${lead.lead}: i${sentence.slice(1)}` : sentence;
  }
  return withLead(lead.lead, clause, slideText, lead.lead.startsWith('On') ? ', ' : ': ');
}
