#!/usr/bin/env python3
"""Load for bench/db-restart.sh: C clients GET one URL in a loop for D seconds; at second R the command
given after "--" is run (restarting PostgreSQL, or nothing on a dry run). Prints responses by kind
(200, 503, other status, connection error) before, during and after it, and how long after it the
service answered 200 again. Standard library only."""
import argparse
import http.client
import subprocess
import threading
import time
import urllib.parse


def client(url, stop_at, timeout, results, lock):
    parts = urllib.parse.urlsplit(url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    connection = None
    while time.monotonic() < stop_at:
        started = time.monotonic()
        try:
            if connection is None:
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            kind = str(response.status) if response.status in (200, 503) else "other"
            retry_after = response.getheader("Retry-After")
        except (OSError, http.client.HTTPException):
            kind, retry_after = "connection error", None
            if connection is not None:
                connection.close()
            connection = None
            time.sleep(0.05)  # a refused connection fails at once: do not spin
        ended = time.monotonic()
        with lock:
            results.append((started, ended, kind, retry_after))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--duration", type=float, default=30)
    parser.add_argument("--restart-at", type=float, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=30, help="a request longer than this counts as a connection error")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- the restart command")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command

    results, lock = [], threading.Lock()
    begin = time.monotonic()
    stop_at = begin + args.duration
    threads = [threading.Thread(target=client, args=(args.url, stop_at, args.timeout, results, lock), daemon=True)
               for _ in range(args.connections)]
    for thread in threads:
        thread.start()
    time.sleep(max(0.0, begin + args.restart_at - time.monotonic()))
    restart_start = time.monotonic()
    restart = subprocess.run(command, capture_output=True, text=True) if command else None
    restart_end = time.monotonic()
    for thread in threads:
        thread.join()

    def rel(t):
        return t - restart_start

    def counts(rows):
        kinds = {}
        for _, _, kind, _ in rows:
            kinds[kind] = kinds.get(kind, 0) + 1
        order = ["200", "503", "other", "connection error"]
        return ", ".join(f"{k}: {kinds.get(k, 0)}" for k in order)

    before = [r for r in results if r[1] < restart_start]
    during = [r for r in results if r[1] >= restart_start and r[0] < restart_end]
    after = [r for r in results if r[0] >= restart_end]
    failures = [r for r in results if r[2] != "200" and r[1] >= restart_start]
    first_ok = min((r[1] for r in after if r[2] == "200" and (not failures or r[0] >= failures[0][0])), default=None)
    last_failure = max((r[1] for r in failures), default=None)
    no_retry_after = sum(1 for r in results if r[2] == "503" and not r[3])

    print(f"url {args.url}, {args.connections} clients, {args.duration:g} s, restart at {args.restart_at:g} s")
    if command:
        status = "ok" if restart.returncode == 0 else f"exit {restart.returncode}: {restart.stderr.strip()[:200]}"
        print(f"restart command: {' '.join(command)} ({status}), took {restart_end - restart_start:.2f} s")
    else:
        print("dry run: nothing was restarted (the times below are from the would-be restart)")
    print(f"responses before: {counts(before)}")
    print(f"responses during: {counts(during)}")
    print(f"responses after:  {counts(after)}")
    print(f"all:              {counts(results)}; 503 without Retry-After: {no_retry_after}")
    print(f"slowest response: {max((r[1] - r[0] for r in results), default=0):.2f} s")
    if failures:
        print(f"failures from {rel(failures[0][0]):+.2f} s to {rel(last_failure):+.2f} s after the restart began")
    else:
        print("no failure after the restart began")
    if first_ok is None:
        print("no 200 after the restart: the service did not recover within the run")
    else:
        print(f"first 200 after the restart: {first_ok - restart_end:.2f} s after the restart command returned "
              f"({rel(first_ok):.2f} s after it began)")


if __name__ == "__main__":
    main()
