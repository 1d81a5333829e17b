/** The verifier's problems placed beside the fields they concern. */
import type { StudioProblem } from '../data/studio-api';

/**
 * The problems of one record (by id, or by file when the record is new and not yet named)
 * whose field starts with `field`; `field` '' takes every problem of the record.
 */
export function problemsAt(
  problems: readonly StudioProblem[],
  where: { file: string; id?: string },
  field: string,
): StudioProblem[] {
  return problems.filter(
    (p) =>
      p.file === where.file &&
      (where.id === undefined || p.id === undefined || p.id === where.id) &&
      fieldMatches(p.field ?? '', field),
  );
}

function fieldMatches(problemField: string, field: string): boolean {
  if (field === '') return true;
  const normal = problemField.replace(/\[(\d+)\]/g, '.$1');
  return normal === field || normal.startsWith(`${field}.`);
}

/** Problems no field of the form claims: shown together at the top. */
export function unplaced(
  problems: readonly StudioProblem[],
  placed: readonly StudioProblem[],
): StudioProblem[] {
  const seen = new Set(placed);
  return problems.filter((p) => !seen.has(p));
}
