"""How fast the initiative directory answers with many entries: listing, facets and search.

`python manage.py benchmark_directory [--entries 10000] [--requests 30] [--budget 60] [--keep]
[--analyze] [--seed 2024] [-v 2]`

A benchmark, not a test. It never reads or writes the configured database: like the test
runner it creates a throwaway one beside it (SQLite: a file in a temporary folder; PostgreSQL:
`test_<NAME>`), migrates it, seeds the taxonomy and drops it at the end (`--keep` leaves it and
says where it is). The engine is the one of the settings: `DATABASE_URL=postgres://…` benchmarks
PostgreSQL.

The entries are inserted in bulk, past Wagtail's page API: the treebeard paths are computed
here, `wagtailcore_page` rows are bulk-created and the `directory_initiativepage` rows written
with their `page_ptr_id`, then the taxonomy links and project holders. As on a real site, the
French and Chinese trees mirror the English one: a share of the entries is translated, the
others are aliases of the English page. The search index is then built in chunks through the
configured backend, and timed.

PostgreSQL is analysed after the load, as its autovacuum would soon do; SQLite gathers no
planner statistics unless ANALYZE is run, and nothing in the project runs it (`--analyze` does).

Each case is requested once to warm up, then `--requests` times (fewer when they pass
`--budget` seconds) through Django's test client, in-process (no server, no network), with
DEBUG off. The table gives p50, p95 and the slowest time in milliseconds, and the SQL queries
of one more request with their total time; `-v 2` also prints the slowest three.
"""

from __future__ import annotations

import math
import platform
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
import warnings
from collections import Counter
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import django
import wagtail
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext, setup_databases, teardown_databases
from django.utils import translation
from django.utils.text import slugify
from modelsearch.backends import get_search_backend
from wagtail.models import Locale, Page, Site

from cms.models import Activity, Country, Discipline, Domain, ProjectType, Theme
from cms.taxonomy_seed import seed_taxonomy
from directory.models import InitiativeIndexPage, InitiativePage
from directory.models.initiatives import ProjectHolder
from search.facets import FacetedListing

PAGE_SIZE_OF_INDEX = 500  # pages per search-index chunk
TRANSLATED = {"fr": 0.10, "zh-hans": 0.05}  # share of entries translated; the rest are aliases
FLAGGED_SHARE = 0.08
COMMON_SHARE = 0.05  # the "common word" is the topic closest to this share of the entries

# (English, French, Chinese): the topic of an entry, in its title and summary.
TOPICS = [
    line.split("|")
    for line in """cooperative|coopérative|合作社 community|communauté|社区 housing|logement|住房
    energy|énergie|能源 education|éducation|教育 health|santé|健康 water|eau|饮水 farming|agriculture|农业
    women|femmes|妇女 youth|jeunesse|青年 microcredit|microcrédit|小额信贷 recycling|recyclage|回收
    migrants|migrants|移民 transport|transport|交通 literacy|alphabétisation|扫盲
    sanitation|assainissement|卫生设施 forests|forêts|森林 fisheries|pêche|渔业 disability|handicap|残障
    elderly|aînés|老年人 democracy|démocratie|民主 justice|justice|司法 culture|culture|文化
    refugees|réfugiés|难民""".split()
]
KINDS = [
    line.split("|")
    for line in """network|réseau|网络 centre|centre|中心 programme|programme|计划 fund|fonds|基金
    school|école|学校 platform|plateforme|平台 alliance|alliance|联盟 project|projet|项目
    collective|collectif|集体 lab|laboratoire|实验室 clinic|clinique|诊所 market|marché|市场
    bank|banque|银行 association|association|协会""".split()
]
ADJECTIVES = [
    line.split("|")
    for line in """inclusive|inclusif|包容 shared|partagé|共享 local|local|本地 green|vert|绿色
    fair|équitable|公平 participatory|participatif|参与式 rural|rural|农村 urban|urbain|城市
    circular|circulaire|循环 mutual|mutuel|互助 open|ouvert|开放 social|social|社会""".split()
]
PLACES = (
    "Nairobi Dhaka Lima Lagos Pune Recife Kumasi Hanoi Cusco Dakar Bogotá Chennai Manila Accra "
    "Tunis Quito Kigali Medellín Surabaya Oaxaca Lyon Porto Turin Glasgow Detroit Osaka"
).split()
FILLER = {
    "en": """local people support training public market access services families workers income
    land schools neighbourhood members volunteers municipality partners savings loans skills tools
    data research children parents teachers doctors nurses artisans traders city village region
    council budget rights care food seeds solar wells roofs buses bicycles waste plastic repair
    workshop meetings assemblies elections courts mediation festival library radio theatre music
    measured results evaluation growth jobs wages prices costs quality safety trust governance
    members decide together every month since the project began with funding from""".split(),
    "fr": """les habitants soutien formation public marché accès services familles travailleurs
    revenu terres écoles quartier membres bénévoles commune partenaires épargne prêts savoir-faire
    outils enfants parents enseignants soins semences puits toits vélos déchets réparation atelier
    assemblées élections médiation festival bibliothèque radio théâtre musique emplois salaires
    confiance gouvernance chaque mois depuis le début du projet""".split(),
    "zh-hans": """居民 支持 培训 公共 市场 服务 家庭 工人 收入 土地 学校 街道 成员 志愿者 政府 伙伴
    储蓄 贷款 技能 工具 儿童 父母 教师 医生 护士 粮食 种子 太阳能 水井 屋顶 公交 自行车 废物 维修
    会议 选举 调解 节日 图书馆 广播 音乐 就业 工资 信任 治理 每月 共同 决定""".split(),
}
FIRST_NAMES = "Amina Bashir Chen Dolores Emeka Fatou Gabriel Hoa Ines Jomo Kavya Lucía Mariam Nikhil Olga Priya Rafael Sana Tomás Yuki".split()
LAST_NAMES = "Abebe Banerjee Castillo Diallo Eze Fernandes García Haddad Ivanova Kim Li Mensah Nakamura Okafor Pereira Rahman Silva Tran Umar Wang".split()
SYLLABLES = "ka lu mbo ri ta no se vi da mo zu pe ra ki".split()


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (p95 of 30 values is the 29th smallest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def zipf_weights(count: int, exponent: float = 1.0) -> list[float]:
    return [1 / (rank + 1) ** exponent for rank in range(count)]


class Command(BaseCommand):
    help = "Benchmark the initiative directory (listing, facets, search) on a throwaway database."

    def add_arguments(self, parser):
        parser.add_argument(
            "--entries", type=int, default=10_000, help="English initiatives (default 10000)."
        )
        parser.add_argument(
            "--requests", type=int, default=30, help="Timed requests per case (default 30)."
        )
        parser.add_argument(
            "--budget",
            type=float,
            default=60,
            help="Seconds per case after which no more requests are timed (default 60).",
        )
        parser.add_argument("--keep", action="store_true", help="Keep the throwaway database.")
        parser.add_argument(
            "--seed", type=int, default=2024, help="Random seed of the generated data."
        )
        parser.add_argument(
            "--analyze",
            action="store_true",
            help="Run ANALYZE on SQLite too (PostgreSQL is always analysed, as autovacuum would).",
        )

    def handle(self, **options):
        if options["entries"] < 1 or options["requests"] < 1:
            raise CommandError("--entries and --requests must be at least 1.")
        self.verbosity = options["verbosity"]
        self.rng = random.Random(options["seed"])  # noqa: S311 - reproducible data, not secrets
        self.timings: dict[str, float] = {}
        with self.throwaway_database(keep=options["keep"]) as where:
            self.log(f"Throwaway database: {where}")
            # Index nothing on save: the benchmark indexes its entries itself, in chunks.
            no_auto_update = {
                name: {**backend, "AUTO_UPDATE": False}
                for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
            }
            with override_settings(WAGTAILSEARCH_BACKENDS=no_auto_update):
                with self.step("taxonomy"):
                    if not Theme.objects.exists():
                        seed_taxonomy()
                with self.step("pages"), transaction.atomic():
                    self.create_entries(options["entries"])
                with self.step("search index"):
                    indexed = self.build_search_index()
                self.statistics = self.analyze(options["analyze"])
            rows = self.measure(options["requests"], options["budget"])
            self.print_report(options, indexed, rows)

    # --- the throwaway database ----------------------------------------------------------

    @contextmanager
    def throwaway_database(self, *, keep: bool):
        """A new, migrated database of the configured engine, never the configured one."""
        test_settings = connection.settings_dict.setdefault("TEST", {})
        folder = None
        if connection.vendor == "sqlite" and not test_settings.get("NAME"):
            folder = tempfile.mkdtemp(prefix="ipsp-benchmark-")
            test_settings["NAME"] = f"{folder}/benchmark.sqlite3"
        configured_name = connection.settings_dict["NAME"]
        started = time.monotonic()
        old_config = setup_databases(
            verbosity=max(self.verbosity - 1, 0),
            interactive=False,
            keepdb=False,
            aliases={connection.alias},
            serialized_aliases=set(),
        )
        self.timings["migrate"] = time.monotonic() - started
        if connection.settings_dict["NAME"] == configured_name:  # never the developer's data
            raise CommandError(f"The throwaway database would be {configured_name} itself.")
        where = f"{connection.vendor} {connection.settings_dict['NAME']}"
        try:
            yield where
        finally:
            if keep:
                name = connection.settings_dict["NAME"]
                self.log(
                    f"Kept: DATABASE_URL=sqlite:///{name} opens it."
                    if connection.vendor == "sqlite"
                    else f"Kept: database {name} ({connection.vendor}); drop it when done."
                )
            else:
                teardown_databases(old_config, verbosity=max(self.verbosity - 1, 0))
                if folder:
                    shutil.rmtree(folder, ignore_errors=True)

    # --- the entries -------------------------------------------------------------------

    def create_entries(self, count: int) -> None:
        home = Site.objects.get(is_default_site=True).root_page.specific
        index = InitiativeIndexPage.objects.child_of(home).first()
        if index is None:
            index = InitiativeIndexPage(title="Initiatives", slug="initiatives")
            home.add_child(instance=index)
            index.save_revision().publish()
        self.index = index
        self.terms = {
            "themes": list(Theme.objects.filter(locale=index.locale)),
            "domains": list(Domain.objects.filter(locale=index.locale)),
            "disciplines": list(Discipline.objects.filter(locale=index.locale)),
            "project_types": list(ProjectType.objects.filter(locale=index.locale)),
            "activities": list(Activity.objects.filter(locale=index.locale)),
            "countries": list(Country.objects.order_by("code")),
        }
        for terms in self.terms.values():  # which terms are popular is random, but seeded
            self.rng.shuffle(terms)
        self.topic_counts: Counter = Counter()
        self.name_counts: Counter = Counter()
        self.page_counts: Counter = Counter()

        self.english = [self.describe(number) for number in range(count)]
        sources = self.insert_pages(index, self.english)
        for language, share in TRANSLATED.items():
            local_index = index.copy_for_translation(
                Locale.objects.get(language_code=language), copy_parents=True, alias=True
            )
            local = [
                self.translate(entry, source, language)
                if self.rng.random() < share
                else self.alias(entry, source)
                for entry, source in zip(self.english, sources, strict=True)
            ]
            self.insert_pages(local_index, local)

    def describe(self, number: int) -> dict:
        """One English initiative: texts, dates, flags and taxonomy links drawn at random."""
        rng = self.rng
        topic = rng.choices(range(len(TOPICS)), zipf_weights(len(TOPICS)))[0]
        kind, adjective = rng.choice(KINDS), rng.choice(ADJECTIVES)
        name = "".join(rng.choices(SYLLABLES, k=3)).capitalize()
        self.topic_counts[topic] += 1
        self.name_counts[name.lower()] += 1
        published = datetime(2017, 1, 1, tzinfo=UTC) + timedelta(
            minutes=rng.randrange(8 * 365 * 24 * 60)
        )
        title = f"{name}: {adjective[0]} {TOPICS[topic][0]} {kind[0]} in {rng.choice(PLACES)}".capitalize()
        return {
            "number": number,
            "topic": topic,
            "kind": kind,
            "adjective": adjective,
            "name": name,
            "title": title[:255],
            "published": published,
            "flagged": rng.random() < FLAGGED_SHARE,
            "status": rng.choices(["active", "evolving", "terminated"], [7, 2, 1])[0],
            "texts": self.texts("en", TOPICS[topic][0]),
            "holders": [
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                for _ in range(rng.randint(1, 3))
            ],
            "links": {
                "themes": self.pick("themes", 1, 3),
                "domains": self.pick("domains", 1, 2),
                "disciplines": self.pick("disciplines", 1, 3),
                "project_types": self.pick("project_types", 1, 1),
                "activities": self.pick("activities", 1, 2),
                "countries": self.pick(
                    "countries", 1, 1 if rng.random() < 0.8 else 4, exponent=1.1
                ),
            },
        }

    def pick(self, field: str, low: int, high: int, exponent: float = 1.0) -> list[int]:
        terms = self.terms[field]
        if not terms:
            return []
        chosen = self.rng.choices(
            terms, zipf_weights(len(terms), exponent), k=self.rng.randint(low, high)
        )
        return sorted({term.pk for term in chosen})

    def texts(self, language: str, topic: str) -> dict[str, str]:
        """A summary and the five parts of the description: filler words around the topic."""
        rng, words = self.rng, FILLER[language]
        joiner, stop = ("", "。") if language == "zh-hans" else (" ", ".")

        def sentence() -> str:
            chosen = rng.choices(words, k=rng.randint(9, 14))
            chosen.insert(rng.randrange(len(chosen)), topic)
            text = joiner.join(chosen)
            return text[0].upper() + text[1:] + stop

        texts = {"summary": f"{sentence()} {sentence()}"}
        for name in InitiativePage.description_fields:
            texts[name] = "".join(f"<p>{sentence()}</p>" for _ in range(rng.randint(1, 3)))
        return texts

    def translate(self, entry: dict, source: Page, language: str) -> dict:
        position = 1 if language == "fr" else 2
        topic = TOPICS[entry["topic"]][position]
        if language == "fr":
            title = (
                f"{entry['name']} : {entry['kind'][1]} {topic} {entry['adjective'][1]}".capitalize()
            )
        else:
            title = f"{entry['name']}{entry['adjective'][2]}{topic}{entry['kind'][2]}"
        self.topic_counts[(language, entry["topic"])] += 1
        delay = timedelta(days=self.rng.randint(1, 200))
        return {
            **entry,
            "title": title[:255],
            "texts": self.texts(language, topic),
            "published": entry["published"] + delay,
            "translation_key": source.translation_key,
        }

    @staticmethod
    def alias(entry: dict, source: Page) -> dict:
        return {**entry, "translation_key": source.translation_key, "alias_of_id": source.pk}

    def insert_pages(self, parent: Page, entries: list[dict]) -> list[Page]:
        """Page rows, then initiative rows, taxonomy links and holders; the parent's numchild."""
        content_type = ContentType.objects.get_for_model(InitiativePage)
        last = parent.get_last_child()
        first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        pages = []
        for offset, entry in enumerate(entries):
            slug = (
                f"{slugify(entry['title'])[:60].strip('-') or 'initiative'}-{entry['number'] + 1}"
            )
            pages.append(
                Page(
                    path=Page._get_path(parent.path, parent.depth + 1, first_step + offset),
                    depth=parent.depth + 1,
                    numchild=0,
                    translation_key=entry.get("translation_key") or uuid.uuid4(),
                    locale_id=parent.locale_id,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=entry["published"],
                    last_published_at=entry["published"],
                    latest_revision_created_at=entry["published"],
                    title=entry["title"],
                    draft_title=entry["title"],
                    slug=slug,
                    content_type=content_type,
                    url_path=f"{parent.url_path}{slug}/",
                    alias_of_id=entry.get("alias_of_id"),
                )
            )
        Page.objects.bulk_create(pages, batch_size=500)
        language = parent.locale.language_code
        self.page_counts.update((language, "alias_of_id" in entry) for entry in entries)

        fields = InitiativePage._meta.local_concrete_fields
        rows = []
        for page, entry in zip(pages, entries, strict=True):
            initiative = InitiativePage(
                page_ptr_id=page.pk,
                public_id=f"IPSP-I-{entry['number'] + 1:06d}",
                first_submitted_at=entry["published"] - timedelta(days=30),
                flagged_by_reviewers=entry["flagged"],
                status=entry["status"],
                **entry["texts"],
            )
            rows.append(
                [
                    field.get_db_prep_save(field.pre_save(initiative, True), connection)
                    for field in fields
                ]
            )
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        placeholders = ", ".join(["%s"] * len(fields))
        table = connection.ops.quote_name(InitiativePage._meta.db_table)
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)  # noqa: S608

        for page, entry in zip(pages, entries, strict=True):
            entry["page_id"] = page.pk
        for name in self.terms:
            field = InitiativePage._meta.get_field(name)
            through = field.remote_field.through
            source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
            through.objects.bulk_create(
                [
                    through(**{source: entry["page_id"], target: term})
                    for entry in entries
                    for term in entry["links"][name]
                ],
                batch_size=2000,
            )
        ProjectHolder.objects.bulk_create(
            [
                ProjectHolder(page_id=entry["page_id"], name=holder, sort_order=order)
                for entry in entries
                for order, holder in enumerate(entry["holders"])
            ],
            batch_size=2000,
        )
        Page.objects.filter(pk=parent.pk).update(numchild=parent.get_children().count())
        return pages

    # --- the search index ----------------------------------------------------------------

    def build_search_index(self) -> int:
        backend = get_search_backend()
        ids = list(InitiativePage.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), PAGE_SIZE_OF_INDEX):
            chunk = ids[start : start + PAGE_SIZE_OF_INDEX]
            backend.add_bulk(
                InitiativePage, list(InitiativePage.get_indexed_objects().filter(pk__in=chunk))
            )
        return len(ids)

    def analyze(self, on_sqlite: bool) -> str:
        """Planner statistics: PostgreSQL's autovacuum gathers them soon after a bulk load (this
        command does not wait for it, nor rely on it being on); SQLite has none unless ANALYZE
        is run, and nothing in the project runs it."""
        if connection.vendor == "postgresql" or on_sqlite:
            with self.step("analyze"), connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            return "ANALYZE run after loading"
        return "none (SQLite without ANALYZE; --analyze runs it)"

    # --- the measurements ----------------------------------------------------------------

    def cases(self) -> list[tuple[str, str, dict]]:
        """(label, path, query parameters), chosen from the data so that each finds entries."""
        english = self.english
        count = len(english)
        common = min(
            range(len(TOPICS)), key=lambda t: abs(self.topic_counts[t] - COMMON_SHARE * count)
        )
        rare = min(self.name_counts, key=lambda name: (self.name_counts[name], name))
        self.words = {
            "common": (TOPICS[common][0], self.topic_counts[common]),
            "rare": (rare, self.name_counts[rare]),
        }
        top = {
            name: Counter(term for e in english for term in e["links"][name]).most_common(1)
            for name in self.terms
        }
        slug = {
            name: self.slug_of(name, top[name][0][0]) if top[name] else "" for name in self.terms
        }
        region = (
            Country.objects.filter(pk=top["countries"][0][0])
            .values_list("region__slug", flat=True)
            .first()
        )
        zh_topic = max(range(len(TOPICS)), key=lambda t: self.topic_counts[("zh-hans", t)])
        self.words["zh-hans"] = (TOPICS[zh_topic][2], self.topic_counts[("zh-hans", zh_topic)])
        listing, search = "/en/initiatives/", "/en/search/"
        return [
            ("listing, first page", listing, {}),
            ("listing, page 50", listing, {"page": "50"}),
            ("one facet (theme)", listing, {"theme": slug["themes"]}),
            (
                "three facets (theme+region+domain)",
                listing,
                {"theme": slug["themes"], "region": region or "", "domain": slug["domains"]},
            ),
            ("sort: reviewers' choice first", listing, {"sort": "flagged"}),
            (f"listing q={TOPICS[common][0]} (common)", listing, {"q": TOPICS[common][0]}),
            (f"listing q={rare} (rare)", listing, {"q": rare}),
            (f"search page q={TOPICS[common][0]}", search, {"q": TOPICS[common][0]}),
            (
                f"suggest q={TOPICS[common][0][:4]}",
                "/en/search/suggest/",
                {"q": TOPICS[common][0][:4]},
            ),
            ("listing fr, first page", "/fr/initiatives/", {}),
            (
                f"search page zh-hans q={TOPICS[zh_topic][2]}",
                "/zh-hans/search/",
                {"q": TOPICS[zh_topic][2]},
            ),
        ]

    def slug_of(self, field: str, pk: int) -> str:
        term = next(t for t in self.terms[field] if t.pk == pk)
        return term.code if field == "countries" else term.slug

    def measure(self, requests: int, budget: float) -> list[dict]:
        client = Client()
        hosts = [*settings.ALLOWED_HOSTS, "testserver"]
        rows = []
        with override_settings(DEBUG=False, ALLOWED_HOSTS=hosts), warnings.catch_warnings():
            # WhiteNoise warns once that STATIC_ROOT does not exist before `collectstatic`.
            warnings.filterwarnings("ignore", "No directory at", UserWarning)
            for label, path, params in self.cases():
                warm_up = client.get(path, params)
                if warm_up.status_code != 200:
                    raise CommandError(f"{label}: {path}?{params} answered {warm_up.status_code}.")
                durations = []
                while len(durations) < requests and sum(durations) < budget * 1000:
                    started = time.perf_counter()
                    client.get(path, params)
                    durations.append((time.perf_counter() - started) * 1000)
                with CaptureQueriesContext(connection) as queries:
                    client.get(path, params)
                rows.append(
                    {
                        "label": label,
                        "results": self.results(path, params),
                        "n": len(durations),
                        "p50": percentile(durations, 0.5),
                        "p95": percentile(durations, 0.95),
                        "max": max(durations),
                        "queries": len(queries.captured_queries),
                        "sql": sum(float(query["time"]) for query in queries.captured_queries)
                        * 1000,
                        "slowest": sorted(
                            queries.captured_queries, key=lambda q: -float(q["time"])
                        )[:3],
                    }
                )
        return rows

    def results(self, path: str, params: dict) -> int | None:
        """How many entries a listing case finds (None for the search pages)."""
        if not path.endswith("/initiatives/"):
            return None
        language = path.strip("/").split("/")[0]
        index = (
            self.index
            if language == "en"
            else self.index.get_translation(Locale.objects.get(language_code=language))
        )
        with translation.override(language):
            listing = FacetedListing(
                index, RequestFactory().get(path, params), page_size=index.listing_page_size
            )
            return listing.page.paginator.count

    # --- the report ------------------------------------------------------------------------

    def print_report(self, options: dict, indexed: int, rows: list[dict]) -> None:
        if connection.vendor == "sqlite":
            engine = f"SQLite {sqlite3.sqlite_version}"
        else:
            version = getattr(connection, "pg_version", 0)
            engine = f"{connection.display_name} {version // 10000}.{version % 10000}"
        counts = ", ".join(
            f"{language}: {n:,} {'aliases' if alias else 'pages'}"
            for (language, alias), n in sorted(self.page_counts.items())
        )
        timings = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in self.timings.items())
        index_seconds = self.timings.get("search index", 0) or 1e-9
        out = self.stdout.write
        out("")
        out(f"Directory benchmark — {engine}, search backend {type(get_search_backend()).__name__}")
        out(
            f"Python {platform.python_version()}, Django {django.get_version()}, "
            f"Wagtail {wagtail.__version__}; DEBUG off, in-process test client"
        )
        out(f"Planner statistics: {self.statistics}")
        out(f"Entries: {options['entries']:,} initiatives ({counts})")
        out(f"Build: {timings}; search index: {indexed:,} pages, {indexed / index_seconds:,.0f}/s")
        words = "; ".join(
            f"{kind} word {word!r} in {n:,} entries" for kind, (word, n) in self.words.items()
        )
        out(f"Words searched: {words}")
        out(
            f"Each case: 1 warm-up, then n timed requests (up to {options['requests']}, or fewer "
            f"past {options['budget']:g} s); the SQL queries of one more request and their time"
        )
        out("")
        columns = ("results", "n", "p50 ms", "p95 ms", "max ms", "queries", "SQL ms")
        out(f"{'case':<40}" + "".join(f"{name:>9}" for name in columns))
        out("-" * (40 + 9 * len(columns)))
        for row in rows:
            results = "—" if row["results"] is None else f"{row['results']:,}"
            out(
                f"{row['label'][:39]:<40}{results:>9}{row['n']:>9}{row['p50']:>9.1f}"
                f"{row['p95']:>9.1f}{row['max']:>9.1f}{row['queries']:>9}{row['sql']:>9.0f}"
            )
            if self.verbosity >= 2:
                for query in row["slowest"]:
                    out(f"    {float(query['time']) * 1000:7.1f} ms  {query['sql'][:400]}")

    # --- helpers ---------------------------------------------------------------------------

    @contextmanager
    def step(self, name: str):
        self.log(f"{name}…")
        started = time.monotonic()
        yield
        self.timings[name] = time.monotonic() - started

    def log(self, message: str) -> None:
        if self.verbosity >= 1:
            self.stderr.write(message, style_func=lambda text: text)
