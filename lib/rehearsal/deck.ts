import { SECTION_LABELS, SECTIONS } from '../pitch/limits';
import { rankedOutcomeNumbers } from '../language/key-number';
import type { PitchFile } from '../pitch/schema';
import { contentKey } from './content-key';
import { splitSentences } from '../language/sentences';

export type CardKind =
  | 'headline'
  | 'situation'
  | 'action'
  | 'outcome'
  | 'key-number'
  | 'ask'
  | 'value-proposition'
  | 'pitch-opening'
  | 'pitch-next';

/** One flashcard: a prompt on the front, the answer (one or more lines) on the back. */
export interface RehearsalCard {
  /** Stable content hash of kind + front + back: progress is stored under it. */
  key: string;
  kind: CardKind;
  /** Short name of what the card rehearses ("Situation", "Pitch 3 of 8"). */
  label: string;
  front: string;
  /** Answer lines: one per bullet for a section, else a single line. */
  back: string[];
}

function card(kind: CardKind, label: string, front: string, back: string[]): RehearsalCard {
  return { key: contentKey(kind, front, ...back), kind, label, front, back };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function sectionCards(pitch: PitchFile): RehearsalCard[] {
  return SECTIONS.flatMap((section) => {
    const bullets = pitch[section].map((b) => b.trim()).filter(Boolean);
    if (bullets.length === 0) return [];
    const label = SECTION_LABELS[section];
    return [card(section, label, `${label} — ${plural(bullets.length, 'point')}`, bullets)];
  });
}

/** "What is the key number?" with the number blanked out of the outcome bullet that carries it, key number first. */
function keyNumberCards(pitch: PitchFile): RehearsalCard[] {
  return rankedOutcomeNumbers(pitch).map((q) => {
    const bullet = pitch.outcome[q.bullet] ?? '';
    const blanked = `${bullet.slice(0, q.start)}_____${bullet.slice(q.end)}`;
    return card('key-number', 'Key number', `What is the key number? ${blanked}`, [q.text]);
  });
}

function pitchCards(script: string): RehearsalCard[] {
  const sentences = splitSentences(script);
  const total = sentences.length;
  const first = sentences[0];
  if (!first) return [];
  const cards = [
    card('pitch-opening', `Pitch 1 of ${total}`, 'How does your pitch open?', [first]),
  ];
  for (let i = 0; i + 1 < total; i++) {
    // Chained: the sentence you just said is the cue for the next one.
    const next = sentences[i + 1] ?? '';
    cards.push(card('pitch-next', `Pitch ${i + 2} of ${total}`, sentences[i] ?? '', [next]));
  }
  return cards;
}

/**
 * The rehearsal deck of a pitch, in the order it is best learnt: headline, the three sections,
 * key numbers, ask, value proposition, then the pitch script chained sentence by sentence.
 * `script` is the text the user recites (see `rehearsalScript`). Empty fields give no card;
 * cards with identical content appear once.
 */
export function buildFlashcards(pitch: PitchFile, script: string): RehearsalCard[] {
  const cards: RehearsalCard[] = [];
  const headline = pitch.headline.trim();
  if (headline)
    cards.push(card('headline', 'Headline', 'Headline — your one-sentence claim', [headline]));
  cards.push(...sectionCards(pitch), ...keyNumberCards(pitch));
  const ask = pitch.ask?.trim();
  if (ask) cards.push(card('ask', 'Ask', 'Ask — the decision you need', [ask]));
  const value = pitch.valueProposition?.trim();
  if (value)
    cards.push(
      card('value-proposition', 'Value proposition', 'Value proposition — why it matters', [value]),
    );
  cards.push(...pitchCards(script));
  const seen = new Set<string>();
  return cards.filter((c) => !seen.has(c.key) && seen.add(c.key));
}
