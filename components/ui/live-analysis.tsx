'use client';

import { createContext, useContext, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PitchAnalysis } from '@/lib/advice/analyze-pitch';
import type { PitchFile } from '@/lib/pitch/schema';
import type { SlideFit } from '@/lib/slide/fit-types';
import { slideTheme, type SlideTheme } from '@/lib/slide/themes';
import { analyzePitchOffThread } from '@/platform/advice-worker/analyze-off-thread';
import { countComputations } from '@/platform/count-computations';

// The promise below (one layout and one analysis per pause) is checked by counting them.
countComputations();

/** The advice engine's analysis and the pitch it was computed for (word offsets hold for that text). */
export interface AnalysedPitch {
  analysis: PitchAnalysis;
  pitch: PitchFile;
}

/** The slide as the preview draws it: its theme now, its layout once the deferred render has run. */
export interface LiveSlide {
  theme: SlideTheme;
  /** The layout (with placeholders in empty boxes) of a recent copy of the pitch; null at first. */
  fit: SlideFit | null;
}

const SlideContext = createContext<LiveSlide | null>(null);
const AnalysisContext = createContext<AnalysedPitch | null>(null);

/** How long typing must pause before the advice runs (ms). */
export const ADVICE_DELAY_MS = 120;

/**
 * The one computation of the live pitch that every part of the page shares: the slide layout,
 * once per change of a deferred copy of the pitch (typing never waits for it), and the advice,
 * once per pause in typing, in the advice worker, reusing that layout for its `overflow` rule.
 * Fields, the step list, the drafter, the review and the preview read them through
 * `useLiveAnalysis` and `useLiveSlide`; none computes its own.
 */
export function LiveAnalysisProvider({
  pitch,
  wordsPerMinute,
  children,
}: {
  pitch: PitchFile;
  wordsPerMinute: number;
  children: ReactNode;
}) {
  // Null on the first render, so the page's first paint never waits for a layout; and the fit
  // model (with the language layer that picks the key number) loads after the editor is shown.
  const deferred = useDeferredValue<PitchFile | null>(pitch, null);
  const fitModel = useFitModel();
  const fit = useMemo(
    () => (deferred && fitModel ? fitModel.fitSlide(deferred, { placeholders: true }) : null),
    [deferred, fitModel],
  );
  const theme = slideTheme(pitch.theme);
  const slide = useMemo(() => ({ theme, fit }), [theme, fit]);
  const [analysed, setAnalysed] = useState<AnalysedPitch | null>(null);

  useEffect(() => {
    if (!deferred || !fit) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      const options = { wordsPerMinute, slideFit: { overflows: fit.overflows } };
      void analyzePitchOffThread(deferred, options).then((analysis) => {
        if (!cancelled) setAnalysed({ analysis, pitch: deferred });
      });
    }, ADVICE_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [deferred, fit, wordsPerMinute]);

  return (
    <SlideContext.Provider value={slide}>
      <AnalysisContext.Provider value={analysed}>{children}</AnalysisContext.Provider>
    </SlideContext.Provider>
  );
}

type FitModel = typeof import('@/lib/slide/fit');

/** lib/slide's fit model, loaded once the page has mounted (null until then). */
function useFitModel(): FitModel | null {
  const [model, setModel] = useState<FitModel | null>(null);
  useEffect(() => {
    let mounted = true;
    void import('@/lib/slide/fit').then((loaded) => mounted && setModel(loaded));
    return () => {
      mounted = false;
    };
  }, []);
  return model;
}

/** The latest analysis of the live pitch; null until the first one lands. */
export function useLiveAnalysis(): AnalysedPitch | null {
  return useContext(AnalysisContext);
}

/** The live slide layout; throws outside a LiveAnalysisProvider (a wiring mistake, not a user's). */
export function useLiveSlide(): LiveSlide {
  const slide = useContext(SlideContext);
  if (!slide) throw new Error('useLiveSlide needs a LiveAnalysisProvider around it.');
  return slide;
}
