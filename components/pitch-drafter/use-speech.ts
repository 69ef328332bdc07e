'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { DEFAULT_WORDS_PER_MINUTE } from '@/lib/pitch/spoken-time';

/** Speech rate for a pace: 140 wpm is roughly the voices' normal rate 1.0; kept within 0.5–2. */
export function speechRate(wordsPerMinute: number): number {
  const rate = wordsPerMinute / DEFAULT_WORDS_PER_MINUTE;
  return Math.round(Math.min(2, Math.max(0.5, rate)) * 100) / 100;
}

const hasSpeechApi = () => 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
const onServer = () => false;

/**
 * A voice that runs on this device. Network voices (Chrome's "Google …" voices) send the text to a
 * server, and nothing confidential may leave the device, so only local voices are used.
 */
function localVoice(lang: string): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices().filter((v) => v.localService);
  const base = lang.split('-')[0] ?? 'en';
  return voices.find((v) => v.lang.startsWith(base)) ?? voices[0];
}

function subscribeToVoices(onChange: () => void): () => void {
  if (!hasSpeechApi()) return () => {};
  window.speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => window.speechSynthesis.removeEventListener('voiceschanged', onChange);
}

const canSpeakLocally = () => hasSpeechApi() && localVoice(document.documentElement.lang || 'en') !== undefined;

/**
 * Reads text aloud with the browser's speech synthesis, on a local voice only. `supported` is
 * false on the server and during hydration, and stays false where the browser has no speech
 * synthesis or no voice that runs on the device.
 */
export function useSpeech(wordsPerMinute: number) {
  // The server snapshot says "no", so the first client render matches it; the real answer follows.
  const supported = useSyncExternalStore(subscribeToVoices, canSpeakLocally, onServer);
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
      const lang = document.documentElement.lang || 'en';
      const voice = localVoice(lang);
      if (!text.trim() || !voice) return;
      window.speechSynthesis.cancel();
      const next = new SpeechSynthesisUtterance(text);
      next.voice = voice;
      next.rate = speechRate(wordsPerMinute);
      next.lang = voice.lang || lang;
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
