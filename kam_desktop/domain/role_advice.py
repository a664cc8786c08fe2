"""How to work with a contact of each role on the map [002], in each language: one text
that the dossier's contact form (in the interface's language) and the meeting pack (in
the report's) both show the team before it meets the person."""
from __future__ import annotations

from kam_desktop.domain.enums import Role
from kam_desktop.domain.glossary import check_language

ROLE_ADVICE: dict[str, dict[Role, str]] = {
    "ru": {
        Role.LEADER: "Принимает решения в своей области, и покупка может повлиять на его "
                     "собственные показатели: держите эти показатели в поле зрения в каждом "
                     "предложении.",
        Role.SPECIFIER: "Формирует требования на раннем этапе, затем отходит в сторону, но "
                        "остаётся ключевым источником информации: сделайте его союзником, "
                        "держите в курсе, советуйтесь с ним.",
        Role.ASSISTANT: "Действует по чужому поручению, поэтому разговор в основном о цене. "
                        "Покажите, что облегчаете его задачу, и выходите за пределы его "
                        "сферы только с его разрешения.",
        Role.BUTLER: "Часто наш основной контакт, хотя не заинтересован и не вовлечён, и "
                     "может закрывать доступ к тем, кто вовлечён. Три правила: признавайте "
                     "его права и ничего не делайте за его спиной; добивайтесь других "
                     "контактов, в том числе через нашу команду; терпеливо завоёвывайте "
                     "доверие доводами, важными для него.",
    },
    "en": {
        Role.LEADER: "Decides in their area, and the purchase may touch their own "
                     "performance targets: keep those targets in view in every proposal.",
        Role.SPECIFIER: "Shapes the requirements early, then steps back, yet stays a key "
                        "source of information: make them an ally, keep them informed, ask "
                        "their advice.",
        Role.ASSISTANT: "Acts on someone else's instruction, so the talk is mostly about "
                        "price. Show that you make their task easier, and go beyond their "
                        "area only with their permission.",
        Role.BUTLER: "Often our main contact, though neither interested nor involved, and "
                     "may keep us from those who are. Three rules: respect their rights and "
                     "act nothing behind their back; keep asking for other contacts, also "
                     "through our team; win their trust patiently with reasons that matter "
                     "to them.",
    },
}


def advice(language: str, role: Role) -> str:
    return ROLE_ADVICE[check_language(language)][role]
