/**
 * alliance-explorer: the analyst's command line. `--help` on every command.
 * Exit codes: 0 ok, 2 bad input (the reason on stderr), 1 anything else.
 * `runCli` takes its arguments, environment and output streams as values, so tests run it in-process; main.ts is
 * the process around it.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { LoadError, ForeignDataError } from '../loader/loadGraph.js';
import { BadInputError, openGraphQLSession } from './graphqlSession.js';
import { runLoad } from './loadCommand.js';
import { runServer } from '../server/run.js';
import { runNeo4j, UsageError } from './neo4jCommand.js';
import { toCsv } from '../server/csv.js';
import { table } from './table.js';

/** Where the CLI writes and what environment it reads: the process's own, or a test's. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

/** A fresh program per run (commander keeps state in its commands); `exit.code` is what a command asks to exit with. */
function buildProgram(io: CliIO, exit: { code: number }): Command {
  const program = new Command('alliance-explorer')
    .description("Explore the world's alliances: exposure, blocs, paths. Talks to the same Neo4j as `npm start`.")
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .showHelpAfterError();

  const positiveInt = (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
    return n;
  };

  function print(json: boolean | undefined, data: unknown, text: () => string) {
    io.stdout(`${json ? JSON.stringify(data, null, 2) : text()}\n`);
  }

  /** A table: JSON with --json, CSV (RFC 4180, no heading) with --csv, else a heading and an aligned table. */
  function printTable(
    opts: { json?: boolean; csv?: boolean },
    data: unknown,
    heading: string,
    headers: string[],
    rows: (string | number)[][],
  ) {
    if (opts.csv) io.stdout(toCsv(headers, rows));
    else print(opts.json, data, () => `${heading ? `${heading}\n\n` : ''}${table(headers, rows)}`);
  }

  async function withSession<T>(work: (s: Awaited<ReturnType<typeof openGraphQLSession>>) => Promise<T>): Promise<T> {
    const session = await openGraphQLSession(io.env, (line) => io.stderr(`${line}\n`));
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }

  program
    .command('exposure')
    .description('Who is exposed if STATE withdraws (from every commitment, or from the blocs given with --from)')
    .argument('<state>', 'ISO3 code of the withdrawing state, e.g. USA')
    .option('--from <codes...>', 'bloc codes it leaves (default: all)')
    .option('--as-of <date>', 'date of the graph, YYYY-MM-DD (default: today)')
    .option('--scenario <id>', 'answer under a stored scenario (see `scenarios`), with the change against the baseline')
    .option('--limit <n>', 'show the first n states', positiveInt, 25)
    .option('--json', 'print JSON')
    .option('--csv', 'print the table as CSV')
    .action(
      async (state: string, opts: { from?: string[]; asOf?: string; scenario?: string; limit: number; json?: boolean; csv?: boolean }) => {
        type Data = {
          exposure: {
            asOf: string;
            withdrawing: { name: string };
            scenario: string[] | null;
            entries: {
              state: { id: string; name: string };
              score: number;
              level: string;
              reasons: { kind: string; text: string; weight: number }[];
            }[];
            deltas: { state: { id: string }; change: number }[];
          };
        };
        const data = await withSession((s) =>
          s.run<Data>(
            `query($withdrawing: ID!, $from: [ID!], $asOf: Date, $scenario: ScenarioInput) {
             exposure(withdrawing: $withdrawing, from: $from, asOf: $asOf, scenario: $scenario) {
               asOf withdrawing { name } scenario entries { state { id name } score level reasons { kind text weight } }
               deltas { state { id } change } } }`,
            {
              withdrawing: state,
              from: opts.from ?? null,
              asOf: opts.asOf ?? null,
              scenario: opts.scenario ? { name: opts.scenario } : null,
            },
          ),
        );
        {
          const e = data.exposure;
          const change = new Map(e.deltas.map((d) => [d.state.id, d.change]));
          const signed = (n: number | undefined) => (n === undefined ? '' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);
          const rows = e.entries.slice(0, opts.limit).map((x, i) => {
            const top = [...x.reasons].sort((a, b) => b.weight - a.weight)[0];
            return [
              String(i + 1),
              x.state.id,
              x.state.name,
              x.score,
              x.level,
              ...(e.scenario ? [signed(change.get(x.state.id))] : []),
              top?.text ?? '',
            ];
          });
          const heading =
            `Exposure if ${e.withdrawing.name} withdraws${opts.from ? ` from ${opts.from.join(', ')}` : ''}, as of ${e.asOf}` +
            `${e.scenario ? `, under scenario ${opts.scenario}: ${e.scenario.join('; ')}` : ''} (${e.entries.length} states exposed)`;
          printTable(
            opts,
            data,
            heading,
            ['#', 'ID', 'State', 'Score', 'Level', ...(e.scenario ? ['vs baseline'] : []), 'Main reason'],
            rows,
          );
        }
      },
    );

  program
    .command('scenarios')
    .description('The stored what-if scenarios and their changes')
    .option('--json', 'print JSON')
    .option('--csv', 'print the table as CSV')
    .action(async (opts: { json?: boolean; csv?: boolean }) => {
      type Data = { scenarios: { id: string; name: string; source: string; changes: { text: string }[] }[] };
      const data = await withSession((s) => s.run<Data>('{ scenarios { id name source changes { text } } }'));
      printTable(
        opts,
        data,
        '',
        ['Id', 'Name', 'Changes', 'Source'],
        data.scenarios.map((s) => [s.id, s.name, s.changes.map((c) => c.text).join('; '), s.source]),
      );
    });

  program
    .command('blocs')
    .description('List every bloc with its kind, founding date, member count and mutual-defence clause on a date')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today)')
    .option('--json', 'print JSON')
    .option('--csv', 'print the table as CSV')
    .action(async (opts: { asOf?: string; json?: boolean; csv?: boolean }) => {
      type Data = {
        blocs: { code: string; name: string; kind: string; founded: string | null; mutualDefence: boolean; members: unknown[] }[];
      };
      const data = await withSession((s) =>
        s.run<Data>(
          'query($asOf: Date) { blocs { code name kind founded mutualDefence(asOf: $asOf) members(asOf: $asOf, status: [MEMBER]) { status } } }',
          { asOf: opts.asOf ?? null },
        ),
      );
      printTable(
        opts,
        data,
        '',
        ['Code', 'Name', 'Kind', 'Founded', 'Members', 'Mutual defence'],
        data.blocs.map((b) => [b.code, b.name, b.kind, b.founded ?? '', String(b.members.length), b.mutualDefence ? 'yes' : 'no']),
      );
    });

  program
    .command('states')
    .description('The states that existed on a date (former ones too: the Soviet Union as of 1980)')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today)')
    .option('--region <region>', 'only one region, e.g. Europe')
    .option('--json', 'print JSON')
    .option('--csv', 'print the table as CSV')
    .action(async (opts: { asOf?: string; region?: string; json?: boolean; csv?: boolean }) => {
      type Data = {
        states: {
          id: string;
          name: string;
          region: string | null;
          since: string | null;
          until: string | null;
          nuclearArmed: boolean;
          p5: boolean;
        }[];
      };
      const data = await withSession((s) =>
        s.run<Data>(
          'query($asOf: Date, $region: String) { states(asOf: $asOf, region: $region) { id name region since until nuclearArmed(asOf: $asOf) p5(asOf: $asOf) } }',
          { asOf: opts.asOf ?? null, region: opts.region ?? null },
        ),
      );
      const flag = (yes: boolean) => (yes ? 'yes' : '');
      printTable(
        opts,
        data,
        `${data.states.length} states${opts.asOf ? ` as of ${opts.asOf}` : ''}`,
        ['ID', 'State', 'Region', 'Since', 'Until', 'Nuclear', 'UNSC seat'],
        data.states.map((st) => [st.id, st.name, st.region ?? '', st.since ?? '', st.until ?? '', flag(st.nuclearArmed), flag(st.p5)]),
      );
    });

  program
    .command('state')
    .description('One state on a date: its lifetime and successions, capabilities, spending and memberships')
    .argument('<id>', 'ISO alpha-3 id, e.g. POL, or a former state: SUN, DDR, CSK, YUG')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today)')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { asOf?: string; json?: boolean }) => {
      type Succession = { state: { id: string; name: string }; kind: string; date: string };
      type Data = {
        state: null | {
          id: string;
          name: string;
          since: string | null;
          until: string | null;
          nuclearArmed: boolean;
          p5: boolean;
          milexUsdBn: number | null;
          milexYear: number | null;
          milexSource: string | null;
          predecessors: Succession[];
          successors: Succession[];
          memberships: { bloc: { code: string; name: string }; status: string; since: string | null }[];
        };
      };
      const data = await withSession((s) =>
        s.run<Data>(
          `query($id: ID!, $asOf: Date) { state(id: $id) { id name since until nuclearArmed(asOf: $asOf) p5(asOf: $asOf)
             milexUsdBn(asOf: $asOf) milexYear(asOf: $asOf) milexSource(asOf: $asOf)
             predecessors { state { id name } kind date } successors { state { id name } kind date }
             memberships(asOf: $asOf) { bloc { code name } status since } } }`,
          { id, asOf: opts.asOf ?? null },
        ),
      );
      if (!data.state) throw new BadInputError(`unknown state id "${id}"`);
      const st = data.state;
      const steps = (list: Succession[], arrow: string) =>
        list.map((x) => `  ${arrow} ${x.state.name} (${x.state.id}), ${x.kind.toLowerCase()}, ${x.date}`);
      print(opts.json, data, () =>
        [
          `${st.name} (${st.id}): exists ${st.since ?? '…'} to ${st.until ?? 'today'}${opts.asOf ? `; as of ${opts.asOf}` : ''}`,
          ...steps(st.predecessors, 'from'),
          ...steps(st.successors, 'to'),
          `Nuclear-armed: ${st.nuclearArmed ? 'yes' : 'no'} · permanent UNSC seat: ${st.p5 ? 'yes' : 'no'}`,
          `Military expenditure: ${st.milexUsdBn === null ? 'no published figure' : `$${st.milexUsdBn}bn in ${st.milexYear} (${st.milexSource})`}`,
          '',
          st.memberships.length
            ? table(
                ['Bloc', 'Name', 'Status', 'Since'],
                st.memberships.map((m) => [m.bloc.code, m.bloc.name, m.status, m.since ?? '']),
              )
            : 'No memberships.',
        ].join('\n'),
      );
    });

  program
    .command('bloc')
    .description('A bloc and its members on a date')
    .argument('<code>', 'bloc code, e.g. NATO')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today)')
    .option('--json', 'print JSON')
    .option('--csv', 'print the table as CSV')
    .action(async (code: string, opts: { asOf?: string; json?: boolean; csv?: boolean }) => {
      type Data = {
        bloc: null | {
          code: string;
          name: string;
          members: { state: { id: string; name: string }; status: string; since: string | null }[];
        };
      };
      const data = await withSession((s) =>
        s.run<Data>(
          'query($code: ID!, $asOf: Date) { bloc(code: $code) { code name members(asOf: $asOf) { state { id name } status since } } }',
          { code, asOf: opts.asOf ?? null },
        ),
      );
      if (!data.bloc) throw new BadInputError(`unknown bloc code "${code}"`);
      const bloc = data.bloc;
      printTable(
        opts,
        data,
        `${bloc.name} (${bloc.code})${opts.asOf ? ` as of ${opts.asOf}` : ''}: ${bloc.members.length} memberships`,
        ['ID', 'State', 'Status', 'Since'],
        bloc.members.map((m) => [m.state.id, m.state.name, m.status, m.since ?? '']),
      );
    });

  program
    .command('path')
    .description('How two states are tied: the shortest chains of shared blocs')
    .argument('<from>', 'ISO3 code')
    .argument('<to>', 'ISO3 code')
    .option('--max-hops <n>', 'at most this many state-to-state hops (1-4)', positiveInt, 3)
    .option('--as-of <date>', 'YYYY-MM-DD (default: today)')
    .option('--json', 'print JSON')
    .action(async (from: string, to: string, opts: { maxHops: number; asOf?: string; json?: boolean }) => {
      type Data = {
        path: {
          hops: number;
          steps: { from: { id: string }; via: { code: string }; to: { id: string }; fromStatus: string; toStatus: string }[];
        }[];
      };
      const data = await withSession((s) =>
        s.run<Data>(
          'query($from: ID!, $to: ID!, $maxHops: Int, $asOf: Date) { path(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf) { hops steps { from { id } via { code } to { id } fromStatus toStatus } } }',
          { from, to, maxHops: opts.maxHops, asOf: opts.asOf ?? null },
        ),
      );
      print(opts.json, data, () =>
        data.path.length === 0
          ? `No chain of shared blocs within ${opts.maxHops} hops.`
          : data.path
              .map(
                (p) =>
                  `${p.hops} hop${p.hops > 1 ? 's' : ''}: ` +
                  [p.steps[0]!.from.id, ...p.steps.map((s) => `-[${s.via.code}]- ${s.to.id}`)].join(' '),
              )
              .join('\n'),
      );
    });

  program
    .command('timeline')
    .description("One state's exposure to a withdrawal through time: a point each 1 January, and on every day their ties changed")
    .argument('<withdrawing>', 'ISO3 code of the withdrawing state, e.g. USA')
    .argument('<state>', 'ISO3 code of the state followed, e.g. POL')
    .option('--from <codes...>', 'bloc codes it leaves (default: all)')
    .option('--since <date>', 'first day, YYYY-MM-DD (default: 1949-01-01)')
    .option('--until <date>', 'last day, YYYY-MM-DD (default: today)')
    .option('--json', 'print JSON')
    .option('--csv', 'print the table as CSV')
    .action(
      async (
        withdrawing: string,
        state: string,
        opts: { from?: string[]; since?: string; until?: string; json?: boolean; csv?: boolean },
      ) => {
        type Data = {
          exposureTimeline: { asOf: string; kind: string; score: number; level: string; reasons: { text: string; weight: number }[] }[];
        };
        const data = await withSession((s) =>
          s.run<Data>(
            `query($w: ID!, $s: ID!, $from: [ID!], $since: Date, $until: Date) {
             exposureTimeline(withdrawing: $w, state: $s, from: $from, since: $since, until: $until) { asOf kind score level reasons { text weight } } }`,
            { w: withdrawing, s: state, from: opts.from ?? null, since: opts.since ?? null, until: opts.until ?? null },
          ),
        );
        const rows = data.exposureTimeline.map((p) => {
          const top = [...p.reasons].sort((a, b) => b.weight - a.weight)[0];
          return [p.asOf, p.kind === 'TIE_CHANGED' ? 'tie changed' : '', p.score, p.level, top?.text ?? ''];
        });
        printTable(
          opts,
          data,
          `${state.toUpperCase()}'s exposure if ${withdrawing.toUpperCase()} withdraws${opts.from ? ` from ${opts.from.join(', ')}` : ''}`,
          ['Day', 'Why', 'Score', 'Level', 'Main reason'],
          rows,
        );
      },
    );

  program
    .command('changes')
    .description('Memberships that began, ended or changed status between two dates (oldest first)')
    .requiredOption('--since <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--until <date>', 'last day, YYYY-MM-DD')
    .option('--bloc <code>', 'only this bloc')
    .option('--state <id>', 'only this state')
    .option('--json', 'print JSON')
    .option('--csv', 'print the table as CSV')
    .action(async (opts: { since: string; until: string; bloc?: string; state?: string; json?: boolean; csv?: boolean }) => {
      type Data = {
        changes: {
          date: string;
          kind: string;
          state: { id: string; name: string };
          bloc: { code: string };
          before: string | null;
          after: string | null;
          source: string | null;
        }[];
      };
      const data = await withSession((s) =>
        s.run<Data>(
          `query($since: Date!, $until: Date!, $bloc: ID, $state: ID) {
             changes(since: $since, until: $until, bloc: $bloc, state: $state) { date kind state { id name } bloc { code } before after source } }`,
          { since: opts.since, until: opts.until, bloc: opts.bloc ?? null, state: opts.state ?? null },
        ),
      );
      printTable(
        opts,
        data,
        `${data.changes.length} membership changes from ${opts.since} to ${opts.until}${opts.bloc ? ` in ${opts.bloc}` : ''}${opts.state ? ` of ${opts.state}` : ''}`,
        ['Day', 'Change', 'ID', 'State', 'Bloc', 'Before', 'After', 'Source'],
        data.changes.map((c) => [c.date, c.kind, c.state.id, c.state.name, c.bloc.code, c.before ?? '', c.after ?? '', c.source ?? '']),
      );
    });

  program
    .command('network')
    .description('The alliance network on a date: who holds it together (betweenness), whose departure splits it, its camps')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today)')
    .option('--obligations <names...>', 'obligations that tie two states (default: DEFENCE)')
    .option('--scenario <id>', 'in the world of a stored scenario')
    .option('--limit <n>', 'show the n most central states', positiveInt, 25)
    .option('--json', 'print JSON')
    .option('--csv', 'print the centrality table as CSV (every state)')
    .action(async (opts: { asOf?: string; obligations?: string[]; scenario?: string; limit: number; json?: boolean; csv?: boolean }) => {
      type Data = {
        network: {
          asOf: string;
          obligations: string[];
          centrality: { state: { id: string; name: string }; degree: number; betweenness: number }[];
          articulationPoints: { id: string }[];
          communities: { id: string }[][];
        };
      };
      const obligations = opts.obligations?.map((o) => o.toUpperCase());
      const data = await withSession((s) =>
        s.run<Data>(
          `query($asOf: Date, $obligations: [Obligation!], $scenario: ScenarioInput) {
             network(asOf: $asOf, obligations: $obligations, scenario: $scenario) { asOf obligations
               centrality { state { id name } degree betweenness } articulationPoints { id } communities { id } } }`,
          { asOf: opts.asOf ?? null, obligations: obligations ?? null, scenario: opts.scenario ? { name: opts.scenario } : null },
        ),
      );
      const n = data.network;
      const rows = (opts.csv ? n.centrality : n.centrality.slice(0, opts.limit)).map((c, i) => [
        String(i + 1),
        c.state.id,
        c.state.name,
        c.degree,
        c.betweenness,
      ]);
      const heading =
        `The ${n.obligations.join(' and ')} network as of ${n.asOf}${opts.scenario ? ` under scenario ${opts.scenario}` : ''}: ${n.centrality.length} states, ` +
        `${n.communities.length} communities (largest: ${n.communities[0]?.length ?? 0} states); articulation points: ${n.articulationPoints.map((s) => s.id).join(', ') || 'none'}`;
      printTable(opts, data, heading, ['#', 'ID', 'State', 'Degree', 'Betweenness'], rows);
    });

  program
    .command('load')
    .description('Load cypher/schema and cypher/data into Neo4j (idempotent)')
    .option('--reset', 'empty the database first')
    .action(async (opts: { reset?: boolean }) => runLoad(opts));

  program
    .command('serve')
    .description(
      'Serve the API, playground and dashboard from dist/ (production: never builds, never loads the graph; /readyz says when it is missing or stale)',
    )
    .action(async () => runServer('serve'));

  program
    .command('start')
    .description(
      "As npm start without its build step: serve, after loading the graph into this product's own Neo4j when it is empty or stale",
    )
    .action(async () => runServer('start'));

  program
    .command('neo4j')
    .description('The local Neo4j server (used when NEO4J_URI is unset and no Docker engine runs)')
    .argument('<action>', 'start, stop or status')
    .option('--test', "the test suite's server (.neo4j/test) instead of the development one")
    .action(async (action: string, opts: { test?: boolean }) => {
      exit.code = await runNeo4j(action, opts);
    });

  return program;
}

/** Runs one command line (arguments without `node` and the script) and returns its exit code. */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const exit = { code: 0 };
  try {
    await buildProgram(io, exit).parseAsync(argv, { from: 'user' });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; a usage mistake is bad input (commander has said why on stderr).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof BadInputError || error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`);
      return 2;
    }
    if (error instanceof LoadError || error instanceof ForeignDataError) {
      io.stderr(`Load failed: ${error.message}\n`);
      return 1;
    }
    io.stderr(`error: ${(error as Error).message ?? error}\n`);
    return 1;
  }
}
