/**
 * CPU time per request, from the kernel's accounting (Linux /proc/PID/stat, every thread of the process): what a
 * request costs Neo4j, the GraphQL server and the client, independent of how busy the machine is (wall-clock
 * latency on a shared machine includes waiting for a core; CPU time does not). Elsewhere it reports nothing.
 */
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime (fields 14 and 15)
  } catch {
    return null;
  }
}

export interface CpuMeter {
  /** Named processes: e.g. { neo4j: pid, server: pid }; `client` is this process. */
  pids: Record<string, number | undefined>;
}

export type CpuSample = Record<string, number | null>;

export function sampleCpu(meter: CpuMeter): CpuSample {
  const out: CpuSample = {};
  for (const [name, pid] of Object.entries(meter.pids)) out[name] = pid === undefined ? null : processCpuMs(pid);
  const self = process.cpuUsage();
  out.client = (self.user + self.system) / 1000;
  return out;
}

/** CPU ms per request between two samples. */
export function perRequest(before: CpuSample, after: CpuSample, requests: number): Record<string, number> {
  const out: Record<string, number> = {};
  if (requests <= 0) return out;
  for (const [name, value] of Object.entries(after)) {
    const start = before[name];
    if (value !== null && start !== null && start !== undefined) out[name] = (value - start) / requests;
  }
  return out;
}

export function neo4jPid(home: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(`${home}/run/neo4j.pid`, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
