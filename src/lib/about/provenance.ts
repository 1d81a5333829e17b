/**
 * The sources' provenance as a small layered graph: the articles that derive from no other on
 * the top row (the independent origins), each rewrite, citation or copy on a row below what it
 * derives from, so every arrow points up to its source. Built from `derived_from` and the
 * build's `origins`, nothing else; pure, so the dialog, the handout and the tests share it.
 */
import type { PublishedSource, SourceRelation } from '../data/types';
import { formatSourceDate } from '../data/format';

export interface ProvenanceNode {
  id: string;
  /** the publication without its parenthesised gloss: "Unknown", "CBN News" */
  label: string;
  headline: string;
  date: string;
  /** row (0 = independent origins) and column, and the node's centre in graph units */
  row: number;
  x: number;
  y: number;
  origin: boolean;
}

interface ProvenanceEdge {
  /** the article that depends on another */
  from: string;
  /** the article it depends on */
  to: string;
  relation: SourceRelation;
  evidence: string;
}

export interface ProvenanceGraph {
  nodes: ProvenanceNode[];
  edges: ProvenanceEdge[];
  width: number;
  height: number;
}

/** Graph units (SVG user units): a node's box, the gaps between boxes and rows. */
export const NODE = { width: 176, height: 58, gapX: 20, gapY: 56, pad: 6 } as const;

/** "Unknown (unbylined web rewrite …)" → "Unknown": the gloss is in the list below the graph. */
export function shortPublication(publication: string): string {
  const cut = publication.indexOf(' (');
  return (cut > 0 ? publication.slice(0, cut) : publication).trim();
}

type Links = Pick<PublishedSource, 'id' | 'derived_from'>;

/**
 * Each source's row: 0 when it derives from no source in the set, else one below the lowest of
 * its sources. A cycle (which the build rejects) is cut, so a bad file cannot hang the dialog.
 */
export function rows(sources: readonly Links[]): Map<string, number> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const rowOf = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const parents = (byId.get(id)?.derived_from ?? []).filter((d) => byId.has(d.source));
    const row = parents.length === 0 ? 0 : 1 + Math.max(...parents.map((d) => rowOf(d.source)));
    visiting.delete(id);
    memo.set(id, row);
    return row;
  };
  for (const s of sources) rowOf(s.id);
  return memo;
}

/**
 * The most depended-upon in the middle, the others alternately to its right and left (ties in
 * the given order): the rows below, centred too, then sit under the sources they derive from.
 */
export function centreOut<T extends { id: string }>(
  items: readonly T[],
  weight: ReadonlyMap<string, number>,
): T[] {
  const ranked = [...items].sort((a, b) => (weight.get(b.id) ?? 0) - (weight.get(a.id) ?? 0));
  const out: T[] = [];
  ranked.forEach((item, i) => (i % 2 === 1 ? out.push(item) : out.unshift(item)));
  return out;
}

/**
 * Lays the graph out: rows from `rows`, the top row centred on the most depended-upon (`centreOut`), each lower row ordered
 * under the mean column of what its articles derive from (so arrows stay short and rarely cross),
 * every row centred on the widest.
 */
export function provenanceGraph(sources: readonly PublishedSource[]): ProvenanceGraph {
  const rowOf = rows(sources);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const dependants = new Map<string, number>();
  for (const s of sources)
    for (const d of s.derived_from) dependants.set(d.source, (dependants.get(d.source) ?? 0) + 1);
  const depth = Math.max(0, ...rowOf.values());
  const column = new Map<string, number>();
  const layers: PublishedSource[][] = [];
  for (let r = 0; r <= depth; r++) {
    const layer = sources.filter((s) => rowOf.get(s.id) === r);
    const key = (s: PublishedSource) => {
      const parents = s.derived_from.flatMap((d) => column.get(d.source) ?? []);
      return parents.length === 0 ? Infinity : parents.reduce((a, b) => a + b, 0) / parents.length;
    };
    if (r === 0) layer.splice(0, layer.length, ...centreOut(layer, dependants));
    else layer.sort((a, b) => key(a) - key(b) || a.id.localeCompare(b.id));
    layer.forEach((s, i) => column.set(s.id, i));
    layers.push(layer);
  }
  const widest = Math.max(1, ...layers.map((l) => l.length));
  const width = widest * NODE.width + (widest - 1) * NODE.gapX + 2 * NODE.pad;
  const height = layers.length * NODE.height + (layers.length - 1) * NODE.gapY + 2 * NODE.pad;
  const nodes = layers.flatMap((layer, r) => {
    const span = layer.length * NODE.width + (layer.length - 1) * NODE.gapX;
    const left = (width - span) / 2;
    return layer.map((s, i): ProvenanceNode => ({
      id: s.id,
      label: shortPublication(s.publication),
      headline: s.headline,
      date: formatSourceDate(s.date, s.date_precision),
      row: r,
      x: left + i * (NODE.width + NODE.gapX) + NODE.width / 2,
      y: NODE.pad + r * (NODE.height + NODE.gapY) + NODE.height / 2,
      origin: r === 0,
    }));
  });
  const edges = sources.flatMap((s) =>
    s.derived_from
      .filter((d) => byId.has(d.source))
      .map((d) => ({ from: s.id, to: d.source, relation: d.relation, evidence: d.evidence })),
  );
  return { nodes, edges, width, height };
}

/** A curve from the top of the dependent article's box up to the bottom of its source's. */
export function edgePath(from: ProvenanceNode, to: ProvenanceNode): string {
  const x1 = from.x;
  const y1 = from.y - NODE.height / 2;
  const x2 = to.x;
  const y2 = to.y + NODE.height / 2;
  const mid = (y1 + y2) / 2;
  return `M${x1} ${y1} C${x1} ${mid} ${x2} ${mid} ${x2} ${y2}`;
}
