"""One glossary per language: the name of every value of the domain's enumerations and
the shared terms (the titles of the columns the window, the reports and the exports
have in common).

The window (kam_desktop.ui.labels, in the interface's language), the reports, the table
exports, the calendar and the command line all take their words from here, so a client
reading the value dossier and a KAM looking at the window meet the same words; a test
checks that they agree. docs/glossary.md says why the words are these.
"""
from __future__ import annotations

from enum import Enum

from kam_desktop.domain.enums import (
    ActionStatus,
    Category,
    ConsentWay,
    ContactType,
    DiaryKind,
    LadderLevel,
    Lifecycle,
    Motivation,
    OpportunityClass,
    OpportunityStatus,
    Role,
    Stage,
    Stance,
    TeamLevel,
    ValueKind,
)

LANGUAGES = ("ru", "en")


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return language


#: per language and enumeration (the enumerations share values such as "key", so each
#: has its own table), the name of each value as a label: capitalised, as it stands alone
#: in a table cell, a list or a report
NAMES: dict[str, dict[type[Enum], dict[Enum, str]]] = {
    "ru": {
        Category: {Category.KEY: "Ключевой", Category.DEVELOPING: "Развивающийся ключевой",
                   Category.MAINTAINED: "Поддерживаемый",
                   Category.OCCASIONAL: "Эпизодический"},
        Lifecycle: {Lifecycle.PROSPECT: "Потенциальный", Lifecycle.DEVELOPING: "Развивающийся",
                    Lifecycle.KEY: "Ключевой", Lifecycle.MAINTAINED: "Поддерживаемый",
                    Lifecycle.SLEEPING: "Спящий", Lifecycle.LOST: "Потерянный"},
        Motivation: {Motivation.PRICE: "Низкая цена", Motivation.NOVELTY: "Новинки",
                     Motivation.BELONGING: "Причастность",
                     Motivation.STABILITY: "Стабильность"},
        LadderLevel: {LadderLevel.COMMODITY_BROKER: "Поставщик стандартного товара",
                      LadderLevel.PROVIDER: "Провайдер товаров и услуг",
                      LadderLevel.VALUE_ADDER: "Поставщик, добавляющий ценность",
                      LadderLevel.BUSINESS_PARTNER: "Бизнес-партнёр"},
        Role: {Role.LEADER: "Лидер", Role.SPECIFIER: "Спецификатор", Role.ASSISTANT: "Помощник",
               Role.BUTLER: "Дворецкий"},
        ContactType: {ContactType.DECISION_MAKER: "ЛПР — принимает решение",
                      ContactType.INFLUENCER: "ЛВР — влияет на решение",
                      ContactType.USER: "Пользователь"},
        Stance: {Stance.SUPPORTER: "Сторонник", Stance.NEUTRAL: "Нейтрален",
                 Stance.OPPONENT: "Противник"},
        ConsentWay: {ConsentWay.ORALLY: "Устно, при встрече", ConsentWay.IN_WRITING: "Письменно",
                     ConsentWay.BY_EMAIL: "По электронной почте"},
        TeamLevel: {TeamLevel.EXECUTIVE: "Топ-менеджер", TeamLevel.MANAGER: "Менеджер",
                    TeamLevel.SPECIALIST: "Специалист"},
        DiaryKind: {DiaryKind.MEETING: "Встреча", DiaryKind.CALL: "Звонок",
                    DiaryKind.EMAIL: "Письмо", DiaryKind.VISIT: "Визит",
                    DiaryKind.NOTE: "Заметка", DiaryKind.PLAN_REVIEW: "Разбор плана"},
        OpportunityClass: {
            OpportunityClass.GROW_USAGE: "Рост использования наших продуктов",
            OpportunityClass.IMPROVE_SERVICE: "Повышение уровня обслуживания",
            OpportunityClass.EXPAND_BUSINESS: "Расширение бизнеса"},
        OpportunityStatus: {OpportunityStatus.IDEA: "Идея",
                            OpportunityStatus.EVALUATING: "Оценивается",
                            OpportunityStatus.IN_PROGRESS: "В работе",
                            OpportunityStatus.WON: "Реализована",
                            OpportunityStatus.DROPPED: "Отклонена"},
        ActionStatus: {ActionStatus.PLANNED: "Запланировано",
                       ActionStatus.IN_PROGRESS: "В работе", ActionStatus.DONE: "Выполнено",
                       ActionStatus.DROPPED: "Отменено"},
        ValueKind: {
            ValueKind.INVESTMENT: "Инвестиции", ValueKind.TRAINING: "Обучение персонала",
            ValueKind.CONSULTING: "Консультирование", ValueKind.PROTOTYPE: "Прототипы",
            ValueKind.TESTING: "Испытания", ValueKind.RESERVE_STOCK: "Резервный запас",
            ValueKind.TRADE_SAVINGS: "Экономия на торговых операциях",
            ValueKind.AUTOMATION: "Автоматизация", ValueKind.SAMPLES: "Образцы",
            ValueKind.EQUIPMENT: "Оборудование", ValueKind.SPECIAL_SERVICE: "Особые услуги",
            ValueKind.EXPEDITED_DELIVERY: "Ускоренные поставки",
            ValueKind.PROBLEM_SOLVING: "Решение проблем",
            ValueKind.SPECIAL_EVENT: "Особые случаи"},
        Stage: {Stage.SEARCH: "Поиск", Stage.NEED_IDENTIFICATION: "Выявление потребностей",
                Stage.PROJECT_IMPLEMENTATION: "Реализация проекта",
                Stage.SERVICE_PROGRAMMES: "Сервисные программы",
                Stage.REPEAT_SALE: "Повторная продажа"},
    },
    "en": {
        Category: {Category.KEY: "Key", Category.DEVELOPING: "Developing key",
                   Category.MAINTAINED: "Maintained", Category.OCCASIONAL: "Occasional"},
        Lifecycle: {Lifecycle.PROSPECT: "Prospect", Lifecycle.DEVELOPING: "Developing",
                    Lifecycle.KEY: "Key", Lifecycle.MAINTAINED: "Maintained",
                    Lifecycle.SLEEPING: "Sleeping", Lifecycle.LOST: "Lost"},
        Motivation: {Motivation.PRICE: "Lowest price", Motivation.NOVELTY: "Novelty",
                     Motivation.BELONGING: "Belonging", Motivation.STABILITY: "Stability"},
        LadderLevel: {LadderLevel.COMMODITY_BROKER: "Commodity supplier",
                      LadderLevel.PROVIDER: "Provider of goods and services",
                      LadderLevel.VALUE_ADDER: "Value-adding supplier",
                      LadderLevel.BUSINESS_PARTNER: "Business partner"},
        Role: {Role.LEADER: "Leader", Role.SPECIFIER: "Specifier", Role.ASSISTANT: "Assistant",
               Role.BUTLER: "Butler"},
        ContactType: {ContactType.DECISION_MAKER: "Decision maker",
                      ContactType.INFLUENCER: "Influencer", ContactType.USER: "User"},
        Stance: {Stance.SUPPORTER: "Supporter", Stance.NEUTRAL: "Neutral",
                 Stance.OPPONENT: "Opponent"},
        ConsentWay: {ConsentWay.ORALLY: "Orally, at a meeting", ConsentWay.IN_WRITING: "In writing",
                     ConsentWay.BY_EMAIL: "By e-mail"},
        TeamLevel: {TeamLevel.EXECUTIVE: "Executive", TeamLevel.MANAGER: "Manager",
                    TeamLevel.SPECIALIST: "Specialist"},
        DiaryKind: {DiaryKind.MEETING: "Meeting", DiaryKind.CALL: "Call",
                    DiaryKind.EMAIL: "E-mail", DiaryKind.VISIT: "Visit", DiaryKind.NOTE: "Note",
                    DiaryKind.PLAN_REVIEW: "Plan review"},
        OpportunityClass: {OpportunityClass.GROW_USAGE: "Grow usage of our products",
                           OpportunityClass.IMPROVE_SERVICE: "Improve the service level",
                           OpportunityClass.EXPAND_BUSINESS: "Expand the business"},
        OpportunityStatus: {OpportunityStatus.IDEA: "Idea",
                            OpportunityStatus.EVALUATING: "Evaluating",
                            OpportunityStatus.IN_PROGRESS: "In progress",
                            OpportunityStatus.WON: "Won", OpportunityStatus.DROPPED: "Rejected"},
        ActionStatus: {ActionStatus.PLANNED: "Planned", ActionStatus.IN_PROGRESS: "In progress",
                       ActionStatus.DONE: "Done", ActionStatus.DROPPED: "Dropped"},
        ValueKind: {
            ValueKind.INVESTMENT: "Investment", ValueKind.TRAINING: "Staff training",
            ValueKind.CONSULTING: "Consulting", ValueKind.PROTOTYPE: "Prototypes",
            ValueKind.TESTING: "Testing", ValueKind.RESERVE_STOCK: "Reserve stock",
            ValueKind.TRADE_SAVINGS: "Savings on trade operations",
            ValueKind.AUTOMATION: "Automation", ValueKind.SAMPLES: "Samples",
            ValueKind.EQUIPMENT: "Equipment", ValueKind.SPECIAL_SERVICE: "Special services",
            ValueKind.EXPEDITED_DELIVERY: "Expedited deliveries",
            ValueKind.PROBLEM_SOLVING: "Problem solving",
            ValueKind.SPECIAL_EVENT: "Special events"},
        Stage: {Stage.SEARCH: "Search", Stage.NEED_IDENTIFICATION: "Need identification",
                Stage.PROJECT_IMPLEMENTATION: "Project implementation",
                Stage.SERVICE_PROGRAMMES: "Service programmes",
                Stage.REPEAT_SALE: "Repeat sale"},
    },
}

#: the shared terms: titles of the columns (and figures) that the window, the reports and
#: the exports have in common
TERMS: dict[str, dict[str, str]] = {
    "ru": {
        "account": "Клиент", "category": "Категория", "stage": "Стадия", "abc": "ABC",
        "potential": "Потенциал", "share_of_wallet": "Доля в закупках",
        "ladder": "Лестница поставщиков", "rung": "Ступень",
        "value_this_year": "Ценность за год",
        "next_step": "Следующий шаг", "due": "Срок", "silent_days": "Без контакта, дн.",
        "owner": "Ответственный", "motivation": "Мотивация", "role": "Роль",
        "stance": "Отношение к нам", "status": "Статус", "kind_of_work": "Вид работ",
        "client_benefit": "Выгода клиента", "our_cost": "Наши затраты",
        "benefit_to_purchases": "Выгода к объёму закупок", "contacts": "Контакты",
    },
    "en": {
        "account": "Account", "category": "Category", "stage": "Stage", "abc": "ABC",
        "potential": "Potential", "share_of_wallet": "Share of wallet",
        "ladder": "Supplier ladder", "rung": "Rung", "value_this_year": "Value this year",
        "next_step": "Next step", "due": "Due", "silent_days": "Silent, days",
        "owner": "Owner", "motivation": "Motivation", "role": "Role", "stance": "Stance",
        "status": "Status", "kind_of_work": "Kind of work", "client_benefit": "Client benefit",
        "our_cost": "Our cost", "benefit_to_purchases": "Benefit to purchases",
        "contacts": "Contacts",
    },
}


def name(language: str, value: Enum) -> str:
    """The name of a domain value (a category, a rung of the ladder, a status…)."""
    return NAMES[check_language(language)][type(value)][value]


def term(language: str, key: str) -> str:
    """A shared term (a column title) in ``language``."""
    return TERMS[check_language(language)][key]


def rung(language: str, level: LadderLevel) -> str:
    """A rung of the supplier ladder with its number: "3 — Value-adding supplier"."""
    return f"{level.value} — {name(language, level)}"
