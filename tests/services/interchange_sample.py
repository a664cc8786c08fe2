"""The interchange file's full sample document (every key of the format) and the
helpers the interchange tests share."""
from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from kam_desktop.services.interchange import (
    ImportSummary,
    export_document,
    import_document,
    read_document,
)
from kam_desktop.store.models import Base

#: Every key of the format, in the order and form an export writes them.
FULL = """
{
  "format": "kam-desktop.accounts",
  "version": 1,
  "accounts": [
    {
      "id": "0b6a4a52-3c1e-4d8e-9a51-000000000002",
      "name": "Atlas Foods",
      "legal_name": null,
      "inn": null,
      "industry": null,
      "region": null,
      "website": null,
      "address": null,
      "notes": null,
      "owner": null,
      "category": "developing",
      "motivation": null,
      "lifecycle": "prospect",
      "lifecycle_reason": null,
      "currency": "EUR",
      "staff": null,
      "sites": null,
      "parent": null,
      "revenue": [],
      "potentials": [],
      "group_potentials": [],
      "deals": [],
      "ladder": [],
      "contacts": [],
      "team": [],
      "diary": [],
      "opportunities": [],
      "goals": [],
      "value": [],
      "statistics": [],
      "involvement": {},
      "switching_barriers": [],
      "cooling": [],
      "handovers": [],
      "losses": []
    },
    {
      "id": "0b6a4a52-3c1e-4d8e-9a51-000000000001",
      "name": "Северсталь-Логистик",
      "legal_name": "ООО «Северсталь-Логистик»",
      "inn": "7707083893",
      "industry": "Металлургия",
      "region": "Вологодская область",
      "website": "https://example.ru",
      "address": "162600, г. Череповец, ул. Мира, д. 30",
      "notes": "Закупки централизованы в Москве.\\nБюджет утверждают в декабре.",
      "owner": "Анна Смирнова",
      "category": "key",
      "motivation": "stability",
      "lifecycle": "sleeping",
      "lifecycle_reason": "Заморозили проекты до утверждения бюджета",
      "currency": "RUB",
      "staff": 12000,
      "sites": 3,
      "parent": null,
      "revenue": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000101", "period": "2024", "amount": 980000},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000102", "period": "2025-Q1", "amount": 250000.5}
      ],
      "potentials": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000105", "year": 2023, "amount": 1000000},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000106", "year": 2025, "amount": 1234567.89}
      ],
      "group_potentials": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000107", "year": 2025, "product_group": "Насосы",
         "amount": 600000, "competitor": "ТПК Восток", "competitor_share": 55.5,
         "competitor_reason": "Склад в Череповце, отгрузка за день"},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000108", "year": 2025,
         "product_group": "Уплотнения", "amount": 150000.5, "competitor": null,
         "competitor_share": null, "competitor_reason": null}
      ],
      "deals": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000111", "date": "2024-03-15",
         "amount": 480000, "product_group": "Насосы", "reference": "РТУ-000123"},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000112", "date": "2024-09-02",
         "amount": 500000.25, "product_group": null, "reference": null}
      ],
      "ladder": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000201",
          "date": "2025-02-14",
          "our_view": 3,
          "client_view": 2,
          "competitors": {"Металлсервис": 2, "ТД «Урал»": 1},
          "answers": {"needs_us_as_much": false, "deals_with_competitors": true,
                      "postpones_visits": true},
          "next_steps": "Провести семинар для технологов"
        }
      ],
      "contacts": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000301",
          "name": "Ирина Волкова",
          "position": "Директор по закупкам",
          "department": "Закупки",
          "reports_to": null,
          "email": "volkova@example.ru",
          "phone": "+7 900 000-00-01",
          "interest": 8,
          "involvement": 9.5,
          "stance": "supporter",
          "confirmed_on": "2026-10-14",
          "contact_type": "decision_maker",
          "left_on": null,
          "left_to": null,
          "role": "leader",
          "personal": {
            "education": "МГТУ им. Баумана, 2001",
            "last_job": "Главный специалист, «Мечел»",
            "cares_about": "Благополучие компании",
            "interests": "Горные лыжи",
            "relations_with_us": "Хорошие, с Анной с 2019 года",
            "ethics": "Подарки не принимает",
            "negotiation_style": "Жёсткий, любит цифры",
            "obligations": "Нет",
            "key_problems": "Сроки поставки",
            "competitor_edge": "Металлсервис даёт отсрочку 60 дней",
            "consent_on": "2025-02-11",
            "consent_how": "in_writing"
          }
        },
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000302",
          "name": "Пётр Орлов",
          "position": "Инженер-технолог",
          "department": "Производство",
          "reports_to": "Ирина Волкова",
          "email": null,
          "phone": null,
          "interest": 7.5,
          "involvement": 2,
          "stance": "neutral",
          "confirmed_on": null,
          "contact_type": null,
          "left_on": "2026-09-30",
          "left_to": "ПАО «Металлсервис»",
          "role": "specifier",
          "personal": null
        }
      ],
      "team": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000401", "name": "Анна Смирнова",
         "department": "Продажи", "level": "executive", "mirrors": "Ирина Волкова"},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000402", "name": "Олег Ким",
         "department": "Сервис", "level": "specialist", "mirrors": null}
      ],
      "diary": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000501",
          "date": "2025-03-03",
          "kind": "meeting",
          "summary": "Обсудили график поставок на II квартал",
          "attendees": ["Анна Смирнова", "Ирина Волкова", "Пётр Орлов"],
          "next_step": "Отправить предложение по складу",
          "next_step_due": "2025-03-10",
          "done": false
        }
      ],
      "opportunities": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000601",
          "title": "Резервный склад в Череповце",
          "class": "improve_service",
          "benefit": 3500000,
          "cost": 1200000.75,
          "people": 3,
          "days": 45,
          "status": "evaluating"
        }
      ],
      "goals": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000701",
          "client_goal": "Сократить простои линии из-за задержек поставок",
          "our_goal": "Поставки «точно в срок» для 90 % заказов к концу года",
          "measure": "Доля заказов, доставленных в срок",
          "deadline": "2025-12-31",
          "strategy": {
            "product": "Пакет «склад + доставка»",
            "price": "Премия 3 % за гарантию срока",
            "promotion": "Семинар для технологов",
            "place": "Собственный склад рядом с заводом"
          },
          "resources": {"people": 4, "days": 120, "budget": 800000.1},
          "actions": [
            {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000801", "title": "Найти помещение под склад",
             "owner": "Олег Ким", "due": "2025-04-30", "status": "in_progress"},
            {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000802", "title": "Согласовать SLA",
             "owner": null, "due": null, "status": "planned"}
          ]
        }
      ],
      "value": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000901",
          "date": "2024-11-20",
          "kind": "training",
          "title": "Обучение операторов",
          "description": "Два дня на площадке клиента",
          "department": "Производство",
          "our_cost": 150000,
          "client_benefit": 420000.99,
          "acknowledged": true,
          "delivered_by": "Олег Ким",
          "delivered_by_department": "Техническая дирекция"
        }
      ],
      "statistics": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001001", "name": "Поставки в срок, %",
         "value": 97.3, "period": "2024"},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001002", "name": "Среднее время ответа, ч",
         "value": 2, "period": null}
      ],
      "involvement": {
        "search": {"Маркетинг": 70, "Продажи": 30},
        "need_identification": {"Маркетинг": 30, "Продажи": 40,
                                "Сервис": {"percent": 30, "role": "Замеры на оборудовании"}},
        "repeat_sale": {"Продажи": 33.34, "Сервис": 66.66}
      },
      "switching_barriers": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001101",
         "description": "Заказы идут через наш клиентский портал", "since": "2023-06-01"}
      ],
      "cooling": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001201", "date": "2025-01-15",
         "reason": "Сорвали сроки по двум поставкам"}
      ],
      "handovers": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001301", "date": "2024-10-01",
         "from_name": "Игорь Лебедев", "to_name": "Марина Ершова",
         "note": "Третья сделка: передаём клиентскому менеджеру"}
      ],
      "losses": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001401", "date": "2024-03-01",
         "cause": "price", "details": "Проиграли годовой тендер: конкурент дешевле на 8 %",
         "competitor": "«Уралкомплект»",
         "could_have_done": "Предложить годовой контракт с фиксированной ценой",
         "win_back_possible": true,
         "win_back": [
           {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001411",
            "title": "Запросить итоги тендера", "owner": "Анна Смирнова",
            "due": "2024-04-01", "done": true}
         ]}
      ]
    }
  ]
}
"""
ATLAS, SEVER = 0, 1  # indexes of the two accounts of FULL
SEVER_ID = uuid.UUID("0b6a4a52-3c1e-4d8e-9a51-000000000001")
VOLKOVA_ID = uuid.UUID("0b6a4a52-3c1e-4d8e-9a51-000000000301")
ORLOV_ID = uuid.UUID("0b6a4a52-3c1e-4d8e-9a51-000000000302")


def full_document(tmp_path: Path) -> dict:
    """FULL as read_document reads it (money as Decimal)."""
    path = tmp_path / "full.json"
    path.write_text(FULL, encoding="utf-8")
    return read_document(path)


def without_ids(value):
    if isinstance(value, dict):
        return {key: without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    return value


def load(db, document: dict) -> ImportSummary:
    with db.transaction() as session:
        return import_document(session, document)


def export(db, names=None) -> dict:
    with db.sessions() as session:
        return export_document(session, names)


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table, updated_at included."""
    with db.engine.connect() as connection:
        return {table.name: sorted((tuple(row) for row in connection.execute(select(table))),
                                   key=repr)
                for table in Base.metadata.sorted_tables}
