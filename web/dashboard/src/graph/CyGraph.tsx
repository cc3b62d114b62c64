/**
 * Draws a GraphModel with Cytoscape.js, loaded on demand (the map never pays for it). Updates are diffs: nodes that
 * stay keep their place, new ones come in, departed ones leave, and the layout eases to the new shape, which is
 * what makes the date slider "replay" an enlargement. The container carries data-state-nodes (the states drawn) and
 * data-tie-edges (the threat, umbrella and forces edges drawn) for tests and scripts; the lists beside the graph say
 * the same in words.
 */
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { BlocKind } from '../__generated__/operations.js';
import { STATUS_STYLE, THREAT_LEVEL_LABEL, TIE_STYLE } from '../model.js';
import type { GraphModel } from './elements.js';
import { radialLayout, type Coordinates } from './layout.js';

export const BLOC_COLOUR: Record<BlocKind, string> = {
  MILITARY_ALLIANCE: '#173a63',
  DEFENCE_TREATY: '#2c6e8f',
  SECURITY_PARTNERSHIP: '#3f7d6e',
  INTELLIGENCE_SHARING: '#5a5f8f',
  POLITICAL_UNION: '#6a4c93',
  REGIONAL_ORGANISATION: '#8a6d3b',
  ECONOMIC_GROUPING: '#9c5b3a',
  CAUCUS: '#4f6475',
  NONAGGRESSION_PACT: '#6b7d4a',
  CONSULTATION_PACT: '#7a7a7a',
};

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 10,
      color: '#1c2b3f',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '90px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      width: 14,
      height: 14,
      'background-color': '#ffffff',
      'border-width': 2,
      'border-color': '#1f4e8c',
    },
  },
  // Outsiders: states drawn only because a threat, umbrella or forces edge reaches them.
  {
    selector: 'node.outsider',
    style: { 'border-style': 'dashed', 'border-color': '#7b8797', 'background-color': '#eef1f5', color: '#4a5a6e' },
  },
  { selector: 'node.nuclear', style: { 'border-color': '#b23a48', 'border-width': 3.5 } },
  { selector: 'node.ring-3', style: { opacity: 0.7 } },
  { selector: 'node.outsider', style: { opacity: 0.95 } },
  {
    selector: 'node.bloc',
    style: {
      shape: 'round-rectangle',
      width: (node: { data(key: string): string }) => 12 + 6.6 * String(node.data('label')).length,
      height: 20,
      'background-color': 'data(colour)',
      'border-width': 0,
      color: '#ffffff',
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-outline-width': 0,
      'font-weight': 'bold',
      'font-size': 10,
    },
  },
  {
    selector: 'node.bloc.focus',
    style: {
      'font-size': 15,
      height: 32,
      width: (node: { data(key: string): string }) => 24 + 10 * String(node.data('label')).length,
      'z-index': 10,
    },
  },
  {
    selector: 'node.state.focus',
    style: { width: 30, height: 30, 'background-color': '#1f4e8c', 'font-size': 13, 'font-weight': 'bold', 'text-valign': 'bottom' },
  },
  { selector: 'node:selected', style: { 'overlay-color': '#f5a623', 'overlay-opacity': 0.25, 'overlay-padding': 4 } },
  { selector: 'node.lbl-right', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 4, 'text-margin-y': 0 } },
  { selector: 'node.lbl-left', style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -4, 'text-margin-y': 0 } },
  { selector: 'node.lbl-top', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
  { selector: 'edge', style: { 'curve-style': 'straight', opacity: 0.85, width: 2, 'line-color': '#1f4e8c' } },
  ...Object.entries(STATUS_STYLE).map(([status, s]) => ({
    selector: `edge.${status}`,
    style: { 'line-color': s.colour, 'line-style': s.line, width: s.width },
  })),
  { selector: 'edge.around', style: { opacity: 0.32, width: 1.2 } },
  // Threat, umbrella and forces edges curve apart where two join the same pair of states (an umbrella and forces).
  {
    selector: 'edge.tie',
    style: { 'curve-style': 'bezier', 'control-point-step-size': 26, opacity: 0.92, 'arrow-scale': 0.9, 'z-index': 5 },
  },
  ...Object.entries(TIE_STYLE).map(([kind, s]) => ({
    selector: `edge.${kind}`,
    style: {
      'line-color': s.colour,
      'target-arrow-color': s.colour,
      'target-arrow-shape': s.arrow,
      'line-style': s.line,
      width: s.width,
      ...(s.line === 'dashed' ? { 'line-dash-pattern': [7, 4] } : {}),
      ...(s.outline ? { 'line-outline-width': 0.8, 'line-outline-color': s.outline } : {}),
    },
  })),
  // A guarantor's umbrella fans out to every ally (the US over NATO): lighter, so the threats stay readable.
  { selector: 'edge.umbrella', style: { opacity: 0.78 } },
  { selector: 'edge.threat.level-HIGH', style: { width: 3 } },
  { selector: 'edge.threat.level-LOW', style: { width: 1.4 } },
  {
    selector: 'edge.threat',
    style: {
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 8.5,
      'font-weight': 'bold',
      color: '#a3140e',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
];

function toElements(model: GraphModel): ElementDefinition[] {
  return [
    ...model.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.label, ref: n.ref, kind: n.kind, ring: n.ring, colour: n.blocKind ? BLOC_COLOUR[n.blocKind] : '#ffffff' },
      classes: [n.kind, `ring-${n.ring}`, n.ring === 0 ? 'focus' : '', n.outsider ? 'outsider' : '', n.nuclear ? 'nuclear' : '']
        .filter(Boolean)
        .join(' '),
    })),
    ...model.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target, label: e.level ? THREAT_LEVEL_LABEL[e.level] : '' },
      classes: (e.tie ? ['tie', e.tie, e.level ? `level-${e.level}` : ''] : [e.status, e.around ? 'around' : '']).filter(Boolean).join(' '),
    })),
  ];
}

interface Props {
  model: GraphModel;
  /** States' centres, for the order around the ring. */
  coords: Coordinates;
  /** Changes when the focus changes: the layout starts afresh instead of easing. */
  focusKey: string;
  onOpen: (kind: 'state' | 'bloc', ref: string) => void;
  label: string;
}

export function CyGraph({ model, coords, focusKey, onOpen, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const lastFocus = useRef<string>('');
  const onOpenRef = useRef(onOpen);
  // The latest onOpen for the tap handler, set when the render commits (a ref is not written during render).
  useLayoutEffect(() => {
    onOpenRef.current = onOpen;
  });
  const [library, setLibrary] = useState<{ ready: boolean; error?: string }>({ ready: false });
  const [size, setSize] = useState({ width: 0, height: 0 });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let disposed = false;
    import('cytoscape').then(
      ({ default: cytoscape }) => {
        if (disposed || !container.current) return;
        cy.current = cytoscape({
          container: container.current,
          style: STYLE,
          minZoom: 0.2,
          maxZoom: 3,
          boxSelectionEnabled: false,
        });
        cy.current.on('tap', 'node', (event) => {
          const node = event.target as NodeSingular;
          onOpenRef.current(node.data('kind') as 'state' | 'bloc', node.data('ref') as string);
        });
        setLibrary({ ready: true });
      },
      (error: unknown) => setLibrary({ ready: false, error: String(error) }),
    );
    return () => {
      disposed = true;
      cy.current?.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const graph = cy.current;
    if (!library.ready || !graph) return;
    const fresh = lastFocus.current !== focusKey;
    lastFocus.current = focusKey;
    const elements = toElements(model);
    const wanted = new Set(elements.map((e) => e.data.id));
    const centre = { x: graph.width() / 2, y: graph.height() / 2 };
    graph.batch(() => {
      if (fresh) graph.elements().remove();
      else
        graph
          .elements()
          .filter((e) => !wanted.has(e.id()))
          .remove();
      for (const element of elements) {
        const existing = graph.getElementById(element.data.id!);
        if (existing.nonempty()) {
          existing.classes(element.classes as string);
          existing.data(element.data);
        } else {
          graph.add({ ...element, ...(element.group === 'nodes' ? { position: { ...centre } } : {}) });
        }
      }
    });
    const positions = radialLayout(model, size.width || graph.width(), size.height || graph.height(), coords);
    graph.nodes().forEach((node) => {
      const side = positions.get(node.id())?.side ?? 'bottom';
      node.removeClass('lbl-left lbl-right lbl-top lbl-bottom').addClass(node.hasClass('bloc') ? '' : `lbl-${side}`);
    });
    const target: Record<string, { x: number; y: number }> = {};
    graph.nodes().forEach((node) => {
      const p = positions.get(node.id());
      target[node.id()] = p ? { x: p.x, y: p.y } : centre;
    });
    const layout = graph.layout({
      name: 'preset',
      positions: target,
      zoom: 1,
      pan: { x: 0, y: 0 },
      animate: !fresh && model.nodes.length < 150,
      animationDuration: 450,
      fit: false,
    });
    // 'moving' while the nodes ease to their places, 'settled' once they are there: a test or a screenshot waits
    // for this instead of guessing how long the easing lasts.
    container.current?.setAttribute('data-layout', 'moving');
    layout.one('layoutstop', () => {
      if (cy.current === graph) container.current?.setAttribute('data-layout', 'settled');
    });
    layout.run();
    const stateNodes = model.nodes
      .filter((n) => n.kind === 'state')
      .map((n) => n.ref)
      .sort();
    container.current?.setAttribute('data-state-nodes', stateNodes.join(','));
    container.current?.setAttribute('data-node-count', String(model.nodes.length));
    // The focus's own ties (a bloc's members, a state's blocs), apart from the ties drawn around them.
    const direct = model.nodes
      .filter((n) => n.ring === 1)
      .map((n) => n.ref)
      .sort();
    container.current?.setAttribute('data-direct-nodes', direct.join(','));
    // The threat, umbrella and forces edges drawn, as `threat:POL>RUS` (kind:from>to, the way the arrow points).
    const ties = model.edges
      .filter((e) => e.tie)
      .map((e) => e.id)
      .sort();
    container.current?.setAttribute('data-tie-edges', ties.join(','));
  }, [library.ready, model, focusKey, coords, size]);

  return (
    <div className="cy-wrap">
      <div ref={container} className="cy" role="img" aria-label={label} data-testid="graph-canvas" />
      {!library.ready ? (
        <p className="cy-status">{library.error ? `The graph library did not load: ${library.error}` : 'Drawing the graph…'}</p>
      ) : null}
      <div className="cy-tools">
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            cy.current?.zoom(1);
            cy.current?.pan({ x: 0, y: 0 });
          }}
          aria-label="Reset the zoom"
        >
          Reset view
        </button>
      </div>
    </div>
  );
}
