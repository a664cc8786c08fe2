"""Size and start time of the frozen build (installers/linux/build.sh) against starting
from source in the same run.

Each command runs alternately from the one-folder bundle and from the development
environment, after one unmeasured warm-up of each, and the medians are compared:

- version: `kam-desktop --version` (the interpreter and the command line's imports);
- accounts: `kam-desktop accounts --json` on a 60-account demo portfolio (a real command);
- window: `kam-desktop --smoke-test` (process start until the main window is shown, then
  exit; from source through installers/launcher.py, as the bundle starts).

Without a bundle there is nothing to measure: the module says so and gives no figure.
The portfolio is always the small one above (``accounts`` does not change it): this
compares the two ways of starting, not the portfolio's size.

Run: `python benchmarks/bench_frozen.py [--runs 7] [--bundle dist/kam-desktop]`.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from measure import Measure  # noqa: E402

BUNDLE = ROOT / "dist" / "kam-desktop"


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def timed(command: list[str], environment: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=environment, cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measures(accounts: int, runs: int, bundle: Path = BUNDLE) -> list[Measure]:
    bundle = bundle.resolve()
    frozen = bundle / "kam-desktop"
    if not frozen.is_file():
        shown = frozen.relative_to(ROOT) if frozen.is_relative_to(ROOT) else frozen
        print(f"no {shown}: run installers/linux/build.sh first; nothing measured")
        return []
    found = [Measure("frozen bundle size", folder_size(bundle) / 2**20, unit="MB")]
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        home = scratch / "home"
        home.mkdir()
        environment = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
                       "XDG_CONFIG_HOME": str(home / "config"),
                       "XDG_DATA_HOME": str(home / "data"),
                       "XDG_CACHE_HOME": str(home / "cache"),
                       "QT_QPA_PLATFORM": "offscreen"}
        db = str(scratch / "portfolio.sqlite3")
        source = [sys.executable, "-m", "kam_desktop"]
        subprocess.run([*source, "--db", db, "demo", "--accounts", "60"], env=environment,
                       cwd=scratch, check=True, stdout=subprocess.DEVNULL)
        cases = {
            "--version": (["--version"], source),
            "accounts --json": (["--db", db, "accounts", "--json"], source),
            "--smoke-test (window shown)": (
                ["--smoke-test", "--db", db],
                [sys.executable, str(ROOT / "installers" / "launcher.py")]),
        }
        for name, (arguments, from_source) in cases.items():
            times: dict[str, list[float]] = {"frozen": [], "source": []}
            for run in range(runs + 1):
                for kind, program in (("frozen", [str(frozen)]), ("source", from_source)):
                    seconds = timed([*program, *arguments], environment, scratch)
                    if run:  # the first run of each only warms the file cache
                        times[kind].append(seconds)
            found.append(Measure(f"frozen build: {name} (median, baseline: from source)",
                                 statistics.median(times["frozen"]) * 1000,
                                 baseline=statistics.median(times["source"]) * 1000))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    args = parser.parse_args()
    for measure in measures(0, args.runs, args.bundle):
        print(measure.line())


if __name__ == "__main__":
    main()
