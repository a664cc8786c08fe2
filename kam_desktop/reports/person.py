"""What we keep about a person, as a readable PDF for the person who asked: one part per
account where we keep them, each with the profile, the role map, the questionnaire and
the consent, the diary and the other texts that name them. Confidential on every page."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kam_desktop.domain import glossary
from kam_desktop.reports.format import Formatter, check_language
from kam_desktop.reports.layout import CONTENT_WIDTH, RULE, data_table, grid, heading, \
    make_styles, write_pdf
from kam_desktop.reports.labels import PERSONAL
from kam_desktop.reports.markup import para

TEXTS: dict[str, dict[str, str]] = {
    "ru": {
        "title": "Сведения о вас, которые мы храним",
        "subtitle": "Выписка по запросу субъекта персональных данных",
        "intro": "Здесь собрано всё, что хранится о вас в нашей программе учёта клиентов: "
                 "карточка контакта, место на карте ролей, анкета, записи дневника и "
                 "другие тексты, где названо ваше имя.",
        "person": "Кому", "made_on": "Дата составления", "accounts": "Компании",
        "page": "Стр. {page} из {pages}", "confidential": "Конфиденциально",
        "account": "В карточке клиента «{account}»",
        "profile": "Карточка контакта",
        "name": "Имя", "position": "Должность", "department": "Подразделение",
        "email": "Эл. почта", "phone": "Телефон", "reports_to": "Подчиняется",
        "confirmed_on": "Подтверждено в должности",
        "left_on": "Ушёл из компании", "left_to": "Перешёл в",
        "rolemap": "Карта ролей",
        "rolemap.note": "Интерес и вовлечённость — наши оценки по шкале от 0 до 10.",
        "col.date": "Дата", "col.interest": "Интерес", "col.involvement": "Вовлечённость",
        "col.role": "Роль", "col.stance": "Отношение к нам", "col.kind": "Вид",
        "col.summary": "Запись", "col.attended": "Участие", "col.where": "Где",
        "col.text": "Текст", "now": "сейчас", "yes": "да", "named": "упомянут(а)",
        "questionnaire": "Анкета",
        "consent": "Согласие: {date}, {how}",
        "consent.unknown": "Дата и способ согласия не записаны.",
        "questionnaire.empty": "Анкета не заполнялась.",
        "diary": "Дневник",
        "diary.empty": "Записей дневника с вашим участием или упоминанием нет.",
        "mentions": "Другие тексты с вашим именем",
        "mirrored": "Наши сотрудники, работающие с вами",
        "none": "—",
        "table.account": "карточка клиента", "table.goal": "цель",
        "table.plan_action": "действие плана", "table.opportunity": "возможность",
        "table.value_entry": "запись о ценности", "table.ladder_assessment": "оценка ступени",
        "table.switching_barrier": "барьер переключения", "table.cooling_reason": "охлаждение",
        "table.map_snapshot": "снимок карты ролей", "table.loss": "потеря клиента",
        "table.win_back_action": "мероприятие по возврату клиента",
        "table.lifecycle_change": "смена стадии клиента", "table.handover": "передача клиента",
    },
    "en": {
        "title": "What we keep about you",
        "subtitle": "Made at the request of the person the data is about",
        "intro": "This is everything our account-management application keeps about you: "
                 "the contact's profile, the place on the role map, the questionnaire, the "
                 "diary entries and the other texts that name you.",
        "person": "For", "made_on": "Made on", "accounts": "Companies",
        "page": "Page {page} of {pages}", "confidential": "Confidential",
        "account": "In the file of {account}",
        "profile": "Contact's profile",
        "name": "Name", "position": "Position", "department": "Department",
        "email": "E-mail", "phone": "Phone", "reports_to": "Reports to",
        "confirmed_on": "Confirmed in post on",
        "left_on": "Left the company on", "left_to": "Moved to",
        "rolemap": "Role map",
        "rolemap.note": "Interest and involvement are our estimates on a scale of 0 to 10.",
        "col.date": "Date", "col.interest": "Interest", "col.involvement": "Involvement",
        "col.role": "Role", "col.stance": "Stance", "col.kind": "Kind",
        "col.summary": "Entry", "col.attended": "Took part", "col.where": "Where",
        "col.text": "Text", "now": "now", "yes": "yes", "named": "named",
        "questionnaire": "Questionnaire",
        "consent": "Consent: {date}, {how}",
        "consent.unknown": "When and how consent was given is not recorded.",
        "questionnaire.empty": "The questionnaire was never filled in.",
        "diary": "Diary",
        "diary.empty": "No diary entry names you or has you taking part.",
        "mentions": "Other texts that name you",
        "mirrored": "Our people who work with you",
        "none": "—",
        "table.account": "account file", "table.goal": "goal",
        "table.plan_action": "plan action", "table.opportunity": "opportunity",
        "table.value_entry": "value entry", "table.ladder_assessment": "ladder assessment",
        "table.switching_barrier": "switching barrier", "table.cooling_reason": "cooling",
        "table.map_snapshot": "role map snapshot", "table.loss": "loss record",
        "table.win_back_action": "win-back action",
        "table.lifecycle_change": "change of the client's stage", "table.handover": "hand-over",
    },
}


def write_person_pdf(path: Path, data, *, language: str = "ru") -> None:
    """Write ``data`` (a services.contact_export.PersonData) to ``path`` in ``language``."""
    document = _Document(data, check_language(language))
    story = document.cover()
    for record in data.records:
        story += document.account(record)
    words = document.words
    write_pdf(path, story, title=words["title"], client=data.name, footer=words["page"],
              notice=words["confidential"])


class _Document:
    def __init__(self, data, language: str) -> None:
        self.data, self.language = data, language
        self.words = TEXTS[language]
        self.fmt = Formatter(language)
        self.styles = make_styles()

    def value(self, value) -> str:
        if value is None:
            return self.words["none"]
        if hasattr(value, "isoformat"):
            return self.fmt.date(value)
        return str(value)

    def facts(self, pairs: list[tuple[str, object]]) -> Flowable:
        return grid([[para(k, self.styles["muted"]), para(v, self.styles["body"])]
                     for k, v in pairs], [55 * mm, CONTENT_WIDTH - 55 * mm], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 0)])

    def cover(self) -> list[Flowable]:
        w, d = self.words, self.data
        return [Spacer(0, 20 * mm), para(w["title"], self.styles["title"]),
                para(w["subtitle"], self.styles["subtitle"]),
                self.facts([(w["person"], d.name), (w["made_on"], self.fmt.date(d.made_on)),
                            (w["accounts"], ", ".join(r.account for r in d.records))]),
                Spacer(0, 6 * mm), para(w["intro"], self.styles["body"])]

    def account(self, record) -> list[Flowable]:
        w = self.words
        story = [heading(w["account"].format(account=record.account), self.styles["h1"]),
                 heading(w["profile"], self.styles["h2"]),
                 self.facts([(w[name], self.value(value))
                             for name, value in record.profile.items()])]
        story += self.role_map(record) + self.questionnaire(record) + self.diary(record)
        if record.mentions:
            story += [heading(w["mentions"], self.styles["h2"])] + data_table(
                [[w["col.where"], w["col.text"]]]
                + [[w[f"table.{m.table}"], m.text] for m in record.mentions],
                [40 * mm, CONTENT_WIDTH - 40 * mm])
        if record.mirrored_by:
            story += [heading(w["mirrored"], self.styles["h2"]),
                      para(", ".join(record.mirrored_by), self.styles["body"])]
        return story

    def role_map(self, record) -> list[Flowable]:
        w, number = self.words, self.fmt.number
        rows = [[w["col.date"], w["col.interest"], w["col.involvement"], w["col.role"],
                 w["col.stance"]]]
        for place in [record.placement, *reversed(record.snapshots)]:
            rows.append([w["now"] if place.date is None else self.fmt.date(place.date),
                         number(place.interest, 1), number(place.involvement, 1),
                         glossary.name(self.language, place.role), glossary.name(self.language, place.stance)])
        return [heading(w["rolemap"], self.styles["h2"]),
                *data_table(rows, [30 * mm, 28 * mm, 32 * mm, 40 * mm,
                                   CONTENT_WIDTH - 130 * mm], align="LRRLL"),
                para(w["rolemap.note"], self.styles["muted"])]

    def questionnaire(self, record) -> list[Flowable]:
        w = self.words
        story = [heading(w["questionnaire"], self.styles["h2"])]
        if record.consent_on is not None or record.consent_how is not None:
            how = glossary.name(self.language, record.consent_how).lower() \
                if record.consent_how else w["none"]  # inside a sentence
            story.append(para(w["consent"].format(date=self.value(record.consent_on), how=how),
                              self.styles["body"], bold=True))
        elif record.questionnaire:
            story.append(para(w["consent.unknown"], self.styles["body"]))
        if not record.questionnaire:
            return story + [para(w["questionnaire.empty"], self.styles["body"])]
        questions = PERSONAL[self.language]
        return story + [self.facts([(questions[name], text)
                                    for name, text in record.questionnaire.items()])]

    def diary(self, record) -> list[Flowable]:
        w = self.words
        story = [heading(w["diary"], self.styles["h2"])]
        if not record.diary:
            return story + [para(w["diary.empty"], self.styles["body"])]
        rows = [[w["col.date"], w["col.kind"], w["col.summary"], w["col.attended"]]]
        rows += [[self.fmt.date(e.date), glossary.name(self.language, e.kind),
                  "\n".join(t for t in (e.summary, e.next_step) if t),
                  w["yes"] if e.attended else w["named"]] for e in record.diary]
        return story + data_table(rows, [22 * mm, 22 * mm, CONTENT_WIDTH - 72 * mm, 28 * mm])
