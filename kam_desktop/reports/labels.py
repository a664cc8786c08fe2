"""The questions of the personal questionnaire, as the meeting pack prints them. The
names of the domain's values are in the glossary (kam_desktop.domain.glossary).
"""
from __future__ import annotations

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
