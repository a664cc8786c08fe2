"""The benchmark harness itself (never a timing): discovering and running the modules,
the tables it writes, and how the black-box start-up benchmark reads a screenshot."""
from __future__ import annotations

import struct
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import run_all  # noqa: E402
from bench_start import text_bands  # noqa: E402
from measure import Measure  # noqa: E402


def test_a_module_without_measures_is_skipped_and_one_with_them_is_read(tmp_path) -> None:
    (tmp_path / "bench_old.py").write_text("print('an old benchmark that prints')\n")
    (tmp_path / "bench_new.py").write_text(
        "from measure import Measure\n"
        "def measures(accounts, runs):\n"
        "    print('noise on stdout')\n"
        "    return [Measure('rows', accounts / 10, baseline=runs * 100.0, goal_ratio=2)]\n")
    old = run_all.run_module(tmp_path / "bench_old.py", 1000, 3)
    new = run_all.run_module(tmp_path / "bench_new.py", 1000, 3)
    assert old.measures == [] and old.note.startswith("skipped")
    assert new.measures == [Measure("rows", 100.0, baseline=300.0, goal_ratio=2)]


def test_a_failing_module_says_why(tmp_path) -> None:
    (tmp_path / "bench_broken.py").write_text(
        "def measures(accounts, runs):\n    raise ValueError('no demo here')\n")
    outcome = run_all.run_module(tmp_path / "bench_broken.py", 1000, 3)
    assert outcome.measures == [] and "ValueError: no demo here" in outcome.note


def test_the_table_says_met_and_missed() -> None:
    outcomes = [run_all.Outcome("bench_x", [
        Measure("start", 900.0, baseline=300.0, goal_ratio=2),
        Measure("memory", 200.0, unit="MB", goal_abs=250)]),
        run_all.Outcome("bench_y", [], "skipped: no measures() yet")]
    text = "\n".join(run_all.results_table(outcomes))
    assert "| bench_x | start | 900 ms | 300 ms | 3.00× | ≤ 2× | **missed** |" in text
    assert "| bench_x | memory | 200 MB | — | — | ≤ 250 MB | met |" in text
    assert "- bench_y: skipped: no measures() yet" in text


def test_growth_faster_than_the_portfolio_is_marked() -> None:
    def at(linear: float, square: float) -> list[run_all.Outcome]:
        return [run_all.Outcome("bench_x", [Measure("linear", linear, baseline=linear / 2),
                                            Measure("square", square)])]

    lines = run_all.growth_table({1000: at(10, 1), 5000: at(50, 25), 20000: at(200, 400)})
    linear = next(line for line in lines if "bench_x: linear" in line)
    square = next(line for line in lines if "bench_x: square" in line)
    assert "faster than linear" not in linear and "×5.00 (baseline ×5.00)" in linear
    assert square.count("faster than linear") == 2


def xwd(rows: list[list[tuple[int, int, int]]]) -> bytes:
    """An XWD file (32 bits a pixel, least significant byte first) of ``rows`` of RGB."""
    height, width = len(rows), len(rows[0])
    header = [100, 7, 2, 24, width, height, 0, 0, 32, 0, 32, 32, 4 * width, 4,
              0xFF0000, 0xFF00, 0xFF, 8, 256, 0, width, height, 0, 0, 0]
    pixels = bytes(byte for row in rows for r, g, b in row for byte in (b, g, r, 0))
    return struct.pack(">25I", *header) + pixels


def test_bands_of_text_are_counted_in_a_screenshot() -> None:
    white, black, grey = (255, 255, 255), (20, 20, 20), (200, 200, 200)
    line_of_text = [black, white] * 4
    blank = [white] * 8
    picture = [line_of_text, line_of_text, blank, [grey] * 8, line_of_text, blank,
               line_of_text]
    assert text_bands(xwd(picture)) == 3
    assert text_bands(xwd([blank, blank])) == 0
