'use client';

import { buttonStyles } from '@/components/ui/button-styles';
import { useSpeech } from './use-speech';

/** "Hear it": the pitch read aloud at the speaker's pace; hidden where the browser cannot speak. */
export function HearItButton({ text, wordsPerMinute }: { text: string; wordsPerMinute: number }) {
  const { supported, speaking, speak, stop } = useSpeech(wordsPerMinute);
  if (!supported) return null;
  return speaking ? (
    <button type="button" className={buttonStyles.secondary} onClick={stop}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
        <rect x="5" y="5" width="10" height="10" rx="1.5" />
      </svg>
      Stop
    </button>
  ) : (
    <button type="button" className={buttonStyles.secondary} onClick={() => speak(text)} disabled={!text.trim()}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
        <path d="M9 4.2a.7.7 0 0 1 1.1.6v10.4a.7.7 0 0 1-1.1.6L5.6 13H3.5A1.5 1.5 0 0 1 2 11.5v-3A1.5 1.5 0 0 1 3.5 7h2.1L9 4.2Zm4.4 2.1a.8.8 0 0 1 1.1 0 5.2 5.2 0 0 1 0 7.4.8.8 0 1 1-1.1-1.1 3.7 3.7 0 0 0 0-5.2.8.8 0 0 1 0-1.1Z" />
      </svg>
      Hear it
    </button>
  );
}
