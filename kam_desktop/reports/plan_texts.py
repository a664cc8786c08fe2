"""The words of the written account plan, per report language, added to those of the
internal reports (internal_texts.py)."""
from __future__ import annotations

from kam_desktop.domain.glossary import check_language
from kam_desktop.reports.internal_texts import internal_texts

PLAN_TEXTS: dict[str, dict[str, str]] = {
    "ru": {
        "aplan.title": "План развития клиента",
        "aplan.subtitle": "Письменный план для обсуждения с командой: ситуация, цели, "
                          "стратегия, ресурсы, действия и риски",
        "aplan.ladder": "Место на лестнице поставщиков",
        "aplan.ladder.views": "{our} — по нашей оценке, {client} — по оценке клиента",
        "aplan.ladder.ours": "{our} — по нашей оценке (оценка клиента неизвестна)",
        "aplan.progress": "Выполнение плана",
        "aplan.review": "Разбор плана с командой",
        "aplan.review.text": "последний — {last}, следующий — до {due} (раз в {months} мес.)",
        "aplan.review.never": "не проводился (раз в {months} мес. для этой категории)",
        "aplan.review.none": "не требуется: план не составлен или клиент потерян либо спит",
        "aplan.situation": "Ситуация",
        "aplan.rolemap.note": "Роль: лидер — высокие заинтересованность и вовлечённость; "
                              "спецификатор — только заинтересованность; помощник — только "
                              "вовлечённость; дворецкий — ни то, ни другое.",
        "aplan.team": "Наша команда на клиенте",
        "aplan.team.empty": "Команда клиента не записана.",
        "col.level": "Уровень",
        "col.department": "Подразделение",
        "col.mirrors": "Зеркалит у клиента",
        "aplan.goals": "Цели и стратегия",
        "aplan.goal": "Цель {number}. {goal}",
        "aplan.client_goal": "Цель клиента",
        "aplan.our_goal": "Наша цель",
        "aplan.measure": "Как измеряем",
        "aplan.deadline": "Срок",
        "aplan.done": "Выполнено действий",
        "aplan.strategy": "Стратегия «4P»",
        "aplan.strategy.empty": "Стратегия цели не расписана.",
        "strategy_product": "Продукт / услуга",
        "strategy_price": "Цена",
        "strategy_promotion": "Продвижение",
        "strategy_place": "Место (дистрибуция)",
        "aplan.resources": "Ресурсы",
        "aplan.resources.text": "людей: {people}, человеко-дней: {days}, бюджет: {budget}",
        "aplan.actions": "Действия",
        "aplan.actions.empty": "У цели нет действий.",
        "aplan.serves": "Возможности для этой цели",
        "aplan.totals": "Ресурсы плана в целом",
        "aplan.totals.text": "Всего по целям: людей — {people}, человеко-дней — {days}, "
                             "бюджет — {budget}.",
        "aplan.risks": "Риски",
        "aplan.risks.none": "По данным досье рисков не видно.",
        "risk.no_leader": "На карте ролей нет лидера: неизвестно, кто принимает решение.",
        "risk.only_assistants_and_butlers": "На карте только помощники и дворецкие: нет "
                                            "выхода на тех, кто решает и определяет "
                                            "требования.",
        "risk.opponent_in_key_role": "Противники в ключевых ролях: {names}.",
        "risk.leader_cooling": "С лидерами ({names}) не встречались {days} дн.",
        "risk.leader_never": "С лидерами ({names}) ни разу не встречались.",
        "risk.not_mirrored": "Никто из нашей команды не зеркалит: {names}.",
        "risk.no_top_to_top": "Лидеров ({names}) не зеркалит никто из наших "
                              "топ-менеджеров: нет отношений «первый с первым».",
        "risk.overrated": "Клиент ставит нас на лестнице поставщиков ниже, чем мы себя.",
        "risk.ladder_stale": "Положение на лестнице оценивали {days} дн. назад: пора "
                             "оценить заново.",
        "risk.ladder_never": "Положение на лестнице поставщиков не оценивалось.",
        "risk.overdue_actions": "Просрочено действий плана: {count}.",
        "risk.goals_at_risk": "Срок близко, а сделано меньше половины: {names}.",
        "risk.share_falling": "Наша доля в закупках клиента упала на {points} п. п. "
                              "к прошлому периоду.",
        "risk.no_barriers": "Не записано ни одного барьера переключения: клиенту ничего "
                            "не стоит уйти к конкуренту.",
    },
    "en": {
        "aplan.title": "Account development plan",
        "aplan.subtitle": "The plan in writing, for the team to discuss: situation, goals, "
                          "strategy, resources, actions and risks",
        "aplan.ladder": "Place on the supplier ladder",
        "aplan.ladder.views": "{our} in our view, {client} in the client's",
        "aplan.ladder.ours": "{our} in our view (the client's view is unknown)",
        "aplan.progress": "Plan progress",
        "aplan.review": "Plan review with the team",
        "aplan.review.text": "last on {last}, next by {due} (every {months} months)",
        "aplan.review.never": "never held (every {months} months for this category)",
        "aplan.review.none": "not needed: there is no plan, or the account is lost or "
                             "sleeping",
        "aplan.situation": "Situation",
        "aplan.rolemap.note": "Role: leader — high interest and involvement; specifier — "
                              "interest only; assistant — involvement only; butler — "
                              "neither.",
        "aplan.team": "Our account team",
        "aplan.team.empty": "No account team recorded.",
        "col.level": "Level",
        "col.department": "Department",
        "col.mirrors": "Mirrors at the client",
        "aplan.goals": "Goals and strategy",
        "aplan.goal": "Goal {number}. {goal}",
        "aplan.client_goal": "Client's goal",
        "aplan.our_goal": "Our goal",
        "aplan.measure": "Measure",
        "aplan.deadline": "Deadline",
        "aplan.done": "Actions done",
        "aplan.strategy": "Strategy (4P)",
        "aplan.strategy.empty": "The goal's strategy is not written yet.",
        "strategy_product": "Product / service",
        "strategy_price": "Price",
        "strategy_promotion": "Promotion",
        "strategy_place": "Place (distribution)",
        "aplan.resources": "Resources",
        "aplan.resources.text": "people: {people}, person-days: {days}, budget: {budget}",
        "aplan.actions": "Actions",
        "aplan.actions.empty": "The goal has no actions.",
        "aplan.serves": "Opportunities serving it",
        "aplan.totals": "The plan's resources in all",
        "aplan.totals.text": "All goals together: {people} people, {days} person-days, "
                             "a budget of {budget}.",
        "aplan.risks": "Risks",
        "aplan.risks.none": "The dossier shows no risks.",
        "risk.no_leader": "No leader on the role map: we do not know who decides.",
        "risk.only_assistants_and_butlers": "Only assistants and butlers on the map: we "
                                            "reach nobody who decides or sets the "
                                            "requirements.",
        "risk.opponent_in_key_role": "Opponents in key roles: {names}.",
        "risk.leader_cooling": "The leaders ({names}) were last met {days} days ago.",
        "risk.leader_never": "The leaders ({names}) were never met.",
        "risk.not_mirrored": "Nobody in our team mirrors: {names}.",
        "risk.no_top_to_top": "None of our executives mirrors the leaders ({names}): no "
                              "top-to-top relationship.",
        "risk.overrated": "The client places us lower on the supplier ladder than we do.",
        "risk.ladder_stale": "Our place on the ladder was assessed {days} days ago: time "
                             "to assess it again.",
        "risk.ladder_never": "Our place on the supplier ladder was never assessed.",
        "risk.overdue_actions": "Overdue plan actions: {count}.",
        "risk.goals_at_risk": "Deadline near, less than half done: {names}.",
        "risk.share_falling": "Our share of the client's purchases fell by {points} "
                              "percentage points against the previous period.",
        "risk.no_barriers": "No switching barrier recorded: leaving us costs the client "
                            "nothing.",
    },
}


def plan_texts(language: str) -> dict[str, str]:
    """The words of the account plan, with those of every internal report."""
    return internal_texts(language) | PLAN_TEXTS[check_language(language)]
