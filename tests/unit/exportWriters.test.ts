/**
 * The writers of the files the dashboard and the API hand out ("take it with you"): CSV as RFC 4180 (read back by
 * csv-parse), the same bytes from the server's writer (src/server) and the dashboard's (web/dashboard, a copy: the
 * two layers share no code), and GraphML and JSON of a graph with awkward names.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import * as serverCsv from '../../src/server/csv.js';
import { blocsCsv as serverBlocs, exposureCsv as serverExposure } from '../../src/server/exports.js';
import * as webCsv from '../../web/dashboard/src/export/csv.js';
import { exportGraph, graphJson, graphml } from '../../web/dashboard/src/export/graph.js';
import { blocsCsv as webBlocs, exposureCsv as webExposure } from '../../web/dashboard/src/export/tables.js';

const AWKWARD = [
  'plain',
  'with, comma',
  'with "quotes"',
  'two\nlines',
  'crlf\r\nend',
  ' leading space',
  'trailing ',
  '',
  'Côte d’Ivoire 日本',
];

describe('CSV (RFC 4180)', () => {
  it('reads back field for field, header first, CRLF between records', () => {
    for (const writer of [serverCsv, webCsv]) {
      const text = writer.toCsv(
        ['a', 'b'],
        [AWKWARD.slice(0, 2), AWKWARD.slice(2, 4), AWKWARD.slice(4, 6), AWKWARD.slice(6, 8), [AWKWARD[8]!, 1.5]],
      );
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parse(text, { relax_column_count: false });
      expect(rows).toEqual([
        ['a', 'b'],
        AWKWARD.slice(0, 2),
        AWKWARD.slice(2, 4),
        AWKWARD.slice(4, 6),
        AWKWARD.slice(6, 8),
        [AWKWARD[8]!, '1.5'],
      ]);
    }
  });

  it('quotes only what needs it, and writes null and undefined as empty fields', () => {
    expect(serverCsv.toCsv(['x', 'y', 'z'], [[null, undefined, false]])).toBe('x,y,z\r\n,,false\r\n');
    expect(webCsv.csvField('a "b"')).toBe('"a ""b"""');
    expect(webCsv.csvField('ab')).toBe('ab');
  });

  it('the server and the dashboard write the same bytes for the same table', () => {
    const report = {
      withdrawing: { id: 'USA', name: 'United States' },
      asOf: '2025-06-01',
      entries: [
        {
          state: { id: 'POL', name: 'Poland' },
          score: 0.8185,
          level: 'CRITICAL' as const,
          reasons: [
            { kind: 'GUARANTEE_LOST', text: 'Loses the NATO guarantee, "Art. 5"', weight: 0.3 },
            { kind: 'OWN_DETERRENT', text: 'Its own forces', weight: -0.0339 },
          ],
        },
        { state: { id: 'CIV', name: 'Côte d’Ivoire' }, score: 0.01, level: 'NONE' as const, reasons: [] },
      ],
      deltas: [{ state: { id: 'POL', name: 'Poland' }, baselineScore: 0.7, baselineLevel: 'HIGH' as const, change: 0.1185 }],
    };
    for (const scenario of [false, true]) {
      const fromServer = serverExposure(report, scenario);
      expect(webExposure(report as never, scenario)).toBe(fromServer);
      const [header, poland] = parse(fromServer);
      expect(header).toEqual(
        ['rank', 'state_id', 'state_name', 'level', 'score', 'reasons'].concat(
          scenario ? ['baseline_level', 'baseline_score', 'change'] : [],
        ),
      );
      expect(poland!.slice(0, 5)).toEqual(['1', 'POL', 'Poland', 'CRITICAL', '0.8185']);
      expect(poland![5]).toBe('GUARANTEE_LOST +0.3: Loses the NATO guarantee, "Art. 5"; OWN_DETERRENT -0.0339: Its own forces');
    }
    const blocs = [
      {
        code: 'NATO',
        name: 'North Atlantic Treaty Organization',
        kind: 'MILITARY_ALLIANCE' as const,
        founded: '1949-08-24',
        dissolved: null,
        mutualDefence: true,
        defenceClause: 'Art. 5: an armed attack against one, "all"',
        members: [{ state: { id: 'POL' } }, { state: { id: 'FIN' } }],
      },
    ];
    expect(webBlocs(blocs)).toBe(serverBlocs(blocs));
    expect(parse(serverBlocs(blocs))).toEqual([
      ['code', 'name', 'kind', 'founded', 'dissolved', 'members', 'mutual_defence', 'defence_clause'],
      [
        'NATO',
        'North Atlantic Treaty Organization',
        'MILITARY_ALLIANCE',
        '1949-08-24',
        '',
        '2',
        'true',
        'Art. 5: an armed attack against one, "all"',
      ],
    ]);
  });
});

describe('graph files', () => {
  const model = {
    nodes: [
      { id: 'bloc:A&B', label: 'A & B <treaty>', kind: 'bloc' as const, ref: 'A&B', ring: 0, blocKind: 'DEFENCE_TREATY' as const },
      { id: 'state:POL', label: 'Poland', kind: 'state' as const, ref: 'POL', ring: 1, nuclear: false },
      { id: 'state:RUS', label: 'Russia "RF"\u0001', kind: 'state' as const, ref: 'RUS', ring: 4, nuclear: true, outsider: true },
    ],
    edges: [
      { id: 'POL>A&B', source: 'state:POL', target: 'bloc:A&B', status: 'MEMBER' as const, around: false },
      { id: 'threat:POL>RUS', source: 'state:POL', target: 'state:RUS', tie: 'threat' as const, level: 'HIGH' as const, around: false },
    ],
  };
  const ties = [
    {
      id: 'threat:POL>RUS',
      kind: 'threat' as const,
      from: { id: 'POL', name: 'Poland' },
      to: { id: 'RUS', name: 'Russia' },
      level: 'HIGH' as const,
      since: null,
      via: null,
      source: 'https://example.org/?a=1&b=2',
      note: null,
    },
  ];
  const graph = exportGraph(model, ties, { title: 'A & B', focus: 'bloc:A&B', as_of: '2022-01-01', around: true });

  it('GraphML: keys declared for every attribute with its type, every value escaped, edges with GraphML ids', () => {
    const text = graphml(graph);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
    expect(text).toContain('<key id="g0" for="graph" attr.name="title" attr.type="string"/>');
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="ring" attr.type="int"\/>/);
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="nuclear" attr.type="boolean"\/>/);
    expect(text).toMatch(/<key id="e\d+" for="edge" attr.name="ref" attr.type="string"\/>/);
    expect(text).toContain('<node id="bloc:A&amp;B">');
    expect(text).toContain('A &amp; B &lt;treaty&gt;');
    expect(text).toContain('Russia &quot;RF&quot;\ufffd');
    expect(text).toContain('<edge id="e2" source="state:POL" target="state:RUS">');
    expect(text).toContain('threat:POL&gt;RUS');
    expect(text).toContain('https://example.org/?a=1&amp;b=2');
    // Every key a <data> names is declared, and nothing raw is left: no & that does not start an entity, no stray <.
    const declared = new Set([...text.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const [, key] of text.matchAll(/<data key="([^"]+)"/g)) expect(declared.has(key)).toBe(true);
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(text.split('<').length).toBe(text.split('>').length);
  });

  it('JSON: nodes and edges with their attributes', () => {
    const json = JSON.parse(graphJson(graph)) as {
      graph: Record<string, unknown>;
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    expect(json.graph).toEqual({ title: 'A & B', focus: 'bloc:A&B', as_of: '2022-01-01', around: true });
    expect(json.nodes.map((n) => n.id)).toEqual(['bloc:A&B', 'state:POL', 'state:RUS']);
    expect(json.nodes[2]).toMatchObject({ label: 'Russia "RF"\u0001', kind: 'state', nuclear: true, outsider: true });
    expect(json.edges[1]).toMatchObject({
      id: 'threat:POL>RUS',
      source: 'state:POL',
      target: 'state:RUS',
      kind: 'threat',
      level: 'HIGH',
      citation: 'https://example.org/?a=1&b=2',
    });
    expect(json.edges[0]).toMatchObject({ kind: 'membership', status: 'MEMBER' });
  });
});
