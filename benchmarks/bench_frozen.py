"""Size and start time of the frozen build (installers/linux/build.sh) against starting
from source in the same run.

Each command runs alternately from the one-folder bundle and from the development
environment, after one unmeasured warm-up of each, and the medians are compared:

- version: `kam-desktop --version` (the interpreter and the command line's imports);
- accounts: `kam-desktop accounts --json` on a 60-account demo portfolio (a real command);
- window: `kam-desktop --smoke-test` (process start until the main window is shown, then
  exit; from source through installers/launcher.py, as the bundle starts).

Run: `.venv/bin/python benchmarks/bench_frozen.py [--runs 7] [--bundle dist/kam-desktop]`.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def timed(command: list[str], environment: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=environment, cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kam-desktop")
    args = parser.parse_args()
    args.bundle = args.bundle.resolve()
    frozen = args.bundle / "kam-desktop"
    if not frozen.is_file():
        print(f"no {frozen}: run installers/linux/build.sh first", file=sys.stderr)
        return 2

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
            "version": (["--version"], source),
            "accounts": (["--db", db, "accounts", "--json"], source),
            "window": (["--smoke-test", "--db", db],
                       [sys.executable, str(ROOT / "installers" / "launcher.py")]),
        }
        print(f"bundle {args.bundle}: {folder_size(args.bundle) / 2**20:.0f} MiB, "
              f"{sum(1 for _ in args.bundle.rglob('*'))} files; {args.runs} runs each, "
              f"medians (min)")
        for name, (arguments, from_source) in cases.items():
            times = {"frozen": [], "source": []}
            for run in range(args.runs + 1):
                for kind, program in (("frozen", [str(frozen)]), ("source", from_source)):
                    seconds = timed([*program, *arguments], environment, scratch)
                    if run:  # the first run of each only warms the file cache
                        times[kind].append(seconds)
            frozen_median = statistics.median(times["frozen"])
            source_median = statistics.median(times["source"])
            print(f"{name:9s} frozen {frozen_median * 1000:6.0f} ms "
                  f"({min(times['frozen']) * 1000:4.0f})   source {source_median * 1000:6.0f} ms "
                  f"({min(times['source']) * 1000:4.0f})   frozen/source "
                  f"{frozen_median / source_median:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
