/**
 * Discord's message limits, in characters. We measure with String#length
 * (UTF-16 code units), which is never less than what Discord counts, so
 * staying under these numbers is always safe.
 */
export const discordLimits = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  /** Sum of every embed's title, description, fields, footer and author in one message. */
  embedsTotal: 6000,
} as const;

/** Longest single quote shown; longer ones are cut at a sentence so three citations still fit. */
export const maxQuoteLength = 1000;
