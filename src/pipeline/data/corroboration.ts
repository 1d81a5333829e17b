/**
 * Corroboration: how many articles quote a claim, and how many of them are independent
 * witnesses. An article that rewrites, syndicates or wire-copies another is not a second
 * witness, and neither is one that cites another: the relation is recorded per article, not per
 * claim, so a citation is followed for every claim of the citing article. That may under-count
 * an article's own reporting, but it never over-states corroboration, which is the error a
 * citation-first map must not make. See docs/data.md, "Corroboration".
 */
import type { Corroboration, Source } from '../../lib/data/types.ts';

type SourceLinks = Pick<Source, 'id' | 'derived_from'>;

/**
 * The origins of a source: follow derived_from to the articles that derive from nothing.
 * A source that derives from nothing is its own origin. Cycles are reported by findCycles and
 * cut here, so a bad file cannot hang the build.
 */
export function originsOf(id: string, sources: ReadonlyMap<string, SourceLinks>): string[] {
  const roots = new Set<string>();
  const seen = new Set<string>();
  const walk = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    const parents = (sources.get(current)?.derived_from ?? []).filter((d) => sources.has(d.source));
    if (parents.length === 0) {
      roots.add(current);
      return;
    }
    for (const d of parents) walk(d.source);
  };
  walk(id);
  return [...roots].sort();
}

/**
 * Articles and independent origins among the sources quoting one claim. Two quoting articles
 * are one witness when their origins overlap (union–find over shared origins), so an article
 * that merges two wires does not count as two.
 */
export function corroborate(
  quotingSources: readonly string[],
  sources: ReadonlyMap<string, SourceLinks>,
): Corroboration {
  const articles = [...new Set(quotingSources)].sort();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  const origins = new Set<string>();
  for (const article of articles) {
    const roots = originsOf(article, sources);
    for (const r of roots) {
      origins.add(r);
      if (!parent.has(r)) parent.set(r, r);
    }
    const first = roots[0];
    if (first === undefined) continue;
    for (const r of roots.slice(1)) parent.set(find(r), find(first));
  }
  const groups = new Set([...origins].map(find));
  return {
    articles: articles.length,
    independent_origins: groups.size,
    origins: [...origins].sort(),
  };
}

/** Every derived_from cycle (each once, starting at its smallest id). */
export function findCycles(sources: ReadonlyMap<string, SourceLinks>): string[][] {
  const cycles = new Map<string, string[]>();
  const visit = (id: string, path: string[]) => {
    const at = path.indexOf(id);
    if (at !== -1) {
      const cycle = path.slice(at);
      const min = cycle.indexOf([...cycle].sort()[0] as string);
      const rotated = [...cycle.slice(min), ...cycle.slice(0, min)];
      cycles.set(rotated.join('>'), rotated);
      return;
    }
    for (const d of sources.get(id)?.derived_from ?? []) {
      // A source naming itself is reported as such in links.ts, not as a cycle.
      if (d.source !== id) visit(d.source, [...path, id]);
    }
  };
  for (const id of [...sources.keys()].sort()) visit(id, []);
  return [...cycles.values()];
}
