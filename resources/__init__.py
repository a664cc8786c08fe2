"""Data files of KAM Desktop (fonts, translations, icons, the demo's words, the words of
suggested passphrases), installed as a package."""
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent
