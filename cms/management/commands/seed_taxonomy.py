"""`manage.py seed_taxonomy`: load or refresh the platform's taxonomy (safe to run again)."""

from django.core.management.base import BaseCommand

from cms.taxonomy_seed import seed_taxonomy


class Command(BaseCommand):
    help = "Load the themes, agenda components, indexes, regions and countries (idempotent)."

    def handle(self, *args, **options):
        report = seed_taxonomy()
        details = ", ".join(f"{count} {kind}" for kind, count in report.by_kind.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Taxonomy: {report.created} created ({details or 'nothing new'}), {report.updated} updated."
            )
        )
