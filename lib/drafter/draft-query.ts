import type { PitchIssue } from '../pitch/issues';
import { TARGET_SECONDS, type TargetSeconds } from '../pitch/limits';
import type { PitchFile } from '../pitch/schema';
import { DEFAULT_WORDS_PER_MINUTE } from '../pitch/spoken-time';
import type { DraftOptions } from './draft-pitch';
import { LENS_IDS, type LensId } from './lenses';
import { DEFAULT_DRAFT_STYLE, DRAFT_STYLE_IDS, type DraftStyleId } from './styles';

/** The speaking paces a draft accepts, as rehearsal measures them (words per minute). */
export const DRAFT_WPM = { min: 60, max: 300 } as const;

export type DraftQuery = { ok: true; options: Required<DraftOptions> } | { ok: false; issues: PitchIssue[] };

/**
 * `POST /api/draft`'s query (`style`, `target`, `lens`, `wpm`), each optional: style defaults to
 * bottom line first, target to the pitch's own `pitch.targetSeconds` (else 60), lens to the
 * pitch's `lens` (else general), pace to 140 wpm. Any value that is not an option is an issue
 * naming the options, so the caller can answer 400 with all of them at once.
 */
export function readDraftQuery(params: URLSearchParams, pitch: PitchFile): DraftQuery {
  const issues: PitchIssue[] = [];
  const style = params.get('style') ?? DEFAULT_DRAFT_STYLE;
  if (!DRAFT_STYLE_IDS.includes(style as DraftStyleId)) {
    issues.push({ path: 'style', message: `style must be one of ${DRAFT_STYLE_IDS.join(', ')}.` });
  }
  const targetText = params.get('target');
  const target = targetText === null ? (pitch.pitch?.targetSeconds ?? 60) : Number(targetText);
  if (!TARGET_SECONDS.includes(target as TargetSeconds)) {
    issues.push({ path: 'target', message: `target must be one of ${TARGET_SECONDS.join(', ')} (seconds).` });
  }
  const lens = params.get('lens') ?? pitch.lens ?? 'general';
  if (!LENS_IDS.includes(lens as LensId)) {
    issues.push({ path: 'lens', message: `lens must be one of ${LENS_IDS.join(', ')}.` });
  }
  const wpmText = params.get('wpm');
  const wpm = wpmText === null ? DEFAULT_WORDS_PER_MINUTE : Number(wpmText);
  if (wpmText !== null && (!/^\d+(?:\.\d+)?$/u.test(wpmText.trim()) || wpm < DRAFT_WPM.min || wpm > DRAFT_WPM.max)) {
    issues.push({ path: 'wpm', message: `wpm must be a number of words per minute from ${DRAFT_WPM.min} to ${DRAFT_WPM.max}.` });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    options: { style: style as DraftStyleId, targetSeconds: target, lens: lens as LensId, wordsPerMinute: wpm },
  };
}
