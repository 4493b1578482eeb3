import json
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from content.importers import DocumentError, read_document
from content.models import Document
from quizzes import services

USAGE_ERROR = 2


class Command(BaseCommand):
    help = (
        "Generate questions for stored documents and keep the question bank in step with "
        "their text, or (with --dry-run --json PATH) print the questions for a document "
        "file as JSON without touching the database. Progress and summaries go to stderr."
    )

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", metavar="SLUG", help="Documents to generate for.")
        parser.add_argument(
            "--all", dest="all_documents", action="store_true", help="Every stored document."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Regenerate even documents unchanged since their last run.",
        )
        parser.add_argument(
            "--no-progress",
            action="store_true",
            help="No progress bar (there is none anyway when stderr is not a terminal).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read a document file instead of the database and store nothing (with --json).",
        )
        parser.add_argument(
            "--json",
            dest="json_path",
            metavar="PATH",
            help="With --dry-run: the document file to read; its questions go to stdout as JSON.",
        )

    def handle(
        self,
        *args,
        slugs: list[str],
        all_documents: bool,
        force: bool,
        no_progress: bool,
        dry_run: bool,
        json_path: str | None,
        **options,
    ):
        show_progress = not no_progress and self.stderr.isatty()
        if dry_run or json_path:
            if not (dry_run and json_path):
                raise CommandError(
                    "--dry-run and --json PATH go together: "
                    "generate_questions --dry-run --json PATH.",
                    returncode=USAGE_ERROR,
                )
            if slugs or all_documents or force:
                raise CommandError(
                    "--dry-run reads the file given with --json; "
                    "it takes no SLUG, --all or --force.",
                    returncode=USAGE_ERROR,
                )
            self._dry_run(json_path, show_progress)
            return
        if slugs and all_documents:
            raise CommandError("Give document slugs or --all, not both.", returncode=USAGE_ERROR)
        if not slugs and not all_documents:
            raise CommandError(
                "Name the documents to generate questions for (SLUG ...) or pass --all.",
                returncode=USAGE_ERROR,
            )
        documents = self._documents(slugs, all_documents)
        failed = []
        for document in documents:
            failure = self._generate(document, force=force, show_progress=show_progress)
            if failure is None:
                continue
            if len(documents) == 1:
                raise CommandError(failure)
            # One document's failure must not cost the others their questions.
            self.stderr.write(failure)
            failed.append(document.slug)
        if failed:
            raise CommandError(
                f"Questions were not generated for {len(failed)} of {len(documents)} "
                f"documents: {', '.join(failed)}."
            )

    def _generate(self, document: Document, *, force: bool, show_progress: bool) -> str | None:
        """Generate and store one document's questions; a one-line message if that failed."""
        with self._progress(document.slug, show_progress) as progress:
            try:
                report = services.generate_for_document(
                    document=document, force=force, progress=progress
                )
            except services.GeneratorUnavailable as error:
                raise CommandError(str(error)) from None  # no other document can do better
            except services.GenerationError as error:
                return str(error)
            except Exception as error:  # a bug shown as one line; the run goes on
                return (
                    f"{document.title}: questions could not be generated "
                    f"({type(error).__name__}: {_one_line(str(error))})."
                )
        if report is None:
            self.stderr.write(
                f"{document.title}: unchanged since questions were last generated; "
                "skipped (--force regenerates)."
            )
        else:
            self.stderr.write(report.summary())
        return None

    def _documents(self, slugs: list[str], all_documents: bool) -> list[Document]:
        if all_documents:
            return list(Document.objects.order_by("title", "pk"))
        wanted = list(dict.fromkeys(slugs))
        found = Document.objects.in_bulk(wanted, field_name="slug")
        missing = [slug for slug in wanted if slug not in found]
        if missing:
            names = ", ".join(repr(slug) for slug in missing)
            raise CommandError(f"No document with slug {names}.")
        return [found[slug] for slug in wanted]

    def _dry_run(self, path: str, show_progress: bool) -> None:
        try:
            outline = read_document(path, max_bytes=settings.CONTENT_MAX_UPLOAD_BYTES)
        except DocumentError as error:
            raise CommandError(str(error)) from None
        with self._progress(outline.title, show_progress) as progress:
            try:
                questions = services.run_generator(outline, progress=progress)
            except services.GenerationError as error:
                raise CommandError(str(error)) from None
        self.stdout.write(
            json.dumps([question.as_json() for question in questions], ensure_ascii=False, indent=2)
        )
        self.stderr.write(
            f"{outline.title}: {len(questions)} question{'s' if len(questions) != 1 else ''} "
            "(dry run: nothing stored)."
        )

    @contextmanager
    def _progress(self, description: str, enabled: bool) -> Iterator[services.Progress | None]:
        if not enabled:
            yield None
            return
        # The raw stream: Django's OutputWrapper would end every redraw with a newline.
        bar = _LazyBar(description, stream=self.stderr._out)
        try:
            yield bar.update
        finally:
            bar.close()


class _LazyBar:
    """A tqdm bar opened at the first report, so a skipped document draws nothing."""

    def __init__(self, description: str, *, stream) -> None:
        self.description = description
        self.stream = stream
        self.bar: tqdm | None = None

    def update(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = tqdm(
                desc=self.description, total=total, unit="section", file=self.stream, leave=False
            )
        self.bar.total = total
        self.bar.update(done - self.bar.n)
        if done >= total:
            # Updates closer together than tqdm's redraw interval are not drawn.
            self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _one_line(text: str, *, limit: int = 300) -> str:
    """An exception's message fit for one line of a report."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
