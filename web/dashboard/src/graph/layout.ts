/**
 * Where the graph's nodes go: a radial picture with the focus at the centre. A bloc's members sit on an ellipse
 * that fills the frame, in the order of their bearing from the members' geographic centre (west on the left, north
 * at the top), so a replayed enlargement puts each newcomer where a reader expects it and the others barely move.
 * The other defence blocs sit inside, towards the members they bind; those blocs' outside members sit beyond the
 * ring, and so do the outsiders a threat, umbrella or forces edge reaches, towards the members it touches. For a
 * state: its blocs inside, the allies they bind it to outside, next to the blocs that bind them, and the outsiders
 * in that ring too, ordered among the allies by their bearing from the state on the map.
 */
import type { GraphModel, GraphNode } from './elements.js';

export type LabelSide = 'left' | 'right' | 'top' | 'bottom' | 'center';
export interface Placed {
  x: number;
  y: number;
  side: LabelSide;
}
export type Coordinates = ReadonlyMap<string, { lat: number | null; lng: number | null }>;

const TAU = Math.PI * 2;

export function radialLayout(model: GraphModel, width: number, height: number, coords: Coordinates): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  const focus = model.nodes.find((n) => n.ring === 0);
  if (!focus) return placed;
  const cx = width / 2;
  const cy = height / 2;
  const rx = Math.max(60, width / 2 - 78);
  const ry = Math.max(60, height / 2 - 30);
  const at = (angle: number, scale: number): Placed => {
    const x = cx + Math.cos(angle) * rx * scale;
    const y = cy + Math.sin(angle) * ry * scale;
    const c = Math.cos(angle);
    const side: LabelSide = c > 0.35 ? 'right' : c < -0.35 ? 'left' : Math.sin(angle) < 0 ? 'top' : 'bottom';
    return { x, y, side };
  };
  placed.set(focus.id, { x: cx, y: cy, side: focus.kind === 'bloc' ? 'center' : 'bottom' });

  const neighbours = new Map<string, string[]>();
  for (const e of model.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const ring = (r: number) => model.nodes.filter((n) => n.ring === r);
  const angles = new Map<string, number>();

  if (focus.kind === 'bloc') {
    const members = ring(1);
    const outer = ring(3);
    const outsiders = ring(4);
    const memberScale = outer.length + outsiders.length > 0 ? 0.78 : 0.96;
    spread(members, bearings(members, coords), angles);
    for (const m of members) placed.set(m.id, at(angles.get(m.id)!, memberScale));
    // Other blocs inside the ring, towards the members they bind.
    const blocs = ring(2);
    const wanted = new Map(blocs.map((b) => [b.id, towards(b, neighbours, angles)]));
    separate(blocs, wanted, 0.32, angles);
    for (const b of blocs) placed.set(b.id, at(angles.get(b.id)!, 0.48));
    // Their members from outside the focus bloc, beyond the ring, fanned around their bloc's bearing.
    const byBloc = new Map<string, GraphNode[]>();
    for (const s of outer) {
      const bloc = (neighbours.get(s.id) ?? []).find((id) => angles.has(id) && id.startsWith('bloc:')) ?? '';
      byBloc.set(bloc, [...(byBloc.get(bloc) ?? []), s]);
    }
    const outerWanted = new Map<string, number>();
    for (const [bloc, states] of byBloc) {
      const base = angles.get(bloc) ?? 0;
      states.forEach((s, i) => outerWanted.set(s.id, base + (i - (states.length - 1) / 2) * 0.16));
    }
    for (const s of outsiders) outerWanted.set(s.id, towards(s, neighbours, angles));
    separate([...outer, ...outsiders], outerWanted, 0.1, angles);
    for (const s of [...outer, ...outsiders]) placed.set(s.id, at(angles.get(s.id)!, 1.0));
  } else {
    const blocs = ring(1);
    blocs.forEach((b, i) => angles.set(b.id, -Math.PI / 2 + (TAU * i) / Math.max(1, blocs.length)));
    for (const b of blocs) placed.set(b.id, at(angles.get(b.id)!, blocs.length === 1 ? 0 : 0.42));
    if (blocs.length === 1) placed.set(blocs[0]!.id, { x: cx, y: cy - ry * 0.35, side: 'center' });
    const allies = ring(2);
    const wanted = new Map(allies.map((a) => [a.id, towards(a, neighbours, angles)]));
    const origin = coords.get(focus.ref);
    const outsiders = ring(3);
    outsiders.forEach((o, i) => wanted.set(o.id, bearing(origin, coords.get(o.ref)) ?? (TAU * i) / outsiders.length));
    spread([...allies, ...outsiders], wanted, angles);
    for (const a of [...allies, ...outsiders]) placed.set(a.id, at(angles.get(a.id)!, 0.96));
  }
  for (const n of model.nodes) if (n.kind === 'bloc' && n.ring > 0) placed.set(n.id, { ...placed.get(n.id)!, side: 'center' });
  return placed;
}

/** Each state's bearing from the group's geographic centre (screen angle: 0 = east, clockwise, y down). */
function bearings(nodes: readonly GraphNode[], coords: Coordinates): Map<string, number> {
  const known = nodes.map((n) => coords.get(n.ref)).filter((c): c is { lat: number; lng: number } => c?.lat != null && c.lng != null);
  const centre = {
    lat: known.reduce((s, c) => s + c.lat, 0) / Math.max(1, known.length),
    lng: known.reduce((s, c) => s + c.lng, 0) / Math.max(1, known.length),
  };
  const result = new Map<string, number>();
  nodes.forEach((n, i) => result.set(n.id, bearing(centre, coords.get(n.ref)) ?? (TAU * i) / nodes.length));
  return result;
}

type Place = { lat: number | null; lng: number | null } | undefined;

/** The screen angle from one place to another on an equirectangular map; undefined where a place is unknown. */
function bearing(from: Place, to: Place): number | undefined {
  if (from?.lat == null || from.lng == null || to?.lat == null || to.lng == null) return undefined;
  return Math.atan2(-(to.lat - from.lat), (to.lng - from.lng) * Math.cos((from.lat * Math.PI) / 180));
}

/** The mean angle of a node's neighbours already placed. */
function towards(node: GraphNode, neighbours: ReadonlyMap<string, string[]>, angles: ReadonlyMap<string, number>): number {
  return circularMean((neighbours.get(node.id) ?? []).map((id) => angles.get(id)).filter((a) => a !== undefined));
}

/** Evenly spaced around the circle, in the order of the wanted angles, turned to sit as close to them as it can. */
function spread(nodes: readonly GraphNode[], wanted: ReadonlyMap<string, number>, out: Map<string, number>): void {
  const n = nodes.length;
  if (n === 0) return;
  const sorted = [...nodes].sort((a, b) => norm(wanted.get(a.id) ?? 0) - norm(wanted.get(b.id) ?? 0) || a.label.localeCompare(b.label));
  const offset = circularMean(sorted.map((node, i) => (wanted.get(node.id) ?? 0) - (TAU * i) / n));
  sorted.forEach((node, i) => out.set(node.id, offset + (TAU * i) / n));
}

/** The wanted angles, pushed apart until neighbours are at least `gap` radians apart. */
function separate(nodes: readonly GraphNode[], wanted: ReadonlyMap<string, number>, gap: number, out: Map<string, number>): void {
  const sorted = [...nodes].sort((a, b) => norm(wanted.get(a.id) ?? 0) - norm(wanted.get(b.id) ?? 0));
  const list = sorted.map((node) => ({ id: node.id, angle: norm(wanted.get(node.id) ?? 0) }));
  const room = Math.min(gap, TAU / Math.max(1, list.length));
  for (let pass = 0; pass < 40; pass++) {
    let moved = false;
    for (let i = 1; i < list.length; i++) {
      const d = list[i]!.angle - list[i - 1]!.angle;
      if (d < room) {
        const push = (room - d) / 2;
        list[i - 1]!.angle -= push;
        list[i]!.angle += push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const { id, angle } of list) out.set(id, angle);
}

const norm = (angle: number) => ((angle % TAU) + TAU) % TAU;

function circularMean(angles: readonly number[]): number {
  if (angles.length === 0) return 0;
  const x = angles.reduce((s, a) => s + Math.cos(a), 0);
  const y = angles.reduce((s, a) => s + Math.sin(a), 0);
  return Math.atan2(y, x);
}
