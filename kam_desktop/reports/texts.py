"""The words of the value dossier, per report language (chosen per report, not from
the UI), and the plural forms they need. The internal reports add theirs
(internal_texts.py); the names of the domain's values and the shared terms (column
titles) come from the glossary (kam_desktop.domain.glossary).

Russian is the language of most clients; English must read equally well.
"""
from __future__ import annotations

from kam_desktop.domain.glossary import check_language, term

#: the report's words that are shared terms of the glossary: key -> the glossary's term
SHARED = {
    "col.kind": "kind_of_work", "col.benefit": "client_benefit",
    "summary.benefit": "client_benefit", "chart.benefit": "client_benefit",
    "col.cost": "our_cost", "summary.cost": "our_cost", "chart.cost": "our_cost",
    "summary.ratio": "benefit_to_purchases",
}

TEXTS: dict[str, dict[str, str]] = {
    "ru": {
        "page": "Стр. {page} из {pages}",
        "dossier.title": "Стоимостное досье",
        "dossier.subtitle": "Ценность, созданная для клиента сверх поставок",
        "cover.client": "Клиент",
        "cover.legal": "Юридическое лицо",
        "cover.supplier": "Поставщик",
        "cover.manager": "Ваш менеджер",
        "cover.contacts": "Контакты",
        "cover.period": "Период",
        "cover.date": "Дата составления",
        "cover.departments": "Подразделения",
        "cover.intro": "В досье собрано всё, что мы сделали для вашей компании сверх "
                       "самой поставки: обучение, консультации, испытания, резервный запас, "
                       "решённые проблемы и другие услуги, с их оценкой в деньгах.",
        "period.all": "весь период сотрудничества",
        "period.from": "с {date}",
        "period.to": "по {date}",
        "summary.title": "Итоги",
        "summary.benefit.note": "оценка в деньгах всех записей периода",
        "summary.cost.note": "что эти услуги стоили нам",
        "summary.ratio.note": "выгода клиента в процентах от его закупок у нас: {amount} "
                              "за {periods}",
        "summary.ratio.part": "{period} ({inside} из {days} дн.)",
        "summary.ratio.none": "нет данных о закупках",
        "summary.ratio.departments": "не рассчитывается для отдельных подразделений: "
                                     "закупки у нас — по всей компании",
        "summary.acknowledged": "Подтверждено клиентом",
        "summary.acknowledged.value": "{ack} из {count}",
        "summary.acknowledged.note": "записей, выгоду по которым клиент подтвердил",
        "summary.text": "За период мы выполнили для клиента {count} {entries}. "
                        "Наибольшую выгоду принесли направления: {kinds}.",
        "summary.top": "Самые значимые результаты",
        "summary.empty": "За выбранный период записей о созданной ценности нет.",
        "summary.cut": "(текст сокращён: ещё {count} {characters}; полностью — "
                       "в разделе «Все записи»)",
        "characters.one": "знак",
        "characters.few": "знака",
        "characters.many": "знаков",
        "entries.one": "работу",
        "entries.few": "работы",
        "entries.many": "работ",
        "kind.title": "Ценность по видам работ",
        "year.title": "Ценность по годам",
        "department.title": "Ценность по подразделениям клиента",
        "department.none": "Без подразделения",
        "col.year": "Год",
        "col.department": "Подразделение",
        "col.count": "Записей",
        "col.share": "Доля",
        "col.date": "Дата",
        "col.entry": "Содержание",
        "col.statistic": "Показатель",
        "col.period": "Период",
        "col.value": "Значение",
        "col.event": "Событие",
        "unit.million": "млн {currency}",
        "unit.thousand": "тыс. {currency}",
        "statistics.title": "Показатели нашей работы",
        "statistics.intro": "Цифры, по которым можно сравнить нас с любым другим поставщиком.",
        "statistics.empty": "Показатели за период не записаны.",
        "history.title": "История отношений",
        "history.empty": "За период нет событий в истории отношений.",
        "history.level": "Уровень отношений: «{level}»",
        "history.first_level": "Первая оценка отношений: «{level}»",
        "history.best": "Главный результат {year} года: {title}",
        "history.special": "Особый случай: {title}",
        "list.title": "Все записи",
        "list.ack_note": "✓ — выгода подтверждена клиентом.",
        "closing.title": "Что будет означать смена поставщика",
        "closing.intro": "Сменив поставщика, компания потеряет гораздо больше, чем сам товар: "
                         "всё, что выстроено за годы работы, новому поставщику пришлось бы "
                         "создавать заново.",
        "closing.barriers": "Что пришлось бы перестраивать",
        "closing.barriers.empty": "Общих систем и договорённостей, которые пришлось бы "
                                  "перестраивать, не записано.",
        "col.since": "Действует с",
        "col.barrier": "Что связывает наши компании",
        "closing.acknowledged": "Выгода, подтверждённая клиентом, по годам",
        "closing.acknowledged.note": "Подтверждённая выгода — та часть выгоды клиента за год, "
                                     "которую клиент признал сам (записи с ✓).",
        "col.acknowledged_count": "Подтверждено записей",
        "col.acknowledged_benefit": "Подтверждённая выгода",
        "col.year_benefit": "Вся выгода за год",
        "closing.services": "Что новому поставщику пришлось бы повторить",
        "closing.services.intro": "Работы, которые мы выполнили для клиента за период, "
                                  "по видам.",
        "closing.services.more": "и ещё {count} {entries}",
        "col.services": "Что сделано",
        "total": "Итого",
    },
    "en": {
        "page": "Page {page} of {pages}",
        "dossier.title": "Value dossier",
        "dossier.subtitle": "The value delivered to the client beyond the product",
        "cover.client": "Client",
        "cover.legal": "Legal entity",
        "cover.supplier": "Supplier",
        "cover.manager": "Your account manager",
        "cover.contacts": "Contacts",
        "cover.period": "Period",
        "cover.date": "Prepared on",
        "cover.departments": "Departments",
        "cover.intro": "This dossier gathers everything we did for your company beyond the "
                       "delivery itself: training, consulting, testing, reserve stock, "
                       "problems solved and other services, each valued in money.",
        "period.all": "the whole relationship",
        "period.from": "from {date}",
        "period.to": "until {date}",
        "summary.title": "Summary",
        "summary.benefit.note": "money value of all entries in the period",
        "summary.cost.note": "what these services cost us",
        "summary.ratio.note": "client benefit as a share of its purchases from us: {amount} "
                              "for {periods}",
        "summary.ratio.part": "{period} ({inside} of {days} days)",
        "summary.ratio.none": "no purchase figures",
        "summary.ratio.departments": "not given for a selection of departments: the purchases "
                                     "from us are the whole company's",
        "summary.acknowledged": "Acknowledged by the client",
        "summary.acknowledged.value": "{ack} of {count}",
        "summary.acknowledged.note": "entries whose benefit the client has confirmed",
        "summary.text": "In the period we delivered {count} {entries} to the client. "
                        "The largest benefit came from: {kinds}.",
        "summary.top": "The most significant results",
        "summary.empty": "There are no value entries in the selected period.",
        "summary.cut": "(text cut: {count} more {characters}; the full text is under "
                       "“All entries”)",
        "characters.one": "character",
        "characters.few": "characters",
        "characters.many": "characters",
        "entries.one": "piece of work",
        "entries.few": "pieces of work",
        "entries.many": "pieces of work",
        "kind.title": "Value by kind of work",
        "year.title": "Value by year",
        "department.title": "Value by the client's department",
        "department.none": "No department",
        "col.year": "Year",
        "col.department": "Department",
        "col.count": "Entries",
        "col.share": "Share",
        "col.date": "Date",
        "col.entry": "What was done",
        "col.statistic": "Measure",
        "col.period": "Period",
        "col.value": "Value",
        "col.event": "Event",
        "unit.million": "{currency} million",
        "unit.thousand": "{currency} thousand",
        "statistics.title": "Our performance",
        "statistics.intro": "Figures to compare us with any other supplier.",
        "statistics.empty": "No performance figures are recorded for the period.",
        "history.title": "Relationship history",
        "history.empty": "No relationship events in the period.",
        "history.level": "Relationship level: “{level}”",
        "history.first_level": "First assessment of the relationship: “{level}”",
        "history.best": "Main result of {year}: {title}",
        "history.special": "Special event: {title}",
        "list.title": "All entries",
        "list.ack_note": "✓ — the client has confirmed the benefit.",
        "closing.title": "What changing supplier would mean",
        "closing.intro": "By changing supplier the client would lose much more than the "
                         "product: everything built up over the years of working together "
                         "would have to be built again by a new supplier.",
        "closing.barriers": "What would have to be rebuilt",
        "closing.barriers.empty": "No shared systems or arrangements that would have to be "
                                  "rebuilt are recorded.",
        "col.since": "In place since",
        "col.barrier": "What ties our companies together",
        "closing.acknowledged": "Benefits acknowledged by the client, per year",
        "closing.acknowledged.note": "The acknowledged benefit is the part of the year's client "
                                     "benefit the client has confirmed itself (entries "
                                     "with ✓).",
        "col.acknowledged_count": "Entries acknowledged",
        "col.acknowledged_benefit": "Benefit acknowledged",
        "col.year_benefit": "All benefit of the year",
        "closing.services": "What a new supplier would have to match",
        "closing.services.intro": "The work we did for the client in the period, by kind.",
        "closing.services.more": "and {count} more {entries}",
        "col.services": "What was done",
        "total": "Total",
    },
}


def texts(language: str) -> dict[str, str]:
    return TEXTS[check_language(language)] | shared_terms(language, SHARED)


def shared_terms(language: str, keys: dict[str, str]) -> dict[str, str]:
    """The glossary's terms under the report's own keys."""
    return {key: term(language, name) for key, name in keys.items()}


def plural(language: str, count: int, key: str) -> str:
    """The form of ``key`` (``key.one|few|many``) that agrees with ``count``."""
    table = texts(language)
    if language == "en":
        return table[f"{key}.one" if count == 1 else f"{key}.many"]
    if count % 10 == 1 and count % 100 != 11:
        return table[f"{key}.one"]
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return table[f"{key}.few"]
    return table[f"{key}.many"]
