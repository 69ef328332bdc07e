'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { DEFAULT_WORDS_PER_MINUTE } from '@/lib/pitch/spoken-time';

/** Speech rate for a pace: 140 wpm is roughly the voices' normal rate 1.0; kept within 0.5–2. */
export function speechRate(wordsPerMinute: number): number {
  const rate = wordsPerMinute / DEFAULT_WORDS_PER_MINUTE;
  return Math.round(Math.min(2, Math.max(0.5, rate)) * 100) / 100;
}

const noSubscription = () => () => {};
const hasSpeech = () => 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
const onServer = () => false;

/**
 * Reads text aloud with the browser's speech synthesis. `supported` is false on the server and
 * during hydration, and stays false where the browser has no speech synthesis.
 */
export function useSpeech(wordsPerMinute: number) {
  // The server snapshot says "no", so the first client render matches it; the real answer follows.
  const supported = useSyncExternalStore(noSubscription, hasSpeech, onServer);
  const [speaking, setSpeaking] = useState(false);
  const utterance = useRef<SpeechSynthesisUtterance | null>(null);

  useEffect(() => {
    return () => {
      if (utterance.current) window.speechSynthesis.cancel();
    };
  }, []);

  const stop = useCallback(() => {
    utterance.current = null;
    window.speechSynthesis.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    (text: string) => {
      if (!text.trim()) return;
      window.speechSynthesis.cancel();
      const next = new SpeechSynthesisUtterance(text);
      next.rate = speechRate(wordsPerMinute);
      next.lang = document.documentElement.lang || 'en';
      const done = () => {
        if (utterance.current === next) {
          utterance.current = null;
          setSpeaking(false);
        }
      };
      next.onend = done;
      next.onerror = done;
      utterance.current = next;
      setSpeaking(true);
      window.speechSynthesis.speak(next);
    },
    [wordsPerMinute],
  );

  return { supported, speaking, speak, stop };
}
