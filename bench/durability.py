#!/usr/bin/env python3
"""Ledger for bench/durability.sh: C writers create news items for D seconds, each with its own
Idempotency-Key, retrying the very same request (same key, same body) after a 503, a 5xx or a broken
connection until it is acknowledged with a 201. At second K the command after "--" crashes and restarts
PostgreSQL. Prints the ledger as JSON lines (key, title, acknowledged, attempts) for the check that
follows. Standard library only."""
import argparse
import http.client
import json
import os
import subprocess
import threading
import time
import urllib.parse


def writer(number, args, stop_at, ledger, lock):
    parts = urllib.parse.urlsplit(args.url)
    headers = {"Authorization": "Bearer " + os.environ["TOKEN"], "Content-Type": "application/json"}
    sequence = 0
    while time.monotonic() < stop_at:
        sequence += 1
        key = f"{args.run}-{number}-{sequence}"
        title = f"Durability {key}"
        body = json.dumps({"title": title, "summary": "Written during the durability check.",
                           "publishedOn": "2026-01-01", "status": "draft"})
        attempts, acknowledged = 0, False
        give_up = time.monotonic() + args.patience
        while not acknowledged and time.monotonic() < give_up:
            attempts += 1
            try:
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=args.timeout)
                connection.request("POST", parts.path, body, {**headers, "Idempotency-Key": key})
                response = connection.getresponse()
                response.read()
                connection.close()
                acknowledged = response.status == 201
                if response.status not in (201, 503) and response.status < 500:
                    break  # refused for good (4xx): a bug in this check, reported as unacknowledged
            except (OSError, http.client.HTTPException):
                pass
            if not acknowledged:
                time.sleep(0.2)
        with lock:
            ledger.append({"key": key, "title": title, "acknowledged": acknowledged, "attempts": attempts})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True, help="the POST /api/v1/news URL")
    parser.add_argument("--run", required=True, help="a tag unique to this run, part of every key and title")
    parser.add_argument("--duration", type=float, default=30)
    parser.add_argument("--crash-at", type=float, default=10)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--patience", type=float, default=60, help="how long one item is retried")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- the crash-and-restart command")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command

    ledger, lock = [], threading.Lock()
    stop_at = time.monotonic() + args.duration
    threads = [threading.Thread(target=writer, args=(n, args, stop_at, ledger, lock)) for n in range(args.writers)]
    for thread in threads:
        thread.start()
    time.sleep(args.crash_at)
    if command:
        subprocess.run(command, check=True, capture_output=True, text=True)
    for thread in threads:
        thread.join()
    for entry in ledger:
        print(json.dumps(entry))


if __name__ == "__main__":
    main()
