"""User-facing, translated names of the domain's enum values."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

def category_label(value: str) -> str:
    return {
        "key": QCoreApplication.translate("labels", "Key"),
        "developing": QCoreApplication.translate("labels", "Developing key"),
        "maintained": QCoreApplication.translate("labels", "Maintained"),
        "occasional": QCoreApplication.translate("labels", "Occasional"),
    }[value]

def lifecycle_label(value: str) -> str:
    return {
        "prospect": QCoreApplication.translate("labels", "Prospect"),
        "developing": QCoreApplication.translate("labels", "Developing"),
        "key": QCoreApplication.translate("labels", "Key account"),
        "maintained": QCoreApplication.translate("labels", "Maintained"),
        "sleeping": QCoreApplication.translate("labels", "Sleeping"),
        "lost": QCoreApplication.translate("labels", "Lost"),
    }[value]
