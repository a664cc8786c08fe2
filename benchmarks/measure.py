"""What every benchmark reports, and the demo portfolios they share.

A benchmark module exposes ``measures(accounts: int, runs: int) -> list[Measure]``;
``run_all.py`` collects them into one table. A figure is judged either as a ratio against
a baseline measured in the same run (these machines are too noisy for absolute limits) or,
where the issue sets one, against an absolute limit; a measure may carry both.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Measure:
    """One figure: ours against a same-run baseline and/or an absolute limit."""

    name: str
    ours: float
    unit: str = "ms"
    baseline: float | None = None
    # the ratio ours / baseline must not exceed this
    goal_ratio: float | None = None
    # ours must not exceed this, in ``unit``
    goal_abs: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None

    @property
    def met(self) -> bool | None:
        """Whether every goal set is met; None when the measure sets none."""
        checks = []
        if self.goal_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.goal_ratio)
        if self.goal_abs is not None:
            checks.append(self.ours <= self.goal_abs)
        return all(checks) if checks else None

    @property
    def goal(self) -> str:
        parts = []
        if self.goal_ratio is not None:
            parts.append(f"≤ {self.goal_ratio:g}×")
        if self.goal_abs is not None:
            parts.append(f"≤ {self.goal_abs:g} {self.unit}")
        return ", ".join(parts) or "—"

    def line(self) -> str:
        baseline = "" if self.baseline is None else f" (baseline {self.baseline:.1f} {self.unit})"
        ratio = "" if self.ratio is None else f", ratio {self.ratio:.2f}"
        verdict = {True: "met", False: "MISSED", None: "no goal"}[self.met]
        return f"{self.name}: {self.ours:.1f} {self.unit}{baseline}{ratio}; goal {self.goal}: {verdict}"


def _cache_folder() -> Path:
    folder = Path(os.environ.get("KAM_BENCH_CACHE", Path(tempfile.gettempdir()) / "kam-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _schema_head() -> str:
    from kam_desktop.store import migrations

    versions = Path(migrations.__file__).parent / "versions"
    return max(path.name.split("_")[0] for path in versions.glob("[0-9]*.py"))


def demo_copy(accounts: int, folder: Path, seed: int = 1) -> Path:
    """A fresh copy, in ``folder``, of the demo portfolio of ``accounts`` accounts.

    The portfolio is built once per size, seed and schema version and kept in
    ``$KAM_BENCH_CACHE`` (default: the temporary folder's ``kam-bench``), because building
    5,000 accounts takes a minute and every benchmark needs it."""
    from kam_desktop.services.demo import load_demo
    from kam_desktop.store.database import open_database

    cached = _cache_folder() / f"demo-{accounts}-seed{seed}-schema{_schema_head()}-{date.today()}.sqlite3"
    if not cached.exists():
        # each process builds its own file, so two benchmarks starting at once never
        # write into one; the last to finish replaces the other's identical copy
        building = cached.with_suffix(f".building-{os.getpid()}")
        building.unlink(missing_ok=True)
        database = open_database(building)
        with database.transaction() as session:
            load_demo(session, accounts=accounts, seed=seed, today=date.today())
        database.close()
        building.replace(cached)
    copy = folder / f"demo-{accounts}.sqlite3"
    shutil.copyfile(cached, copy)
    return copy


def run_from_command_line(measures, description: str) -> None:
    """A benchmark module run by itself: ``--accounts N --runs R``, each measure printed."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for measure in measures(args.accounts, args.runs):
        print(measure.line())
