"""Cheap offline facts about the installers (installers/): what the frozen build bundles,
one application id and one version everywhere, the icon in every size. The build itself
and its smoke test are installers/linux/build.sh and smoke-test.sh."""
from __future__ import annotations

import ast
import importlib.util
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import platformdirs
import pytest

import kam_desktop

ROOT = Path(__file__).resolve().parent.parent
INSTALLERS = ROOT / "installers"
LINUX = INSTALLERS / "linux"
APP_ID = "ru.kamdesktop.KamDesktop"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


freeze = _load("kam_installers_freeze", INSTALLERS / "freeze.py")
launcher = _load("kam_installers_launcher", INSTALLERS / "launcher.py")


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def desktop_entry() -> ConfigParser:
    parser = ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser


def metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def test_the_wheel_lists_every_package_of_the_code():
    """pyproject.toml names its packages one by one: a new sub-package must be added."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    code = ROOT / "kam_desktop"
    packages = {".".join(("kam_desktop",) + init.parent.relative_to(code).parts)
                for init in code.rglob("__init__.py")}
    assert packages <= listed


# --- what the frozen build bundles --------------------------------------------------

def test_bundle_lists_every_migration_as_a_file():
    listed = {Path(source).relative_to(ROOT).as_posix(): target
              for source, target in freeze.data_files()}
    migrations = ROOT / "kam_desktop" / "store" / "migrations"
    expected = [migrations / "env.py", migrations / "script.py.mako",
                *sorted((migrations / "versions").glob("*.py"))]
    assert len(expected) > 3
    for path in expected:
        relative = path.relative_to(ROOT).as_posix()
        assert listed.get(relative) == path.parent.relative_to(ROOT).as_posix(), relative


def test_bundle_lists_the_translations_fonts_and_icons():
    targets = {}
    for source, target in freeze.data_files():
        targets.setdefault(target, set()).add(Path(source).name)
    sources = ROOT / "resources" / "translations"
    assert targets["kam_desktop/resources/translations"] == {
        name for ts in sources.glob("*.ts") for name in (ts.name, ts.with_suffix(".qm").name)}
    assert "DejaVuSans.ttf" in targets["kam_desktop/resources/fonts"]
    assert "LICENSE_DEJAVU" in targets["kam_desktop/resources/fonts"]
    assert {f"kam-desktop-{size}.png" for size in HICOLOR_SIZES} <= \
        targets["kam_desktop/resources/icons"]
    assert targets["kam_desktop/resources/demo"] == {"words.json"}
    assert targets["kam_desktop/resources/passphrase"] == {"eff_short_wordlist.txt",
                                                          "LICENSE_EFF", "ru_common.txt"}
    assert targets["kam_desktop/resources/guide"] == {"guide.en.html", "guide.ru.html"}


def test_bundle_refuses_uncompiled_translations(tmp_path):
    translations = tmp_path / "resources" / "translations"
    translations.mkdir(parents=True)
    (translations / "kam_desktop_ru.ts").write_text("<TS/>")
    (translations / "kam_desktop_en.ts").write_text("<TS/>")
    (translations / "kam_desktop_en.qm").write_bytes(b"qm")
    with pytest.raises(FileNotFoundError, match="compile the translations"):
        freeze.data_files(ROOT / "kam_desktop", tmp_path / "resources")


def test_spec_is_python_and_uses_the_shared_lists():
    spec = (INSTALLERS / "kam-desktop.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    for name in ("freeze.data_files(", "freeze.HIDDEN_IMPORTS", "freeze.EXCLUDES",
                 'copy_metadata("kam-desktop")', "freeze.APP_ID", "COLLECT(", "BUNDLE("):
        assert name in spec, name


def test_hidden_imports_cover_what_the_migration_files_import():
    migrations = ROOT / "kam_desktop" / "store" / "migrations"
    imported = set()
    for script in [migrations / "env.py", *(migrations / "versions").glob("*.py")]:
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "alembic":
                imported |= {f"alembic.{alias.name}" for alias in node.names}
    assert imported and imported <= set(freeze.HIDDEN_IMPORTS)


def test_hidden_imports_cover_the_formats_the_charts_are_saved_in():
    """matplotlib imports the backend of a ``savefig`` format by name at run time, where
    PyInstaller cannot see it (the frozen build once failed on the first vector chart)."""
    charts = (ROOT / "kam_desktop" / "reports" / "charts.py").read_text(encoding="utf-8")
    formats = set(re.findall(r'savefig\([^)]*format="(\w+)"', charts))
    assert formats
    for name in formats:
        backend = f"matplotlib.backends.backend_{'agg' if name == 'png' else name}"
        assert backend in freeze.HIDDEN_IMPORTS or f"from {backend} import" in charts


def test_pruning_drops_plugins_and_the_libraries_only_they_need():
    linked = {
        "/src/libqgtk3.so": {"libgtk-3.so.0", "libglib-2.0.so.0"},
        "/src/libgtk-3.so.0": {"libgdk-3.so.0", "libglib-2.0.so.0"},
        "/src/libgdk-3.so.0": set(),
        "/src/libqxcb.so": {"libglib-2.0.so.0"},
        "/src/libglib-2.0.so.0": set(),
        "/src/ext.so": {"libgdk-3.so.0"},
    }
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libgdk-3.so.0", "/src/libgdk-3.so.0", "BINARY"),
        ("libglib-2.0.so.0", "/src/libglib-2.0.so.0", "BINARY"),
    ]
    kept = freeze.prune_binaries(binaries, ["platformthemes/libqgtk3.so"], linked.get)
    assert [e[0] for e in kept] == ["PySide6/Qt/plugins/platforms/libqxcb.so",
                                   "libglib-2.0.so.0"]
    # a library another kept binary links to stays
    with_ext = [*binaries, ("pkg/ext.so", "/src/ext.so", "EXTENSION")]
    kept = freeze.prune_binaries(with_ext, ["platformthemes/libqgtk3.so"], linked.get)
    assert "libgdk-3.so.0" in [e[0] for e in kept]
    assert "libgtk-3.so.0" not in [e[0] for e in kept]


def test_links_to_removed_libraries_go_and_only_our_languages_of_qt_stay():
    datas = [("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
             ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
             ("kam_desktop/resources/fonts/DejaVuSans.ttf", "/src/DejaVuSans.ttf", "DATA")]
    kept = freeze.without_symlinks_to(datas, {"PySide6/Qt/lib/libQt6Network.so.6"})
    assert [e[0] for e in kept] == ["libQt6Core.so.6",
                                   "kam_desktop/resources/fonts/DejaVuSans.ttf"]
    languages = freeze.languages()
    assert languages == ["en", "ru"]
    wanted = freeze.wanted_qt_translation
    assert wanted("PySide6/Qt/translations/qtbase_ru.qm", languages)
    assert not wanted("PySide6/Qt/translations/qtbase_de.qm", languages)
    assert not wanted("PySide6\\Qt\\translations\\qt_help_fr.qm", languages)
    assert wanted("kam_desktop/resources/translations/kam_desktop_ru.qm", ["de"])


# --- one id, one bundle type, one version -------------------------------------------

def test_one_application_id_everywhere():
    assert freeze.APP_ID == APP_ID
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    component = metainfo()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"
    assert f'setDesktopFileName("{APP_ID}")' in \
        (ROOT / "kam_desktop" / "ui" / "app.py").read_text(encoding="utf-8")
    for script in ("install.sh", "uninstall.sh", "desktop-files.sh", "validate.sh",
                   "smoke-test.sh", "deb-test.sh"):
        assert f"APP_ID={APP_ID}\n" in (LINUX / script).read_text(encoding="utf-8"), script


def test_one_sync_bundle_type_everywhere():
    extension, mime_type = freeze.BUNDLE_EXTENSION, freeze.BUNDLE_MIME_TYPE
    assert launcher.BUNDLE_EXTENSION == extension
    assert desktop_entry()["Desktop Entry"]["MimeType"] == f"{mime_type};"
    assert [m.text for m in metainfo().find("provides").iter("mediatype")] == [mime_type]
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == mime_type
    assert mime.find("m:glob", ns).get("pattern") == f"*{extension}"
    info = plistlib.loads((INSTALLERS / "macos" / "Info.plist").read_bytes())
    declared = info["UTExportedTypeDeclarations"][0]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == [extension[1:]]
    assert declared["UTTypeTagSpecification"]["public.mime-type"] == [mime_type]
    assert info["CFBundleDocumentTypes"][0]["LSItemContentTypes"] == \
        [declared["UTTypeIdentifier"]]
    iss = (INSTALLERS / "windows" / "kam-desktop.iss").read_text(encoding="utf-8")
    assert f'#define BundleExt "{extension}"' in iss


def test_one_version_everywhere():
    version = pyproject_version()
    assert freeze.version() == version
    assert kam_desktop.__version__ == version
    releases = [r.get("version") for r in metainfo().find("releases").iter("release")]
    assert releases[0] == version
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d[^\]]*)\] - \d{4}-\d\d-\d\d$", changelog, re.MULTILINE)
    assert released and released[0] == version
    info = plistlib.loads((INSTALLERS / "macos" / "Info.plist").read_bytes())
    assert not {"CFBundleShortVersionString", "CFBundleVersion"} & info.keys()


def test_macos_settings():
    info = plistlib.loads((INSTALLERS / "macos" / "Info.plist").read_bytes())
    assert info["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", info["LSMinimumSystemVersion"])
    assert info["CFBundleDocumentTypes"][0]["CFBundleTypeIconFile"] == "kam-desktop.icns"


def test_windows_installer_is_per_user_and_keeps_data_unless_asked():
    iss = (INSTALLERS / "windows" / "kam-desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "ChangesAssociations=yes" in iss
    assert "{autoprograms}" in iss
    code = iss[iss.index("[Code]"):]
    assert "UninstallSilent" in code and "MB_DEFBUTTON2" in code and "IDYES" in code


# --- the icon ---------------------------------------------------------------------

def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    return struct.unpack(">II", data[16:24])


def test_icon_in_every_hicolor_size():
    icons = ROOT / "resources" / "icons"
    for size in HICOLOR_SIZES:
        assert png_size(icons / f"kam-desktop-{size}.png") == (size, size)
    svg = ET.parse(INSTALLERS / "icons" / "kam-desktop.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"
    assert (icons / "kam-desktop.svg").read_bytes() == \
        (INSTALLERS / "icons" / "kam-desktop.svg").read_bytes()


def test_windows_and_macos_icons():
    ico = (INSTALLERS / "icons" / "kam-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    icns = (INSTALLERS / "icons" / "kam-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, offset = set(), 8
    while offset < len(icns):
        kind, length = struct.unpack(">4sI", icns[offset:offset + 8])
        kinds.add(kind)
        offset += length
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds  # 128, 256, 512, 512@2x


# --- the launcher of the frozen build, run from source -----------------------------

def test_frozen_builds_keep_matplotlib_cache_in_the_users_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("MPLCONFIGDIR", "/tmp/pyinstaller-temporary")
    launcher.keep_matplotlib_cache()
    cache = platformdirs.user_cache_dir("KAM Desktop", appauthor=False)
    assert os.environ["MPLCONFIGDIR"] == os.path.join(cache, "matplotlib")
    if sys.platform.startswith("linux"):
        assert cache == str(tmp_path / "KAM Desktop")


def test_launcher_smoke_test_opens_the_window_and_exits(tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                   "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "XDG_DATA_HOME": str(tmp_path / "data"), "LANG": "en_US.UTF-8",
                   "LC_ALL": "", "LANGUAGE": ""}
    result = subprocess.run(
        [sys.executable, str(INSTALLERS / "launcher.py"), "--smoke-test",
         "--db", str(tmp_path / "portfolio.sqlite3")],
        env=environment, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "shown after" in result.stdout and "&File" in result.stdout
    assert "icon sizes: [16, 24, 32, 48, 64, 128, 256, 512]" in result.stdout


def test_the_committed_translations_are_compiled_from_their_sources(tmp_path):
    """The .qm files are committed, so that a wheel or sdist built from any checkout
    speaks Russian; they must be what their .ts sources compile to."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert sources
    for ts in sources:
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True,
                       timeout=120)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
            f"{ts.name} changed: compile it with pyside6-lrelease and commit the .qm"


INSTALLED_SPEAKS_RUSSIAN = """
import sys
from pathlib import Path
import kam_desktop
assert Path(kam_desktop.__file__).is_relative_to(sys.argv[1]), kam_desktop.__file__
from PySide6.QtCore import QCoreApplication
from kam_desktop.resources import RESOURCES
from kam_desktop.ui.app import install_translators
app = QCoreApplication([])
assert install_translators(app, "ru")
print(QCoreApplication.translate("labels", "Sleeping: wake it up"))
print((RESOURCES / "demo" / "words.json").is_file())
print((RESOURCES / "passphrase" / "eff_short_wordlist.txt").is_file())
"""


def test_an_installed_wheel_speaks_russian_and_carries_its_data(tmp_path):
    dist, site = tmp_path / "dist", tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(dist), str(ROOT)], check=True, capture_output=True,
                   timeout=300)
    (wheel,) = dist.glob("kam_desktop-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(site), str(wheel)], check=True, capture_output=True, timeout=300)
    result = subprocess.run(
        [sys.executable, "-c", INSTALLED_SPEAKS_RUSSIAN, str(site)], capture_output=True,
        text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Спящий:", "разбудить", "True", "True"]


def _setup_qt_libraries() -> set[str]:
    script = (ROOT / "scripts" / "setup.sh").read_text()
    listed = re.search(r"QT_LIBS=\(([^)]*)\)", script).group(1)
    return set(listed.split())


def test_the_deb_installs_under_opt_and_depends_on_what_qt_needs(tmp_path):
    """build-deb.sh run on a stand-in application folder: the package's files, and its
    Depends naming every system library scripts/setup.sh installs for Qt."""
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb is not installed")
    app = tmp_path / "kam-desktop"
    (app / "_internal").mkdir(parents=True)
    (app / "kam-desktop").write_text("#!/bin/sh\necho stand-in\n")
    (app / "kam-desktop").chmod(0o755)
    subprocess.run(["bash", str(LINUX / "build-deb.sh"), str(app), str(tmp_path / "out")],
                   check=True, capture_output=True, text=True)
    [deb] = (tmp_path / "out").glob("kam-desktop_*.deb")
    assert deb.name.startswith(f"kam-desktop_{pyproject_version()}_")

    info = subprocess.run(["dpkg-deb", "--field", str(deb)], check=True,
                          capture_output=True, text=True).stdout
    fields = dict(re.findall(r"^(\S+): (.*(?:\n .*)*)", info, re.M))
    assert fields["Package"] == "kam-desktop"
    assert fields["Version"] == pyproject_version()
    depends = {alternative.strip().split()[0]
               for clause in fields["Depends"].split(",") for alternative in clause.split("|")}
    assert _setup_qt_libraries() <= depends

    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], check=True,
                              capture_output=True, text=True).stdout
    for path in ("./opt/kam-desktop/kam-desktop", "./usr/bin/kam-desktop -> "
                 "/opt/kam-desktop/kam-desktop", f"./usr/share/applications/{APP_ID}.desktop",
                 f"./usr/share/mime/packages/{APP_ID}.xml",
                 f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
                 "./usr/share/doc/kam-desktop/copyright"):
        assert path in contents
    assert "root/root" in contents
    assert not re.search(r"^\S+ (?!root/root)\S+/\S+ ", contents, re.M), "files not owned by root"


def test_the_hosted_workflow_builds_and_smoke_tests_on_every_system():
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text()
    jobs = re.split(r"^  (\w+):\n", workflow.split("\njobs:\n", 1)[1], flags=re.M)[1:]
    steps = dict(zip(jobs[::2], jobs[1::2]))
    assert set(steps) == {"linux", "windows", "macos"}
    assert "smoke-test.sh" in steps["linux"] and "deb-test.sh" in steps["linux"]
    assert "--smoke-test" in steps["windows"] and "kam-desktop.iss" in steps["windows"]
    assert "make-dmg.sh" in steps["macos"] and "--smoke-test" in steps["macos"]
    for script in re.findall(r"bash (installers/\S+\.sh)", workflow):
        assert (ROOT / script).is_file(), script
    assert "UNTESTED" in workflow
