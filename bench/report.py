#!/usr/bin/env python3
"""The Markdown results of bench/run.sh from its raw outputs and the .meta files it wrote (standard library only).

  report.py --raw bench/results/raw-<date>-<n> --out bench/results/<date>-<n>.md
"""
import argparse
import glob
import os
import re
import sys


def read_meta(path):
    meta = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                if "=" in line:
                    key, value = line.rstrip("\n").split("=", 1)
                    meta[key] = value
    return meta


def to_ms(value):
    match = re.match(r"([\d.]+)(us|ms|s|m)$", value)
    if not match:
        return None
    number, unit = float(match.group(1)), match.group(2)
    return number * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def parse_wrk(path):
    if not os.path.exists(path):
        return {}
    text = open(path).read()
    result = {"rps": None, "p50": None, "p99": None, "non2xx": 0, "errors": 0, "requests": None}
    if m := re.search(r"Requests/sec:\s+([\d.]+)", text):
        result["rps"] = float(m.group(1))
    if m := re.search(r"^\s+50%\s+(\S+)", text, re.M):
        result["p50"] = to_ms(m.group(1))
    if m := re.search(r"^\s+99%\s+(\S+)", text, re.M):
        result["p99"] = to_ms(m.group(1))
    if m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text):
        result["non2xx"] = int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text):
        result["errors"] = sum(int(g) for g in m.groups())
    if m := re.search(r"(\d+) requests in", text):
        result["requests"] = int(m.group(1))
        if result["requests"] == 0:  # wrk prints zero latencies when nothing completed
            result["p50"] = result["p99"] = None
    return result


def parse_pgbench(path):
    if not os.path.exists(path):
        return {}
    text = open(path).read()
    result = {"tps": None, "avg": None, "failed": None}
    if m := re.search(r"tps = ([\d.]+) \(without initial connection time\)", text):
        result["tps"] = float(m.group(1))
    if m := re.search(r"latency average = ([\d.]+) ms", text):
        result["avg"] = float(m.group(1))
    if m := re.search(r"number of failed transactions: (\d+)", text):
        result["failed"] = int(m.group(1))
    return result


def fmt(value, digits=0):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def ratio(a, b):
    """Service ÷ ceiling: a percentage below the ceiling, a multiple above it (a cache can beat the database)."""
    if not a or not b:
        return "–"
    if a >= b:
        return f"{a / b:.1f}×"
    if a < b / 1000:
        return "<0.1%"
    return f"{100.0 * a / b:.1f}%" if a < b / 10 else f"{100.0 * a / b:.0f}%"


def errors_cell(result):
    bad = result.get("non2xx", 0)
    text = f"**{bad:,}**" if bad else "0"
    if result.get("errors"):
        text += f" (+{result['errors']:,} socket errors)"
    return text


def target(meta, service, peer):
    """The issue's target for this scenario (req/s, times the peer, p99) and whether the service met it."""
    rps, times, p99 = (meta.get("target", "- - -").split() + ["-"] * 3)[:3]
    parts, missed, unknown = [], [], []
    if rps != "-":
        parts.append(f"≥ {int(rps):,} req/s")
        if (service.get("rps") or 0) < int(rps):
            missed.append("req/s")
    if p99 != "-":
        parts.append(f"p99 ≤ {p99} ms")
        if service.get("p99") is None or service["p99"] > float(p99):
            missed.append("p99")
    if times != "-":
        parts.append(f"≥ {times}× Directus")
        if not peer.get("rps") or not service.get("rps"):
            unknown.append("Directus not measured")
        elif service["rps"] < float(times) * peer["rps"]:
            missed.append("× Directus")
    if not parts:
        return "–", "–"
    if missed:
        return ", ".join(parts), "**missed**: " + ", ".join(missed)
    return ", ".join(parts), "met" + (f" ({'; '.join(unknown)})" if unknown else "")


MODE_TITLES = {
    "cached": "Service as configured (default settings: with its response cache, wrk's repeated URL is answered from memory)",
    "uncached": "Service with `RESPONSE_CACHE=false` (every request runs its SQL)",
}


def tables(raw, run, scenarios, connections):
    modes = run.get("modes", "cached").split()
    with_peer = run.get("peer", "none") != "none"
    # The targets are for the service without its response cache; they go where that is measured.
    target_mode = "uncached" if "uncached" in modes else modes[0]
    lines = []
    for c in connections:
        lines += [f"## wrk {run.get('threads')} threads × {c} connections", ""]
        for n, mode in enumerate(modes):
            suffix = "" if mode == "cached" else "-uncached"
            full, judged = n == 0, mode == target_mode  # the first table also carries the ceilings
            head = ["#", "Scenario", "Status", "req/s", "p50 ms", "p99 ms", "Non-2xx/3xx", "RSS MiB", "vs nginx", "vs pgbench"]
            if full:
                head += ["nginx req/s", "pgbench tps", "pgbench p50 / p99 ms", "SQL stmts"]
            if judged:
                head += (["Directus req/s", "Directus p99 ms", "÷ Directus"] if with_peer else []) + ["Target", "Met"]
            lines += [f"### {MODE_TITLES.get(mode, mode)}", "", "| " + " | ".join(head) + " |",
                      "|" + "|".join(["---"] * 3 + ["--:"] * (len(head) - 5) + ["---" if judged else "--:"] * 2) + "|"]
            for meta in scenarios:
                sid, name = int(meta["sid"]), meta.get("name", meta["sid"])
                if meta.get("state") != "ok":
                    lines.append(f"| {sid} | {name} | **failed**: {meta.get('note', '?')} |" + " |" * (len(head) - 3))
                    continue
                service = parse_wrk(os.path.join(raw, f"{meta['sid']}-service{suffix}-c{c}.wrk.txt"))
                nginx = parse_wrk(os.path.join(raw, f"{meta['sid']}-nginx-c{c}.wrk.txt"))
                has_sql = meta.get("sql_count", "0") != "0"
                pg = parse_pgbench(os.path.join(raw, f"{meta['sid']}-pgbench-c{c}.txt")) if has_sql else {}
                rss = meta.get(f"rss_kb{suffix}-c{c}")
                rps = service.get("rps")
                cells = [str(sid), name, "ok", fmt(rps), fmt(service.get("p50"), 2), fmt(service.get("p99"), 2),
                         errors_cell(service), fmt(int(rss) / 1024 if rss else None), ratio(rps, nginx.get("rps")),
                         ratio(rps, pg.get("tps"))]
                if full:
                    pg_p = meta.get(f"pgbench_p50_p99-c{c}", "").split()
                    cells += [fmt(nginx.get("rps")), fmt(pg.get("tps")) if has_sql else "no SQL",
                              f"{float(pg_p[0]):.2f} / {float(pg_p[1]):.2f}" if len(pg_p) == 2 else "–",
                              meta.get("sql_count", "–")]
                peer = parse_wrk(os.path.join(raw, f"{meta['sid']}-peer-c{c}.wrk.txt"))
                if judged and with_peer:
                    if meta.get("peer_state") == "failed":
                        cells += [f"failed: {meta.get('peer_note', '?')}", "–", "–"]
                    else:
                        bad = f" ({errors_cell(peer)} errors)" if peer.get("non2xx") or peer.get("errors") else ""
                        cells += [fmt(peer.get("rps"), 1) + bad, fmt(peer.get("p99"), 0), ratio(rps, peer.get("rps"))]
                if judged:
                    cells += list(target(meta, service, peer))
                lines.append("| " + " | ".join(cells) + " |")
            rss_start = run.get(f"rss_start_mb{suffix}", "?")
            peak = run.get(f"rss_peak_mb{suffix}", "?")
            lines += ["", f"Service RSS {rss_start} MiB after the warm-up, peak (VmHWM) {peak} MiB over all connection counts.", ""]
    return lines


def details(raw, scenarios):
    lines = []
    for meta in scenarios:
        sid, name = meta["sid"], meta.get("name", meta["sid"])
        lines.append(f"### {int(sid)}. {name}\n")
        lines.append(f"`GET {meta.get('path', '?')}`"
                     + (f" with `If-None-Match: {meta['header']}`" if meta.get("header") else "")
                     + f" → expected {meta.get('expect', '200')}, got {meta.get('check_status', '?')}."
                     + (f" {meta['sql_note']}" if meta.get("sql_note") else "") + "\n")
        if meta.get("peer_path"):
            outcome = (f"{meta['peer_items']} item(s)" if meta.get("peer_state") == "ok"
                       else f"**failed**: {meta.get('peer_note', '?')}")
            lines.append(f"Directus: `GET {meta['peer_path']}` → {outcome}.\n")
        sql_path = os.path.join(raw, f"{sid}.sql")
        if os.path.exists(sql_path):
            body = "\n".join(l for l in open(sql_path).read().splitlines() if not l.startswith("-- "))
            lines.append(f"{meta.get('sql_count', '?')} statement(s):\n\n```sql\n{body.strip()}\n```\n")
        else:
            lines.append("No statements captured.\n")
    return lines


def report(args):
    run = read_meta(os.path.join(args.raw, "run.meta"))
    connections = run.get("connections", "16").split()
    scenarios = []
    for meta_path in sorted(glob.glob(os.path.join(args.raw, "[0-9][0-9].meta"))):
        meta = read_meta(meta_path)
        meta["sid"] = os.path.basename(meta_path)[:2]
        scenarios.append(meta)
    c_text = " and ".join(f"`-c {c}`" for c in connections)
    peer = run.get("peer", "none")
    peer_line = (f"- Peer: Directus {run.get('peer_version', '?')} on 127.0.0.1:8055 (Node, its response cache off) "
                 f"over its own database `directus_peer` with {run.get('items', '?')} generated items, measured on the "
                 "equivalent query of each scenario that has one with the same wrk settings, after the Newsdesk "
                 "measurements of the same run" + (f"; {run['peer_note']}" if run.get("peer_note") else "")
                 if peer != "none" else "- Peer: not measured (`--peer none`)")
    header = [
        f"# Newsdesk benchmark {run.get('stamp', '')}",
        "",
        f"- Service: commit `{run.get('commit', '?')}` ({run.get('commit_subject', '')}), "
        f"`java -jar quarkus-run.jar` on port {run.get('service_port', '8090')}, JVM {run.get('java', '?')}",
        f"- Data: {run.get('items', '?')} items in `{run.get('db', 'newsdesk_bench')}` "
        f"({run.get('db_size', '?')}), PostgreSQL {run.get('pg_version', '?')} at 127.0.0.1",
        f"- Load: wrk {run.get('wrk_version', '')} `-t {run.get('threads')} -d {run.get('duration')}s --timeout 30s "
        f"--latency` with {c_text} after a {run.get('warmup')} s warm-up of the scenario mix; "
        f"nginx {run.get('nginx_version', '')}; pgbench `-j 2 -T {run.get('duration')}` with as many clients",
        peer_line,
        f"- Machine: {run.get('cpus', '?')} cores, {run.get('mem', '?')} memory, {run.get('os', '')}; "
        "wrk, the service, nginx, Directus and PostgreSQL share it",
        f"- Load average (1/5/15 min): {run.get('load', '?')}; anything else running on the machine skews the numbers",
        f"- Run time: {run.get('elapsed', '?')}",
        "",
        "*req/s*, *p50*, *p99*: wrk against the service. *vs nginx*: service req/s as a share of nginx serving the same "
        "response bytes as a static file (HTTP ceiling). *vs pgbench*: service req/s against pgbench running the "
        "statements of one request as one transaction (database ceiling); above 1× the service answers faster than its "
        "SQL can run, i.e. from its cache. *RSS*: the service's VmRSS right after that scenario's run. "
        "*÷ Directus*: the service without its cache against Directus on the equivalent query (– where there is none). "
        "*Target*: issue 14's, set for 100,000 items and `RESPONSE_CACHE=false`.",
        "",
    ]
    notes = [
        "## Scenario parameters",
        "",
        run.get("parameters", "").replace("\\n", "\n"),
    ] + ([f"- Directus (chosen from its own data the same way): {run['peer_parameters']}"] if run.get("peer_parameters") else []) + [
        "",
        "## Requests and PostgreSQL statements per scenario",
        "",
        "Captured from the PostgreSQL log (`log_min_duration_statement = 0` on the bench database only) during the second "
        "request of each scenario to a service instance started with `RESPONSE_CACHE=false`, so that they are what a request "
        "costs when it is not answered from memory; parameters are substituted as literals. Transaction control (BEGIN, "
        "COMMIT, SET, SHOW) and the change listener's own statements are left out; everything else runs as one pgbench "
        "transaction per request.",
        "",
    ]
    text = "\n".join(header + tables(args.raw, run, scenarios, connections) + notes + details(args.raw, scenarios)) + "\n"
    with open(args.out, "w") as out:
        out.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--raw", required=True)
    parser.add_argument("--out", required=True)
    sys.exit(report(parser.parse_args()))
