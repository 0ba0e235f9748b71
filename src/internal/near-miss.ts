/** How far apart two words are: the fewest single-character edits that turn one into the other. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Longer words than this are not compared: a near miss is a typo, not a different text. */
const LONGEST = 64;
/** More candidates than this are not searched, so that a message costs little whatever the input. */
const MOST = 256;

/**
 * The candidate closest to `value` when it is close enough to be a typo of it (at most a third of
 * its characters wrong), for a "did you mean" in a message; `undefined` otherwise.
 */
export function nearMiss(value: string, candidates: Iterable<string>): string | undefined {
  if (value.length > LONGEST) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(value.length / 3)) + 1;
  let searched = 0;
  for (const candidate of candidates) {
    if ((searched += 1) > MOST) break;
    if (candidate.length > LONGEST) continue;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the distance is at least the difference in length, so a candidate skipped here would not be taken below: it only spares the work
    if (Math.abs(candidate.length - value.length) >= bestDistance) continue;
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
