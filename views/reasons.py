"""Why a pair was proposed, in plain Dutch (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.mediators.pairing import Reason

translate = QCoreApplication.translate


def reason_text(reason: Reason) -> str:
    texts = {
        "no_open_cases": translate("Reasons", "%1 heeft nu geen open zaken"),
        "almost_full": translate("Reasons", "%1 zit bijna aan het maximum aantal zaken"),
        "near": translate("Reasons", "%1 woont dichtbij"),
        "far": translate("Reasons", "%1 woont ver weg"),
        "experience_mix": translate("Reasons", "een ervaren en een nieuwere bemiddelaar"),
        "both_experienced": translate("Reasons", "allebei ervaren"),
        "both_new": translate("Reasons", "allebei nog nieuw"),
        "speaks_language": translate("Reasons", "spreekt %1"),
        "language_missing": translate("Reasons", "niemand spreekt %1"),
        "gender_mix": translate("Reasons", "een man en een vrouw"),
        "common_slots": translate("Reasons", "%1 gezamenlijke vrije dagdelen"),
        "one_common_slot": translate("Reasons", "maar één gezamenlijk vrij dagdeel"),
        "worked_together": translate("Reasons", "werkten al %1 keer samen"),
    }
    from desktop.mediators.unplanned import TEXTS as WHY_NOT

    text = texts.get(reason.code) or translate("Reasons", WHY_NOT.get(reason.code, reason.code))
    detail = reason.detail
    if reason.code in ("speaks_language", "language_missing"):
        detail = detail.capitalize()  # languages are compared folded: "turks" -> "Turks"
    return text.replace("%1", detail)


def split_reasons(reasons) -> tuple[str, str]:
    good = [reason_text(r) for r in reasons if r.positive]
    less = [reason_text(r) for r in reasons if not r.positive]
    return "; ".join(good), "; ".join(less)
