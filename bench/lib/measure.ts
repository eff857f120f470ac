import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One timed child process: wall time, peak RSS of the largest process in its tree, and its output lines with arrival times. */
export interface TimedRun {
  wallMs: number;
  peakRssMb: number;
  /** User + system CPU seconds of the whole process tree: steadier than wall time on a shared, loaded machine. */
  cpuS: number;
  /** 1-minute load average when the run started (other work on the machine inflates wall times). */
  load: number;
  /** [ms since start, line] for every stdout/stderr line, so phases can be timed from log lines. */
  lines: Array<[number, string]>;
  exitCode: number;
}

/**
 * Runs a command under GNU time (`/usr/bin/time -v`), whose "Maximum resident
 * set size" covers every waited-for descendant (npx/wrapper → node → native
 * binary), and fails loudly when the command fails.
 */
export async function runTimed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<TimedRun> {
  const report = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const load = os.loadavg()[0];
  const start = performance.now();
  const lines: Array<[number, string]> = [];
  const child = spawn('/usr/bin/time', ['-v', '-o', report, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const now = performance.now() - start;
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) lines.push([now, line]);
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const wallMs = performance.now() - start;
  const text = fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : '';
  fs.rmSync(report, { force: true });
  const user = /User time \(seconds\): ([\d.]+)/.exec(text);
  const system = /System time \(seconds\): ([\d.]+)/.exec(text);
  const cpuS = user && system ? Number(user[1]) + Number(system[1]) : NaN;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  if (exitCode !== 0) {
    const tail = lines
      .slice(-30)
      .map(([, l]) => l)
      .join('\n');
    throw new Error(`${command} ${args.join(' ')} exited ${exitCode}:\n${tail}`);
  }
  return { wallMs, peakRssMb: rss ? Number(rss[1]) / 1024 : NaN, cpuS, load, lines, exitCode };
}

/** Median and spread of repeated measurements. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Summarizes repeated measurements as median with min–max spread. */
export function summarize(values: number[]): Summary {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}
