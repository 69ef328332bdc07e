/** The library's heading and one-line promise, shared by the page and its loading frame. */
export function LibraryIntro() {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your pitches</h1>
      <p className="mt-1 max-w-2xl text-slate-600 dark:text-slate-300">
        One executive slide and a 60-second pitch per project. Everything stays in this browser
        until you export it.
      </p>
    </div>
  );
}
