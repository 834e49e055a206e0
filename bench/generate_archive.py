"""Build a large synthetic quote archive for benchmarks, reproducibly from a seed.

    python bench/generate_archive.py --items 20000 --quotes 1000000 --people 20000 \\
        --seed 1 --db /tmp/archive-1m.sqlite

German and English quote texts are built from word lists (with compounds such as
"Strukturwandel" and "Förderprogramm"), people hold one to three roles one after the
other, items are spread over 2012–2025. Rows go in with executemany in large
transactions; the full-text index is filled once at the end. The database file must
not exist yet (or pass ``--force``). ``--db`` may also be the URL of an empty PostgreSQL
database (``postgresql+psycopg://user@127.0.0.1:5432/name``): the same seed gives the same
archive there.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, insert
from sqlalchemy.engine import URL, make_url

from editor.core.model import (
    Approval,
    ApprovalState,
    Block,
    BlockKind,
    Gender,
    ItemStatus,
    Organisation,
    Person,
    PressItem,
    Quote,
    Role,
    Speaker,
    Translations,
)
from editor.store import (
    Archive,
    records,
)
from editor.store.engine import WRITE_OPTION, create_archive_engine
from editor.store.schema import (
    item_issuers,
    item_topics,
    organisations,
    people,
    press_items,
    quote_speakers,
    quotes,
    roles,
)
from editor.store.search import index as search_index
from editor.store.search import index_for

GIVEN = (
    "Jörg", "Armin", "Steffen", "Thomas", "Mike", "Erika", "Anna", "Katrin", "Jürgen", "Sören",
    "Björn", "Uwe", "Dörte", "Änne", "Günter", "Sabine", "Claudia", "Martin", "Stefan",
    "Andreas", "Michael", "Petra", "Monika", "Ulrike", "Frank", "Jens", "Heike", "Birgit",
    "Klaus", "Dieter", "Manuela", "Susanne", "Tobias", "Lukas", "Jonas", "Lea", "Marie",
    "Sophie", "Hannah", "Felix", "Paul", "Max", "Leon", "Emma", "Mia", "Clara", "Ida", "Ole",
    "Malte", "Gesine", "Friederike", "Kai", "Nils", "Till",
)
FAMILY = (
    "Steinbach", "Willingmann", "Kammradt", "Einsfelder", "Schubert", "Müller", "Schmidt",
    "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
    "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
    "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König",
    "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß",
    "Jung", "Hahn", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler",
    "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig",
    "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger",
    "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf",
    "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch",
    "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Straßburg",
    "Großmann",
)
HONORIFICS = ("", "", "", "", "Dr.", "Dr.", "Prof. Dr.", "Prof. Dr.-Ing.")
TOWNS = (
    "Potsdam", "Magdeburg", "Cottbus", "Halle", "Dessau-Roßlau", "Frankfurt (Oder)",
    "Brandenburg an der Havel", "Eberswalde", "Wittenberg", "Stendal", "Senftenberg", "Schwedt",
    "Neuruppin", "Jüterbog", "Bad Belzig", "Görlitz", "Weißwasser", "Fürstenwalde", "Köthen",
    "Quedlinburg",
)
REGIONS = ("Brandenburg", "Sachsen-Anhalt", "Lausitz", "Altmark", "Uckermark", "Prignitz")
FUNCTIONS = (
    ("Minister für {area}", "Minister for {area_en}", "Minister", "Minister"),
    ("Staatssekretär für {area}", "State Secretary for {area_en}", "Staatssekretär",
     "State Secretary"),
    ("Geschäftsführer der {org}", "Managing Director of {org}", "Geschäftsführer",
     "Managing Director"),
    ("Oberbürgermeister von {town}", "Mayor of {town}", "Oberbürgermeister", "Mayor"),
    ("Präsident der {org}", "President of {org}", "Präsident", "President"),
    ("Leiterin der Abteilung {area}", "Head of the {area_en} Department", "Leiterin",
     "Head"),
    ("Vorstandsvorsitzende der {org}", "Chair of the Board of {org}", "Vorstandsvorsitzende",
     "Chair"),
)
AREAS = (
    ("Wirtschaft, Arbeit und Energie", "Economic Affairs, Labour and Energy"),
    ("Wissenschaft, Energie, Klimaschutz und Umwelt", "Science, Energy, Climate and Environment"),
    ("Infrastruktur und Landesplanung", "Infrastructure and Regional Planning"),
    ("Digitalisierung", "Digitalisation"),
    ("Ländliche Entwicklung", "Rural Development"),
    ("Finanzen", "Finance"),
    ("Bildung, Jugend und Sport", "Education, Youth and Sport"),
)
ORG_KINDS = (
    ("Wirtschaftsförderung {region}", "Economic Development Agency {region}", "WF"),
    ("Investitionsbank {region}", "Investment Bank {region}", "IB"),
    ("Ministerium für {area} {region}", "Ministry for {area_en} {region}", "M"),
    ("Stadtwerke {town}", "Municipal Utilities {town}", "SW"),
    ("Industrie- und Handelskammer {town}", "Chamber of Commerce {town}", "IHK"),
    ("Technologiepark {town}", "Technology Park {town}", "TP"),
    ("Hochschule {town}", "University of Applied Sciences {town}", "HS"),
)
TOPICS = (
    "Strukturwandel", "Digitalisierung", "Smart Country", "Ländlicher Raum", "Fachkräfte",
    "Energiewende", "Wasserstoff", "Ansiedlung", "Förderprogramme", "Tourismus",
    "Mobilität", "Innovation", "Start-ups", "Breitband", "Klimaschutz", "Außenwirtschaft",
    "Gründung", "Wissenschaft", "Kultur", "Wohnungsbau",
)

# Sentence pieces: German nouns (many compounds) with English twins.
NOUNS = (
    ("der Strukturwandel", "structural change"), ("das Förderprogramm", "the funding programme"),
    ("die Förderung", "funding"), ("die Wirtschaftsförderung", "economic development"),
    ("die Digitalisierung", "digitalisation"), ("der Breitbandausbau", "broadband expansion"),
    ("die Fachkräftesicherung", "securing skilled workers"),
    ("die Energiewende", "the energy transition"), ("die Wasserstoffwirtschaft",
                                                     "the hydrogen economy"),
    ("die Kooperationsvereinbarung", "the cooperation agreement"),
    ("der Wirtschaftsstandort", "the business location"), ("die Ansiedlung", "the settlement"),
    ("das Gründungszentrum", "the start-up centre"), ("die Straßenbahn", "the tram"),
    ("die Landesregierung", "the state government"), ("der Mittelstand", "small business"),
    ("die Forschungseinrichtung", "the research institution"),
    ("das Innovationsnetzwerk", "the innovation network"),
    ("die Standortentwicklung", "location development"), ("der Klimaschutz", "climate protection"),
    ("die Verkehrswende", "the transport transition"),
    ("das Kompetenzzentrum", "the competence centre"),
    ("die Zusammenarbeit", "cooperation"), ("der Arbeitsmarkt", "the labour market"),
    ("die Außenwirtschaft", "foreign trade"), ("die Großstadt", "the city"),
    ("das Strukturstärkungsgesetz", "the structural strengthening act"),
    ("die Gewerbefläche", "the commercial area"), ("der Tourismusverband", "the tourism board"),
    ("die Hochschulkooperation", "the university cooperation"),
    ("die Ausbildungsoffensive", "the training campaign"), ("der Kohleausstieg", "the coal exit"),
    ("die Investitionsentscheidung", "the investment decision"),
    ("die Mobilitätsstrategie", "the mobility strategy"),
    ("das Leuchtturmprojekt", "the flagship project"), ("die Wertschöpfung", "value creation"),
)
ADJECTIVES = (
    ("starkes", "strong"), ("wichtiges", "important"), ("klares", "clear"),
    ("großartiges", "great"), ("ermutigendes", "encouraging"), ("nachhaltiges", "sustainable"),
    ("überzeugendes", "convincing"), ("gemeinsames", "joint"), ("zukunftsfähiges", "future-proof"),
)
TEMPLATES = (
    ("{n1} ist ein {adj} Signal für {region}.", "{n1_en} is a {adj_en} signal for {region}."),
    ("Mit {n1} stärken wir {n2} in {region}.", "With {n1_en} we strengthen {n2_en} in {region}."),
    ("Wir setzen auf {n1} und {n2}.", "We are counting on {n1_en} and {n2_en}."),
    ("Gerade {n1} zeigt, wie wichtig {n2} für unsere Region ist.",
     "{n1_en} in particular shows how important {n2_en} is for our region."),
    ("Das ist ein {adj} Ergebnis für {n1} und für die Menschen in {town}.",
     "This is a {adj_en} result for {n1_en} and for the people of {town}."),
    ("Ohne {n1} gelingt {n2} nicht.", "Without {n1_en}, {n2_en} will not succeed."),
    ("{n1} bleibt für {region} eine Daueraufgabe.",
     "{n1_en} remains a permanent task for {region}."),
    ("Wir freuen uns, dass {n1} in {town} so gut vorankommt.",
     "We are pleased that {n1_en} is making such good progress in {town}."),
)
SYLLABLES = (
    "ro", "va", "lux", "te", "tron", "na", "ber", "li", "mo", "sol", "ka", "den", "fi",
    "gra", "no", "vel", "sta", "ri", "quan", "to", "mer", "zu", "pla", "nex", "ha", "vi",
    "dor", "el", "ma", "tis",
)
COMPANY_SENTENCES = (
    ("Die Ansiedlung von {company} in {town} ist ein {adj} Signal.",
     "The arrival of {company} in {town} is a {adj_en} signal."),
    ("Mit {company} gewinnen wir einen starken Partner für {n1}.",
     "With {company} we gain a strong partner for {n1_en}."),
    ("Wir begrüßen, dass {company} in {region} investiert.",
     "We welcome {company} investing in {region}."),
)


def company_names() -> list[str]:
    """27,000 invented company names ("Rovalux"): the rare words of the archive."""
    return [(a + b + c).capitalize() for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES]


VERBS = (({"de": "sagte", "en": "said"}, 6), ({"de": "betonte", "en": "emphasised"}, 2),
         ({"de": "erklärte", "en": "explained"}, 2))
APPROVALS = ((ApprovalState.APPROVED, 80), (ApprovalState.SENT, 8),
             (ApprovalState.DRAFTED, 8), (ApprovalState.REJECTED, 4))
FIRST_DAY = date(2012, 1, 1)
LAST_DAY = date(2025, 12, 31)


def _cap(text: str) -> str:
    """The sentence with a capital first letter (articles are not declined: synthetic)."""
    return text[:1].upper() + text[1:]


class Generator:
    """Synthetic people, organisations, roles, items and quotes from one seed."""

    def __init__(self, seed: int, n_people: int, n_items: int, n_quotes: int) -> None:
        self.random = random.Random(seed)
        self.n_people = n_people
        self.n_items = n_items
        self.n_quotes = n_quotes
        self.organisations: list[Organisation] = []
        self.people: list[Person] = []
        self.roles: dict[str, list[Role]] = {}
        self._speaker_weights: list[float] = []  # cumulative, for random.choices
        self.companies = company_names()
        random.Random(seed).shuffle(self.companies)

    def build_records(self) -> None:
        rnd = self.random
        n_orgs = max(10, self.n_people // 50)
        for index in range(n_orgs):
            de, en, short = rnd.choice(ORG_KINDS)
            area, area_en = rnd.choice(AREAS)
            region, town = rnd.choice(REGIONS), rnd.choice(TOWNS)
            values = {"region": region, "town": town, "area": area, "area_en": area_en}
            self.organisations.append(
                Organisation(
                    f"org-{index:05d}",
                    f"{short}{index}",
                    name={"de": de.format(**values), "en": en.format(**values)},
                    town=town,
                )
            )
        for index in range(self.n_people):
            person = Person(
                f"person-{index:06d}",
                rnd.choice(GIVEN),
                rnd.choice(FAMILY),
                honorific=rnd.choice(HONORIFICS),
                gender=rnd.choice((Gender.FEMININE, Gender.MASCULINE)),
                town=rnd.choice(TOWNS),
            )
            self.people.append(person)
            self.roles[person.id] = self._roles_of(person)
        # A few people speak very often (ministers), most rarely.
        self._speaker_weights = list(accumulate(1.0 / (rank + 10)
                                                for rank in range(self.n_people)))

    def _roles_of(self, person: Person) -> list[Role]:
        rnd = self.random
        count = rnd.choice((1, 1, 2, 2, 3))
        span = (LAST_DAY - FIRST_DAY).days
        cuts = sorted(rnd.sample(range(200, span - 200), count - 1)) if count > 1 else []
        starts = [FIRST_DAY - timedelta(days=rnd.randint(0, 2000))]
        starts += [FIRST_DAY + timedelta(days=c) for c in cuts]
        result = []
        for number, start in enumerate(starts):
            until = starts[number + 1] - timedelta(days=1) if number + 1 < len(starts) else None
            org = rnd.choice(self.organisations)
            de, en, function_de, function_en = rnd.choice(FUNCTIONS)
            area, area_en = rnd.choice(AREAS)
            values = {"area": area, "area_en": area_en, "org": org.name["de"],
                      "town": org.town}
            values_en = {**values, "org": org.name["en"]}
            result.append(
                Role(
                    f"role-{person.id[7:]}-{number}",
                    person.id,
                    org.id,
                    title={"de": de.format(**values), "en": en.format(**values_en)},
                    function={"de": function_de, "en": function_en},
                    valid_from=start,
                    valid_until=until,
                )
            )
        return result

    def _sentence(self) -> tuple[str, str]:
        rnd = self.random
        de, en = rnd.choice(TEMPLATES)
        (n1, n1_en), (n2, n2_en) = rnd.sample(NOUNS, 2)
        adj, adj_en = rnd.choice(ADJECTIVES)
        values = {
            "n1": n1, "n2": n2, "n1_en": n1_en, "n2_en": n2_en,
            "adj": adj, "adj_en": adj_en, "region": rnd.choice(REGIONS),
            "town": rnd.choice(TOWNS),
        }
        return _cap(de.format(**values)), _cap(en.format(**values))

    def quote_texts(self) -> tuple[str, str]:
        pairs = [self._sentence() for _ in range(self.random.randint(2, 4))]
        if self.random.random() < 0.25:  # a rare word: a company, few quotes each
            pairs[-1] = self._company_sentence()
        return " ".join(p[0] for p in pairs), " ".join(p[1] for p in pairs)

    def _company_sentence(self) -> tuple[str, str]:
        rnd = self.random
        rank = int(rnd.paretovariate(0.8)) - 1  # a few companies often, most rarely
        company = self.companies[rank % len(self.companies)]
        de, en = rnd.choice(COMPANY_SENTENCES)
        n1, n1_en = rnd.choice(NOUNS)
        adj, adj_en = rnd.choice(ADJECTIVES)
        values = {"company": company, "town": rnd.choice(TOWNS), "region": rnd.choice(REGIONS),
                  "n1": n1, "n1_en": n1_en, "adj": adj, "adj_en": adj_en}
        return de.format(**values), en.format(**values)

    def _speakers(self, day: date) -> list[Speaker]:
        rnd = self.random
        count = 2 if rnd.random() < 0.1 else 1
        chosen = rnd.choices(self.people, cum_weights=self._speaker_weights, k=count)
        speakers = []
        for person in dict.fromkeys(p.id for p in chosen):
            role_id = None
            if rnd.random() < 0.7:  # most quotes name the role held; the rest go by date
                for role in self.roles[person]:
                    if role.valid_on(day):
                        role_id = role.id
            speakers.append(Speaker(person, role_id))
        return speakers

    def items(self) -> Iterator[PressItem]:
        """Items in date order, with their quotes, ``n_quotes`` in all."""
        rnd = self.random
        span = (LAST_DAY - FIRST_DAY).days
        days = sorted(FIRST_DAY + timedelta(days=rnd.randint(0, span)) for _ in range(self.n_items))
        remaining = self.n_quotes
        for number, day in enumerate(days):
            left = self.n_items - number
            share = remaining // left
            count = remaining if left == 1 else max(0, min(remaining, rnd.randint(
                max(0, share // 2), share + share // 2)))
            remaining -= count
            yield self._item(number, day, count)

    def _item(self, number: int, day: date, count: int) -> PressItem:
        rnd = self.random
        item_id = f"item-{number:06d}"
        headline_de, headline_en = self._sentence()
        topics = rnd.sample(TOPICS, rnd.randint(1, 3))
        item_quotes = []
        blocks = []
        for position in range(count):
            de, en = self.quote_texts()
            verb = rnd.choices([v for v, _ in VERBS], weights=[w for _, w in VERBS])[0]
            state = rnd.choices([s for s, _ in APPROVALS], weights=[w for _, w in APPROVALS])[0]
            approval = Approval(state)
            if state in (ApprovalState.APPROVED, ApprovalState.REJECTED):
                approval = Approval(state, by="Pressestelle",
                                    at=datetime.combine(day, datetime.min.time()))
            quote = Quote(
                f"q-{number:06d}-{position:03d}",
                speakers=self._speakers(day),
                text=Translations.of("de", de=de, en=en),
                verb=dict(verb),
                date=day,
                approval=approval,
                topics=rnd.sample(TOPICS, rnd.randint(0, 2)),
            )
            item_quotes.append(quote)
            blocks.append(Block(f"b-{number:06d}-{position:03d}", BlockKind.QUOTE,
                                quote_id=quote.id))
        return PressItem(
            id=item_id,
            status=ItemStatus.PUBLISHED,
            issue_date=day,
            places=[rnd.choice(TOWNS)],
            issuer_ids=[rnd.choice(self.organisations).id],
            languages=["de", "en"],
            headline=Translations.of("de", de=headline_de.rstrip("."),
                                     en=headline_en.rstrip(".")),
            blocks=blocks,
            quotes=item_quotes,
            topics=topics,
        )


def generate(path: Path | str, *, items: int, quotes_total: int, n_people: int, seed: int,
             echo: bool = True) -> dict[str, float]:
    """Write the archive to ``path`` (a new file, or the URL of an empty database).

    Returns the seconds each phase took. The same seed gives the same archive on every
    backend.
    """
    timings: dict[str, float] = {}
    started = time.perf_counter()

    def phase(name: str, since: float) -> float:
        now = time.perf_counter()
        timings[name] = now - since
        if echo:
            print(f"{name:<10} {now - since:8.1f} s", file=sys.stderr, flush=True)
        return now

    Archive.open(path).close()  # schema at the newest revision
    if isinstance(path, str) and "://" in path:
        url = make_url(path)
    else:
        url = URL.create("sqlite", database=str(path))
    engine = create_archive_engine(url)

    if url.get_backend_name() == "sqlite":
        @event.listens_for(engine, "connect")
        def _fast(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA synchronous=OFF")
            dbapi_connection.execute("PRAGMA cache_size=-400000")

    gen = Generator(seed, n_people, items, quotes_total)
    gen.build_records()
    now = datetime.now()
    mark = phase("records", started)
    try:
        with engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                conn.execute(insert(organisations),
                             [records.record_row(o) for o in gen.organisations])
                conn.execute(insert(people), [records.record_row(p) for p in gen.people])
                conn.execute(insert(roles), [records.record_row(r)
                                             for rs in gen.roles.values() for r in rs])
            mark = phase("people", mark)
            row_id = 0
            batch: dict[str, list[dict[str, Any]]] = {
                "items": [], "topics": [], "issuers": [], "quotes": [], "speakers": []
            }
            for item in gen.items():
                rows = records.item_rows(item)
                batch["items"].append({**rows.item, "version": 1, "created_at": now,
                                       "updated_at": now})
                batch["topics"] += rows.topics
                batch["issuers"] += rows.issuers
                for quote in rows.quotes:
                    row_id += 1
                    batch["quotes"].append({**quote.quote, "row_id": row_id})
                    batch["speakers"] += [{"quote_row_id": row_id, **s} for s in quote.speakers]
                if len(batch["quotes"]) >= 50_000:
                    _flush(conn, batch)
            _flush(conn, batch)
            if engine.dialect.name == "postgresql":  # the row ids were given: go on after them
                with conn.begin():
                    conn.exec_driver_sql(
                        "SELECT setval(pg_get_serial_sequence('quotes', 'row_id'), "
                        "(SELECT coalesce(max(row_id), 0) + 1 FROM quotes), false)")
            mark = phase("items", mark)
            with conn.begin():
                search_index.build(conn, index_for(engine.dialect.name))
            mark = phase("index", mark)
            with conn.begin():
                conn.exec_driver_sql("ANALYZE")
    finally:
        engine.dispose()
    phase("total", started)
    return timings


def _flush(conn: Any, batch: dict[str, list[dict[str, Any]]]) -> None:
    with conn.begin():
        for table, key in ((press_items, "items"), (item_topics, "topics"),
                           (item_issuers, "issuers"), (quotes, "quotes"),
                           (quote_speakers, "speakers")):
            if batch[key]:
                conn.execute(insert(table), batch[key])
            batch[key] = []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", required=True,
                        help="the new archive file, or the URL of an empty database")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if "://" not in args.db and Path(args.db).exists():
        if not args.force:
            print(f"error: {args.db} exists; pass --force to replace it", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    generate(args.db, items=args.items, quotes_total=args.quotes, n_people=args.people,
             seed=args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
