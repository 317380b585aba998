/**
 * The retrieval port: what kiji needs from a search engine. The in-process
 * compact index (compact-index.ts) is its implementation; an external engine
 * (OpenSearch with kuromoji analysis, Groonga) would implement the same
 * few methods, with the analysis done on its side or ours.
 */

/** One sentence's analysis, kept so answers can pick sentences without re-tokenising. */
export interface AnalyzedSentence {
  terms: string[];
  bigrams: string[];
  /** Entity tags (`place:…`, `time:…`), see the analyzer. */
  tags: string[];
  /**
   * The terms' and bigrams' numbers in the index's token table (see tokenNumber), set by an
   * index that numbers its tokens: a question is then matched by comparing numbers.
   */
  termIds?: Int32Array;
  bigramIds?: Int32Array;
}

/** A passage as the index sees it: the analyzer's output for each field. */
export interface AnalyzedPassage {
  id: string;
  title: string[];
  heading: string[];
  sentences: AnalyzedSentence[];
}

export interface WeightedToken {
  token: string;
  weight: number;
}

/** A question in index terms: morphological terms and character bigrams, each weighted. */
export interface IndexQuery {
  terms: WeightedToken[];
  bigrams: WeightedToken[];
}

export interface PassageHit {
  id: string;
  /** BM25 over title, heading and text terms. */
  termScore: number;
  /** BM25 over character bigrams. */
  bigramScore: number;
  /** Query terms (not bigrams) the passage contains. */
  matchedTerms: string[];
}

export interface PassageIndex {
  readonly passageCount: number;
  add(passages: readonly AnalyzedPassage[]): void;
  remove(ids: readonly string[]): void;
  /** Best passages for the query by each view; the union of both top lists. */
  search(query: IndexQuery, limit: number): PassageHit[];
  /** How many passages contain the token (0: the corpus never uses it). */
  documentFrequency(kind: 'term' | 'bigram', token: string): number;
  /** The stored analysis of a passage, for sentence-level scoring. */
  analysisOf(id: string): AnalyzedPassage | undefined;
  /** The token's number in the analyses' termIds and bigramIds (undefined for a token the index never saw), if it numbers them. */
  tokenNumber?(token: string): number | undefined;
}
