"""Words as search compares them: folded (no accents, no case) and tolerant of plurals.

Used by the SQLite search path (registered as an SQL function), by the highlighter,
by the synonym list and by the "Did you mean" vocabulary, so that all of them agree
on what "the same word" is: ``reunión`` = ``Reunion``, ``garden`` = ``gardens``,
``community`` = ``communities``.
"""

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W_]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
PLURAL_ENDINGS = ("", "s", "es")


def fold(text: str) -> str:
    """Lower case without accents: ``"Reunión"`` -> ``"reunion"``."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def words_of(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits; punctuation is not a word)."""
    return WORD.findall(fold(text))


@lru_cache(maxsize=2048)
def word_forms(word: str) -> tuple[str, ...]:
    """Stems a folded word may appear as; each may be followed by "s" or "es".

    ``lanterns`` -> ``lantern`` (and "lanterns"), ``communities`` -> ``community``,
    ``reuniones`` -> ``reunion``. A light touch for English and Spanish plurals, not a
    stemmer: PostgreSQL's text search does the real stemming.
    """
    forms = [word]
    if len(word) > 4 and word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if len(word) > 3 and word.endswith("es"):
        forms.append(word[:-2])
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    if len(word) > 2 and word.endswith("y"):
        forms.append(word[:-1] + "ies")
    return tuple(dict.fromkeys(forms))


def common_prefix(forms) -> str:
    """The longest start every form shares (what an SQL ``LIKE`` can look for first)."""
    first, last = min(forms), max(forms)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


def _boundary(text: str, position: int) -> bool:
    return position <= 0 or position >= len(text) or not text[position].isalnum()


def contains_word(folded: str, word: str, prefix: bool = False) -> bool:
    """Whether the folded text holds ``word`` as a whole word (or, with ``prefix``, a
    word starting with it)."""
    for form in word_forms(word) if not prefix else (word,):
        start = folded.find(form)
        while start != -1:
            if start == 0 or not folded[start - 1].isalnum():
                end = start + len(form)
                if prefix:
                    return True
                for ending in PLURAL_ENDINGS:
                    if folded.startswith(ending, end) and _boundary(folded, end + len(ending)):
                        return True
            start = folded.find(form, start + 1)
    return False


def is_word(token: str, word: str, prefix: bool = False) -> bool:
    """Whether one folded token is ``word`` (a plural of it, or with ``prefix`` starts
    with it)."""
    if prefix:
        return token.startswith(word)
    return any(token == form + ending for form in word_forms(word) for ending in PLURAL_ENDINGS)
