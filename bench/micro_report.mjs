#!/usr/bin/env node
// Turns the Google Benchmark JSON of `make bench` into the Markdown table bench/results/micro.md: the machine
// (CPU model, cores, RAM from /proc; compiler, build type and CPU pinning from the run's context) and, per
// benchmark, the CPU time per operation and its ratio to the baseline measured in the same run.
//
// Usage: node bench/micro_report.mjs <benchmark.json> <out.md>
// A benchmark's label says how to compare it (bench/report_label.hpp): "baseline", or "vs <baseline name>".
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node bench/micro_report.mjs <benchmark.json> <out.md>");
  process.exit(2);
}
const report = JSON.parse(readFileSync(input, "utf8"));
const context = report.context ?? {};

function readProc(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function cpuModel() {
  const match = readProc("/proc/cpuinfo").match(/^model name\s*:\s*(.+)$/m);
  return match ? match[1].trim() : (os.cpus()[0]?.model ?? "unknown");
}

function memory() {
  const match = readProc("/proc/meminfo").match(/^MemTotal:\s*(\d+) kB$/m);
  const bytes = match ? Number(match[1]) * 1024 : os.totalmem();
  return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
}

const kNsPerUnit = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };

function nanoseconds(run) {
  return run.cpu_time * (kNsPerUnit[run.time_unit] ?? 1);
}

function formatTime(ns) {
  if (ns < 1e3) return `${ns.toFixed(ns < 10 ? 2 : ns < 100 ? 1 : 0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${(ns / 1e6).toFixed(2)} ms`;
}

function formatRatio(ratio) {
  if (ratio < 10) return `${ratio.toFixed(2)}×`;
  if (ratio < 100) return `${ratio.toFixed(1)}×`;
  return `${Math.round(ratio)}×`;
}

// One row per benchmark, in run order: the median when the run had repetitions, else the single run.
const rows = new Map();
for (const run of report.benchmarks ?? []) {
  const name = run.run_name ?? run.name;
  const row = rows.get(name) ?? { name, label: run.label ?? "" };
  rows.set(name, row);
  if (run.error_occurred) row.error = run.error_message ?? "error";
  if (run.run_type === "aggregate") {
    if (run.aggregate_name === "median") row.ns = nanoseconds(run);
    if (run.aggregate_name === "cv") row.cv = run.cpu_time;  // a fraction, unit-less
    if (run.aggregate_name === "mean") row.repetitions = run.repetitions;
  } else if (row.ns === undefined || !run.repetitions || run.repetitions <= 1) {
    row.ns = nanoseconds(run);
    row.iterations = run.iterations;
  }
  if (run.label) row.label = run.label;
}

const lines = [];
const first = [...rows.values()][0];
lines.push("# Micro-benchmarks (`make bench`)", "");
lines.push(`Run of ${context.date ?? "unknown date"} on this machine:`, "");
lines.push(`- CPU: ${cpuModel()}`);
lines.push(`- Cores: ${context.num_cpus ?? os.cpus().length} logical CPUs; benchmarks pinned to CPU ` +
           `${context.sinergi_cpu_affinity ?? "unknown"}`);
lines.push(`- RAM: ${memory()}`);
lines.push(`- Compiler: ${context.sinergi_compiler ?? "unknown"}`);
lines.push(`- Build: ${context.sinergi_build_type ?? "unknown"} (\`${(context.sinergi_build_flags ?? "").trim()}\`)`);
if (context.library_build_type) {
  lines.push(`- Google Benchmark library: ${context.library_build_type} build (only the timing harness; the measured ` +
             "code is Sinergi's, built as above)");
}
if (Array.isArray(context.load_avg)) {
  lines.push(`- Load average at start: ${context.load_avg.map((v) => v.toFixed(2)).join(", ")}`);
}
lines.push(`- Figures: CPU time per operation, median of ${first?.repetitions ?? 1} repetition(s); ` +
           "CV = coefficient of variation across repetitions");
lines.push("");
lines.push("| Benchmark | Time/op | CV | Compared with | Ratio |");
lines.push("|---|---:|---:|---|---:|");
for (const row of rows.values()) {
  if (row.error) {
    lines.push(`| \`${row.name}\` | error: ${row.error} | | | |`);
    continue;
  }
  const cv = row.cv === undefined ? "" : `${(row.cv * 100).toFixed(1)}%`;
  let baseline = "";
  let ratio = "";
  if (row.label === "baseline") {
    baseline = "(baseline)";
    ratio = "1×";
  } else if (row.label.startsWith("vs ")) {
    const baseName = row.label.slice(3);
    const base = rows.get(baseName);
    baseline = `\`${baseName}\``;
    ratio = base?.ns ? formatRatio(row.ns / base.ns) : "baseline missing";
  }
  lines.push(`| \`${row.name}\` | ${formatTime(row.ns)} | ${cv} | ${baseline} | ${ratio} |`);
}
lines.push("");
writeFileSync(output, lines.join("\n"));
