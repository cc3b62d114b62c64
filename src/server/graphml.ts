/**
 * GraphML (graphml.graphdrawing.org) of an undirected graph: a <key> declared for every attribute with its type, every
 * value escaped. The API's network file (/export/network.graphml); the dashboard writes its graph view with its own
 * writer (web/dashboard/src/export/graph.ts), since web/ and src/ share no code.
 */
export type GraphmlValue = string | number | boolean;

export interface GraphmlGraph {
  nodes: { id: string; attributes: Record<string, GraphmlValue> }[];
  edges: { source: string; target: string; attributes: Record<string, GraphmlValue> }[];
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const typeOf = (value: GraphmlValue) =>
  typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'double') : typeof value === 'boolean' ? 'boolean' : 'string';

export function toGraphml(graph: GraphmlGraph): string {
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: string }>();
  const declare = (kind: 'node' | 'edge', attributes: Record<string, GraphmlValue>) => {
    for (const [name, value] of Object.entries(attributes)) {
      const id = `${kind[0]}_${name}`;
      const known = keys.get(id);
      // A number attribute that is an int somewhere and a double elsewhere is a double.
      if (!known || (known.type === 'int' && typeOf(value) === 'double')) keys.set(id, { for: kind, name, type: typeOf(value) });
    }
  };
  graph.nodes.forEach((n) => declare('node', n.attributes));
  graph.edges.forEach((e) => declare('edge', e.attributes));
  const data = (kind: 'node' | 'edge', attributes: Record<string, GraphmlValue>) =>
    Object.entries(attributes)
      .map(([name, value]) => `<data key="${kind[0]}_${escape(name)}">${escape(String(value))}</data>`)
      .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys.entries()].map(
      ([id, k]) => `  <key id="${escape(id)}" for="${k.for}" attr.name="${escape(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="G" edgedefault="undirected">',
    ...graph.nodes.map((n) => `    <node id="${escape(n.id)}">${data('node', n.attributes)}</node>`),
    ...graph.edges.map(
      (e, i) => `    <edge id="e${i + 1}" source="${escape(e.source)}" target="${escape(e.target)}">${data('edge', e.attributes)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
