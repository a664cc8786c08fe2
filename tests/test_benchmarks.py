"""The benchmark harness itself (never a timing): discovering and running the modules,
the tables it writes, and how the black-box start-up benchmark reads a screenshot."""
from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench_linear  # noqa: E402
import run_all  # noqa: E402
from bench_start import text_bands  # noqa: E402
from measure import Measure, work_of  # noqa: E402


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


def test_a_module_with_a_dataclass_of_its_own_is_read(tmp_path) -> None:
    (tmp_path / "bench_records.py").write_text(
        "from __future__ import annotations\n"
        "from dataclasses import dataclass\n"
        "from measure import Measure\n"
        "@dataclass(frozen=True)\n"
        "class Line:\n"
        "    total: float\n"
        "def measures(accounts, runs):\n"
        "    return [Measure('lines', Line(accounts / 10).total)]\n")
    assert run_all.run_module(tmp_path / "bench_records.py", 1000, 1).measures == [
        Measure("lines", 100.0)]


def test_a_part_of_a_module_runs_alone(tmp_path) -> None:
    (tmp_path / "bench_parts.py").write_text(
        "from measure import Measure\n"
        "def measures(accounts, runs):\n"
        "    return [Measure('all', 1.0), Measure('click', 2.0)]\n"
        "PARTS = {'click': lambda accounts, runs: [Measure('click', 2.0)]}\n")
    click = run_all.run_module(tmp_path / "bench_parts.py", 1000, 1, "click")
    whole = run_all.run_module(tmp_path / "bench_parts.py", 1000, 1)
    unknown = run_all.run_module(tmp_path / "bench_parts.py", 1000, 1, "drag")
    assert [m.name for m in click.measures] == ["click"]
    assert [m.name for m in whole.measures] == ["all", "click"]
    assert unknown.measures == [] and unknown.note == "skipped: no part named drag"


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


def test_growth_as_fast_as_the_machine_makes_linear_work_grow_is_not_marked() -> None:
    def at(size: int, reference: float, linear: float, faster: float,
           work: int) -> list[run_all.Outcome]:
        return [run_all.Outcome("bench_x", [
            Measure(f"as the machine over {size} accounts", linear, work={"steps": work}),
            Measure(f"faster over {size} accounts", faster)]),
            run_all.Outcome(run_all.REFERENCE, [Measure(f"reference over {size}", reference)])]

    # the reference grows ×5.5 and ×4.4 where the accounts grow ×5 and ×4
    by_size = {1000: at(1000, 10, 100, 100, 1000), 5000: at(5000, 55, 560, 700, 5000),
               20000: at(20000, 242, 2400, 3000, 30000)}
    rows = {line.split(" | ")[0]: line.split(" | ")[4:] for line in run_all.growth_table(by_size)}
    # ×5.6 and ×4.29 are within 1.1 × the reference's ×5.5 and ×4.4; the work, judged
    # against the accounts alone, grows ×6 from 5,000 to 20,000
    assert rows["| bench_x: as the machine over N accounts"] == [
        "×5.60; work: steps ×5.00", "×4.29; work: **steps ×6.00** |"]
    assert rows["| bench_x: faster over N accounts"] == ["×7.00 **faster than linear**",
                                                         "×4.29 |"]
    assert rows[f"| {run_all.REFERENCE}: reference over N"] == ["×5.50", "×4.40 |"]
    # without the reference, ×5.6 for ×5 the accounts is faster than linear
    alone = {size: outcomes[:1] for size, outcomes in by_size.items()}
    assert "faster than linear" in next(line for line in run_all.growth_table(alone)
                                        if "as the machine" in line)


def test_an_import_growing_no_faster_than_writing_its_rows_plainly_is_not_marked() -> None:
    def at(size: int, baseline: float, ours: float) -> list[run_all.Outcome]:
        return [run_all.Outcome("bench_x", [
            Measure(f"import of {size} accounts", ours, "s", baseline, baseline_same_work=True),
            Measure(f"export of {size} accounts", ours, "s", baseline)])]

    # the rows written by executemany grow ×7.0 for ×5 the accounts; ours ×6.5
    lines = run_all.growth_table({1000: at(1000, 1.0, 2.0), 5000: at(5000, 7.0, 13.0)})
    imported = next(line for line in lines if "import of N" in line)
    exported = next(line for line in lines if "export of N" in line)
    assert imported.endswith("| ×6.50 (baseline ×7.00) |")
    assert exported.endswith("| ×6.50 **faster than linear** (baseline ×7.00) |")


def test_a_run_at_several_sizes_measures_the_linear_reference_too() -> None:
    names = lambda modules: [path.stem for path in modules]  # noqa: E731
    assert names(run_all.chosen_modules({"bench_groups": ""}, scale=True)) == [
        "bench_groups", run_all.REFERENCE]
    assert names(run_all.chosen_modules({"bench_groups": ""}, scale=False)) == ["bench_groups"]
    assert names(run_all.chosen_modules({}, scale=True)).count(run_all.REFERENCE) == 1


def test_an_unknown_benchmark_is_refused_on_stderr() -> None:
    done = subprocess.run([sys.executable, str(BENCHMARKS / "run_all.py"), "--only",
                           "bench_groups,bench_nothing", "--scale", "1000"],
                          capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (
        2, "", "no benchmark named bench_nothing\n")


def test_the_linear_reference_does_the_same_work_for_every_row() -> None:
    ids, rows = bench_linear.portfolio(300)
    lines = bench_linear.linear_work(ids, rows)
    assert len(rows) == 300 * bench_linear.ROWS_PER_ACCOUNT
    assert {line.account for line in lines} == set(ids)
    assert {line.rows for line in lines} == {bench_linear.ROWS_PER_ACCOUNT}
    first = ids[0]
    assert next(line.total for line in lines if line.account == first) == sum(
        amount for text, amount in rows if text == first.hex)


def test_the_work_counted_travels_from_the_benchmark_and_its_growth_is_shown(tmp_path) -> None:
    (tmp_path / "bench_work.py").write_text(
        "from measure import Measure\n"
        "def measures(accounts, runs):\n"
        "    return [Measure(f'read over {accounts} accounts', accounts / 100,\n"
        "                    work={'VM steps': accounts * 30, 'pages read': accounts ** 2})]\n")
    small, large = (run_all.run_module(tmp_path / "bench_work.py", size, 1)
                    for size in (1000, 4000))
    assert small.measures == [Measure("read over 1000 accounts", 10.0,
                                      work={"VM steps": 30_000, "pages read": 1_000_000})]
    by_size = {1000: [small], 4000: [large]}
    row = next(line for line in run_all.growth_table(by_size) if "read over N" in line)
    assert row.endswith("| ×4.00; work: VM steps ×4.00, **pages read ×16.00** |")
    counted = next(line for line in run_all.work_table(by_size) if "read over N" in line)
    assert counted == ("| bench_work: read over N accounts | 30.0 k VM steps, 1.00 M pages read "
                       "| 120 k VM steps, 16.0 M pages read |")


def test_work_is_counted_in_steps_calls_and_pages_and_grows_with_the_rows(tmp_path) -> None:
    from sqlalchemy import text

    from kam_desktop.store.database import open_database

    database = open_database(tmp_path / "rows.sqlite3")
    try:
        with database.transaction() as session:
            session.execute(text("CREATE TABLE numbers (n INTEGER, padding TEXT)"))
            session.execute(text("INSERT INTO numbers WITH RECURSIVE i(n) AS "
                                 "(SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 40000) "
                                 "SELECT n, printf('%100d', n) FROM i"))

        def first(rows: int):
            def read(session) -> None:
                for _ in session.execute(text("SELECT * FROM numbers WHERE n <= :rows"),
                                         {"rows": rows}):
                    pass
            return read

        few, many = work_of(database, first(10_000)), work_of(database, first(40_000))
    finally:
        database.close()
    # a full scan of the table each time, four times the rows returned
    assert 40_000 < few["VM steps"] < many["VM steps"]
    assert 0 < few["Python calls"] < many["Python calls"]
    if "pages read" in few:  # Linux: the whole table, about 4.5 MB, from an empty cache
        assert 1000 < few["pages read"] == many["pages read"] < 2000, (few, many)


def test_measures_named_with_the_size_or_a_count_line_up() -> None:
    def at(size: int, listed: int) -> list[run_all.Outcome]:
        return [run_all.Outcome("bench_x", [
            Measure(f"a search over {size} accounts", size / 1000),
            Measure(f"every figure at {size:,} accounts", size / 100),
            Measure(f"a click listing {listed} accounts", listed / 100),
            Measure("a dossier of 500 entries", 7.0)])]

    lines = run_all.growth_table({1000: at(1000, 459), 5000: at(5000, 2292),
                                  20000: at(20000, 9190)})
    rows = {line.split(" | ")[0]: line for line in lines[2:]}
    assert len(rows) == 4
    assert rows["| bench_x: a search over N accounts"].startswith(
        "| bench_x: a search over N accounts | 1.00 ms | 5.00 ms | 20.0 ms | ×5.00 | ×4.00")
    assert "| 10.0 ms | 50.0 ms | 200 ms |" in rows["| bench_x: every figure at N accounts"]
    click = rows["| bench_x: a click listing n accounts"]
    assert "| 4.59 ms (459) | 22.9 ms (2,292) | 91.9 ms (9,190) |" in click
    assert "| 7.00 ms | 7.00 ms | 7.00 ms |" in rows["| bench_x: a dossier of 500 entries"]


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
