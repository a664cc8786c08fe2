"""The account itself and its people: company, contacts in a reporting tree, their
questionnaires, and our account team."""
from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from kam_desktop.domain.enums import Category, ConsentWay, ContactType, Lifecycle, Role, TeamLevel
from kam_desktop.domain.inn import make_inn10
from kam_desktop.services.demo.base import _Client, _Draws, _money, _Person
from kam_desktop.services.demo.rules import (
    FIRST_CONTACT_DAYS,
    PERSONAL_SHARE,
    PERSONAL_SHARE_DEFAULT,
    POTENTIAL,
    ROLE_RANK,
    SITES,
    STORIES,
)
from kam_desktop.services.demo.words import _female_surname, _translit
from kam_desktop.store.models import Account, Contact, PersonalNotes, TeamMember


class _People(_Draws):
    """Makes the account row, its contacts and our team."""

    def company_core(self) -> tuple[str, str]:
        """A unique company name such as «Уралхимпласт-Трейд», and its industry."""
        rng, words = self.rng, self.words
        for attempt in range(12):
            body = rng.choice(words.name_bodies)
            core = rng.choice(words.name_stems) + body["body"] + rng.choice(words.name_tails)
            if attempt >= 8:  # the plain names are running out: add a city
                core += "-" + rng.choice(words.cities)["city"]
            if core not in self.used_names:
                break
        number = 2
        base = core
        while core in self.used_names:
            core = f"{base}-{number}"
            number += 1
        self.used_names.add(core)
        return core, body["industry"]

    def inn(self, region_code: str) -> str:
        while True:
            tax_office = f"{region_code}{self.rng.randint(1, 45):02d}"
            inn = make_inn10(f"{tax_office}{self.rng.randint(0, 99999):05d}")
            if inn not in self.used_inns:
                self.used_inns.add(inn)
                return inn

    def account(self) -> _Client:
        rng, words = self.rng, self.words
        short_form, long_form = self.pick(self.w_forms)
        core, industry = self.company_core()
        town = self.pick(self.w_cities)
        region, city = town["region"], town["city"]
        category, lifecycle, motivation = self.deal(
            "story", [(story[:3], story[3]) for story in STORIES])
        if motivation is None:
            motivation = self.pick(self.w_motivation[category])
        low, high = POTENTIAL[category]
        # log-uniform, stratified: each quarter of the range in turn, so that even twenty
        # accounts spread over it and a fifth of them bring most of the revenue
        quarter = self.deal(f"potential {category.value}", [(index, 1) for index in range(4)])
        reach = (quarter + rng.random()) / 4
        potential = float(_money(low * (high / low) ** reach, 100_000))
        client = _Client(
            id=self.new_id(), category=category, lifecycle=lifecycle, motivation=motivation,
            potential=potential,
            owner=rng.choice(words.kams)["name"], domain=_translit(core) + ".ru",
            phone_code=town["phone_code"], industry=industry,
        )
        if lifecycle is Lifecycle.SLEEPING:
            client.quiet_since = self.days_ago(120, 300)
            client.quiet_reason = rng.choice(words.sleeping_reasons)
        elif lifecycle is Lifecycle.LOST:
            client.quiet_since = self.days_ago(90, 400)
            client.quiet_reason = rng.choice(words.lost_reasons)
        elif lifecycle is Lifecycle.PROSPECT:
            client.first_contact = self.days_ago(*FIRST_CONTACT_DAYS)
        place = f"г. {city}" if region == city else f"{region}, г. {city}"
        sites = rng.choice(SITES)
        staff = rng.randrange(150, 6000, 50)
        self.add(Account, {
            "id": client.id,
            "name": f"{short_form} «{core}»",
            "legal_name": f"{long_form} «{core}»",
            "inn": self.inn(town["inn_region"]),
            "industry": industry,
            "region": region,
            "website": f"https://{client.domain}",
            "address": (f"{town['postcode']}{rng.randint(0, 999):03d}, {place}, "
                        f"{rng.choice(words.streets)}, д. {rng.randint(1, 120)}"),
            "notes": (f"{rng.choice(words.purchasing)['text']} "
                      f"Учётная система: {rng.choice(words.erp_systems)}."),
            "staff": staff,
            "sites": sites,
            "owner": client.owner,
            "category": category,
            "motivation": motivation,
            "lifecycle": lifecycle,
            "lifecycle_reason": client.quiet_reason,
            "currency": "RUB",
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        })
        return client

    def contacts(self, client: _Client) -> None:
        """4–9 people in all four roles, in a reporting tree under the general director:
        each reports to a leader or specifier of the same department, else to the director."""
        rng = self.rng
        roles = [Role.SPECIFIER, Role.ASSISTANT, Role.BUTLER]
        roles += [self.pick(self.w_extra_role) for _ in range(rng.randint(0, 5))]
        roles.sort(key=ROLE_RANK.__getitem__)
        free_positions = {role: list(posts) for role, posts in self.words.positions.items()}
        bosses: list[tuple[uuid.UUID, str]] = []  # (id, department)
        people: list[_Person] = []
        names: set[str] = set()
        for index, role in enumerate([Role.LEADER] + roles):
            if index == 0:
                position, department = self.words.director
                boss = None
            else:
                options = free_positions[role]
                position, department = options.pop(rng.randrange(len(options)))
                same_department = [boss for boss, where in bosses if where == department]
                boss = rng.choice(same_department) if same_department else bosses[0][0]
            person_id = self.new_id()
            if role in (Role.LEADER, Role.SPECIFIER):
                bosses.append((person_id, department))
            full_name, short_name, email_name, female = self.person_name(names)
            high_interest = role in (Role.LEADER, Role.SPECIFIER)
            high_involvement = role in (Role.LEADER, Role.ASSISTANT)
            if rng.random() < 0.6:
                phone = (f"+7 ({client.phone_code}) "
                         f"{self.phone_digits(10 - len(client.phone_code))}")
            else:
                phone = f"+7 (9{rng.randint(0, 99):02d}) {self.phone_digits(7)}"
            row = {
                "id": person_id, "account_id": client.id, "name": full_name,
                "position": position, "department": department, "reports_to_id": boss,
                "email": f"{email_name}@{client.domain}", "phone": phone,
                "interest": rng.randint(50, 100) / 10 if high_interest else rng.randint(0, 49) / 10,
                "involvement": (rng.randint(50, 100) / 10 if high_involvement
                                else rng.randint(0, 49) / 10),
                "stance": self.pick(self.w_stance),
                "contact_type": _contact_type(role, person_id),
            }
            self.add(Contact, row)
            people.append(_Person(person_id, short_name, role))
            if rng.random() < PERSONAL_SHARE.get(client.lifecycle, PERSONAL_SHARE_DEFAULT):
                self.personal_notes(person_id, female)
        client.contacts = people

    def person_name(self, taken: set[str]) -> tuple[str, str, str, bool]:
        """A new full name, its short form «Петров И. В.», an e-mail local part, and
        whether the person is a woman."""
        rng, words = self.rng, self.words
        while True:
            female = rng.random() < 0.4
            first = rng.choice(words.female_names if female else words.male_names)
            surname = rng.choice(words.surnames)
            patronymic = rng.choice(words.patronymics)
            if female:
                surname = _female_surname(surname)
                patronymic = patronymic[:-2] + "на"
            full = f"{surname} {first} {patronymic}"
            if full not in taken:
                taken.add(full)
                return (full, f"{surname} {first[0]}. {patronymic[0]}.",
                        f"{_translit(first[0])}.{_translit(surname)}", female)

    def phone_digits(self, count: int) -> str:
        digits = f"{self.rng.randrange(2 * 10 ** (count - 1), 10 ** count)}"
        head = len(digits) - 4
        return f"{digits[:head]}-{digits[head:head + 2]}-{digits[head + 2:]}"

    def personal_notes(self, contact_id: uuid.UUID, female: bool) -> None:
        """The questionnaire, in the grammar of the person's gender."""
        rng = self.rng
        row: dict[str, Any] = {"contact_id": contact_id}
        for question, answers in self.words.personal.items():
            row[question] = rng.choice(answers).about(female)
        row["education"] = row["education"].format(year=rng.randint(1988, 2014))
        # the consent, drawn from the id rather than the generator: the rest of the
        # portfolio stays what it would be without it
        row["consent_how"] = list(ConsentWay)[contact_id.int % len(ConsentWay)]
        row["consent_on"] = self.today - timedelta(days=200 + contact_id.int % 700)
        self.add(PersonalNotes, row)

    def team(self, client: _Client) -> None:
        """The owner KAM plus 1–3 colleagues, most of them mirroring a client contact; a
        key account also has one of our executives, for top-to-top selling with the
        client's leader [004]."""
        rng, words = self.rng, self.words
        members = [(client.owner, words.kam_department, TeamLevel.MANAGER)]
        members += [(colleague["name"], colleague["department"], colleague["level"])
                    for colleague in rng.sample(words.our_staff, rng.randint(1, 3))]
        if client.category is Category.KEY and all(
                level is not TeamLevel.EXECUTIVE for _, _, level in members):
            executive = words.executives[client.id.int % len(words.executives)]
            members = [members[0], (executive["name"], executive["department"],
                                    executive["level"]), *members[1:3]]
        unmirrored = list(client.contacts)
        team = []
        for name, department, level in members:
            mirrored = None
            if rng.random() < 0.85:
                for role in words.mirror_roles[department]:
                    mirrored = next((p for p in unmirrored if p.role is role), None)
                    if mirrored is not None:
                        break
            if mirrored is not None:
                unmirrored.remove(mirrored)
            member_id = self.new_id()
            team.append((member_id, name))
            self.add(TeamMember, {"id": member_id, "account_id": client.id, "name": name,
                                  "department": department, "level": level,
                                  "mirrors_id": mirrored.id if mirrored else None})
        client.team = team


def _contact_type(role: Role, person_id: uuid.UUID) -> ContactType:
    """The part in the purchase that goes with a role: a leader decides, a specifier
    influences, a butler uses what we supply, an assistant is either of the last two
    (by the person's id, so that no draw of the generator is spent)."""
    if role is Role.ASSISTANT:
        return ContactType.INFLUENCER if person_id.int % 2 else ContactType.USER
    return {Role.LEADER: ContactType.DECISION_MAKER, Role.SPECIFIER: ContactType.INFLUENCER,
            Role.BUTLER: ContactType.USER}[role]
