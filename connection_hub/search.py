"""Ranked full-text search with one interface on PostgreSQL and SQLite.

PostgreSQL: each searchable model has a stored ``search_vector`` column (weighted:
title A, summary B, body C; English and Spanish columns each with their own text
search configuration), kept current on save and by ``refresh_search_vectors()``
after bulk writes, with a GIN index; results are ranked with ``SearchRank``,
highlighted with ``SearchHeadline``, and a misspelling falls back to trigram
similarity (``pg_trgm``).

SQLite: every word must appear in some field; a weighted CASE sum ranks title
matches over summary over body; highlighting is done in Python.
"""

import re

from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connection, models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200
COUNT_LIMIT = 1000  # counts stop here ("more than 1,000"): exact counts of huge results are slow
MAX_WORDS = 8
WEIGHT_POINTS = {"A": 8, "B": 3, "C": 1}
TEXT_SEARCH_CONFIG = {"en": "english", "es": "spanish"}
MARK_START, MARK_END = "\u2045", "\u2046"  # sentinels, replaced after escaping


def clean_query(raw: str | None) -> str:
    """What a person typed, made safe to search: no NUL or control characters, bounded."""
    if not raw:
        return ""
    text = "".join(ch if ch.isprintable() else " " for ch in raw)
    text = text.replace(MARK_START, " ").replace(MARK_END, " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_words(text: str) -> list[str]:
    """Words for the simple matcher: letters and digits only (punctuation is not a word)."""
    return list(dict.fromkeys(re.findall(r"\w+", text.lower())))[:MAX_WORDS]


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def languages() -> list[str]:
    return [code for code, _ in settings.LANGUAGES]


class SearchableQuerySet(models.QuerySet):
    """Add ``search(text)`` to a model with ``SEARCH_FIELDS = {"A": [...], "B": [...], ...}``.

    The fields are translated fields (``title`` means ``title_en`` and ``title_es``).
    A model may name ``SEARCH_LANGUAGE_FIELD``: a field holding the language of the
    default-language columns (a Spanish document stored in ``title_en`` is stemmed
    as Spanish).
    """

    def search(self, text: str):
        text = clean_query(text)
        if not query_words(text):
            return self.none()
        results = self._search_postgres(text) if is_postgres() else self._search_simple(text)
        results._count_limit = COUNT_LIMIT
        return results

    def _clone(self):
        clone = super()._clone()
        clone._count_limit = getattr(self, "_count_limit", None)
        return clone

    def count(self):
        """Counts of search results stop at COUNT_LIMIT + 1 (shown as "more than …")."""
        known = getattr(self, "_known_count", None)
        if known is not None:
            return known
        limit = getattr(self, "_count_limit", None)
        if limit and not self.query.is_sliced and self._result_cache is None:
            # Only ids, no ordering, no rank: a count needs none of them.
            return self.order_by().values("pk")[: limit + 1].count()
        return super().count()

    # -- PostgreSQL ------------------------------------------------------------

    def _pg_query(self, text, any_word=False):
        if any_word:  # every word optional: "community OR garden"
            text = " or ".join(query_words(text))
        query = None
        for config in TEXT_SEARCH_CONFIG.values():
            part = SearchQuery(text, config=config, search_type="websearch")
            query = part if query is None else query | part
        return query

    def _search_postgres(self, text):
        # All the words first; then any of them; then similar spellings. Each step is
        # counted through the GIN index (a LIMIT 1 probe can make the planner scan the
        # table), and the count is kept so the page does not count again.
        for any_word in (False, True):
            query = self._pg_query(text, any_word=any_word)
            matches = self.filter(search_vector=query)
            found = matches.order_by().values("pk")[: COUNT_LIMIT + 1].count()
            if found:
                ranked = matches.annotate(rank=SearchRank(F("search_vector"), query))
                return ranked.order_by("-rank", "pk")._with_count(found)
        # Nothing matched: titles with a similar word (pg_trgm's %> operator, which uses
        # the trigram index; the threshold is set per connection in settings).
        title = f"title_{settings.LANGUAGE_CODE}"
        return (
            self.filter(**{f"{title}__trigram_word_similar": text})
            .annotate(rank=TrigramWordSimilarity(text, title))
            .order_by("-rank", "pk")
        )

    def _with_count(self, count):
        self._known_count = count
        return self

    # -- SQLite and other databases ----------------------------------------------

    def _search_simple(self, text):
        model = self.model
        words = query_words(text)
        every_word, some_word = Q(), Q()
        score = Value(0, output_field=IntegerField())
        for word in words:
            any_field = Q()
            for weight, fields in model.SEARCH_FIELDS.items():
                for name in _columns(fields):
                    any_field |= Q(**{f"{name}__icontains": word})
                    score = score + Case(
                        When(**{f"{name}__icontains": word}, then=Value(WEIGHT_POINTS[weight])),
                        default=Value(0),
                        output_field=IntegerField(),
                    )
            every_word &= any_field
            some_word |= any_field
        # All the words first; if nothing has them all, any of them.
        condition = every_word if self.filter(every_word).exists() else some_word
        return self.filter(condition).annotate(rank=score).order_by("-rank", "pk")

    # -- highlighting --------------------------------------------------------------

    def with_headline(self, text: str, field: str = "summary"):
        """Annotate ``headline_raw`` (PostgreSQL) for ``highlight()`` to make safe."""
        text = clean_query(text)
        if not is_postgres() or not query_words(text):
            return self
        from django.utils.translation import get_language

        column = localized_column(field, get_language())
        config = TEXT_SEARCH_CONFIG.get((get_language() or "en")[:2], "english")
        return self.annotate(
            headline_raw=SearchHeadline(
                F(column),
                SearchQuery(text, config=config, search_type="websearch"),
                config=config,
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=40,
                min_words=15,
                highlight_all=True,
            )
        )


def _columns(fields):
    return [f"{name}_{code}" for name in fields for code in languages()]


def localized_column(field, language):
    code = (language or settings.LANGUAGE_CODE)[:2]
    return f"{field}_{code if code in languages() else settings.LANGUAGE_CODE}"


def search_vector_expression(model):
    """The weighted tsvector expression for ``model``'s rows (used in UPDATE)."""
    vector = None
    language_field = getattr(model, "SEARCH_LANGUAGE_FIELD", None)
    for weight, fields in model.SEARCH_FIELDS.items():
        for name in fields:
            for code, config in TEXT_SEARCH_CONFIG.items():
                column_config = Value(config)
                if code == settings.LANGUAGE_CODE and language_field:
                    # The default-language columns hold the document's own language.
                    column_config = Case(
                        *[
                            When(**{language_field: other}, then=Value(cfg))
                            for other, cfg in TEXT_SEARCH_CONFIG.items()
                            if other != code
                        ],
                        default=Value(config),
                    )
                part = SearchVector(f"{name}_{code}", config=column_config, weight=weight)
                vector = part if vector is None else vector + part
    return vector


def refresh_search_vectors(queryset) -> None:
    """Recompute the stored vectors of ``queryset`` (PostgreSQL only; a no-op elsewhere)."""
    if is_postgres():
        queryset.update(search_vector=search_vector_expression(queryset.model))


class SearchIndexedModel(models.Model):
    """A model with a stored search vector, refreshed on every save."""

    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        refresh_search_vectors(type(self)._base_manager.filter(pk=self.pk))


def highlight(text: str, query: str, headline: str | None = None) -> str:
    """Safe HTML: ``text`` (or PostgreSQL's headline of it) with matched words in <mark>."""
    if headline and MARK_START in headline:
        safe = escape(headline)
        return mark_safe(  # noqa: S308 - escaped above; only our sentinels become tags
            safe.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
        )
    safe = escape(text or "")
    words = sorted(
        {w for w in query_words(clean_query(query)) if len(w) > 1}, key=len, reverse=True
    )
    if not words:
        return mark_safe(safe)  # noqa: S308 - escaped
    pattern = re.compile("|".join(re.escape(escape(w)) for w in words), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", safe))  # noqa: S308
