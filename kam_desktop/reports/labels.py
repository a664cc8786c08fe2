"""The names of the domain's values in each report language: kinds of value work,
supplier-ladder levels, categories, stages, roles, statuses… and the questions of the
personal questionnaire. The exports and the calendar name values with them too.
"""
from __future__ import annotations

from kam_desktop.domain.enums import (
    ActionStatus,
    Category,
    ConsentWay,
    DiaryKind,
    LadderLevel,
    Lifecycle,
    Motivation,
    OpportunityClass,
    OpportunityStatus,
    Role,
    Stance,
    ValueKind,
)
from kam_desktop.reports.format import check_language

KINDS: dict[str, dict[ValueKind, str]] = {
    "ru": {
        ValueKind.INVESTMENT: "Инвестиции",
        ValueKind.TRAINING: "Обучение персонала",
        ValueKind.CONSULTING: "Консультирование",
        ValueKind.PROTOTYPE: "Прототипы",
        ValueKind.TESTING: "Испытания",
        ValueKind.RESERVE_STOCK: "Резервный запас",
        ValueKind.TRADE_SAVINGS: "Экономия на торговых операциях",
        ValueKind.AUTOMATION: "Автоматизация",
        ValueKind.SAMPLES: "Образцы",
        ValueKind.EQUIPMENT: "Оборудование",
        ValueKind.SPECIAL_SERVICE: "Особые услуги",
        ValueKind.EXPEDITED_DELIVERY: "Ускоренные поставки",
        ValueKind.PROBLEM_SOLVING: "Решение проблем",
        ValueKind.SPECIAL_EVENT: "Особые случаи",
    },
    "en": {
        ValueKind.INVESTMENT: "Investment",
        ValueKind.TRAINING: "Staff training",
        ValueKind.CONSULTING: "Consulting",
        ValueKind.PROTOTYPE: "Prototypes",
        ValueKind.TESTING: "Testing",
        ValueKind.RESERVE_STOCK: "Reserve stock",
        ValueKind.TRADE_SAVINGS: "Savings on trade operations",
        ValueKind.AUTOMATION: "Automation",
        ValueKind.SAMPLES: "Samples",
        ValueKind.EQUIPMENT: "Equipment",
        ValueKind.SPECIAL_SERVICE: "Special services",
        ValueKind.EXPEDITED_DELIVERY: "Expedited deliveries",
        ValueKind.PROBLEM_SOLVING: "Problem solving",
        ValueKind.SPECIAL_EVENT: "Special events",
    },
}

LADDER: dict[str, dict[LadderLevel, str]] = {
    "ru": {
        LadderLevel.COMMODITY_BROKER: "поставщик стандартного товара",
        LadderLevel.PROVIDER: "поставщик с дополнительными услугами",
        LadderLevel.VALUE_ADDER: "поставщик, создающий ценность",
        LadderLevel.BUSINESS_PARTNER: "бизнес-партнёр",
    },
    "en": {
        LadderLevel.COMMODITY_BROKER: "commodity supplier",
        LadderLevel.PROVIDER: "provider of goods and services",
        LadderLevel.VALUE_ADDER: "value adder",
        LadderLevel.BUSINESS_PARTNER: "business partner",
    },
}


#: the names of the domain's values, per language and vocabulary (the vocabularies
#: share values such as "key", so each has its own table)
LABELS: dict[str, dict[type, dict]] = {
    "ru": {
        Category: {Category.KEY: "ключевой", Category.DEVELOPING: "развивающийся ключевой",
                   Category.MAINTAINED: "поддерживаемый", Category.OCCASIONAL: "эпизодический"},
        Lifecycle: {Lifecycle.PROSPECT: "потенциальный", Lifecycle.DEVELOPING: "развитие",
                    Lifecycle.KEY: "ключевой", Lifecycle.MAINTAINED: "поддержание",
                    Lifecycle.SLEEPING: "спящий", Lifecycle.LOST: "потерян"},
        Motivation: {Motivation.PRICE: "низкая цена", Motivation.NOVELTY: "новинки",
                     Motivation.BELONGING: "принадлежность",
                     Motivation.STABILITY: "стабильность"},
        Role: {Role.LEADER: "лидер", Role.SPECIFIER: "спецификатор", Role.ASSISTANT: "помощник",
               Role.BUTLER: "дворецкий"},
        Stance: {Stance.SUPPORTER: "сторонник", Stance.NEUTRAL: "нейтрален",
                 Stance.OPPONENT: "противник"},
        DiaryKind: {DiaryKind.MEETING: "встреча", DiaryKind.CALL: "звонок",
                    DiaryKind.EMAIL: "письмо", DiaryKind.VISIT: "визит",
                    DiaryKind.NOTE: "заметка"},
        OpportunityClass: {OpportunityClass.GROW_USAGE: "рост продаж",
                           OpportunityClass.IMPROVE_SERVICE: "уровень сервиса",
                           OpportunityClass.EXPAND_BUSINESS: "расширение бизнеса"},
        OpportunityStatus: {OpportunityStatus.IDEA: "идея",
                            OpportunityStatus.EVALUATING: "оценивается",
                            OpportunityStatus.IN_PROGRESS: "в работе",
                            OpportunityStatus.WON: "реализована",
                            OpportunityStatus.DROPPED: "отклонена"},
        ActionStatus: {ActionStatus.PLANNED: "запланировано",
                       ActionStatus.IN_PROGRESS: "в работе", ActionStatus.DONE: "выполнено",
                       ActionStatus.DROPPED: "отменено"},
        ConsentWay: {ConsentWay.ORALLY: "устно, при встрече", ConsentWay.IN_WRITING: "письменно",
                     ConsentWay.BY_EMAIL: "по электронной почте"},
    },
    "en": {
        Category: {Category.KEY: "key", Category.DEVELOPING: "developing key",
                   Category.MAINTAINED: "maintained", Category.OCCASIONAL: "occasional"},
        Lifecycle: {Lifecycle.PROSPECT: "prospect", Lifecycle.DEVELOPING: "developing",
                    Lifecycle.KEY: "key", Lifecycle.MAINTAINED: "maintained",
                    Lifecycle.SLEEPING: "sleeping", Lifecycle.LOST: "lost"},
        Motivation: {Motivation.PRICE: "lowest price", Motivation.NOVELTY: "novelty seeker",
                     Motivation.BELONGING: "belonging", Motivation.STABILITY: "stability"},
        ConsentWay: {ConsentWay.ORALLY: "orally, at a meeting", ConsentWay.IN_WRITING: "in writing",
                     ConsentWay.BY_EMAIL: "by e-mail"},
        Role: {Role.LEADER: "leader", Role.SPECIFIER: "specifier", Role.ASSISTANT: "assistant",
               Role.BUTLER: "butler"},
        Stance: {Stance.SUPPORTER: "supporter", Stance.NEUTRAL: "neutral",
                 Stance.OPPONENT: "opponent"},
        DiaryKind: {DiaryKind.MEETING: "meeting", DiaryKind.CALL: "call",
                    DiaryKind.EMAIL: "e-mail", DiaryKind.VISIT: "visit", DiaryKind.NOTE: "note"},
        OpportunityClass: {OpportunityClass.GROW_USAGE: "grow usage",
                           OpportunityClass.IMPROVE_SERVICE: "service level",
                           OpportunityClass.EXPAND_BUSINESS: "expand the business"},
        OpportunityStatus: {OpportunityStatus.IDEA: "idea",
                            OpportunityStatus.EVALUATING: "evaluating",
                            OpportunityStatus.IN_PROGRESS: "in progress",
                            OpportunityStatus.WON: "won", OpportunityStatus.DROPPED: "dropped"},
        ActionStatus: {ActionStatus.PLANNED: "planned", ActionStatus.IN_PROGRESS: "in progress",
                       ActionStatus.DONE: "done", ActionStatus.DROPPED: "dropped"},
    },
}


def label(language: str, value) -> str:
    """The name of a domain value (a category, a role, a status…) in ``language``."""
    return LABELS[check_language(language)][type(value)][value]


#: the questions of the personal questionnaire, as the meeting pack prints them
PERSONAL: dict[str, dict[str, str]] = {
    "ru": {
        "education": "Образование", "last_job": "Прежнее место работы",
        "cares_about": "Что важнее: компания или личное", "interests": "Интересы вне работы",
        "relations_with_us": "Отношения с нашими сотрудниками", "ethics": "Этические моменты",
        "negotiation_style": "Стиль переговоров", "obligations": "Обязательства",
        "key_problems": "Главные проблемы", "competitor_edge": "Преимущества конкурентов",
    },
    "en": {
        "education": "Education", "last_job": "Previous job",
        "cares_about": "Company's welfare or own", "interests": "Interests besides business",
        "relations_with_us": "Relations with our people", "ethics": "Ethical considerations",
        "negotiation_style": "Negotiation style", "obligations": "Obligations",
        "key_problems": "Problems that matter most", "competitor_edge": "Competitor's edge",
    },
}
