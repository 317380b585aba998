/**
 * Every distinct token (term, bigram, tag) once, numbered in order of first
 * sight. The compact index stores numbers, not strings: a corpus repeats the
 * same few tens of thousands of tokens millions of times. Append-only, so
 * index versions forked from one another can share one table.
 */
export interface TokenTable {
  readonly size: number;
  /** The token's number, adding it when new. */
  intern(token: string): number;
  /** The token's number, or undefined when the table has never seen it. */
  find(token: string): number | undefined;
  /** The token with this number (throws on a number never handed out). */
  token(id: number): string;
  /** All tokens, by number (for persisting). */
  all(): readonly string[];
}

export function createTokenTable(initial: readonly string[] = []): TokenTable {
  const tokens: string[] = [];
  const ids = new Map<string, number>();
  const intern = (token: string) => {
    const known = ids.get(token);
    if (known !== undefined) return known;
    // Fields are matched as newline-joined token lists (the minisearch
    // contract); a token holding a newline would be two tokens there.
    if (token === '' || token.includes('\n')) throw new Error(`analyzer produced an unindexable token ${JSON.stringify(token)}`);
    ids.set(token, tokens.length);
    tokens.push(token);
    return tokens.length - 1;
  };
  for (const token of initial) {
    if (ids.has(token)) throw new Error(`token table lists ${JSON.stringify(token)} twice`);
    intern(token);
  }
  return {
    get size() {
      return tokens.length;
    },
    intern,
    find: (token) => ids.get(token),
    token(id) {
      const token = tokens[id];
      if (token === undefined) throw new Error(`no token numbered ${id}`);
      return token;
    },
    all: () => tokens,
  };
}
