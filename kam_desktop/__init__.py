"""KAM Desktop: an offline workbench for key-account managers."""
from functools import cache


@cache
def _version() -> str:
    """The version is written once, in pyproject.toml. Installed packages and frozen builds
    (the PyInstaller spec copies the package metadata) read it from the metadata; a source
    tree that was never installed reads pyproject.toml itself. Read when first asked for:
    the metadata machinery costs the window's start-up tens of milliseconds."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kam-desktop")
    except PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
