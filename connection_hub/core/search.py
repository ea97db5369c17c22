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
import time

from django.apps import apps
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
from django.db.models import BooleanField, Case, ExpressionWrapper, F, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .i18n import current_language, language_codes, localized_field, localized_fields

MAX_QUERY_LENGTH = 200
FUZZY_LIMIT = 100  # similar-spelling matches considered when nothing matched exactly
COUNT_LIMIT = 1000  # counts stop here ("more than 1,000"): exact counts of huge results are slow
MAX_WORDS = 8
WEIGHT_POINTS = {"A": 8, "B": 3, "C": 1}
# PostgreSQL text search configuration of each language (settings.SEARCH_CONFIGS: the
# accent-folding hub_english and hub_spanish made by resources migration 0007); a
# language with none configured is searched with "simple" (no stemming).
FALLBACK_SEARCH_CONFIG = "simple"
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


def search_config(language: str) -> str:
    return settings.SEARCH_CONFIGS.get(language, FALLBACK_SEARCH_CONFIG)


def search_configs() -> dict[str, str]:
    """``{language code: text search configuration}`` for every language of the site."""
    return {code: search_config(code) for code in language_codes()}


class SearchableQuerySet(models.QuerySet):
    """Add ``search(text)`` to a model with ``SEARCH_FIELDS = {"A": [...], "B": [...], ...}``.

    The fields are translated fields (``title`` means ``title_en`` and ``title_es``).
    A model may name ``SEARCH_LANGUAGE_FIELD``: a field holding the language of the
    default-language columns (a Spanish document stored in ``title_en`` is stemmed
    as Spanish).
    """

    def search(self, text: str, *, ranked: bool = True):
        """Rows matching ``text``, best first (or in the queryset's own order if not ranked).

        On PostgreSQL the ranked result is a ``TieredResults``: matches in a title or
        summary, ranked by ``SearchRank``, then matches in the body only, newest first.
        Ranking every match of a common word is what makes search slow on a large
        library; the title-and-summary vector is small and matches far fewer rows.
        """
        text = clean_query(text)
        if not query_words(text):
            return self.none()
        if is_postgres():
            results = self._search_postgres(text, ranked=ranked)
        else:
            results = self._search_simple(text, ranked=ranked)
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
        for config in dict.fromkeys(search_configs().values()):
            part = SearchQuery(text, config=config, search_type="websearch")
            query = part if query is None else query | part
        return query

    def _search_postgres(self, text, ranked=True):
        # All the words first; then any of them; then similar spellings. Counts go
        # through the GIN indexes and stop at COUNT_LIMIT + 1 (a LIMIT 1 probe can
        # make the planner scan the whole table instead).
        for any_word in _any_word_steps(text):
            query = self._pg_query(text, any_word=any_word)
            if not ranked:
                matches = self.filter(search_vector=query)
                found = _capped_count(matches)
                if found:
                    return matches._with_count(found)
                continue
            head, every = self._pg_tiers(query)
            head_count, total = _tier_counts([(head, every)])
            if total:
                return self._pg_results(query, head, every, head_count, total)
        return self._pg_similar(text, ranked=ranked)

    def _pg_tiers(self, query):
        """Matches in a title or summary, and all matches (which include those)."""
        return self.filter(search_head=query), self.filter(search_vector=query)

    def _pg_results(self, query, head, every, head_count, total):
        first_pages, first_until = None, 0
        if head_count > COUNT_LIMIT:
            # A word in more than a thousand titles and summaries: ranking them all
            # costs more than it tells; the newest come first instead.
            ranked_head = head.order_by(*self.model.NEWEST_FIRST)
            # PostgreSQL misjudges how common such words are and reads every match
            # to sort them. For the first results, walking the newest-first index
            # and testing each row is far quicker when matches are this dense; the
            # test is wrapped so that the planner cannot pick the search index.
            first_until = _dense_scan_limit(self.model)
            if first_until:
                hit = Coalesce(
                    ExpressionWrapper(Q(search_head=query), output_field=BooleanField()),
                    Value(False),
                )
                first_pages = (
                    self.annotate(_dense_hit=hit)
                    .filter(_dense_hit=True)
                    .order_by(*self.model.NEWEST_FIRST)
                )
        else:
            ranked_head = head.annotate(rank=SearchRank(F("search_head"), query)).order_by(
                "-rank", "pk"
            )
        return TieredResults(
            ranked_head,
            every.exclude(search_head=query).order_by(*self.model.NEWEST_FIRST),
            head_count,
            max(total - head_count, 0),
            first_pages,
            first_until,
        )

    def _pg_similar(self, text, ranked=True):
        """Nothing matched: titles with a similar word (pg_trgm's %> operator).

        It uses the trigram index; the threshold is set per connection in settings.
        Only the first FUZZY_LIMIT candidates are ranked: checking word similarity is
        costly, and a misspelling is meant to find a few close titles, not thousands.
        """
        title = f"title_{settings.LANGUAGE_CODE}"
        candidates = self.filter(**{f"{title}__trigram_word_similar": text}).order_by()
        ids = list(candidates.values_list("pk", flat=True)[:FUZZY_LIMIT])  # looked up once
        similar = self.filter(pk__in=ids)._with_count(len(ids))
        if not ranked:
            return similar
        return (
            similar.annotate(rank=TrigramWordSimilarity(text, title))
            .order_by("-rank", "pk")
            ._with_count(len(ids))
        )

    def _with_count(self, count):
        self._known_count = count
        return self

    # -- SQLite and other databases ----------------------------------------------

    def _search_simple(self, text, ranked=True):
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
        if not ranked:
            return self.filter(condition)
        return self.filter(condition).annotate(rank=score).order_by("-rank", "pk")

    # -- highlighting --------------------------------------------------------------

    def with_headline(self, text: str, field: str = "summary"):
        """Annotate ``headline_raw`` (PostgreSQL) for ``highlight()`` to make safe."""
        text = clean_query(text)
        if not is_postgres() or not query_words(text):
            return self
        language = current_language()
        column = localized_field(field, language)
        config = search_config(language)
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
    return [column for name in fields for column in localized_fields(name)]


def search_vector_expression(model, weights=("A", "B", "C", "D")):
    """The weighted tsvector expression for ``model``'s rows (used in UPDATE)."""
    vector = None
    language_field = getattr(model, "SEARCH_LANGUAGE_FIELD", None)
    for weight, fields in model.SEARCH_FIELDS.items():
        if weight not in weights:
            continue
        for name in fields:
            configs = search_configs()
            for code, config in configs.items():
                column_config = Value(config)
                if code == settings.LANGUAGE_CODE and language_field:
                    # The default-language columns hold the document's own language.
                    column_config = Case(
                        *[
                            When(**{language_field: other}, then=Value(cfg))
                            for other, cfg in configs.items()
                            if other != code
                        ],
                        default=Value(config),
                    )
                column = localized_field(name, code)
                part = SearchVector(column, config=column_config, weight=weight)
                vector = part if vector is None else vector + part
    return vector


def fill_missing_search_vectors(**kwargs) -> None:
    """After migrating: compute vectors a migration added or cleared (PostgreSQL only)."""
    if not is_postgres():
        return
    for model in apps.get_models():
        if issubclass(model, SearchIndexedModel):
            refresh_search_vectors(
                model._base_manager.filter(
                    Q(search_vector__isnull=True) | Q(search_head__isnull=True)
                )
            )


def refresh_search_vectors(queryset) -> None:
    """Recompute the stored vectors of ``queryset`` (PostgreSQL only; a no-op elsewhere)."""
    if is_postgres():
        queryset.update(
            search_vector=search_vector_expression(queryset.model),
            search_head=search_vector_expression(queryset.model, weights=("A", "B")),
        )


def _any_word_steps(text):
    """The steps to try in turn: all the words, then (for several words) any of them."""
    return (False, True) if len(query_words(text)) > 1 else (False,)


def search_many(querysets: dict, text: str) -> dict:
    """``{key: queryset.search(text)}`` for several models, in fewer round trips.

    On PostgreSQL the counts of every model are taken together, one query per step
    (all the words, then any of them), instead of one or two queries per model.
    """
    text = clean_query(text)
    if not query_words(text):
        return {key: queryset.none() for key, queryset in querysets.items()}
    if not is_postgres():
        return {key: queryset.search(text) for key, queryset in querysets.items()}
    results, pending = {}, dict(querysets)
    for any_word in _any_word_steps(text):
        tiers = {}
        for key, queryset in pending.items():
            query = queryset._pg_query(text, any_word=any_word)
            tiers[key] = (query, *queryset._pg_tiers(query))
        counts = _tier_counts([(head, every) for _, head, every in tiers.values()])
        for index, (key, (query, head, every)) in enumerate(tiers.items()):
            head_count, total = counts[2 * index], counts[2 * index + 1]
            if total:
                results[key] = pending[key]._pg_results(query, head, every, head_count, total)
        pending = {key: queryset for key, queryset in pending.items() if key not in results}
        if not pending:
            break
    for key, queryset in pending.items():
        results[key] = queryset._pg_similar(text)
    return results


DENSE_SCAN_ROWS = 20_000  # rows the newest-first walk may read, at worst
_table_sizes: dict = {}


def _dense_scan_limit(model) -> int:
    """How many first results the newest-first walk may serve for ``model``.

    With more than COUNT_LIMIT matches, at most ``rows / COUNT_LIMIT`` rows are read per
    result; the walk is used while that stays under DENSE_SCAN_ROWS. The table size
    is PostgreSQL's own estimate, looked up at most every ten minutes.
    """
    table = model._meta.db_table
    size, seen = _table_sizes.get(table, (None, 0.0))
    if size is None or time.monotonic() - seen > 600:
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [table])
            row = cursor.fetchone()
        size = max(float(row[0]) if row else 0.0, 1.0)
        _table_sizes[table] = (size, time.monotonic())
    return int(DENSE_SCAN_ROWS * COUNT_LIMIT / size)


def _capped_count(queryset, limit=None):
    limit = COUNT_LIMIT + 1 if limit is None else limit
    return queryset.order_by().values("pk")[:limit].count()


def _tier_counts(pairs, limit=None):
    """Capped (head, all) counts of several (head, all) pairs in one round trip.

    The count of all matches is skipped when the head alone reaches the cap: the page
    then says "1,000+" either way, and counting a common word twice is the slow part.
    Returns a flat tuple: head, all, head, all, ...
    """

    limit = COUNT_LIMIT + 1 if limit is None else limit

    def capped(queryset):
        sql, params = queryset.order_by().values("pk")[:limit].query.sql_with_params()
        return f"(SELECT COUNT(*) FROM ({sql}) AS capped)", list(params)

    columns, sources, column_params, source_params = [], [], [], []
    for index, (head, every) in enumerate(pairs):
        head_sql, head_params = capped(head)
        every_sql, every_params = capped(every)
        sources.append(f"(SELECT {head_sql} AS n) AS head_{index}")
        source_params += head_params
        columns.append(f"head_{index}.n")
        columns.append(f"CASE WHEN head_{index}.n >= %s THEN %s ELSE {every_sql} END")
        column_params += [limit, limit, *every_params]
    sql = f"SELECT {', '.join(columns)} FROM {' CROSS JOIN '.join(sources)}"
    with connection.cursor() as cursor:
        cursor.execute(sql, column_params + source_params)
        return cursor.fetchone()


class TieredResults:
    """Search results in two ordered parts, sliceable and countable like a queryset.

    Django's Paginator needs only ``count()`` and slicing; each slice runs at most one
    query per part, with LIMIT and OFFSET.
    """

    ordered = True

    def __init__(self, head, body, head_count, body_count, first_pages=None, first_until=0):
        self.head, self.body = head, body
        self.head_count, self.body_count = head_count, body_count
        # The same head rows, read differently for the first results (see _pg_results).
        self.first_pages, self.first_until = first_pages, first_until
        self.model = head.model

    def count(self):
        return self.head_count + self.body_count

    __len__ = count

    def exists(self):
        return self.count() > 0

    def __bool__(self):
        return self.exists()

    def _map(self, method, *args, **kwargs):
        first = self.first_pages
        return TieredResults(
            getattr(self.head, method)(*args, **kwargs),
            getattr(self.body, method)(*args, **kwargs),
            self.head_count,
            self.body_count,
            getattr(first, method)(*args, **kwargs) if first is not None else None,
            self.first_until,
        )

    def with_headline(self, text, field="summary"):
        return self._map("with_headline", text, field)

    def select_related(self, *fields):
        return self._map("select_related", *fields)

    def prefetch_related(self, *lookups):
        return self._map("prefetch_related", *lookups)

    def __iter__(self):
        return iter(self[0 : self.count()])

    def __getitem__(self, index):
        if isinstance(index, int):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop if index.stop is not None else self.count()
        items = []
        if start < self.head_count:
            head = self.head
            if self.first_pages is not None and stop <= self.first_until:
                head = self.first_pages
            items += list(head[start : min(stop, self.head_count)])
        if stop > self.head_count:
            first = max(start - self.head_count, 0)
            items += list(self.body[first : stop - self.head_count])
        return items


class SearchIndexedModel(models.Model):
    """A model with a stored search vector, refreshed on every save."""

    search_vector = SearchVectorField(null=True, editable=False)
    # Title and summary only (weights A and B): small, so ranking its matches is quick.
    search_head = SearchVectorField(null=True, editable=False)

    NEWEST_FIRST = (models.F("pk").desc(),)  # order of matches found in the body only

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        refresh_search_vectors(type(self)._base_manager.filter(pk=self.pk))


def highlight(text: str, query: str, headline: str | None = None) -> str:
    """Safe HTML: ``text`` (or PostgreSQL's headline of it) with matched words in <mark>."""
    if headline and MARK_START in headline:
        safe = escape(headline)
        return mark_safe(  # escaped above; only our sentinels become tags
            safe.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
        )
    text = text or ""
    words = sorted(
        {w for w in query_words(clean_query(query)) if len(w) > 1}, key=len, reverse=True
    )
    if not words:
        return escape(text)
    # Match on the raw text and escape each piece, so a query can never land inside
    # an HTML entity that escaping produced.
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # every piece escaped
