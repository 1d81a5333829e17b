/** Record ids as the data contract writes them: lowercase words joined by single hyphens. */

const MAX_ID = 64;

/** An id from a name ("Al Qā'im" → "al-qaim"); Arabic-only names fall back to `fallback`. */
export function slugId(name: string, fallback = 'record'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** The first of `base`, `base-2`, `base-3`… that no record uses yet (ids are unique across files). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '') + suffix;
    if (!taken.has(id)) return id;
  }
}
