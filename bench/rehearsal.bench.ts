/**
 * Rehearsal figures: time to build a deck and fit stored progress to it (page load), time to
 * score a typed recall of the longest allowed pitch (on "Check"), and the stored size of the
 * progress of a well-rehearsed pitch (it travels in library backups, limited to 5 MiB).
 * Run: npm run bench -- rehearsal
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pitchFileSchema, type PitchFile } from '../lib/pitch/schema';
import {
  addSession,
  buildFlashcards,
  emptyProgress,
  mergeProgressWithDeck,
  rehearsalScript,
  scheduleReview,
  scoreRecall,
  MAX_SESSIONS,
} from '../lib/rehearsal';
import { largestAllowedPitch } from '../lib/slide/largest-pitch';

const FIXTURES = join(process.cwd(), 'e2e', 'fixtures', 'pitches');
const DECK_GOAL_MS = 16;
const RECALL_GOAL_MS = 100;

function medianMs(run: () => void, runs: number): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/** The largest allowed pitch with a 3000-character elevator pitch of distinct sentences (most cards). */
function largestDistinctPitch(): PitchFile {
  const base = largestAllowedPitch();
  let text = '';
  for (let i = 1; text.length < 2940; i++) text += `Step ${i} cuts settlement time by ${i} more days for brokers. `;
  return { ...base, pitch: { ...base.pitch, text: text.trim().slice(0, 3000) } };
}

const cases: Array<[string, PitchFile]> = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, pitchFileSchema.parse(JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')))]);
cases.push(['largest allowed pitch, 3000-char pitch of distinct sentences', largestDistinctPitch()]);

console.log(`Deck build + progress merge, median (goal: under ${DECK_GOAL_MS} ms, once per page load)`);
for (const [name, pitch] of cases) {
  let cards = 0;
  const ms = medianMs(() => {
    const deck = buildFlashcards(pitch, rehearsalScript(pitch).text);
    mergeProgressWithDeck(emptyProgress(), deck);
    cards = deck.length;
  }, 50);
  console.log(`  ${ms.toFixed(2).padStart(8)} ms  ${String(cards).padStart(3)} cards  ${name}${ms > DECK_GOAL_MS ? '  (over goal)' : ''}`);
}

const longest = largestDistinctPitch().pitch?.text ?? '';
const typed = longest.replace(/\b(\w+) (\w+) (\w+)\b/g, '$1 $3 extra');
const recallMs = medianMs(() => scoreRecall(longest, typed), 20);
const score = scoreRecall(longest, typed);
console.log(
  `Typed recall of the longest pitch (${longest.length} chars), median: ${recallMs.toFixed(1)} ms (goal: under ${RECALL_GOAL_MS} ms); accuracy ${score.accuracy}%`,
);

const big = largestDistinctPitch();
const deck = buildFlashcards(big, rehearsalScript(big).text);
let progress = emptyProgress();
const day = 86_400_000;
for (let d = 0; d < 30; d++) {
  for (const card of deck) progress = scheduleReview(progress, card.key, d % 5 === 0 ? 'hard' : 'good', d * day);
}
for (let i = 0; i < MAX_SESSIONS; i++) progress = addSession(progress, { at: i * day, kind: 'run-through', cardsReviewed: 0, seconds: 61.3, wpm: 147 });
const bytes = JSON.stringify(progress).length;
console.log(`Stored progress of the largest deck (${deck.length} cards, ${MAX_SESSIONS} sessions): ${(bytes / 1024).toFixed(1)} KiB`);
