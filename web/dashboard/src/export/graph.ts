/**
 * The alliance graph as files: GraphML (for Gephi, yEd, Cytoscape desktop, NetworkX…) and JSON. Both hold what the
 * graph view draws: its nodes and edges with their attributes, and the picture's own (focus, date, edge kinds hidden).
 * GraphML is written by hand: one <key> per attribute (for="node", "edge" or "graph", typed boolean, int, double or
 * string by its values), every text and attribute value escaped for XML.
 */
import type { GraphModel, Tie } from '../graph/elements.js';

export type AttributeValue = string | number | boolean | null | undefined;
export type Attributes = Record<string, AttributeValue>;

export interface ExportGraph {
  /** The picture itself: what it shows, as of when. */
  attributes: Attributes;
  nodes: { id: string; attributes: Attributes }[];
  edges: { id: string; source: string; target: string; attributes: Attributes }[];
}

/** What the graph view draws, with the facts of each threat, umbrella and forces edge (date, bloc, source). */
export function exportGraph(model: GraphModel, ties: readonly Tie[], attributes: Attributes): ExportGraph {
  const tieById = new Map(ties.map((t) => [t.id, t]));
  return {
    attributes,
    nodes: model.nodes.map((n) => ({
      id: n.id,
      attributes: {
        label: n.label,
        kind: n.kind,
        ref: n.ref,
        ring: n.ring,
        nuclear: n.kind === 'state' ? Boolean(n.nuclear) : undefined,
        bloc_kind: n.blocKind,
        outsider: n.kind === 'state' ? Boolean(n.outsider) : undefined,
      },
    })),
    edges: model.edges.map((e) => {
      const tie = e.tie ? tieById.get(e.id) : undefined;
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        attributes: {
          kind: e.tie ?? 'membership',
          status: e.status,
          level: e.level,
          around: e.around,
          since: tie?.since,
          via: tie?.via,
          citation: tie?.source,
          note: tie?.note,
        },
      };
    }),
  };
}

/** The graph as JSON: `{ graph: {…}, nodes: [{ id, … }], edges: [{ id, source, target, … }] }`, attributes flattened. */
export function graphJson(graph: ExportGraph): string {
  const defined = (attributes: Attributes) => Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined));
  return `${JSON.stringify(
    {
      graph: defined(graph.attributes),
      nodes: graph.nodes.map((n) => ({ ...defined(n.attributes), id: n.id })),
      edges: graph.edges.map((e) => ({ ...defined(e.attributes), id: e.id, source: e.source, target: e.target })),
    },
    null,
    2,
  )}\n`;
}

/** Characters XML 1.0 cannot hold (most control characters, lone surrogates, U+FFFE and U+FFFF) become U+FFFD. */
function xmlText(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code > 0xffff;
    out += !allowed
      ? '\ufffd'
      : c === '&'
        ? '&amp;'
        : c === '<'
          ? '&lt;'
          : c === '>'
            ? '&gt;'
            : c === '"'
              ? '&quot;'
              : c === "'"
                ? '&apos;'
                : c;
  }
  return out;
}

type KeyType = 'boolean' | 'int' | 'double' | 'string';
type Domain = 'graph' | 'node' | 'edge';

/** An attribute's GraphML type, from the values it takes: a mix of kinds, or none at all, is a string. */
function keyType(values: readonly AttributeValue[]): KeyType {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length === 0) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (present.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'double';
  return 'string';
}

export function graphml(graph: ExportGraph): string {
  // Edge ids are the dashboard's (`POL>NATO`, `threat:POL>RUS`), which GraphML's ids (NMTOKEN) cannot hold: the
  // edges are e1, e2…, each with the dashboard's id as its `ref`.
  const edges = graph.edges.map((e, i) => ({ ...e, id: `e${i + 1}`, attributes: { ref: e.id, ...e.attributes } }));
  const domains: [Domain, readonly Attributes[]][] = [
    ['graph', [graph.attributes]],
    ['node', graph.nodes.map((n) => n.attributes)],
    ['edge', edges.map((e) => e.attributes)],
  ];
  const keyId = new Map<string, string>();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [domain, lists] of domains) {
    const names = [...new Set(lists.flatMap((a) => Object.keys(a)))];
    for (const name of names) {
      const id = `${domain[0]}${keyId.size}`;
      keyId.set(`${domain}:${name}`, id);
      const type = keyType(lists.map((a) => a[name]));
      lines.push(`  <key id="${id}" for="${domain}" attr.name="${xmlText(name)}" attr.type="${type}"/>`);
    }
  }
  const data = (domain: Domain, attributes: Attributes, indent: string) =>
    Object.entries(attributes)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => `${indent}<data key="${keyId.get(`${domain}:${name}`)}">${xmlText(String(value))}</data>`);
  lines.push('  <graph id="G" edgedefault="directed">', ...data('graph', graph.attributes, '    '));
  for (const n of graph.nodes) lines.push(`    <node id="${xmlText(n.id)}">`, ...data('node', n.attributes, '      '), '    </node>');
  for (const e of edges)
    lines.push(
      `    <edge id="${e.id}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">`,
      ...data('edge', e.attributes, '      '),
      '    </edge>',
    );
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
