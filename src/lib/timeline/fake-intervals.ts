/** Claim intervals for the timeline's unit tests, from ISO days (UTC midnight). */
import type { ClaimInterval } from './timeline';

export const DAY = 86_400_000;

export const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A claim reported over `[first, last]`, inclusive ISO days: the interval `[start, end)`. */
export function interval(claimId: string, first: string, last: string): ClaimInterval {
  return {
    claimId,
    start: utc(first),
    end: new Date(utc(last).getTime() + DAY),
    precision: 'range',
  };
}
