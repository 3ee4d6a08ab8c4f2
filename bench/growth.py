#!/usr/bin/env python3
"""How each scenario's cost grows with the archive: reads the uncached tables of bench/run.sh results at several
sizes and writes a Markdown table and a gnuplot plot (PNG) of req/s and p99 against the number of items.

    bench/growth.py --out bench/results/growth-2026-12-02 RESULT.md [RESULT.md ...]

Writes OUT.md (the table) and OUT.png (the plot, when gnuplot is installed: Debian's gnuplot-nox)."""
import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

UNCACHED = re.compile(r"^### Service with `RESPONSE_CACHE=false`")
P99_TARGET_MS = 100  # issue 14: every scenario at 1M items, 16 connections, uncached


def cells(line):
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def number(text):
    text = text.replace(",", "").replace("*", "")
    try:
        return float(text)
    except ValueError:
        return None


def read_result(path):
    """Items, connections and per scenario (number -> name, req/s, p99 ms, non-2xx) of the first uncached table."""
    lines = Path(path).read_text().splitlines()
    items = next((int(m.group(1)) for line in lines if (m := re.match(r"- Data: (\d+) items", line))), None)
    if items is None:
        sys.exit(f"{path}: no '- Data: N items' line; is it a bench/run.sh result?")
    connections = None
    for i, line in enumerate(lines):
        if m := re.match(r"^## wrk \d+ threads × (\d+) connections", line):
            connections = int(m.group(1))
        if UNCACHED.match(line):
            table = [row for row in lines[i + 1:] if row.startswith("|")]
            header = cells(table[0])
            rows = {}
            for row in table[2:]:
                values = dict(zip(header, cells(row)))
                if not values.get("#", "").isdigit():
                    break
                rows[int(values["#"])] = {
                    "name": values["Scenario"], "rps": number(values["req/s"]), "p99": number(values["p99 ms"]),
                    "errors": number(values.get("Non-2xx/3xx", "0")) or 0, "status": values.get("Status", "")}
            return items, connections, rows
    sys.exit(f"{path}: no uncached table (run bench/run.sh with --response-cache off or both)")


def size_label(items):
    return f"{items // 1_000_000}M" if items % 1_000_000 == 0 else f"{items // 1000}k"


def markdown(results):
    sizes = [items for items, _, _ in results]
    scenarios = sorted({number for _, _, rows in results for number in rows})
    head = ["#", "scenario"] + [f"{size_label(items)}: req/s (p99 ms)" for items in sizes] + [
        f"req/s {size_label(sizes[0])} ÷ {size_label(sizes[-1])}", f"p99 ≤ {P99_TARGET_MS} ms at {size_label(sizes[-1])}"]
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(["---", "---"] + ["--:"] * (len(sizes) + 1) + ["---"]) + "|"]
    for number in scenarios:
        measured = [rows.get(number) for _, _, rows in results]
        name = next(m["name"] for m in measured if m)
        row = [str(number), name]
        for m in measured:
            if not m or m["rps"] is None:
                row.append("–")
                continue
            errors = f", **{m['errors']:,.0f} non-2xx**" if m["errors"] else ""
            row.append(f"{m['rps']:,.0f} ({m['p99']:,.1f}{errors})")
        first, last = measured[0], measured[-1]
        row.append(f"{first['rps'] / last['rps']:.1f}×" if first and last and first["rps"] and last["rps"] else "–")
        row.append("–" if not last or last["p99"] is None else
                   "yes" if last["p99"] <= P99_TARGET_MS and not last["errors"] else f"**no** ({last['p99']:,.0f} ms)")
        out.append("| " + " | ".join(row) + " |")
    return "\n".join(out) + "\n"


def plot(results, png):
    if not shutil.which("gnuplot"):
        print("gnuplot not found (apt-get install gnuplot-nox): no plot", file=sys.stderr)
        return False
    data = png.with_suffix(".dat")
    scenarios = sorted({number for _, _, rows in results for number in rows})
    with data.open("w") as f:
        for number in scenarios:  # one gnuplot data block per scenario
            name = next(rows[number]["name"] for _, _, rows in results if number in rows)
            f.write(f'"{number} {name}"\n')
            for items, _, rows in results:
                m = rows.get(number)
                if m and m["rps"] and m["p99"]:
                    f.write(f"{items} {m['rps']} {m['p99']}\n")
            f.write("\n\n")
    script = f"""
set terminal pngcairo size 1300,560 font ",10"
set output "{png}"
set multiplot layout 1,2 columnsfirst margins 0.06,0.78,0.1,0.88 spacing 0.08 title "Newsdesk without its response cache, wrk {results[0][1]} connections: cost against archive size"
set logscale xy
set xlabel "items"
set grid
set xrange [{results[0][0] / 1.6}:{results[-1][0] * 1.6}]
set format x "%.0s%c"
set xtics ({", ".join(f'"{size_label(items)}" {items}' for items, _, _ in results)})
set ylabel "req/s"
set title "throughput"
set key off
plot for [i=0:{len(scenarios) - 1}] "{data}" index i using 1:2 with linespoints title columnheader(1)
set ylabel "p99 ms"
set key outside right top vertical font ",8"
set title "p99 latency (the line: {P99_TARGET_MS} ms)"
plot for [i=0:{len(scenarios) - 1}] "{data}" index i using 1:3 with linespoints title columnheader(1), \\
     {P99_TARGET_MS} with lines dashtype 2 lc rgb "black" notitle
unset multiplot
"""
    subprocess.run(["gnuplot"], input=script, text=True, check=True)
    data.unlink()
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="path without extension for OUT.md and OUT.png")
    parser.add_argument("results", nargs="+", help="bench/run.sh result files, one per size")
    args = parser.parse_args()
    results = sorted((read_result(path) for path in args.results), key=lambda result: result[0])
    out = Path(args.out)
    table = markdown(results)
    sources = ", ".join(f"{size_label(items)}: `{Path(p).name}`" for (items, _, _), p in
                        zip(results, sorted(args.results, key=lambda p: read_result(p)[0])))
    out.with_suffix(".md").write_text(f"# Growth of each scenario's cost, uncached\n\nFrom {sources}.\n\n{table}")
    plotted = plot(results, out.with_suffix(".png"))
    print(table, end="")
    print(f"wrote {out.with_suffix('.md')}" + (f" and {out.with_suffix('.png')}" if plotted else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
