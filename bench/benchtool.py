#!/usr/bin/env python3
"""Helpers of bench/run.sh that are easier in Python than in bash (standard library only).

  walk     follow links.next of /api/v1/news?size=100 until ~90% of the items are behind, print the cursor
  capture  turn the PostgreSQL log written during one request into a pgbench script with literal values
  pgbench-latency  p50/p99 from pgbench's per-transaction logs (-l)
"""
import argparse
import glob
import http.client
import json
import math
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
    args = parser.parse_args()
    return {"walk": walk, "capture": capture, "pgbench-latency": pgbench_latency}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
