/**
 * Verbs that open an imperative slide bullet ("Deploy rules-based triage..."). Speakers turn
 * these into "We will deploy...". Only the first word is checked, so nouns that double as verbs
 * and commonly start statements ("Triage", "Training") are left out on purpose.
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  `accelerate add adopt agree align allocate appoint assign audit automate build buy centralise complete escalate centralize
  change close combine complete consolidate convert create cut decommission define deliver deploy design
  develop digitise digitize double drop embed enable end expand extend feed finish fix focus give grow halve
  hire implement improve install increase integrate introduce invest launch lead make map merge migrate modernise
  modernize move negotiate offer open outsource partner phase pilot publish put raise rebuild redesign reduce
  refocus remove renegotiate review reorganise reorganize replace request restructure retire retrain reuse roll run
  scale secure sell set share shift ship shorten simplify sign split standardise standardize start stop
  streamline switch take test train transfer unify update upgrade use fit avoid connect recruit trial clear upskill onboard rewire reroute repair reline monitor measure retain protect keep win reach become meet hit hand hold send book call write bring ask tell show check track report prepare organise organize arrange schedule rent lease sublet pair rewrite engage consult survey interview route serve`
    .split(/\s+/)
    .filter(Boolean),
);
