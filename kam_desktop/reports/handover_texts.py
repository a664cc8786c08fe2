"""The words of the hand-over pack, per report language, added to those of the internal
reports."""
from __future__ import annotations

from kam_desktop.domain.glossary import check_language
from kam_desktop.reports.internal_texts import internal_texts

HANDOVER_TEXTS: dict[str, dict[str, str]] = {
    "ru": {
        "handover.title": "Передача клиента",
        "handover.subtitle": "Досье для менеджера, который принимает клиента",
        "handover.receiver": "Принимает",
        "handover.from": "Передаёт",
        "handover.date": "Дата передачи",
        "handover.note": "Комментарий",
        "handover.history": "Передачи клиента",
        "handover.none": "Клиента ещё не передавали.",
        "col.from": "От кого",
        "col.to": "Кому",
        "col.note": "Комментарий",
        "col.level": "Уровень",
        "purchases.title": "История закупок",
        "purchases.deals": "Сделок всего",
        "purchases.total": "Сумма сделок",
        "purchases.average": "Средняя сделка",
        "purchases.first": "Первая сделка",
        "purchases.last": "Последняя сделка",
        "purchases.interval": "Дней между закупками в среднем",
        "purchases.year": "Сделок за последние 12 месяцев",
        "purchases.empty": "Сделок не записано.",
        "team.title": "Команда по клиенту",
        "team.empty": "В команде по клиенту пока никого нет.",
        "gaps.title": "Чего не хватает в досье",
        "gaps.text": "Заполнено {filled} из {parts} разделов, которые требует методика. "
                     "Не хватает:",
        "gaps.none": "В досье есть всё, что требует методика.",
        "handover.personal.title": "Личные сведения о контактах",
        "handover.personal.empty": "Личных сведений о контактах нет.",
        "handover.personal.left_out": "{receiver} не входит в команду по клиенту, поэтому "
                                      "личные сведения о контактах в пакет не включены.",
        "part.profile": "юридическое название или ИНН, отрасль, регион",
        "part.motivation": "сегмент мотивации",
        "part.potential": "потенциал закупок",
        "part.leader": "лидер на карте ролей",
        "part.specifier": "спецификатор на карте ролей",
        "part.team": "наша команда по клиенту",
        "part.ladder": "свежая оценка по лестнице поставщика",
        "part.plan": "цели плана развития",
        "part.value": "ценность, переданная в этом году",
        "part.next_step": "открытый следующий шаг",
    },
    "en": {
        "handover.title": "Hand-over pack",
        "handover.subtitle": "The dossier for the manager taking the account on",
        "handover.receiver": "Taken on by",
        "handover.from": "Handed over by",
        "handover.date": "Hand-over date",
        "handover.note": "Note",
        "handover.history": "Hand-overs so far",
        "handover.none": "The account has not been handed over before.",
        "col.from": "From",
        "col.to": "To",
        "col.note": "Note",
        "col.level": "Level",
        "purchases.title": "Purchase history",
        "purchases.deals": "Deals in all",
        "purchases.total": "Total of the deals",
        "purchases.average": "Average deal",
        "purchases.first": "First deal",
        "purchases.last": "Last deal",
        "purchases.interval": "Mean days between purchases",
        "purchases.year": "Deals in the last 12 months",
        "purchases.empty": "No deals recorded.",
        "team.title": "Account team",
        "team.empty": "Nobody is on the account team yet.",
        "gaps.title": "What the dossier still lacks",
        "gaps.text": "{filled} of the {parts} parts the method asks for are filled in. "
                     "Missing:",
        "gaps.none": "The dossier holds every part the method asks for.",
        "handover.personal.title": "Personal notes on the contacts",
        "handover.personal.empty": "There are no personal notes on the contacts.",
        "handover.personal.left_out": "{receiver} is not on the account team, so the "
                                      "contacts' personal notes are left out of this pack.",
        "part.profile": "legal name or INN, industry, region",
        "part.motivation": "motivation segment",
        "part.potential": "purchase potential",
        "part.leader": "a leader on the role map",
        "part.specifier": "a specifier on the role map",
        "part.team": "our account team",
        "part.ladder": "a recent supplier-ladder assessment",
        "part.plan": "development plan goals",
        "part.value": "value delivered this year",
        "part.next_step": "an open next step",
    },
}


def handover_texts(language: str) -> dict[str, str]:
    """The words of the internal reports, with those of the hand-over pack added."""
    return internal_texts(language) | HANDOVER_TEXTS[check_language(language)]
