/**
 * One normal form for matching: NFKC folds full-width letters and digits
 * (ＡＳＥＡＮ → ASEAN, ２０２５ → 2025) and half-width kana; lower-casing
 * makes g20 = G20. Applied to documents and questions alike, never to the
 * text shown to users.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
