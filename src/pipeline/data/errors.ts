/**
 * The one error shape every check of the data build reports. Checks collect errors instead of
 * throwing, so a curator sees every problem in one run rather than one per run.
 */

export interface DataError {
  /** path relative to the dataset root, e.g. `data/claims.json` */
  file: string;
  /** the record's id; null when the record has no usable id (then `field` starts with `[index]`) */
  id: string | null;
  /** path inside the record, e.g. `quotes[1].text`; empty for file-level problems */
  field: string;
  /** what is wrong */
  message: string;
  /** what would fix it */
  fix: string;
}

export function dataError(
  file: string,
  id: string | null,
  field: string,
  message: string,
  fix: string,
): DataError {
  return { file, id, field, message, fix };
}

/** What a record in this file is called in messages. */
function recordLabel(file: string): string {
  if (file.endsWith('places.json')) return 'place';
  if (file.endsWith('claims.json')) return 'claim';
  if (file.endsWith('sources.json')) return 'source';
  // A briefing file is one briefing; the records inside it that carry ids are its steps.
  if (file.startsWith('data/briefings/')) return 'step';
  return 'record';
}

/**
 * One line per error, e.g.
 * `data/claims.json › claim "kirkuk-blast" › quotes[0].text: not found verbatim … Fix: …`
 */
export function formatError(e: DataError): string {
  const parts = [e.file];
  if (e.id !== null) parts.push(`${recordLabel(e.file)} "${e.id}"`);
  const head = parts.join(' › ');
  const where = e.field ? `${head} › ${e.field}` : head;
  return `${where}: ${e.message} Fix: ${e.fix}`;
}

/** Errors in a stable order: by file, then in the order the checks found them. */
export function groupByFile(errors: readonly DataError[]): Map<string, DataError[]> {
  const groups = new Map<string, DataError[]>();
  for (const file of [...new Set(errors.map((e) => e.file))].sort()) {
    groups.set(
      file,
      errors.filter((e) => e.file === file),
    );
  }
  return groups;
}
