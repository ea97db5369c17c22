"""Ranked full-text search with one interface on PostgreSQL and SQLite.

A query is parsed once (``parse_query``) into terms: each word typed, or a phrase staff
listed as a synonym (``core.models.Synonym``), with what it also means; the last word,
when it has at least MIN_PREFIX letters, also matches words that start with it.

PostgreSQL: each searchable model has a stored ``search_vector`` column (weighted:
title A, summary B, body C; English and Spanish columns each with their own text
search configuration, accents folded by ``unaccent``), kept current on save and by
``refresh_search_vectors()`` after bulk writes, with a GIN index; results are ranked
with ``SearchRank``, highlighted with ``SearchHeadline``, and a misspelling falls back
to trigram similarity (``pg_trgm``).

SQLite: every term must appear as a whole word (accents and case folded, plurals
tolerated) in some field, checked by the ``hub_match`` SQL function registered on each
connection, after an SQL ``LIKE`` has ruled out most rows; a weighted CASE sum ranks
title matches over summary over body; highlighting is done in Python.

Both: when no row has every term, rows with some of them; when a word matches nothing,
``suggestions()`` offers the closest word of a vocabulary built once per content
generation (``difflib``).
"""

import difflib
import re
import time
from dataclasses import dataclass, replace
from functools import reduce
from operator import and_, or_

from django.apps import apps
from django.conf import settings
from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.core.cache import cache
from django.db import connection, models
from django.db.backends.signals import connection_created
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.db.models.signals import m2m_changed, post_save
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .cache import connect_invalidation, content_generation
from .i18n import current_language, language_codes, localized_field, localized_fields
from .models import Synonym
from .words import WORD, common_prefix, contains_word, fold, is_word, word_forms, words_of

MAX_QUERY_LENGTH = 200
FUZZY_LIMIT = 100  # similar-spelling matches considered when nothing matched exactly
COUNT_LIMIT = 1000  # counts stop here ("more than 1,000"): exact counts of huge results are slow
MAX_WORDS = 8
MIN_PREFIX = 4  # the last word matches as a prefix from this many letters ("men" stays whole)
MAX_MEANINGS = 4  # synonyms' meanings used per term
WEIGHT_POINTS = {"A": 8, "B": 3, "C": 1}
# Words too common to require when other words were typed (PostgreSQL's configurations
# drop their own stop words; SQLite needs a short list).
STOP_WORDS = frozenset(
    ("a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the")
    + ("to", "with", "al", "con", "de", "del", "el", "en", "la", "las", "los", "para")
    + ("por", "un", "una", "y")
)
# PostgreSQL text search configuration of each language (settings.SEARCH_CONFIGS: the
# accent-folding hub_english and hub_spanish made by resources migration 0007); a
# language with none configured is searched with "simple" (no stemming).
FALLBACK_SEARCH_CONFIG = "simple"
MARK_START, MARK_END = "\u2045", "\u2046"  # sentinels, replaced after escaping
ADVANCED = re.compile(r'"|(?:^|\s)-\w|(?:^|\s)or(?:\s|$)', re.IGNORECASE)


def clean_query(raw: str | None) -> str:
    """What a person typed, made safe to search: no NUL or control characters, bounded."""
    if not raw:
        return ""
    text = "".join(ch if ch.isprintable() else " " for ch in raw)
    text = text.replace(MARK_START, " ").replace(MARK_END, " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_words(text: str) -> list[str]:
    """The folded words of a query, each once, at most MAX_WORDS."""
    return list(dict.fromkeys(words_of(text)))[:MAX_WORDS]


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def search_config(language: str) -> str:
    return settings.SEARCH_CONFIGS.get(language, FALLBACK_SEARCH_CONFIG)


def search_configs() -> dict[str, str]:
    """``{language code: text search configuration}`` for every language of the site."""
    return {code: search_config(code) for code in language_codes()}


# -- what was typed --------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One thing the results must contain: a word (or a synonym's phrase) as typed,
    or any of what staff said it means."""

    typed: str  # as typed, for messages
    words: tuple[str, ...]  # folded
    prefix: bool = False  # the last word also matches words starting with it
    meanings: tuple[tuple[str, ...], ...] = ()

    def alternatives(self):
        """``(words, prefix)`` pairs, any of which satisfies the term."""
        return [(self.words, self.prefix), *((words, False) for words in self.meanings)]

    def marked_words(self):
        """``(word, prefix)`` of every word the highlighter marks."""
        return [
            (word, prefix and index == len(words) - 1)
            for words, prefix in self.alternatives()
            for index, word in enumerate(words)
        ]


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # the cleaned query
    terms: tuple[Term, ...]
    advanced: bool = False  # quotes, "or", "-word": PostgreSQL's websearch syntax

    def __bool__(self):
        return bool(self.terms)

    def __str__(self):
        return self.text

    def typed(self, terms=None) -> str:
        return " ".join(term.typed for term in (self.terms if terms is None else terms))


def _synonyms_for(words: list[str], language: str) -> dict[str, list[tuple[str, ...]]]:
    """``{key: meanings}`` of the synonyms whose term is a run of ``words`` (one query)."""
    runs = {
        " ".join(words[start : start + size])
        for size in range(1, Synonym.MAX_WORDS + 1)
        for start in range(0, len(words) - size + 1)
    }
    found: dict[str, list[tuple[str, ...]]] = {}
    for synonym in Synonym.objects.for_language(language).filter(key__in=runs):
        meanings = found.setdefault(synonym.key, [])
        meanings += [m for m in synonym.meaning_list() if m not in meanings]
    return found


def parse_query(raw, *, language: str | None = None, synonyms: bool = True) -> ParsedQuery:
    """The terms of a query (a ``ParsedQuery`` is returned unchanged)."""
    if isinstance(raw, ParsedQuery):
        return raw
    text = clean_query(raw)
    advanced = bool(ADVANCED.search(text))
    typed, words = [], []
    for token in WORD.findall(text):
        folded = fold(token)
        if folded not in words:
            typed.append(token)
            words.append(folded)
    typed, words = typed[:MAX_WORDS], words[:MAX_WORDS]
    if not words:
        return ParsedQuery(text, ())
    found = (
        _synonyms_for(words, language or current_language()) if synonyms and not advanced else {}
    )
    terms, index = [], 0
    while index < len(words):
        for size in range(min(Synonym.MAX_WORDS, len(words) - index), 0, -1):
            key = " ".join(words[index : index + size])
            if size == 1 or key in found:
                break
        terms.append(
            Term(
                typed=" ".join(typed[index : index + size]),
                words=tuple(words[index : index + size]),
                meanings=tuple(found.get(key, ())[:MAX_MEANINGS]),
            )
        )
        index += size
    last = terms[-1]
    ends_with_word = text[-1:].isalnum()
    if not advanced and ends_with_word and len(last.words[-1]) >= MIN_PREFIX:
        terms[-1] = replace(last, prefix=True)
    kept = [t for t in terms if t.meanings or len(t.words) > 1 or t.words[0] not in STOP_WORDS]
    return ParsedQuery(text, tuple(kept or terms), advanced)


# -- SQLite: whole words, accents folded ---------------------------------------------


def sqlite_match(text, spec) -> bool:
    """The ``hub_match(text, spec)`` SQL function: ``spec`` is a folded word, with a
    leading ``*`` when it may be a prefix."""
    if not text:
        return False
    return contains_word(fold(text), spec.lstrip("*"), prefix=spec.startswith("*"))


def register_sqlite_functions(sender=None, connection=None, **kwargs) -> None:
    if connection is not None and connection.vendor == "sqlite":
        connection.connection.create_function("hub_match", 2, sqlite_match, deterministic=True)


class _Matches(Func):
    function = "hub_match"
    output_field = BooleanField()


class _NotAscii(Func):
    """True when the text has a character beyond ASCII (bytes outnumber characters)."""

    template = "(length(CAST(%(expressions)s AS BLOB)) != length(%(expressions)s))"
    output_field = BooleanField()


def _column_matches(column: str, word: str, prefix: bool) -> Q:
    # The LIKE (SQLite's own, case-insensitive for ASCII) rules out most rows cheaply;
    # a text with accents may hold the word with accents, so it is always checked.
    needle = word if prefix else common_prefix(word_forms(word))
    spec = f"*{word}" if prefix else word
    return (Q(**{f"{column}__icontains": needle}) | Q(_NotAscii(F(column)))) & Q(
        _Matches(F(column), Value(spec))
    )


class SearchableQuerySet(models.QuerySet):
    """Add ``search(text)`` to a model with ``SEARCH_FIELDS = {"A": [...], "B": [...], ...}``.

    The fields are translated fields (``title`` means ``title_en`` and ``title_es``).
    A model may name ``SEARCH_LANGUAGE_FIELD``: a field holding the language of the
    default-language columns (a Spanish document stored in ``title_en`` is stemmed
    as Spanish); ``SEARCH_RELATED`` (``{"C": ["topics__title", "tags__name"]}``): names
    of related rows searched as part of the row; and ``SEARCH_CHOICES``
    (``{"C": ["category"]}``): choice fields whose labels, in every language, are.
    """

    def search(self, text, *, ranked: bool = True):
        """Rows matching ``text`` (a string or a ``ParsedQuery``), best first (or in the
        queryset's own order if not ranked).

        On PostgreSQL the ranked result is a ``TieredResults``: matches in a title or
        summary, ranked by ``SearchRank``, then matches in the body only, newest first.
        Ranking every match of a common word is what makes search slow on a large
        library; the title-and-summary vector is small and matches far fewer rows.
        ``search_step(results)`` says which step found them.
        """
        parsed = parse_query(text)
        if not parsed:
            return self.none()
        if is_postgres():
            results = self._search_postgres(parsed, ranked=ranked)
        else:
            results = self._search_simple(parsed, ranked=ranked)
        results._count_limit = COUNT_LIMIT
        return results

    def _clone(self):
        clone = super()._clone()
        clone._count_limit = getattr(self, "_count_limit", None)
        clone._search_step = getattr(self, "_search_step", None)
        return clone

    def _step(self, step):
        self._search_step = step
        return self

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

    def term_condition(self, term: Term) -> Q:
        """Rows holding ``term`` (PostgreSQL: through the stored vector)."""
        if is_postgres():
            return Q(search_vector=self._pg_terms_query([term], any_word=False))
        return self._simple_term(term)[0]

    # -- PostgreSQL ------------------------------------------------------------

    def _pg_query(self, parsed, any_word=False, configs=None):
        configs = configs or list(dict.fromkeys(search_configs().values()))
        if parsed.advanced:  # websearch syntax as typed: quotes, or, -word
            text = " or ".join(query_words(parsed.text)) if any_word else parsed.text
            parts = [SearchQuery(text, config=c, search_type="websearch") for c in configs]
            return reduce(or_, parts)
        return self._pg_terms_query(parsed.terms, any_word=any_word, configs=configs)

    def _pg_terms_query(self, terms, any_word=False, configs=None):
        configs = configs or list(dict.fromkeys(search_configs().values()))
        combine = or_ if any_word else and_
        return reduce(
            or_, [reduce(combine, [_pg_term(term, config) for term in terms]) for config in configs]
        )

    def _search_postgres(self, parsed, ranked=True):
        # All the terms first; then any of them; then similar spellings. Counts go
        # through the GIN indexes and stop at COUNT_LIMIT + 1 (a LIMIT 1 probe can
        # make the planner scan the whole table instead).
        for any_word in _any_word_steps(parsed):
            step = "any" if any_word else "all"
            query = self._pg_query(parsed, any_word=any_word)
            if not ranked:
                matches = self.filter(search_vector=query)
                found = _capped_count(matches)
                if found:
                    return matches._with_count(found)._step(step)
                continue
            head, every = self._pg_tiers(query)
            head_count, total = _tier_counts([(head, every)])
            if total:
                return self._pg_results(query, head, every, head_count, total, step)
        return self._pg_similar(parsed, ranked=ranked)

    def _pg_tiers(self, query):
        """Matches in a title or summary, and all matches (which include those)."""
        return self.filter(search_head=query), self.filter(search_vector=query)

    def _pg_results(self, query, head, every, head_count, total, step="all"):
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
        results = TieredResults(
            ranked_head,
            every.exclude(search_head=query).order_by(*self.model.NEWEST_FIRST),
            head_count,
            max(total - head_count, 0),
            first_pages,
            first_until,
        )
        results.search_step = step
        return results

    def _pg_similar(self, parsed, ranked=True):
        """Nothing matched: titles with a similar word (pg_trgm's %> operator).

        It uses the trigram index; the threshold is set per connection in settings.
        Only the first FUZZY_LIMIT candidates are ranked: checking word similarity is
        costly, and a misspelling is meant to find a few close titles, not thousands.
        """
        text = parsed.typed() or parsed.text
        if all(len(word) < 3 for word in query_words(text)):
            return self.none()._step("similar")  # "x" is not a misspelling of "Xylophone"
        title = f"title_{settings.LANGUAGE_CODE}"
        candidates = self.filter(**{f"{title}__trigram_word_similar": text}).order_by()
        ids = list(candidates.values_list("pk", flat=True)[:FUZZY_LIMIT])  # looked up once
        similar = self.filter(pk__in=ids)._with_count(len(ids))._step("similar")
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

    def _simple_word(self, word, prefix):
        """(condition, score) of one folded word in every searched field of the row."""
        model = self.model
        condition, score = Q(), Value(0, output_field=IntegerField())
        for weight, fields in model.SEARCH_FIELDS.items():
            points = Value(WEIGHT_POINTS[weight])
            for column in _columns(fields):
                matches = _column_matches(column, word, prefix)
                condition |= matches
                score = score + Case(
                    When(matches, then=points), default=Value(0), output_field=IntegerField()
                )
        for weight, paths in getattr(model, "SEARCH_RELATED", {}).items():
            for path in paths:
                inner = reduce(
                    or_, [_column_matches(c, word, prefix) for c in _related_columns(model, path)]
                )
                matches = Q(pk__in=model._base_manager.filter(inner).values("pk"))
                condition |= matches
                score = score + Case(
                    When(matches, then=Value(WEIGHT_POINTS[weight])),
                    default=Value(0),
                    output_field=IntegerField(),
                )
        for weight, fields in getattr(model, "SEARCH_CHOICES", {}).items():
            for name in fields:
                values = [
                    value
                    for value, label in choice_labels(model, name).items()
                    if contains_word(label, word, prefix)
                ]
                if values:
                    matches = Q(**{f"{name}__in": values})
                    condition |= matches
                    score = score + Case(
                        When(matches, then=Value(WEIGHT_POINTS[weight])),
                        default=Value(0),
                        output_field=IntegerField(),
                    )
        return condition, score

    def _simple_term(self, term):
        """(condition, score) of a term: any of its alternatives, each with all its words."""
        condition, score = Q(), Value(0, output_field=IntegerField())
        for words, prefix in term.alternatives():
            every = Q()
            for index, word in enumerate(words):
                word_condition, word_score = self._simple_word(
                    word, prefix and index == len(words) - 1
                )
                every &= word_condition
                score = score + word_score
            condition |= every
        return condition, score

    def _search_simple(self, parsed, ranked=True, similar=True):
        parts = [self._simple_term(term) for term in parsed.terms]
        every_term = reduce(and_, [condition for condition, _score in parts])
        some_term = reduce(or_, [condition for condition, _score in parts])
        score = reduce(lambda a, b: a + b, [s for _condition, s in parts])
        # All the terms first; if nothing has them all, any of them; if nothing has
        # any, the closest spelling of the words that found nothing.
        if self.filter(every_term).exists():
            condition, step = every_term, "all"
        elif len(parts) > 1 and self.filter(some_term).exists():
            condition, step = some_term, "any"
        else:
            corrected = suggestion(parsed, [False] * len(parsed.terms)) if similar else None
            if corrected is None:
                return self.none()._step("all")
            found = self._search_simple(parse_query(corrected), ranked=ranked, similar=False)
            return found._step("similar") if found.exists() else self.none()._step("all")
        if not ranked:
            return self.filter(condition)._step(step)
        return self.filter(condition).annotate(rank=score).order_by("-rank", "pk")._step(step)

    # -- highlighting --------------------------------------------------------------

    def with_headline(self, text, field: str = "summary"):
        """Annotate ``headline_raw`` (PostgreSQL) for ``highlight()`` to make safe."""
        parsed = parse_query(text)
        if not is_postgres() or not parsed:
            return self
        language = current_language()
        column = localized_field(field, language)
        config = search_config(language)
        return self.annotate(
            headline_raw=SearchHeadline(
                F(column),
                self._pg_query(parsed, configs=[config]),
                config=config,
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=40,
                min_words=15,
                highlight_all=True,
            )
        )


def _pg_term(term: Term, config: str):
    """The tsquery of one term in one configuration: any of its alternatives."""
    parts = []
    for words, prefix in term.alternatives():
        query = SearchQuery(" ".join(words), config=config)
        if prefix:
            # The word as typed, or a word starting with all its letters ("garde:*"). The
            # start is not stemmed ("simple"): stemming "guia" to "gui" would find "guide".
            start = SearchQuery(f"{words[-1]}:*", config=FALLBACK_SEARCH_CONFIG, search_type="raw")
            if len(words) > 1:
                start = SearchQuery(" ".join(words[:-1]), config=config) & start
            query = query | start
        parts.append(query)
    return reduce(or_, parts)


def search_step(results) -> str | None:
    """ "all" (every term matched), "any" (some), "similar" (another spelling) or None."""
    return getattr(results, "search_step", None) or getattr(results, "_search_step", None)


def _columns(fields):
    return [column for name in fields for column in localized_fields(name)]


def _related_columns(model, path: str) -> list[str]:
    """``topics__title`` -> every language's column of it, if the related field is
    translated (``topics__title_en``, ``topics__title_es``), else the field itself."""
    *hops, name = path.split("__")
    related = model
    for hop in hops:
        related = related._meta.get_field(hop).related_model
    prefix = "__".join(hops)
    columns = localized_fields(name)
    names = {f.name for f in related._meta.get_fields()}
    if all(column in names for column in columns):
        return [f"{prefix}__{column}" for column in columns]
    return [path]


def choice_labels(model, name: str) -> dict[str, str]:
    """``{value: folded labels in every language}`` of a choice field."""
    field = model._meta.get_field(name)
    labels = {}
    for value, _label in field.choices:
        texts = []
        for code in language_codes():
            with translation.override(code):
                texts.append(str(dict(field.choices)[value]))
        labels[value] = fold(" ".join(dict.fromkeys(texts)))
    return labels


def search_vector_expression(model, weights=("A", "B", "C", "D")):
    """The weighted tsvector expression for ``model``'s rows (used in UPDATE)."""
    vector = None
    language_field = getattr(model, "SEARCH_LANGUAGE_FIELD", None)
    configs = search_configs()

    def add(part):
        nonlocal vector
        vector = part if vector is None else vector + part

    for weight, fields in model.SEARCH_FIELDS.items():
        if weight not in weights:
            continue
        for name in fields:
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
                add(SearchVector(column, config=column_config, weight=weight))
    for weight, paths in getattr(model, "SEARCH_RELATED", {}).items():
        if weight not in weights:
            continue
        for path in paths:
            for column in _related_columns(model, path):
                code = column.rsplit("_", 1)[-1]
                config = configs.get(code, configs[settings.LANGUAGE_CODE])
                names = (
                    model._base_manager.filter(pk=OuterRef("pk"))
                    .values("pk")
                    .annotate(names=StringAgg(column, delimiter=" "))
                    .values("names")
                )
                add(SearchVector(Subquery(names), config=config, weight=weight))
    for weight, fields in getattr(model, "SEARCH_CHOICES", {}).items():
        if weight not in weights:
            continue
        for name in fields:
            labels = Case(
                *[When(**{name: v}, then=Value(t)) for v, t in choice_labels(model, name).items()],
                default=Value(""),
            )
            add(SearchVector(labels, config=FALLBACK_SEARCH_CONFIG, weight=weight))
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


def _any_word_steps(parsed):
    """The steps to try in turn: all the terms, then (for several) any of them."""
    several = len(query_words(parsed.text)) > 1 if parsed.advanced else len(parsed.terms) > 1
    return (False, True) if several else (False,)


def search_many(querysets: dict, text) -> dict:
    """``{key: queryset.search(text)}`` for several models, in fewer round trips.

    On PostgreSQL the counts of every model are taken together, one query per step
    (all the words, then any of them), instead of one or two queries per model.
    """
    parsed = parse_query(text)
    if not parsed:
        return {key: queryset.none() for key, queryset in querysets.items()}
    if not is_postgres():
        return {key: queryset.search(parsed) for key, queryset in querysets.items()}
    results, pending = {}, dict(querysets)
    for any_word in _any_word_steps(parsed):
        tiers = {}
        for key, queryset in pending.items():
            query = queryset._pg_query(parsed, any_word=any_word)
            tiers[key] = (query, *queryset._pg_tiers(query))
        counts = _tier_counts([(head, every) for _, head, every in tiers.values()])
        for index, (key, (query, head, every)) in enumerate(tiers.items()):
            head_count, total = counts[2 * index], counts[2 * index + 1]
            if total:
                results[key] = pending[key]._pg_results(
                    query, head, every, head_count, total, "any" if any_word else "all"
                )
        pending = {key: queryset for key, queryset in pending.items() if key not in results}
        if not pending:
            break
    for key, queryset in pending.items():
        results[key] = queryset._pg_similar(parsed)
    return results


def term_hits(querysets, parsed: ParsedQuery) -> list[bool]:
    """For each term, whether any of ``querysets`` holds it: one query in all."""
    if not parsed or parsed.advanced:
        return [True] * len(parsed.terms)
    probes, params = [], []
    for queryset in querysets:
        for term in parsed.terms:
            probe = queryset.filter(queryset.term_condition(term)).order_by().values("pk")[:1]
            sql, probe_params = probe.query.sql_with_params()
            probes.append(f"EXISTS ({sql})")
            params += list(probe_params)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(probes)}", params)
        row = cursor.fetchone()
    count = len(parsed.terms)
    return [any(row[i * count + j] for i in range(len(querysets))) for j in range(count)]


# -- "Did you mean …?" ----------------------------------------------------------

VOCABULARY_KEY = "search:vocabulary:{generation}"
VOCABULARY_SECONDS = 24 * 3600
SUGGESTION_CUTOFF = 0.8
_vocabulary_memo: dict = {}


def _build_vocabulary() -> list[str]:
    """Folded words of published titles, summaries, related names (topics, tags…) and
    synonyms' terms, of every searchable model."""
    found: set[str] = set()

    def take(texts):
        for text in texts:
            if text:
                found.update(w for w in words_of(text) if len(w) > 2 and not w.isdigit())

    for model in apps.get_models():
        if not issubclass(model, SearchIndexedModel):
            continue
        rows = model._default_manager.all()
        if hasattr(rows, "published"):
            rows = rows.published()
        heads = [w for w in ("A", "B") if w in model.SEARCH_FIELDS]
        columns = _columns([f for w in heads for f in model.SEARCH_FIELDS[w]])
        for values in rows.values_list(*columns).iterator(chunk_size=2000):
            take(values)
        for paths in getattr(model, "SEARCH_RELATED", {}).values():
            for path in paths:
                for column in _related_columns(model, path):
                    take(
                        rows.exclude(**{f"{column}__isnull": True})
                        .values_list(column, flat=True)
                        .distinct()
                    )
        for fields in getattr(model, "SEARCH_CHOICES", {}).values():
            for name in fields:
                take(choice_labels(model, name).values())
    take(Synonym.objects.values_list("key", flat=True))
    return sorted(found)


def vocabulary() -> dict[str, list[str]]:
    """``{first letter: words}``, built once per content generation and cached."""
    generation = content_generation()
    memo = _vocabulary_memo.get("current")
    if memo and memo[0] == generation:
        return memo[1]
    key = VOCABULARY_KEY.format(generation=generation)
    words = cache.get(key)
    if words is None:
        words = _build_vocabulary()
        cache.set(key, words, VOCABULARY_SECONDS)
    buckets: dict[str, list[str]] = {}
    for word in words:
        buckets.setdefault(word[0], []).append(word)
    _vocabulary_memo["current"] = (generation, buckets)
    return buckets


def suggest_word(word: str) -> str | None:
    """The closest known word to a folded ``word`` that is not itself known."""
    if len(word) < 3 or word.isdigit():
        return None
    bucket = vocabulary().get(word[0], [])
    if any(form + ending in bucket for form in word_forms(word) for ending in ("", "s", "es")):
        return None
    near = [w for w in bucket if abs(len(w) - len(word)) <= 2]
    close = difflib.get_close_matches(word, near, n=1, cutoff=SUGGESTION_CUTOFF)
    return close[0] if close else None


def suggestion(parsed: ParsedQuery, hits: list[bool]) -> str | None:
    """The query with its unknown words respelled (those with no close word dropped),
    or None when no word was respelled."""
    if not parsed or parsed.advanced:
        return None
    words, respelled = [], False
    for term, hit in zip(parsed.terms, hits, strict=True):
        if hit or term.meanings:
            words.append(term.typed)
            continue
        if len(term.words) == 1:
            better = suggest_word(term.words[0])
            if better:
                words.append(better)
                respelled = True
    return " ".join(words) if respelled else None


# -- signals ------------------------------------------------------------------------


def _refresh_related(model, field_name):
    related_model = model._meta.get_field(field_name).related_model

    def on_m2m(sender, instance, action, pk_set=None, **kwargs):
        if action not in ("post_add", "post_remove", "post_clear") or not is_postgres():
            return
        if isinstance(instance, model):
            refresh_search_vectors(model._base_manager.filter(pk=instance.pk))
        elif isinstance(instance, related_model) and pk_set:  # topic.programs.add(...)
            refresh_search_vectors(model._base_manager.filter(pk__in=pk_set))

    def on_rename(sender, instance, created=False, raw=False, **kwargs):
        if not created and not raw and is_postgres():
            refresh_search_vectors(model._base_manager.filter(**{field_name: instance}))

    return on_m2m, on_rename


def connect_search_signals() -> None:
    """Called once from the core's AppConfig.ready, when every model is loaded."""
    connection_created.connect(register_sqlite_functions, dispatch_uid="hub-sqlite-functions")
    connect_invalidation(Synonym)
    for model in apps.get_models():
        if not issubclass(model, SearchIndexedModel):
            continue
        for paths in getattr(model, "SEARCH_RELATED", {}).values():
            for path in paths:
                name = path.split("__")[0]
                field = model._meta.get_field(name)
                on_m2m, on_rename = _refresh_related(model, name)
                uid = f"search-related-{model._meta.label_lower}-{name}"
                m2m_changed.connect(
                    on_m2m, sender=field.remote_field.through, weak=False, dispatch_uid=uid
                )
                post_save.connect(
                    on_rename, sender=field.related_model, weak=False, dispatch_uid=f"{uid}-save"
                )


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
        self.search_step = "all"

    def count(self):
        return self.head_count + self.body_count

    __len__ = count

    def exists(self):
        return self.count() > 0

    def __bool__(self):
        return self.exists()

    def _map(self, method, *args, **kwargs):
        first = self.first_pages
        mapped = TieredResults(
            getattr(self.head, method)(*args, **kwargs),
            getattr(self.body, method)(*args, **kwargs),
            self.head_count,
            self.body_count,
            getattr(first, method)(*args, **kwargs) if first is not None else None,
            self.first_until,
        )
        mapped.search_step = self.search_step
        return mapped

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


def highlight(text: str, query, headline: str | None = None) -> str:
    """Safe HTML: ``text`` (or PostgreSQL's headline of it) with matched words in <mark>.

    ``query`` is a string or a ``ParsedQuery``; whole words are marked, accents and
    case aside, synonyms' words included, the last word also as a prefix.
    """
    if headline and MARK_START in headline:
        safe = escape(headline)
        return mark_safe(  # escaped above; only our sentinels become tags
            safe.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
        )
    text = text or ""
    parsed = parse_query(query, synonyms=False) if isinstance(query, str) else query
    wanted = [
        (word, prefix)
        for term in parsed.terms
        for word, prefix in term.marked_words()
        if len(word) > 1
    ]
    if not wanted:
        return escape(text)
    # Match on the raw text and escape each piece, so a query can never land inside
    # an HTML entity that escaping produced.
    pieces, last = [], 0
    for match in WORD.finditer(text):
        token = fold(match.group(0))
        if any(is_word(token, word, prefix) for word, prefix in wanted):
            pieces.append(escape(text[last : match.start()]))
            pieces.append(f"<mark>{escape(match.group(0))}</mark>")
            last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # every piece escaped
