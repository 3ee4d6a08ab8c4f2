#!/usr/bin/env python3
"""Helpers of bench/run.sh that are easier in Python than in bash (standard library only).

  walk     follow links.next of /api/v1/news?size=100 until ~90% of the items are behind, print the cursor
  capture  turn the PostgreSQL log written during one request into a pgbench script with literal values
  pgbench-latency  p50/p99 from pgbench's per-transaction logs (-l)
  report   the Markdown results table from the raw outputs and the .meta files that run.sh wrote
"""
import argparse
import glob
import http.client
import json
import math
import os
import re
import sys
import time
import urllib.parse


# ---------------------------------------------------------------------------------------------- walk
def walk(args):
    """Pages through the list over one keep-alive connection (bounded in pages and seconds)."""
    base = urllib.parse.urlsplit(args.base)
    conn = http.client.HTTPConnection(base.hostname, base.port, timeout=30)
    path, pages, behind, total, capped, cursor_url = args.start, 0, 0, None, None, None
    deadline = time.monotonic() + args.max_seconds
    while True:
        conn.request("GET", path, headers={"Accept": "application/json"})
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            return fail(f"HTTP {response.status} for {path}")
        page = json.loads(body)
        pages += 1
        behind += len(page.get("items") or [])
        if total is None:
            total = (page.get("page") or {}).get("totalItems")
            if not isinstance(total, int):
                return fail("HTTP 200 but no page.totalItems in the list body")
            # A count the API caps (totalItemsExact false) is not the list's length: use the database's.
            if (page.get("page") or {}).get("totalItemsExact") is False and args.total:
                capped, total = total, args.total
        next_url = (page.get("links") or {}).get("next")
        if not next_url:
            return fail(f"no links.next after {behind} of {total} items" if pages > 1
                        else "HTTP 200 but no links.next in the list body")
        split = urllib.parse.urlsplit(next_url)
        cursor = urllib.parse.parse_qs(split.query).get("cursor")
        if not cursor:
            return fail(f"HTTP 200 but links.next has no cursor parameter: {next_url[:120]}")
        # Only the path and query are used: the requests stay on the bench address whatever host the link names.
        path = split.path + "?" + split.query
        cursor_url = cursor[0]
        if behind >= args.fraction * total:
            break
        if pages >= args.max_pages or time.monotonic() > deadline:
            return fail(f"stopped after {pages} pages ({behind} of {total} items): bound reached")
    print(json.dumps({"cursor": cursor_url, "pages": pages, "behind": behind, "total": total, "capped": capped}))
    return 0


def fail(message):
    print(json.dumps({"error": message}))
    return 0


# ------------------------------------------------------------------------------------------- capture
# Debian's default log_line_prefix is '%m [%p] %q%u@%d ': time, [pid], user@database, then the level.
ENTRY = re.compile(r"^\d{4}-\d{2}-\d{2} [\d:.]+ \S+ \[(\d+)\] (?:(\S*)@(\S*) )?([A-Z]+):  (.*)$")
DURATION = re.compile(r"^duration: [\d.]+ ms  (?:(execute|statement|parse|bind) ?([^:]*): )?(.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
SKIP = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET|SHOW|RESET|DISCARD|LISTEN|UNLISTEN|SELECT 1)\b\s*;?\s*$|^\s*;?\s*$",
                  re.I)
SKIP_PREFIX = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SET|SHOW|RESET|DISCARD)\b", re.I)


def log_entries(text):
    """(pid, user, db, level, message) for each entry; continuation lines start with a tab."""
    entry = None
    for line in text.split("\n"):
        match = ENTRY.match(line)
        if match:
            if entry:
                yield entry
            entry = list(match.groups())
        elif entry and line.startswith("\t"):
            entry[4] += "\n" + line[1:]
    if entry:
        yield entry


def capture(args):
    with open(args.log, "rb") as log:
        log.seek(args.offset)
        text = log.read(args.end - args.offset if args.end else -1).decode("utf-8", "replace")
    # Connections that ran LISTEN since the service started are its change listeners: their periodic
    # statements are not part of any request.
    listeners = set()
    if args.listeners_from is not None:
        with open(args.log, "rb") as log:
            log.seek(args.listeners_from)
            for pid, user, db, level, message in log_entries(log.read().decode("utf-8", "replace")):
                if db == args.db and level == "LOG" and re.search(r"(statement|execute [^:]*): LISTEN ", message):
                    listeners.add(pid)
    statements, skipped = [], []  # statements: [pid, sql, waiting for its DETAIL line]
    for pid, user, db, level, message in log_entries(text):
        if db != args.db or pid in listeners:
            continue
        if level == "DETAIL" and message.lower().startswith("parameters: "):  # "parameters:" in PostgreSQL 15
            waiting = [s for s in statements if s[0] == pid and s[2]]
            if waiting:
                values = {int(n): v for n, v in PARAM.findall(message[len("Parameters: "):])}
                waiting[-1][1] = re.sub(r"\$(\d+)", lambda m: values.get(int(m.group(1)), m.group(0)), waiting[-1][1])
            continue
        if level != "LOG":
            continue
        match = DURATION.match(message)
        if not match or not match.group(1):
            continue
        for s in statements:
            if s[0] == pid:
                s[2] = False  # a DETAIL comes right after its statement's line, or not at all
        kind, name, sql = match.groups()
        # Only executions count: parse and bind are steps of the same statement, and "fetch from" continues a portal.
        if kind in ("parse", "bind") or (name or "").startswith("fetch from"):
            continue
        if SKIP.match(sql) or SKIP_PREFIX.match(sql):
            skipped.append(sql.strip().split()[0].upper() if sql.strip() else "(empty)")
            continue
        statements.append([pid, sql.strip().rstrip(";"), True])
    with open(args.out, "w") as out:
        out.write(f"-- PostgreSQL statements of one request of {args.label}, captured from the server log,\n"
                  "-- parameters substituted as literals; transaction control (BEGIN/COMMIT/SET/SHOW) left out.\n")
        for s in statements:
            out.write(s[1] + ";\n")
    print(json.dumps({"statements": len(statements), "skipped": sorted(set(skipped))}))
    return 0


# ----------------------------------------------------------------------------------- pgbench-latency
def pgbench_latency(args):
    """pgbench -l lines: client transaction_no latency_us script_no epoch epoch_us."""
    latencies = []
    for name in glob.glob(args.prefix + "*"):
        with open(name) as log:
            for line in log:
                fields = line.split()
                if len(fields) >= 3 and fields[2].isdigit():
                    latencies.append(int(fields[2]))
    if not latencies:
        print("")
        return 0
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, max(0, math.ceil(q * len(latencies)) - 1))] / 1000.0
    print(f"{pick(0.50):.3f} {pick(0.99):.3f}")
    return 0


# -------------------------------------------------------------------------------------------- report
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
        return None
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
        return None
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


MODE_TITLES = {
    "cached": "Service as configured (default settings: with its response cache, wrk's repeated URL is answered from memory)",
    "uncached": "Service with `RESPONSE_CACHE=false` (every request runs its SQL)",
}


def report(args):
    run = read_meta(os.path.join(args.raw, "run.meta"))
    modes = run.get("modes", "cached").split()
    scenarios = []
    for meta_path in sorted(glob.glob(os.path.join(args.raw, "[0-9][0-9].meta"))):
        sid = os.path.basename(meta_path)[:2]
        meta = read_meta(meta_path)
        meta["sid"] = sid
        meta["nginx"] = parse_wrk(os.path.join(args.raw, f"{sid}-nginx.wrk.txt")) or {}
        meta["pg"] = parse_pgbench(os.path.join(args.raw, f"{sid}-pgbench.txt")) or {}
        scenarios.append(meta)

    def service_cells(meta, mode):
        suffix = "" if mode == "cached" else "-uncached"
        service = parse_wrk(os.path.join(args.raw, f"{meta['sid']}-service{suffix}.wrk.txt")) or {}
        rss = meta.get("rss_kb" + suffix)
        bad = service.get("non2xx", 0)
        bad_text = f"**{bad:,}**" if bad else "0"
        if service.get("errors"):
            bad_text += f" (+{service['errors']:,} socket errors)"
        rps = service.get("rps")
        tps = meta["pg"].get("tps") if meta.get("sql_count", "0") != "0" else None
        return [fmt(rps), fmt(service.get("p50"), 2), fmt(service.get("p99"), 2), bad_text,
                fmt(int(rss) / 1024 if rss else None), ratio(rps, meta["nginx"].get("rps")), ratio(rps, tps)]

    tables = []
    for n, mode in enumerate(modes):
        full = n == 0  # the first table also carries the ceilings themselves
        head = ["#", "Scenario", "Status", "req/s", "p50 ms", "p99 ms", "Non-2xx/3xx", "RSS MiB", "vs nginx", "vs pgbench"]
        if full:
            head += ["nginx req/s", "pgbench tps", "pgbench p50 / p99 ms", "SQL stmts"]
        lines = [f"## {MODE_TITLES.get(mode, mode)}", "",
                 "| " + " | ".join(head) + " |",
                 "|" + "|".join(["---"] * 3 + ["--:"] * (len(head) - 3)) + "|"]
        for meta in scenarios:
            sid, name = int(meta["sid"]), meta.get("name", meta["sid"])
            if meta.get("state") != "ok":
                lines.append(f"| {sid} | {name} | **failed**: {meta.get('note', '?')} |" + " |" * (len(head) - 3))
                continue
            cells = [str(sid), name, "ok"] + service_cells(meta, mode)
            if full:
                pg_p = meta.get("pgbench_p50_p99", "").split()
                has_sql = meta.get("sql_count", "0") != "0"
                cells += [fmt(meta["nginx"].get("rps")),
                          fmt(meta["pg"].get("tps")) if has_sql else "no SQL",
                          (f"{float(pg_p[0]):.2f} / {float(pg_p[1]):.2f}" if len(pg_p) == 2 else "–"),
                          meta.get("sql_count", "–")]
            lines.append("| " + " | ".join(cells) + " |")
        rss = run.get("rss_start_mb" + ("" if mode == "cached" else "-uncached"), "?")
        peak = run.get("rss_peak_mb" + ("" if mode == "cached" else "-uncached"), "?")
        lines += ["", f"Service RSS {rss} MiB after the warm-up, peak (VmHWM) {peak} MiB.", ""]
        tables += lines

    details = []
    for meta in scenarios:
        sid, name = meta["sid"], meta.get("name", meta["sid"])
        details.append(f"### {int(sid)}. {name}\n")
        details.append(f"`GET {meta.get('path', '?')}`"
                       + (f" with `If-None-Match: {meta['header']}`" if meta.get("header") else "")
                       + f" → expected {meta.get('expect', '200')}, got {meta.get('check_status', '?')}."
                       + (f" {meta['sql_note']}" if meta.get("sql_note") else "") + "\n")
        sql_path = os.path.join(args.raw, f"{sid}.sql")
        if os.path.exists(sql_path):
            body = "\n".join(l for l in open(sql_path).read().splitlines() if not l.startswith("-- "))
            details.append(f"{meta.get('sql_count', '?')} statement(s):\n\n```sql\n{body.strip()}\n```\n")
        else:
            details.append("No statements captured.\n")

    header = [
        f"# Newsdesk benchmark {run.get('stamp', '')}",
        "",
        f"- Service: commit `{run.get('commit', '?')}` ({run.get('commit_subject', '')}), "
        f"`java -jar quarkus-run.jar` on port {run.get('service_port', '8090')}, JVM {run.get('java', '?')}",
        f"- Data: {run.get('items', '?')} items in `{run.get('db', 'newsdesk_bench')}` "
        f"({run.get('db_size', '?')}), PostgreSQL {run.get('pg_version', '?')} at 127.0.0.1",
        f"- Load: wrk {run.get('wrk_version', '')} `-t {run.get('threads')} -c {run.get('connections')} "
        f"-d {run.get('duration')}s --timeout 30s --latency` after a {run.get('warmup')} s warm-up of the scenario mix; "
        f"nginx {run.get('nginx_version', '')}; pgbench `-c {run.get('connections')} -j 2 -T {run.get('duration')}`",
        f"- Machine: {run.get('cpus', '?')} cores, {run.get('mem', '?')} memory, {run.get('os', '')}; "
        "wrk, the service, nginx and PostgreSQL share it",
        f"- Load average (1/5/15 min): {run.get('load', '?')}; anything else running on the machine skews the numbers",
        f"- Run time: {run.get('elapsed', '?')}",
        "",
        "*req/s*, *p50*, *p99*: wrk against the service. *vs nginx*: service req/s as a share of nginx serving the same "
        "response bytes as a static file (HTTP ceiling). *vs pgbench*: service req/s against pgbench running the "
        "statements of one request as one transaction (database ceiling); above 1× the service answers faster than its "
        "SQL can run, i.e. from its cache. *RSS*: the service's VmRSS right after that scenario's run.",
        "",
    ]
    notes = [
        "## Scenario parameters",
        "",
        run.get("parameters", "").replace("\\n", "\n"),
        "",
        "## PostgreSQL statements per scenario",
        "",
        "Captured from the PostgreSQL log (`log_min_duration_statement = 0` on the bench database only) during the second "
        "request of each scenario to a service instance started with `RESPONSE_CACHE=false`, so that they are what a request "
        "costs when it is not answered from memory; parameters are substituted as literals. Transaction control (BEGIN, "
        "COMMIT, SET, SHOW) and the change listener's own statements are left out; everything else runs as one pgbench "
        "transaction per request.",
        "",
    ]
    text = "\n".join(header + tables + notes + details) + "\n"
    with open(args.out, "w") as out:
        out.write(text)
    print(text)
    return 0


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("walk")
    p.add_argument("--base", required=True)
    p.add_argument("--start", required=True)
    p.add_argument("--fraction", type=float, default=0.9)
    p.add_argument("--max-pages", type=int, default=20000)
    p.add_argument("--max-seconds", type=float, default=600)
    p.add_argument("--total", type=int, help="the list's real length, used when the API's count is capped")
    p = sub.add_parser("capture")
    p.add_argument("--log", required=True)
    p.add_argument("--offset", type=int, required=True)
    p.add_argument("--end", type=int, default=0, help="stop reading at this byte (default: the end)")
    p.add_argument("--db", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--label", default="the scenario")
    p.add_argument("--listeners-from", type=int, help="log offset where the service started: skip LISTEN connections")
    p = sub.add_parser("pgbench-latency")
    p.add_argument("--prefix", required=True)
    p = sub.add_parser("report")
    p.add_argument("--raw", required=True)
    p.add_argument("--out", required=True)
    args = parser.parse_args()
    return {"walk": walk, "capture": capture, "pgbench-latency": pgbench_latency, "report": report}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
