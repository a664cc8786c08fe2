"""Start-up seen from outside the process, on a real X server (Xvfb).

Each run starts a process and watches its windows with the X tools a person's desktop
would see, never asking the process anything:

- mapped: ``xdotool search --onlyvisible --pid`` finds a mapped window of the process;
- rows: ``xwd`` screenshots of that window show the table's rows, counted as bands of
  scan lines holding dark (text) pixels separated by light ones. The portfolio's window
  before its rows arrive shows a handful of bands (menu, tabs, filters, header, status
  bar); with rows it shows one more per row, so ``ROWS_SHOWN`` bands mean the rows are
  drawn. The bare window's empty table draws its header's numbers: one band is enough.

The CPU time the process used until its rows showed (from /proc, as ``ps`` reads it) is
reported too: on a machine shared with other work it is the steadier figure.

Ours is ``python -m kam_desktop --db DEMO`` as a user starts it, with settings in which
the portfolio was the open tab and the name was already asked (no dialog in front); the
baseline a bare PySide6 ``QMainWindow`` with an empty ``QTableView`` of the same size.
They take turns, one unmeasured warm-up each, then the median of ``runs`` (at least 7).

Run: `python benchmarks/bench_start.py [--accounts 5000] [--runs 7]`.
"""
from __future__ import annotations

import os
import random
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import measure  # noqa: E402
from measure import Measure, demo_copy, run_alone, user_environment  # noqa: E402

#: bands of text the portfolio shows only once its rows are drawn
ROWS_SHOWN = 12
#: a pixel this dark (0–255, mean of red, green, blue) is text
DARK = 110
#: give up on a start after this many seconds
PATIENCE = 60.0
#: mean seconds between two looks at the window: the looks cost CPU the process being
#: measured would miss (on two cores), so they are spaced, equally for both. Each pause
#: is drawn at random (0 to twice this): looks at a fixed pace can fall into step with a
#: start's own pace, and a whole run then sees its rows one look late, or early.
POLL = 0.025

BARE_WINDOW = measure.BARE_WINDOW + "app.exec()\n"


class Xvfb:
    """An X server of our own for the length of a ``with``, on a display number away
    from the usual ones (others on a shared machine start theirs from :0 or :99); it does
    not reset when its last client leaves, which would refuse the next one meanwhile."""

    def __enter__(self) -> Xvfb:
        if not shutil.which("Xvfb") or not shutil.which("xdotool") or not shutil.which("xwd"):
            raise FileNotFoundError("Xvfb, xdotool and xwd are needed "
                                    "(apt-get install xvfb xdotool x11-apps)")
        first = 200 + os.getpid() % 500
        for number in range(first, first + 50):
            if Path(f"/tmp/.X{number}-lock").exists() or \
                    Path(f"/tmp/.X11-unix/X{number}").exists():
                continue
            read, write = os.pipe()
            self.process = subprocess.Popen(
                ["Xvfb", f":{number}", "-displayfd", str(write), "-screen", "0",
                 "1600x1000x24", "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
                stderr=subprocess.DEVNULL)
            os.close(write)
            with os.fdopen(read) as answer:  # the number once it listens; nothing if it failed
                ready = answer.readline().strip()
            if ready:
                self.display = f":{ready}"
                return self
            self.process.wait()
        raise RuntimeError("no free display for Xvfb")

    def __exit__(self, *_exc) -> None:
        self.process.terminate()
        self.process.wait()


def text_bands(xwd: bytes) -> int:
    """How many bands of scan lines with dark pixels an XWD screenshot (24-bit TrueColor,
    32 bits a pixel, as Xvfb gives) holds."""
    import numpy

    header = struct.unpack(">25I", xwd[:100])
    header_size, width, height, byte_order = header[0], header[4], header[5], header[7]
    bits_per_pixel, bytes_per_line, colours = header[11], header[12], header[19]
    if bits_per_pixel != 32:
        raise ValueError(f"an XWD of {bits_per_pixel} bits a pixel")
    start = header_size + 12 * colours
    pixels = numpy.frombuffer(xwd, numpy.uint8, height * bytes_per_line, start)
    pixels = pixels.reshape(height, bytes_per_line)[:, :4 * width].reshape(height, width, 4)
    colour = pixels[..., 1:4] if byte_order else pixels[..., 0:3]  # MSB first: x, r, g, b
    dark_lines = (colour.sum(axis=2, dtype=numpy.int32) < 3 * DARK).any(axis=1)
    rising = dark_lines[1:] & ~dark_lines[:-1]
    return int(rising.sum()) + int(dark_lines[0])


def _mapped_window(pid: int, environment: dict[str, str]) -> str | None:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           env=environment, capture_output=True, text=True).stdout.split()
    return found[-1] if found else None


def _screenshot(window: str, environment: dict[str, str]) -> bytes:
    return subprocess.run(["xwd", "-silent", "-id", window], env=environment,
                          capture_output=True).stdout


def _cpu_seconds(pid: int) -> float:
    """The CPU time the process has used so far (all its threads, user and system), as
    /proc shows it to anyone: what the start costs, whatever else the machine does."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_times(command: list[str], environment: dict[str, str], bands: int,
                label: str) -> tuple[float, float, float]:
    """Seconds from starting ``command`` to a mapped window of it, and to that window
    showing ``bands`` bands of text, and the CPU seconds the process used until then;
    the process is ended then."""
    errors = tempfile.TemporaryFile()
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL,
                               stderr=errors)

    def fail(what: str) -> RuntimeError:
        errors.seek(0)
        said = errors.read().decode(errors="replace").strip().splitlines()
        return RuntimeError(f"{what} ({label} on {environment['DISPLAY']}; "
                            f"it said: {said[-3:]})")

    try:
        window = _mapped_window(process.pid, environment)
        while window is None:
            if time.perf_counter() - started > PATIENCE or process.poll() is not None:
                raise fail("no window mapped")
            time.sleep(random.uniform(0, 2 * POLL))
            window = _mapped_window(process.pid, environment)
        mapped = time.perf_counter() - started
        while True:
            shot = _screenshot(window, environment)
            if len(shot) > 100 and text_bands(shot) >= bands:
                return mapped, time.perf_counter() - started, _cpu_seconds(process.pid)
            if time.perf_counter() - started > PATIENCE or process.poll() is not None:
                raise fail(f"the window never showed {bands} bands of text")
            time.sleep(random.uniform(0, 2 * POLL))
    finally:
        process.kill()
        process.wait()
        errors.close()


def measures(accounts: int, runs: int) -> list[Measure]:
    runs = max(runs, 7)
    with tempfile.TemporaryDirectory(prefix="kam-bench-start-") as scratch_name, Xvfb() as x:
        scratch = Path(scratch_name)
        database = demo_copy(accounts, scratch)
        environment = {**user_environment(scratch), "DISPLAY": x.display,
                       "LANG": "ru_RU.UTF-8"}
        environment.pop("QT_QPA_PLATFORM", None)
        ours_command = [sys.executable, "-m", "kam_desktop", "--db", str(database)]
        bare_command = [sys.executable, "-c", BARE_WINDOW]
        times: dict[str, list[tuple[float, float, float]]] = {"ours": [], "bare": []}
        for run in range(runs + 1):
            for name, command, bands in (("ours", ours_command, ROWS_SHOWN),
                                         ("bare", bare_command, 1)):
                measured = start_times(command, environment, bands, name)
                if run:  # the first run of each only warms the file cache
                    times[name].append(measured)

    def median(name: str, which: int) -> float:
        return statistics.median(pair[which] for pair in times[name]) * 1000

    return [
        Measure("start to a mapped window (black-box, Xvfb)", median("ours", 0),
                baseline=median("bare", 0)),
        Measure("start to the portfolio's rows visible (black-box, Xvfb)", median("ours", 1),
                baseline=median("bare", 1), goal_ratio=2),
        Measure("CPU time of the start to the rows visible (black-box, Xvfb)",
                median("ours", 2), baseline=median("bare", 2)),
    ]


if __name__ == "__main__":
    run_alone(measures, __doc__, runs=7)
