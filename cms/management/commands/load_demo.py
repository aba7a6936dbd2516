"""`manage.py load_demo`: fill the platform with fictional demonstration content (idempotent).

The work is done by `cms.demo`, which calls the `demo` module of each app. A second run
creates nothing and changes nothing.
"""

from django.core.management.base import BaseCommand, CommandError

from cms.demo import DEMO_SEED, DemoError, load_demo


class Command(BaseCommand):
    help = (
        "Load demonstration content: taxonomy, initiatives, actors, publications, encyclopedia, "
        "audience pages, translations and an administrator account (safe to run again)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--seed",
            type=int,
            default=DEMO_SEED,
            help="Seed of the generator that composes the entries (default: %(default)s).",
        )

    def handle(self, *args, **options):
        try:
            load_demo(self.stdout, self.style, seed=options["seed"], verbosity=options["verbosity"])
        except DemoError as error:
            raise CommandError(str(error)) from error
