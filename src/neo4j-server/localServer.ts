/**
 * A real Neo4j Community server for machines without Docker: the jars come from Maven Central
 * (neo4j/pom.xml pins the version), the server runs from a git-ignored home under .neo4j/, and the
 * official launcher (org.neo4j.server.startup.Neo4jCommand, as in the tarball's bin/neo4j) starts,
 * stops and reports on it, so pid files and logs are where Neo4j's own tools expect them.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { LocalNeo4jConfig } from '../config/config.js';
import { projectRoot } from '../config/config.js';
import { APOC_ALLOWLIST_SETTING } from '../db/apocAllowlist.js';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalServerOptions extends LocalNeo4jConfig {
  /** Server home under `dir`: 'dev' for npm start, 'test' for the test suite. */
  instance: string;
  password: string;
  log?: (line: string) => void;
}

const pomPath = path.join(projectRoot, 'neo4j', 'pom.xml');
/** The server's plugins (APOC Core), resolved apart from the server so Maven never mixes their dependencies. */
const pluginsPomPath = path.join(projectRoot, 'neo4j', 'plugins', 'pom.xml');

export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(pomPath, 'utf8'));
  if (!match?.[1]) throw new LocalNeo4jError(`No <neo4j.version> in ${pomPath}`);
  return match[1];
}

export function apocVersion(): string {
  const match = /<apoc\.version>([^<]+)<\/apoc\.version>/.exec(fs.readFileSync(pluginsPomPath, 'utf8'));
  if (!match?.[1]) throw new LocalNeo4jError(`No <apoc.version> in ${pluginsPomPath}`);
  return match[1];
}

/**
 * Plugin jars that are also among the server's jars, by artifact name (`commons-lang3-3.12.0.jar` and
 * `commons-lang3-3.18.0.jar`). Neo4j puts plugins on the server's classpath: a second, older copy of a library the
 * server uses can win and break it.
 */
export function duplicatedJars(serverJars: string[], pluginJars: string[]): string[] {
  const artifact = (jar: string) => jar.replace(/-\d[^-]*(-[A-Za-z]\w*)?\.jar$/, '');
  const server = new Set(serverJars.filter((j) => j.endsWith('.jar')).map(artifact));
  return pluginJars.filter((j) => j.endsWith('.jar') && server.has(artifact(j)));
}

export class LocalNeo4j {
  readonly home: string;
  readonly libDir: string;
  /** APOC and its dependencies, shared by every instance under `dir` as the server's jars are. */
  readonly pluginsDir: string;
  readonly logFile: string;
  /** The fingerprint of the configuration and jars the running server was started with (see start()). */
  private readonly launchedFile: string;
  private readonly log: (line: string) => void;

  constructor(private readonly options: LocalServerOptions) {
    this.home = path.join(options.dir, options.instance);
    this.libDir = path.join(options.dir, 'lib');
    this.pluginsDir = path.join(options.dir, 'plugins');
    this.logFile = path.join(this.home, 'logs', 'neo4j.log');
    this.launchedFile = path.join(this.home, 'run', 'alliance-explorer.launched');
    this.log = options.log ?? ((line) => console.log(line));
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  /**
   * Resolve jars, write the config, set the password on first run, start, and wait for Bolt. Idempotent.
   *
   * A server that is already running keeps running only if it was started with the configuration and jars this
   * start would give it: the fingerprint of both is recorded at launch, with the server's pid. Otherwise (a setting changed, APOC or
   * Neo4j was upgraded, or the server was started by an earlier version of this project, which recorded none) it
   * is stopped and started again, so that what neo4j.conf says is what runs.
   */
  async start(): Promise<void> {
    checkJava();
    await this.ensureJars();
    const fingerprint = this.writeConfig();
    if ((await this.status()).running) {
      if (this.launchedFingerprint() === `${fingerprint} ${this.pid()}`) {
        this.log(`Neo4j (${this.options.instance}) already running on ${this.boltUri}`);
        return;
      }
      this.log(
        `Neo4j (${this.options.instance}) is running with an older configuration or other jars; restarting it so that the current ones take effect`,
      );
      await this.stop();
      if ((await this.status()).running) throw new LocalNeo4jError(`Neo4j (${this.options.instance}) did not stop; see ${this.logFile}`);
    }
    this.removeStalePidFile();
    await assertPortFree(this.options.boltPort, 'NEO4J_LOCAL_BOLT_PORT');
    if (this.options.httpPort) await assertPortFree(this.options.httpPort, 'NEO4J_LOCAL_HTTP_PORT');
    this.setInitialPasswordOnce();
    this.log(
      `Starting Neo4j ${neo4jVersion()} with APOC ${apocVersion()} (${this.options.instance}) on ${this.boltUri}; log: ${path.relative(process.cwd(), this.logFile)}`,
    );
    const result = await this.launcher(['start']);
    if (result.status !== 0) {
      throw new LocalNeo4jError(`Neo4j failed to start (exit ${result.status}): ${result.output.trim()}\nSee ${this.logFile}`);
    }
    // With the process it describes: a server started some other way since (an older checkout) has another pid.
    fs.writeFileSync(this.launchedFile, `${fingerprint} ${this.pid()}`);
    await this.waitForBolt(180_000);
  }

  private launchedFingerprint(): string | null {
    return fs.existsSync(this.launchedFile) ? fs.readFileSync(this.launchedFile, 'utf8') : null;
  }

  private pid(): string {
    const pidFile = path.join(this.home, 'run', 'neo4j.pid');
    return fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8').trim() : '';
  }

  async stop(): Promise<void> {
    if (!fs.existsSync(this.libDir) || !fs.existsSync(this.home)) {
      this.log(`Neo4j (${this.options.instance}) is not installed; nothing to stop`);
      return;
    }
    const result = await this.launcher(['stop']);
    this.log(result.output.trim().split('\n').pop() ?? 'stopped');
  }

  async status(): Promise<{ running: boolean; text: string }> {
    if (!fs.existsSync(path.join(this.libDir, '.resolved')) || !fs.existsSync(path.join(this.home, 'conf'))) {
      return { running: false, text: `Neo4j (${this.options.instance}) is not installed yet` };
    }
    const result = await this.launcher(['status']);
    // The launcher exits 0 when running and 3 when not (LSB convention).
    return { running: result.status === 0, text: result.output.trim().split('\n').pop() ?? '' };
  }

  /** Runs the official launcher without blocking the event loop (a server in this process keeps answering). */
  private launcher(args: string[]): Promise<{ status: number | null; output: string }> {
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: path.join(this.home, 'conf') };
    // An inherited JAVA_OPTS would replace every JVM flag the launcher derives from neo4j.conf.
    delete env.JAVA_OPTS;
    return new Promise((resolve) => {
      execFile(
        'java',
        ['-cp', path.join(this.libDir, '*'), 'org.neo4j.server.startup.Neo4jCommand', ...args],
        { env, encoding: 'utf8', timeout: 120_000 },
        (error, stdout, stderr) => {
          const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
          resolve({ status, output: `${stdout ?? ''}${stderr ?? ''}` });
        },
      );
    });
  }

  private async ensureJars(): Promise<void> {
    await this.resolve(pomPath, this.libDir, `Neo4j ${neo4jVersion()}`);
    await this.resolve(pluginsPomPath, this.pluginsDir, `APOC ${apocVersion()}`);
    const duplicated = duplicatedJars(fs.readdirSync(this.libDir), fs.readdirSync(this.pluginsDir));
    if (duplicated.length > 0) {
      throw new LocalNeo4jError(
        `${path.relative(projectRoot, pluginsPomPath)} brings jars the server already has (${duplicated.join(', ')}); exclude them there: ` +
          'Neo4j puts plugins on its own classpath, where an older copy can break the server',
      );
    }
  }

  /** `mvn dependency:copy-dependencies` of one pom into one folder, redone only when the pom changes. */
  private async resolve(pom: string, targetDir: string, what: string): Promise<void> {
    const marker = path.join(targetDir, '.resolved');
    const pomHash = createHash('sha256').update(fs.readFileSync(pom)).digest('hex');
    if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === pomHash) return;
    checkMaven();
    const staging = `${targetDir}.partial`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(this.options.dir, { recursive: true });
    const mavenLog = path.join(this.options.dir, targetDir === this.libDir ? 'maven.log' : `maven-${path.basename(targetDir)}.log`);
    this.log(
      `Resolving ${what} from Maven Central into ${path.relative(process.cwd(), targetDir)} (first run only; log: ${path.relative(process.cwd(), mavenLog)})`,
    );
    const started = Date.now();
    const out = fs.openSync(mavenLog, 'w');
    const child = spawn('mvn', ['-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`], {
      stdio: ['ignore', out, out],
    });
    const progress = setInterval(() => {
      const jars = fs.existsSync(staging) ? fs.readdirSync(staging).length : 0;
      this.log(`  … still resolving (${Math.round((Date.now() - started) / 1000)} s, ${jars} jars copied)`);
    }, 15_000);
    const code: number | null = await new Promise((resolve) => child.on('close', resolve));
    clearInterval(progress);
    fs.closeSync(out);
    if (code !== 0) {
      throw new LocalNeo4jError(`Maven could not resolve ${what} (exit ${code}); see ${mavenLog}`);
    }
    fs.rmSync(targetDir, { recursive: true, force: true });
    fs.renameSync(staging, targetDir);
    fs.writeFileSync(marker, pomHash);
    this.log(`  resolved ${fs.readdirSync(targetDir).length - 1} jars in ${Math.round((Date.now() - started) / 1000)} s`);
  }

  /**
   * The config is rewritten on every start so that changed ports, memory or allowlist take effect (start() restarts
   * a running server whose config changed). Returns the fingerprint of the config and of the jars it runs.
   */
  private writeConfig(): string {
    const dirs = ['conf', 'data', 'logs', 'run', 'import'];
    for (const d of dirs) fs.mkdirSync(path.join(this.home, d), { recursive: true });
    const o = this.options;
    const lines = [
      '# Written by alliance-explorer on every start; edit NEO4J_LOCAL_* variables instead.',
      'server.default_listen_address=127.0.0.1',
      `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
      'server.bolt.tls_level=DISABLED',
      `server.http.enabled=${o.httpPort ? 'true' : 'false'}`,
      ...(o.httpPort ? [`server.http.listen_address=127.0.0.1:${o.httpPort}`] : []),
      'server.https.enabled=false',
      'dbms.security.auth_enabled=true',
      ...['data', 'logs', 'run', 'import'].map((d) => `server.directories.${d}=${path.join(this.home, d)}`),
      `server.directories.plugins=${this.pluginsDir}`,
      // APOC: Neo4j loads only the procedures and functions this list names (src/db/apocAllowlist.ts says why each
      // is safe): none that reaches files or URLs, writes, runs Cypher of its own or works in the background. None
      // is unrestricted (dbms.security.procedures.unrestricted is not set), so none reaches the kernel's internals.
      // Neo4j's built-in procedures (db.*, dbms.*) are not filtered by this list.
      `dbms.security.procedures.allowlist=${APOC_ALLOWLIST_SETTING}`,
      `server.memory.heap.initial_size=${o.heap}`,
      `server.memory.heap.max_size=${o.heap}`,
      `server.memory.pagecache.size=${o.pageCache}`,
      // A safety net under the API's own per-transaction timeouts, for ad hoc queries too.
      'db.transaction.timeout=60s',
      // No one transaction may hold more than this much memory: an ad hoc query that builds a list of millions
      // (and would make the API decode it) fails inside Neo4j instead.
      'db.memory.transaction.max=64m',
      // The API reads in auto-commit statements, whose timeout Neo4j enforces when its monitor looks (every 2 s by
      // default): checked every 100 ms, QUERY_TIMEOUT_MS holds to within a tenth of a second.
      'db.transaction.monitor.check.interval=100ms',
      'dbms.usage_report.enabled=false',
      // Cypher that loads URLs (LOAD CSV) may reach nothing from this server: the API refuses LOAD CSV by plan, and
      // this holds for anyone with the password too. No file URLs either. (Community 5.26 names the block list
      // internal.dbms.cypher_ip_blocklist; dbms.cypher.ip_blocklist is refused as an unknown setting.)
      'internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0',
      'dbms.security.allow_csv_import_from_file_urls=false',
      // Bolt's network layer otherwise waits a 5 s quiet period (twice, about 10 s) at every stop, after the
      // databases have already stopped: a local server for one user has nothing to wait for.
      'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
      'internal.dbms.bolt.netty_server_shutdown_timeout=2',
      'server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED',
      'server.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED',
      'server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      'server.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true',
      'server.jvm.additional=-XX:+UseG1GC',
      '',
    ];
    const conf = lines.join('\n');
    fs.writeFileSync(path.join(this.home, 'conf', 'neo4j.conf'), conf);
    const marker = (dir: string) => fs.readFileSync(path.join(dir, '.resolved'), 'utf8');
    return createHash('sha256').update(conf).update(marker(this.libDir)).update(marker(this.pluginsDir)).digest('hex');
  }

  private setInitialPasswordOnce(): void {
    if (
      fs.existsSync(path.join(this.home, 'data', 'dbms', 'auth.ini')) ||
      fs.existsSync(path.join(this.home, 'data', 'databases', 'system'))
    ) {
      return; // Only effective before the first start; afterwards the password lives in the system database.
    }
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: path.join(this.home, 'conf') };
    delete env.JAVA_OPTS;
    const result = spawnSync(
      'java',
      [
        '-cp',
        path.join(this.libDir, '*'),
        'org.neo4j.server.startup.Neo4jAdminCommand',
        'dbms',
        'set-initial-password',
        this.options.password,
      ],
      { env, encoding: 'utf8', timeout: 120_000 },
    );
    if (result.status !== 0) throw new LocalNeo4jError(`Could not set the initial password: ${result.stderr || result.stdout}`);
  }

  private removeStalePidFile(): void {
    fs.rmSync(path.join(this.home, 'run', 'neo4j.pid'), { force: true });
  }

  private async waitForBolt(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (fs.existsSync(this.logFile) && /\bStarted\.\s*$/m.test(fs.readFileSync(this.logFile, 'utf8').slice(-4000))) {
        if (await canConnect(this.options.boltPort)) return;
      }
      if (!(await this.status()).running) {
        throw new LocalNeo4jError(`Neo4j exited during start-up. Last lines of ${this.logFile}:\n${tail(this.logFile, 15)}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new LocalNeo4jError(
      `Neo4j did not open Bolt within ${timeoutMs / 1000} s. Last lines of ${this.logFile}:\n${tail(this.logFile, 15)}`,
    );
  }
}

function tail(file: string, lines: number): string {
  if (!fs.existsSync(file)) return '(no log yet)';
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function assertPortFree(port: number, variable: string): Promise<void> {
  if (await canConnect(port)) {
    throw new LocalNeo4jError(`Port ${port} on 127.0.0.1 is already in use by another program; set ${variable} to a free port`);
  }
}

function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error)
    throw new LocalNeo4jError(
      'Java was not found on PATH. The local Neo4j server needs Java 17 or 21 (or set NEO4J_URI to a server of your own).',
    );
  const major = Number(/version "(\d+)/.exec(result.stderr)?.[1]);
  if (major !== 17 && major !== 21) {
    throw new LocalNeo4jError(`Neo4j 5.26 needs Java 17 or 21; 'java -version' says ${major}. Put a JDK 17 or 21 first on PATH.`);
  }
}

function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error)
    throw new LocalNeo4jError(
      'Maven (mvn) was not found on PATH. It resolves the local Neo4j server from Maven Central (or set NEO4J_URI to a server of your own).',
    );
}
