"""A starting list of search synonyms (loaded with the demo content; staff edit it in
the admin under Core › Synonyms)."""

from .models import Synonym

# (term, what it means, language or "" for every language)
DEMO_SYNONYMS = [
    ("seniors", "older adults, elders", ""),
    ("elderly", "older adults", ""),
    ("teens", "youth, young people", ""),
    ("teenagers", "youth, young people", ""),
    ("lonely", "loneliness", ""),
    ("alone", "loneliness, social isolation", ""),
    ("isolated", "loneliness, social isolation", ""),
    ("new in town", "newcomers, making friends", ""),
    ("just moved", "newcomers, making friends", ""),
    ("make friends", "friendship, making friends", ""),
    ("soledad", "loneliness", "es"),
    ("aislamiento", "social isolation, loneliness", "es"),
    ("mayores", "older adults", "es"),
    ("jóvenes", "youth", "es"),
    ("recién llegados", "newcomers", "es"),
]


def load_demo_synonyms() -> int:
    """Add the demo synonyms that are missing (staff changes are kept); returns how many."""
    added = 0
    for term, meanings, language in DEMO_SYNONYMS:
        _synonym, created = Synonym.objects.get_or_create(
            key=Synonym.key_of(term),
            language=language,
            defaults={"term": term, "meanings": meanings},
        )
        added += created
    return added
