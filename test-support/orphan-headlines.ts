/**
 * Test-only: headlines in other industries' words (health, finance, manufacturing, logistics,
 * procurement) that a greedy wrap at the default slide's headline box leaves ending on one word.
 */
export const ORPHAN_PRONE = [
  'One MRI rota across both hospital sites will cut the neurology backlog',
  'A shared ledger for the four Nordic subsidiaries closes the books early',
  'Predictive maintenance on the Ostrava press line halves breakdowns',
  'Pooling the three regional fleets cuts empty lorry miles by 18% in 2027',
  'One supplier portal will pay 90% of our invoices on time and end fines',
  'Night picking at the Leeds depot will clear the Christmas backlog early',
];
