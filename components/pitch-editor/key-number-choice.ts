import { keyNumber, keyNumbers } from '@/lib/language/key-number';
import { cleanSlideText } from '@/lib/slide/clean-text';

/** What the Outcome step's "Key number" control shows and offers. */
export interface KeyNumberChoice {
  /** The outcome's numbers as written, in the order the automatic pick ranks them (best first). */
  options: string[];
  /** The number the slide emphasises: the user's choice while it is on the slide, else `automatic`. */
  shown: string | undefined;
  /** The number the slide emphasises when the user has chosen none. */
  automatic: string | undefined;
  /** The option that matches the stored choice, or '' for Automatic (no choice, or a stale one). */
  selected: string;
  /** A stored choice that is no longer in the outcome (the user edited the bullet). */
  stale: string | undefined;
}

/**
 * The key number choice of a pitch's outcome as the slide sees it: the bullets cleaned and
 * emptied ones dropped, exactly as `slideText` ranks them, so the control names the number the
 * preview and the export emphasise.
 */
export function keyNumberChoice(
  outcome: readonly string[] | undefined,
  stored: string | undefined,
): KeyNumberChoice {
  const bullets = (outcome ?? []).map((text) => cleanSlideText(text).trim()).filter(Boolean);
  const options = keyNumbers({ outcome: bullets });
  const chosen = stored?.trim().toLowerCase();
  const selected = chosen ? (options.find((option) => option.toLowerCase() === chosen) ?? '') : '';
  return {
    options,
    shown: keyNumber({ outcome: bullets, keyNumber: stored })?.text,
    automatic: options[0],
    selected,
    stale: chosen && !selected ? stored?.trim() : undefined,
  };
}
