"""Every benchmark in one table, written to docs/speed.md.

Runs each ``benchmarks/bench_*.py`` that exposes ``measures(accounts, runs)`` (a module
that does not yet is skipped with a note), each in its own process so that one's Qt
application, imports or memory do not colour the next, and prints one table: measure,
ours, baseline, ratio, goal, met or missed. With ``--scale`` every benchmark runs at each
size too, and a second table shows how each figure grows against the portfolio: anything
growing faster than the number of accounts, and faster than the same work for every row
takes on this machine (the linear reference, bench_linear, run with every ``--scale``), is
marked.

Run: `python benchmarks/run_all.py [--accounts 5000] [--scale 1000,5000,20000] [--runs 3]
[--only NAME[:PART]] [--output docs/speed.md]`.
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from measure import Measure  # noqa: E402

#: the line of a benchmark's process that carries its measures
MARK = "MEASURES-JSON "
#: a figure growing this much faster than the portfolio is marked (noise stays unmarked)
TOLERANCE = 1.1
#: the benchmark whose figure is linear work on this machine (run with every --scale)
REFERENCE = "bench_linear"


@dataclasses.dataclass
class Outcome:
    """What one benchmark module gave at one size: its measures, or why none."""

    module: str
    measures: list[Measure]
    note: str = ""


def run_child(path: Path, accounts: int, runs: int, part: str | None = None) -> None:
    """In the benchmark's own process: import it, print its measures as JSON; with
    ``part``, only the measures of that part (the module's ``PARTS``)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # where its dataclasses look their module up
    spec.loader.exec_module(module)
    if not hasattr(module, "measures"):
        print(MARK + json.dumps({"skipped": "no measures() yet"}))
        return
    if part is not None and part not in getattr(module, "PARTS", {}):
        print(MARK + json.dumps({"skipped": f"no part named {part}"}))
        return
    found = (module.PARTS[part] if part else module.measures)(accounts, runs)
    print(MARK + json.dumps({"measures": [dataclasses.asdict(m) for m in found]}), flush=True)


def run_module(path: Path, accounts: int, runs: int, part: str | None = None) -> Outcome:
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                   "offscreen")}
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    started = time.perf_counter()
    # settings of its own, so that a benchmark does not start on the tab another one left
    # shown, and a temporary folder of its own, so that its copies of the demo (1.5 GB at
    # 20,000 accounts) go when it ends; the demos' cache stays where it was
    environment.setdefault("KAM_BENCH_CACHE", str(Path(tempfile.gettempdir()) / "kam-bench"))
    with tempfile.TemporaryDirectory(prefix="kam-bench-child-") as own:
        environment["XDG_CONFIG_HOME"] = str(Path(own) / "config")
        environment["TMPDIR"] = own
        done = subprocess.run([sys.executable, __file__, "--child", str(path), "--accounts",
                               str(accounts), "--runs", str(runs),
                               *(["--part", part] if part else [])], env=environment,
                              capture_output=True, text=True)
    seconds = time.perf_counter() - started
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARK)]
    if done.returncode or not lines:
        said = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return Outcome(path.stem, [], f"failed after {seconds:.0f} s: {said}")
    answer = json.loads(lines[-1][len(MARK):])
    if "skipped" in answer:
        return Outcome(path.stem, [], f"skipped: {answer['skipped']}")
    found = [Measure(**fields) for fields in answer["measures"]]
    said = [line for line in done.stdout.splitlines() if line.strip() and line not in lines]
    if not found:
        return Outcome(path.stem, [], f"no figure: {said[-1] if said else 'nothing said'}")
    return Outcome(path.stem, found, f"{seconds:.0f} s")


def number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f}" + (f" {unit}" if unit else "")


def results_table(outcomes: list[Outcome]) -> list[str]:
    lines = ["| benchmark | measure | ours | baseline | ratio | goal | |",
             "| --- | --- | ---: | ---: | ---: | --- | --- |"]
    for outcome in outcomes:
        for m in outcome.measures:
            verdict = {True: "met", False: "**missed**", None: ""}[m.met]
            ratio = "—" if m.ratio is None else f"{m.ratio:.2f}×"
            lines.append(f"| {outcome.module} | {m.name} | {number(m.ours, m.unit)} | "
                         f"{number(m.baseline, m.unit)} | {ratio} | {m.goal} | {verdict} |")
    notes = [f"- {outcome.module}: {outcome.note}" for outcome in outcomes
             if not outcome.measures]
    return lines + ([""] + notes if notes else [])


#: a number in a measure's name, with or without thousands separators
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _numbers(name: str) -> list[int]:
    return [int(found.replace(",", "")) for found in NUMBER.findall(name)]


def _line_up(per_size: dict[int, Measure]) -> tuple[str, dict[int, str]]:
    """One label for a measure whose name carries numbers that change with the size
    ("over 5000 accounts", "a bar's 2292 accounts"), and what each size's cell adds: a
    number that is the portfolio's size reads N; another that changes is shown in the
    cells; one the same at every size stays in the label."""
    names = {size: m.name for size, m in per_size.items()}
    numbers = {size: _numbers(name) for size, name in names.items()}
    parts = NUMBER.split(next(iter(names.values())))
    label, shown = [parts[0]], {size: [] for size in names}
    for position, text in enumerate(parts[1:]):
        found = {size: numbers[size][position] for size in names}
        if len(set(found.values())) == 1:
            label.append(f"{next(iter(found.values())):,}")
        elif all(value == size for size, value in found.items()):
            label.append("N")
        else:
            label.append("n")
            for size, value in found.items():
                shown[size].append(f"{value:,}")
        label.append(text)
    return "".join(label), {size: f" ({', '.join(values)})" if values else ""
                            for size, values in shown.items()}


def _work_growth(small: Measure, large: Measure, portfolio: float) -> str:
    """How each kind of work both measures counted grew, marked as the time is."""
    grown = []
    for kind, before in (small.work or {}).items():
        after = (large.work or {}).get(kind)
        if before and after is not None:
            mark = "**" if after / before > TOLERANCE * portfolio else ""
            grown.append(f"{mark}{kind} ×{after / before:.2f}{mark}")
    return f"; work: {', '.join(grown)}" if grown else ""


def _count(value: int) -> str:
    for divisor, suffix in ((1e9, " G"), (1e6, " M"), (1e3, " k")):
        if value >= divisor:
            return number(value / divisor) + suffix
    return str(value)


def work_table(by_size: dict[int, list[Outcome]]) -> list[str]:
    """The work each measure that counts it did at each size."""
    sizes = sorted(by_size)
    rows: dict[tuple[str, str], dict[int, Measure]] = {}
    for size in sizes:
        for outcome in by_size[size]:
            for m in outcome.measures:
                if m.work:
                    rows.setdefault((outcome.module, NUMBER.sub("#", m.name)), {})[size] = m
    if not rows:
        return []
    lines = ["| measure | " + " | ".join(f"{size:,}" for size in sizes) + " |",
             "| --- |" + " ---: |" * len(sizes)]
    for (module, _shape), per_size in rows.items():
        name, _ = _line_up(per_size)
        cells = [", ".join(f"{_count(value)} {kind}" for kind, value in per_size[s].work.items())
                 if s in per_size else "—" for s in sizes]
        lines.append(f"| {module}: {name} | " + " | ".join(cells) + " |")
    return lines


def _reference_growth(by_size: dict[int, list[Outcome]]) -> dict[tuple[int, int], float]:
    """How much the linear reference (REFERENCE) grew between each two neighbouring sizes
    it was measured at."""
    found = {size: m.ours for size, outcomes in by_size.items() for outcome in outcomes
             if outcome.module == REFERENCE for m in outcome.measures}
    sizes = sorted(found)
    return {(a, b): found[b] / found[a] for a, b in zip(sizes, sizes[1:]) if found[a]}


def growth_table(by_size: dict[int, list[Outcome]]) -> list[str]:
    """Each figure per size, and between neighbouring sizes its growth against the
    portfolio's, or the linear reference's where that grew more (the machine's memory,
    not the work), or its baseline's where that does the same work; a figure growing more
    than TOLERANCE times faster is marked. Measures whose names differ only in their
    numbers (the size, a count) share a line."""
    sizes = sorted(by_size)
    reference = _reference_growth(by_size)
    figures: dict[tuple[str, str], dict[int, Measure]] = {}
    for size in sizes:
        for outcome in by_size[size]:
            for m in outcome.measures:
                figures.setdefault((outcome.module, NUMBER.sub("#", m.name)), {})[size] = m
    header = ["measure", *(f"{size:,}" for size in sizes),
              *(f"{a:,}→{b:,} (×{b / a:g})" for a, b in zip(sizes, sizes[1:]))]
    lines = ["| " + " | ".join(header) + " |",
             "| --- |" + " ---: |" * len(sizes) + " --- |" * (len(sizes) - 1)]
    for (module, _shape), per_size in figures.items():
        name, counts = _line_up(per_size)
        cells = [number(per_size[s].ours, per_size[s].unit) + counts[s] if s in per_size
                 else "—" for s in sizes]
        for a, b in zip(sizes, sizes[1:]):
            if a not in per_size or b not in per_size or not per_size[a].ours:
                cells.append("—")
                continue
            grew = per_size[b].ours / per_size[a].ours
            baseline = per_size[b].baseline / per_size[a].baseline \
                if per_size[a].baseline and per_size[b].baseline else None
            same_work = baseline if baseline and per_size[b].baseline_same_work else 0
            faster = grew > TOLERANCE * max(b / a, reference.get((a, b), 0), same_work)
            cell = f"×{grew:.2f}" + (" **faster than linear**" if faster else "")
            if baseline:  # grown as much: the machine
                cell += f" (baseline ×{baseline:.2f})"
            cells.append(cell + _work_growth(per_size[a], per_size[b], b / a))
        lines.append(f"| {module}: {name} | " + " | ".join(cells) + " |")
    return lines


def machine() -> str:
    try:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion
        qt = f"Qt {qVersion()} (PySide6 {pyside})"
    except ImportError:
        qt = "no Qt"
    return (f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, {qt}")


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True,
                              text=True).stdout.strip()

    changed = git("status", "--porcelain", "--untracked-files=no")
    return (git("rev-parse", "--short", "HEAD") or "unknown") + (" with changes" if changed else "")


def document(accounts: int, runs: int, outcomes: list[Outcome], loads: tuple[str, str],
             by_size: dict[int, list[Outcome]] | None) -> str:
    lines = ["# Speed", "",
             "Written by `python benchmarks/run_all.py` (issue #15). Every figure is ours "
             "against a baseline measured in the same run on the same machine, because a "
             "shared machine is too noisy for absolute limits; a goal is a ratio against "
             "that baseline or, where the issue sets one, an absolute limit. Each benchmark "
             "module's docstring says what it measures and how.", "",
             f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
             f"- commit: {commit()}",
             f"- machine: {machine()}; load average {loads[0]} at the start, "
             f"{loads[1]} at the end",
             f"- portfolio: the demo of {accounts:,} accounts; `--runs {runs}`", "",
             f"## At {accounts:,} accounts", "", *results_table(outcomes)]
    if by_size:
        lines += ["", "## Growth with the portfolio", "",
                  "Each figure at each size, then how much it grew between two sizes against "
                  "how much the portfolio grew or, where that is more, how much the linear "
                  f"reference grew ({REFERENCE}: the same Python work for each row at every "
                  "size, whose time still grows faster than the rows, because fewer of their "
                  f"objects stay in the processor's caches); more than {TOLERANCE:g} times "
                  "that is marked as faster than linear; an import into an empty database, "
                  "also than the growth of its baseline, which writes the same rows by the "
                  "plainest means. The baseline's growth is shown "
                  "beside: a figure whose baseline grew as much grew with the machine's load, "
                  "not the portfolio; so is the growth of the work, where a benchmark counts "
                  "it (SQLite's steps, Python's calls, the pages read from the file: "
                  "`measure.work_of`), which depends on neither and is marked against the "
                  "portfolio's growth alone.",
                  "", *growth_table(by_size)]
    work = work_table(by_size or {accounts: outcomes})
    if work:
        lines += ["", "## The work, counted", "",
                  "What each measure that counts its work did, on a page cache that starts "
                  "empty (`measure.work_of`).", "", *work]
    return "\n".join(lines) + "\n"


def load_average() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def chosen_modules(parts: dict[str, str], scale: bool) -> list[Path]:
    """The benchmark modules named in ``parts`` (none named: all); with ``scale``, the
    linear reference too, which judges the growth table."""
    modules = [path for path in sorted(HERE.glob("bench_*.py")) if not parts or path.stem in parts]
    if scale and REFERENCE not in (path.stem for path in modules):
        modules.append(HERE / f"{REFERENCE}.py")
    return modules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--scale", help="sizes to run at too, e.g. 1000,5000,20000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", action="append", default=[],
                        help="run only these benchmarks, comma-separated (e.g. bench_start), "
                             "or only a part of one (e.g. bench_dashboard:click); repeatable")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "speed.md")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--part", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child, args.accounts, args.runs, args.part)
        return 0
    # each chosen module, with the part of it asked for (None: all of it)
    parts = dict(f"{name}:".split(":")[:2] for value in args.only for name in value.split(","))
    unknown = sorted(set(parts) - {path.stem for path in HERE.glob("bench_*.py")})
    if unknown:
        print(f"no benchmark named {', '.join(unknown)}", file=sys.stderr)
        return 2
    modules = chosen_modules(parts, bool(args.scale))
    sizes = sorted({args.accounts, *(int(s) for s in args.scale.split(","))}) \
        if args.scale else [args.accounts]
    started = load_average()
    by_size: dict[int, list[Outcome]] = {size: [] for size in sizes}
    for size in sizes:
        for path in modules:
            print(f"{path.stem} at {size:,} accounts …", flush=True)
            outcome = run_module(path, size, args.runs, parts.get(path.stem) or None)
            by_size[size].append(outcome)
            for m in outcome.measures:
                print("  " + m.line())
            print(f"  ({outcome.note})", flush=True)
            # after every module, so that a run cut short still leaves what it measured
            text = document(args.accounts, args.runs, by_size[args.accounts],
                            (started, load_average()), by_size if args.scale else None)
            args.output.write_text(text, encoding="utf-8")
    print("\n" + text)
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
