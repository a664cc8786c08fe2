"""The command line speaks the user's language: Russian when the locale is Russian,
English otherwise, and whichever ``--lang`` names."""
from __future__ import annotations

from pathlib import Path

from kam_desktop.cli.language import from_locale


def _bad_import(cli, db_path: Path, tmp_path: Path, *options: str, env: dict):
    broken = tmp_path / "accounts.json"
    broken.write_text('{"format": "kam-desktop-accounts", "version": 1, "accounts": []}',
                      encoding="utf-8")
    return cli(*options, "import", str(broken), db=db_path, env=env)


def test_a_russian_locale_gets_russian_messages(cli, db_path: Path, tmp_path: Path) -> None:
    result = _bad_import(cli, db_path, tmp_path, env={"LANG": "ru_RU.UTF-8"})
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("kam-desktop: ошибка: ")
    # the refusal, and the description of the value inside it, both in Russian
    assert result.stderr.endswith("найдено: текст 'kam-desktop-accounts' — это не файл "
                                  "клиентов KAM Desktop\n")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_lang_en_overrides_the_locale(cli, db_path: Path, tmp_path: Path) -> None:
    result = _bad_import(cli, db_path, tmp_path, "--lang", "en", env={"LANG": "ru_RU.UTF-8"})
    assert result.returncode == 2
    assert result.stderr.startswith("kam-desktop: error: ")
    assert result.stderr.endswith("found the text 'kam-desktop-accounts': this is not a KAM "
                                  "Desktop accounts file\n")


def test_lang_ru_in_an_english_locale(cli, db_path: Path) -> None:
    result = cli("--lang", "ru", "export-table", "portfolio", "-o", "table.txt", db=db_path)
    assert result.returncode == 2
    assert result.stderr == ("kam-desktop: ошибка: table.txt: имя файла должно оканчиваться "
                             "на .csv или .xlsx\n")
    done = cli("--lang", "ru", "backup", db=db_path)
    assert done.returncode == 0 and done.stdout.startswith("Резервная копия записана: ")


def test_the_locale_variables_decide_in_their_order() -> None:
    assert from_locale({"LANG": "ru_RU.UTF-8"}) == "ru"
    assert from_locale({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}) == "en"
    assert from_locale({"LANG": "en_US.UTF-8", "LC_ALL": "ru_RU.UTF-8"}) == "ru"
    assert from_locale({"LC_ALL": "", "LANG": "ru_RU"}) == "ru"
    assert from_locale({"LANG": "C.UTF-8"}) == from_locale({}) == "en"
