/**
 * Characters of context kept on each side of an anchor (`prefix`, `suffix`), as Hypothesis keeps
 * around a TextQuoteSelector: enough to tell apart two places with the same words. The generator
 * writes anchors with it and the exports build selectors with it.
 */
export const ANCHOR_CONTEXT_LENGTH = 32;
