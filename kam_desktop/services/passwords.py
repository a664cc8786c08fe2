"""The password that locks an exchange file.

An exchange file carries personal questionnaires and travels by e-mail and USB sticks, so a
password that a dictionary attack finds at once is refused, with a generated passphrase
offered instead. The strength is zxcvbn's estimate, computed here without any network: a
score under 3 ("safely unguessable" starts at 3) means that an offline attack would find
it quickly. zxcvbn's dictionaries are English; common Russian password words are added
from our own list. The window and the command line both ask :func:`password_problem`.
"""
from __future__ import annotations

import secrets
from functools import cache

from kam_desktop.domain.text import Text
from kam_desktop.resources import RESOURCES

#: zxcvbn's scores run from 0 to 4; 3 and more resist an offline attack
MIN_SCORE = 3
PASSPHRASE_WORDS = 5
WORDS_FILE = RESOURCES / "passphrase" / "eff_short_wordlist.txt"
RUSSIAN_WORDS_FILE = RESOURCES / "passphrase" / "ru_common.txt"
#: the Russian keyboard layout over the English one: "пароль" typed unswitched is "gfhjkm"
_ON_ENGLISH_KEYS = str.maketrans("йцукенгшщзхъфывапролджэячсмитьбюё",
                                 "qwertyuiop[]asdfghjkl;'zxcvbnm,.`")
#: zxcvbn refuses longer input (its matching slows down); a longer password is judged by
#: its beginning
_JUDGED_LENGTH = 72


@cache
def _words() -> tuple[str, ...]:
    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(word for line in lines if (word := line.strip()))


@cache
def _russian_words() -> tuple[str, ...]:
    """Common Russian password words, each also as typed on English keys."""
    lines = RUSSIAN_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    words = [word for line in lines if (word := line.strip()) and not word.startswith("#")]
    return tuple(words + [word.translate(_ON_ENGLISH_KEYS) for word in words])


def suggest_passphrase(words: int = PASSPHRASE_WORDS) -> str:
    """Random words joined by hyphens (five words of the 1,295 give about 52 bits)."""
    vocabulary = _words()
    return "-".join(secrets.choice(vocabulary) for _ in range(words))


def password_problem(password: str) -> Text | None:
    """Why ``password`` cannot lock an exchange file, or None when it can."""
    if not password:
        return Text("the password must not be empty")
    from zxcvbn import zxcvbn  # its dictionaries take a moment to load: only when asked

    judged = zxcvbn(password[:_JUDGED_LENGTH], user_inputs=list(_russian_words()))
    if judged["score"] < MIN_SCORE:
        return Text("the password is too easy to guess: a dictionary attack finds it at once. "
                    "Use several unrelated words, for example {passphrase}",
                    passphrase=suggest_passphrase())
    return None
