/** A card's answer: one line as a paragraph, several (a section's bullets) as a list. */
export function AnswerLines({ lines, className = '' }: { lines: string[]; className?: string }) {
  if (lines.length === 1) return <p className={className}>{lines[0]}</p>;
  return (
    <ul className={`list-disc space-y-1 pl-5 ${className}`}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
