/**
 * valibot issues as the problems a curator reads: which record (by id, or by position when it
 * has no usable id), which field, what is wrong and what would fix it. Problems come in a stable
 * order (within each object: unknown fields, then missing ones, then each field's own problems)
 * and one per field: the first thing wrong with it.
 */
import type * as v from 'valibot';
import { FIELD_PLACEHOLDER, split } from './messages.ts';
import { isMissingKeyIssue, isUnknownKeyIssue } from './shapes.ts';
import { isId } from './text.ts';

export interface Problem {
  /** the record's id; null when it has none usable (then `field` starts with its position) */
  id: string | null;
  /** path inside the record, e.g. `quotes[1].text`; empty for the record itself */
  field: string;
  message: string;
  fix: string;
}

type Key = string | number;
type Issue = v.BaseIssue<unknown>;

const keysOf = (issue: Issue): Key[] => (issue.path ?? []).map((p) => p.key as Key);

/** `['quotes', 0, 'text']` → `quotes[0].text` */
function fieldPath(keys: readonly Key[], prefix = ''): string {
  let out = prefix;
  for (const k of keys) {
    out += typeof k === 'number' ? `[${k}]` : out === '' ? k : `.${k}`;
  }
  return out;
}

function order(issues: Issue[], depth: number, first?: Key): Issue[] {
  const here = (i: Issue) => (i.path?.length ?? 0) === depth + 1;
  const unknown = issues.filter((i) => here(i) && isUnknownKeyIssue(i));
  const missing = issues.filter((i) => here(i) && isMissingKeyIssue(i));
  const own = issues.filter((i) => (i.path?.length ?? 0) <= depth);
  const groups = new Map<Key, Issue[]>();
  if (first !== undefined) groups.set(first, []);
  for (const i of issues) {
    if (unknown.includes(i) || missing.includes(i) || own.includes(i)) continue;
    const key = keysOf(i)[depth] as Key;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const [lead, ...others] = [...groups.values()].map((g) => order(g, depth + 1));
  // the id first, as it names the record in every later message
  if (first !== undefined)
    return [...own, ...(lead ?? []), ...unknown, ...missing, ...others.flat()];
  return [...own, ...unknown, ...missing, ...(lead ?? []), ...others.flat()];
}

/** Who an issue is about: the record's id (or none) and the path left once the record is named. */
export type Naming = (keys: Key[]) => { id: string | null; rest: Key[]; prefix: string };

export function toProblems(issues: readonly Issue[], naming: Naming, first?: Key): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const issue of order([...issues], 0, first)) {
    const { id, rest, prefix } = naming(keysOf(issue));
    const field = fieldPath(rest, prefix);
    const key = `${id ?? ''}\u0000${field}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { message, fix } = split(issue.message);
    const label = fieldPath(rest) || 'the record';
    out.push({ id, field, message, fix: fix.replace(FIELD_PLACEHOLDER, label) });
  }
  return out;
}

/** Naming for a record of an array file: by its id, or `[index]` when it has none usable. */
export function recordNaming(record: unknown, index: number): Naming {
  const id = (record as { id?: unknown } | null)?.id;
  return (keys) =>
    isId(id) ? { id, rest: keys, prefix: '' } : { id: null, rest: keys, prefix: `[${index}]` };
}

/** Naming for a briefing: the file names it; its steps are named by their ids, or `steps[i]`. */
export function briefingNaming(briefing: unknown): Naming {
  return (keys) => {
    const [head, index] = keys;
    if (head !== 'steps' || typeof index !== 'number') return { id: null, rest: keys, prefix: '' };
    const steps = (briefing as { steps?: unknown }).steps as unknown[];
    const id = (steps[index] as { id?: unknown } | null)?.id;
    const rest = keys.slice(2);
    return isId(id) ? { id, rest, prefix: '' } : { id: null, rest, prefix: `steps[${index}]` };
  };
}
