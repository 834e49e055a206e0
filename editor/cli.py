"""Command line of Pressestelle: the same services the desktop app uses.

``python main.py`` with no subcommand opens the desktop app; every subcommand prints its
result on stdout, progress and errors on stderr, and exits 0 on success.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from editor import __version__
from editor.core.errors import NotFoundError, PressestelleError
from editor.core.model import LANGUAGES, Bundle, Embargo, Person, text_or_any
from editor.core.wording import counted
from editor.store.location import chosen_location, mask_text

if TYPE_CHECKING:  # the archive (and SQLAlchemy) is loaded when a command needs it
    from editor.context import AppContext
    from editor.store.reader import ReadContext
    from editor.store.search import QuoteHit

EXIT_OK = 0
EXIT_FAILED = 1
SAMPLE_OFFERED = "sample_offered"
"""Archive setting: the sample was loaded once, so an emptied archive stays empty."""


class _Skipped:
    """The parser of a command this run does not call: whatever is added to it is dropped."""

    def __getattr__(self, name: str) -> Callable[..., _Skipped]:
        return lambda *args, **kwargs: self


class _OnlyCommand:
    """The subcommands of the parser, of which only ``only`` (when given) is built."""

    def __init__(self, commands: argparse._SubParsersAction[Any], only: str | None) -> None:
        self._commands = commands
        self._only = only

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self._only is None or name == self._only:
            return self._commands.add_parser(name, **kwargs)
        return _Skipped()


DIRECTORY_COMMANDS = ("people", "roles", "orgs", "contacts")
"""The commands :mod:`editor.cli_directory` adds, in the order of ``--help``."""
SPELLING_COMMANDS = ("spellcheck", "words", "manual")
"""The commands :mod:`editor.cli_spelling` adds."""
HISTORY_COMMANDS = ("history", "publish", "delete")
"""The commands :mod:`editor.cli_history` adds."""
APPROVAL_COMMANDS = ("approval-round",)
"""The commands :mod:`editor.cli_approval` adds."""
COMMANDS = ("sample", "list", "show", "import", "import-docs", "dump", "export", "settings",
            "backup", "restore", "delete-unused-photos", "locks", "migrate-to", "templates",
            "quotes", *DIRECTORY_COMMANDS, *SPELLING_COMMANDS, *HISTORY_COMMANDS,
            *APPROVAL_COMMANDS, "user-name")
"""Every command, in the order of ``--help`` (a test holds it to the parser)."""
NO_COMMAND = ""
""":func:`called_command` when only ``--db`` is given: the desktop app, no command's
parser needed."""
FAST_COMMANDS = (*COMMANDS, "quotes search", NO_COMMAND)
"""What :func:`called_command` may name: the parser of that command alone is built (argparse
builds about 50 parsers for the whole command line, a fifth of a search's time, and the
modules of the other commands are not loaded): the same arguments, help and errors, since a
command's parser does not depend on the others. For ``quotes search`` not even the other
``quotes`` commands are built; for :data:`NO_COMMAND` none."""


def called_command(argv: Sequence[str]) -> str | None:
    """The command of ``argv`` (see :data:`FAST_COMMANDS`) when only ``--db`` comes before
    it, :data:`NO_COMMAND` when ``--db`` is all there is; else ``None`` (help, other
    options, abbreviations, unknown commands: the whole parser)."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--db":
            if index + 1 == len(argv):
                return None  # its value is missing: argparse says so, with the whole usage
            index += 2
        elif token.startswith("--db="):
            index += 1
        elif token.startswith("-"):
            return None
        else:
            if token == "quotes" and argv[index + 1:index + 2] == ["search"]:
                return "quotes search"
            return token if token in COMMANDS else None
    return NO_COMMAND


def option_day(value: str | None, option: str) -> date | None:
    """The date an option names, or a one-line error saying how to write it."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise PressestelleError(
            f"{option} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2021-03-15."
        ) from None


def _help_width() -> int:
    """The width argparse's help takes by default (the terminal's columns as
    :func:`shutil.get_terminal_size` finds them, less 2), found without loading
    :mod:`shutil`: argparse asks for it for every option added, and the import alone
    takes longer than a search."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        stdout = sys.__stdout__  # None, closed or detached: as shutil, 80 columns
        try:
            columns = (os.get_terminal_size(stdout.fileno()).columns if stdout else 0) or 80
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns - 2


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own layout of help, at the width it would take (see :func:`_help_width`)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _help_width() if width is None else width)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose help is laid out by :class:`_HelpFormatter`; the parsers
    of its commands are of this class too (argparse makes them of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def _gender_policies() -> list[str]:
    from editor.core.findings import GenderPolicy  # only for the whole command line

    return [policy.value for policy in GenderPolicy]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with ``only``, just that command's parser among the commands."""
    parser = _Parser(
        prog="pressestelle",
        description="Pressestelle: write bilingual press releases, export them as Word "
        "and web pages, and keep an archive of quotes by speaker. Without a command, "
        "the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="archive to use: an SQLite file or a database URL such as "
        "postgresql+psycopg://user@host:5432/dbname (default: $PRESSESTELLE_DB, else "
        "archive.sqlite in the user data folder; the app also uses the address saved in "
        "its settings). Passwords come from ~/.pgpass, PGPASSWORD or a service file.",
    )
    menu = parser.add_mutually_exclusive_group()
    menu.add_argument(
        "--install-desktop-entry", action="store_true",
        help="add Pressestelle to your desktop's applications menu (entry, AppStream "
        "metainfo and icons in $XDG_DATA_HOME, i.e. ~/.local/share) and exit")
    menu.add_argument(
        "--uninstall-desktop-entry", action="store_true",
        help="remove what --install-desktop-entry added and exit")
    if only == "quotes search":
        only = "quotes"
        quotes_only: str | None = "search"
    else:
        quotes_only = None
    commands: Any = _OnlyCommand(parser.add_subparsers(dest="command", metavar="COMMAND"),
                                 only)

    sample = commands.add_parser(
        "sample", help="load the sample release into the archive (safe to repeat)"
    )
    sample.set_defaults(run=_cmd_sample)

    listing = commands.add_parser("list", help="list press items: id, date, status, headline")
    listing.add_argument("--since", metavar="DATE",
                         help="issued on or after (YYYY-MM-DD); undated items are left out")
    listing.add_argument("--until", metavar="DATE",
                         help="issued on or before (YYYY-MM-DD); undated items are left out")
    listing.add_argument("--json", action="store_true",
                         help="print a JSON array (with where imported items came from)")
    listing.set_defaults(run=_cmd_list)

    show = commands.add_parser(
        "show", help="one press item: fields, blocks, quotes, where it was imported from")
    show.add_argument("item_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    show.set_defaults(run=_cmd_show)

    importing = commands.add_parser(
        "import", help="import press items from interchange JSON files (all or nothing)"
    )
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE.json")
    importing.add_argument(
        "--replace", action="store_true", help="overwrite items that are already in the archive"
    )
    shared = importing.add_mutually_exclusive_group()
    shared.add_argument(
        "--update-shared", action="store_true",
        help="where a file states people, organisations or roles otherwise than the "
        "archive, take the file's values (without it, the import lists the differences "
        "and stops)",
    )
    shared.add_argument(
        "--keep-stored", action="store_true",
        help="where a file states people, organisations or roles otherwise than the "
        "archive, keep the archive's records as they are",
    )
    importing.set_defaults(run=_cmd_import)

    docs = commands.add_parser(
        "import-docs",
        help="import old releases (.docx, .html, .txt, .pdf; files or folders) with their "
        "quotes and speakers, after showing what would be stored")
    docs.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    docs.add_argument("--dry-run", action="store_true",
                      help="show what would be imported and write nothing")
    docs.add_argument("--json", action="store_true",
                      help="print the proposals as JSON: per document the item (interchange "
                      "format) and its quotes with offsets into the document's plain text")
    docs.add_argument("--yes", action="store_true",
                      help="import without asking (otherwise you are asked to confirm)")
    docs.add_argument("--include-duplicates", action="store_true",
                      help="also import documents whose item the archive already has "
                      "(same headline and date, or the same text); they are skipped by default")
    docs.add_argument("--status", choices=("published", "draft"), default="published",
                      help="the status the imported items start with (default: published)")
    docs.add_argument("--quotes-not-approved", action="store_true",
                      help="store the quotes as not yet approved (by default they are "
                      "approved, as they were published)")
    docs.add_argument("--reject-person", action="append", default=[], metavar="NAME",
                      help="do not create this new person (name or id; repeatable): their "
                      "quotes keep the name only as written")
    docs.add_argument("--corrections", type=Path, metavar="FILE",
                      help="corrections as the review window makes them, per document file "
                      'name, as JSON: {"documents": {"alt.docx": {"headline": …, "kicker": …, '
                      '"subheadline": …, "date": "2021-03-15", "places": […], "status": …, '
                      '"skip": true, "include_duplicate": true, "reject_people": […], '
                      '"quotes": [{"index": 1, "text": …, "speaker": …, "role": …, '
                      '"approved": false, "reject": true}]}}} (quote numbers as listed)')
    docs.set_defaults(run=_cmd_import_docs)

    dump = commands.add_parser("dump", help="print one press item as interchange JSON")
    dump.add_argument("item_id", metavar="ID")
    dump.add_argument(
        "--out",
        type=Path,
        metavar="FILE.json",
        help="write to this file instead of stdout, with the photos in a folder "
        "FILE-photos beside it (on stdout the photos are left out)",
    )
    dump.set_defaults(run=_cmd_dump)

    export = commands.add_parser(
        "export", help="export press items as Word, web page, PDF, plain text or e-mail")
    export.add_argument("item_ids", nargs="+", metavar="ID")
    export.add_argument("--template", required=True, type=_names, metavar="NAME[,NAME…]",
                        help="template or templates, see `templates`; each writes its own "
                        "files")
    export.add_argument(
        "--lang",
        default=None,
        type=_languages,
        metavar="de|en|de,en",
        help="language or languages, in order (default: the template's: both languages "
             "for a bilingual template, else German where it makes German)",
    )
    export.add_argument(
        "--format",
        default=["docx", "html"],
        type=_item_formats,
        metavar="docx,html,pdf,txt,eml",
        help="formats to write (default: docx,html): Word, web page, PDF (the Word file "
        "converted by LibreOffice, PDF/A-2b), plain text for news agencies (72 characters "
        "a line) and an e-mail (.eml) with text and web page as its body and the Word and "
        "PDF files attached",
    )
    export.add_argument(
        "--ots", action=argparse.BooleanOptionalAction, default=None,
        help="plain text and e-mail: open the lead with the wire-service dateline "
        "\"Ort (ots) – …\" instead of the template's dateline (default: as the template "
        "says)",
    )
    export.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help="folder")
    export.add_argument(
        "--before-embargo",
        action="store_true",
        help="confirm that web pages (HTML) of items under embargo may be made before the "
        "embargo ends (Word, PDF, text and e-mail are always allowed and carry the embargo "
        "line)",
    )
    export.add_argument(
        "--require-approval",
        action="store_true",
        help="refuse to export (and write nothing) when an item shows a quote that is not "
        "approved",
    )
    export.add_argument(
        "--check", action="store_true",
        help="write nothing: print what the checks find (one line each, naming item and "
        "place); the exit code is 1 when one of them is an error",
    )
    export.add_argument(
        "--draft", action="store_true",
        help="a draft for approval: marked ENTWURF / DRAFT, shows the editing marks "
        "([Übersetzung fehlt] …) and is written despite errors of the checks",
    )
    export.set_defaults(run=_cmd_export)

    settings = commands.add_parser(
        "settings", help="show or change the archive's settings (shared by its users)")
    settings.add_argument(
        "--gender-policy", choices=_gender_policies() if only in (None, "settings") else (),
        help="how German texts name groups of people: none, paarform (Bürgerinnen und "
        "Bürger), doppelpunkt (Bürger:innen) or sternchen (Bürger*innen); the export checks "
        "flag spellings that break it")
    settings.set_defaults(run=_cmd_settings)

    backup = commands.add_parser(
        "backup", help="make a backup copy of the archive and print its path (a server "
        "archive is copied into a portable archive file by Pressestelle itself)"
    )
    backup.add_argument("--list", action="store_true",
                        help="list the archive's backup copies (oldest first) with their "
                        "size and the disk they take together, instead of making one")
    backup.set_defaults(run=_cmd_backup)

    restore = commands.add_parser(
        "restore",
        help="replace the archive's content by a backup copy (the current content is "
        "kept as a backup first)",
    )
    restore.add_argument("backup_file", type=Path, metavar="FILE")
    restore.set_defaults(run=_cmd_restore)

    unused = commands.add_parser(
        "delete-unused-photos", help="delete the stored photos that no item, draft, kept "
        "version or organisation logo uses (photos stored within the last hour stay)")
    unused.add_argument("--dry-run", action="store_true",
                        help="only count them; nothing is deleted")
    unused.set_defaults(run=_cmd_delete_unused_photos)

    locks = commands.add_parser(
        "locks", help="who has which item open for editing (soft locks: they never block "
        "saving and expire when not renewed)")
    locks.set_defaults(run=_cmd_locks)

    moving = commands.add_parser(
        "migrate-to",
        help="copy the whole archive into an empty one: a new SQLite file or an empty "
        "PostgreSQL database (ids, versions and times unchanged; counts verified)")
    moving.add_argument("target", metavar="FILE_OR_URL")
    moving.set_defaults(run=_cmd_migrate_to)

    templates = commands.add_parser(
        "templates", help="list export templates; broken ones are reported on stderr")
    templates.add_argument(
        "names", nargs="*", metavar="NAME",
        help="list only these; the exit code is 1 when one of them cannot be used")
    templates.set_defaults(run=_cmd_templates)

    quotes = commands.add_parser("quotes", help="the quote archive: search quotes by speaker")
    quote_commands: Any = _OnlyCommand(
        quotes.add_subparsers(dest="quotes_command", metavar="COMMAND", required=True),
        quotes_only)
    search = quote_commands.add_parser(
        "search",
        help="find quotes: words (\"förder\" finds \"Förderung\"), \"a phrase\", prefix*",
    )
    search.add_argument("query", metavar="QUERY", nargs="?", default="",
                        help='words, "a phrase" or a prefix*; without it, every quote the '
                        'filters let through (e.g. all of one --speaker)')
    search.add_argument("--speaker", metavar="NAME", help="person id or part of the name")
    search.add_argument("--org", metavar="NAME",
                        help="organisation of the speaker's role at the time (id or name)")
    search.add_argument("--topic", metavar="TOPIC")
    search.add_argument("--lang", choices=LANGUAGES, help="search only texts in this language")
    search.add_argument("--approval", metavar="STATE",
                        help='"not yet sent", "sent for approval", "approved" (and not '
                        'changed since), "changed since approval" or "rejected", in English '
                        'or German or as stored (drafted, sent …); several with commas')
    search.add_argument("--since", metavar="DATE", help="said on or after (YYYY-MM-DD)")
    search.add_argument("--until", metavar="DATE", help="said on or before (YYYY-MM-DD)")
    search.add_argument("--order", choices=("relevance", "date"), default="relevance")
    search.add_argument("--limit", type=int, default=20, metavar="N",
                        help="at most N quotes (default 20)")
    search.add_argument(
        "--include-embargoed", action="store_true",
        help="also quotes of items whose embargo has not ended (marked with it); "
        "without this they are left out")
    search.add_argument("--json", action="store_true", help="print a JSON array")
    search.set_defaults(run=_cmd_quotes_search)
    by_speaker = quote_commands.add_parser(
        "by-speaker",
        help="every quote of one person, oldest first, grouped by the role held on its "
        "date; quotes of items whose embargo has not ended are marked with it",
    )
    by_speaker.add_argument("person", metavar="PERSON", help="person id or (part of) the name")
    by_speaker.add_argument("--lang", choices=LANGUAGES, default="de",
                            help="language of roles, quotes and headlines (default: de; "
                            "another where a text has none in it)")
    by_speaker.add_argument("--json", action="store_true",
                            help="print a JSON array of the quotes, as `quotes search` does")
    by_speaker.set_defaults(run=_cmd_quotes_by_speaker)
    dossier = quote_commands.add_parser(
        "dossier",
        help="write all quotes of one person, grouped by role, as DOCX and/or HTML",
    )
    dossier.add_argument("person", metavar="PERSON", help="person id or (part of) the name")
    dossier.add_argument("--lang", default=["de"], type=_languages, metavar="de|en|de,en",
                         help="language(s), one file each (default: de)")
    dossier.add_argument("--format", default=["docx", "html"], type=_formats,
                         metavar="docx,html", help="formats to write (default: docx,html)")
    dossier.add_argument("--template", default="quote-dossier", metavar="NAME",
                         help="a dossier template (default: quote-dossier)")
    dossier.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help="folder")
    dossier.add_argument(
        "--before-embargo",
        action="store_true",
        help="include quotes of items whose embargo has not ended (they are marked with "
        "it); without this they are left out",
    )
    dossier.set_defaults(run=_cmd_quotes_dossier)
    _add_approval_commands(quote_commands)
    _add_module_commands(commands, only)
    user = commands.add_parser(
        "user-name", help="show or set your name, recorded with each approval step")
    user.add_argument("name", nargs="?", metavar="NAME",
                      help="your name as colleagues know it (default: the login name)")
    user.add_argument("--clear", action="store_true",
                      help="forget the name set; the login name is recorded again")
    user.set_defaults(run=_cmd_user_name)
    return parser


def _add_module_commands(commands: Any, only: str | None) -> None:
    """The commands of the modules beside this one; a module is loaded only when one of its
    commands is built."""
    if only is None or only in DIRECTORY_COMMANDS:
        from editor.cli_directory import add_directory_commands

        add_directory_commands(commands)
    if only is None or only in SPELLING_COMMANDS:
        from editor.cli_spelling import add_spelling_commands

        add_spelling_commands(commands)
    if only is None or only in HISTORY_COMMANDS:
        from editor.cli_history import add_history_commands

        add_history_commands(commands)
    if only is None or only in APPROVAL_COMMANDS:
        from editor.cli_approval import add_approval_commands

        add_approval_commands(commands)


def _cmd_user_name(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.approval import (
        USER_SETTING,
        current_user,
        set_user_name,
        stored_user_name,
    )

    if args.clear and args.name is not None:
        raise PressestelleError("user-name: give a NAME or --clear, not both.")
    if args.name is not None and not args.name.strip():
        raise PressestelleError("user-name: the name is empty; use --clear to go back to "
                                "the login name.")
    if args.clear or args.name is not None:
        set_user_name("" if args.clear else args.name, context.data_dir)
    if stored_user_name(context.data_dir):
        where = "set with user-name"
    elif (context.archive.get_setting(USER_SETTING) or "").strip():
        where = "the archive's setting"
    else:
        where = "the login name"
    print(f"{_inline(current_user(context.archive, context.data_dir))}  ({where})", file=out)
    return EXIT_OK


def _add_approval_commands(quote_commands: argparse._SubParsersAction[Any]) -> None:
    """`quotes send|approve|reject`: the approval round of one stored quote."""
    send = quote_commands.add_parser(
        "send", help="record that a quote was sent for approval (Freigabe)")
    send.add_argument("quote_id", metavar="QUOTE_ID")
    send.add_argument("--to", metavar="NAME",
                      help="to whom it was sent (e.g. the speaker's press office); "
                      "default: to whom it was sent last")
    send.add_argument("--at", type=_datetime, metavar="DATETIME",
                      help="when (YYYY-MM-DD or YYYY-MM-DDTHH:MM; default now)")
    send.set_defaults(run=_cmd_quotes_send)
    approve = quote_commands.add_parser(
        "approve", help="record that a quote sent for approval was approved")
    approve.add_argument("quote_id", metavar="QUOTE_ID")
    approve.add_argument("--by", required=True, metavar="NAME", help="who approved it")
    approve.add_argument("--at", type=_datetime, metavar="DATETIME",
                         help="when (YYYY-MM-DD or YYYY-MM-DDTHH:MM; default now)")
    approve.set_defaults(run=_cmd_quotes_approve)
    reject = quote_commands.add_parser(
        "reject", help="record that a quote sent for approval was rejected")
    reject.add_argument("quote_id", metavar="QUOTE_ID")
    reject.add_argument("--reason", required=True, metavar="TEXT", help="why it was rejected")
    reject.add_argument("--by", default="", metavar="NAME",
                        help="who rejected it (default: to whom it was sent)")
    reject.add_argument("--at", type=_datetime, metavar="DATETIME",
                        help="when (YYYY-MM-DD or YYYY-MM-DDTHH:MM; default now)")
    reject.set_defaults(run=_cmd_quotes_reject)


def _datetime(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a real date and time; use YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None


def _cmd_quotes_send(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.core.quotes import last_recipient
    from editor.services.approval import QuoteApprovals, current_user

    approvals = QuoteApprovals(context.archive)
    to = args.to
    if to is None:
        to = last_recipient(approvals.find(args.quote_id)[1])
        if not to:
            raise PressestelleError(f"Quote {args.quote_id} was never sent for approval: "
                                    f"say to whom with --to NAME.")
    user = current_user(context.archive, context.data_dir)
    approvals.send(args.quote_id, to, user, at=args.at)
    print(f"{args.quote_id}  sent for approval to {_inline(to)}", file=out)
    return EXIT_OK


def _cmd_quotes_approve(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.approval import QuoteApprovals, current_user

    user = current_user(context.archive, context.data_dir)
    QuoteApprovals(context.archive).approve(args.quote_id, args.by, user, at=args.at)
    print(f"{args.quote_id}  approved by {_inline(args.by)}", file=out)
    return EXIT_OK


def _cmd_quotes_reject(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.approval import QuoteApprovals, current_user

    approvals = QuoteApprovals(context.archive)
    by = args.by or approvals.find(args.quote_id)[1].approval.sent_to
    user = current_user(context.archive, context.data_dir)
    approvals.reject(args.quote_id, args.reason, by, user, at=args.at)
    print(f"{args.quote_id}  rejected by {_inline(by)}", file=out)
    return EXIT_OK


def _languages(value: str) -> list[str]:
    langs = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if not langs or unknown:
        raise argparse.ArgumentTypeError(
            f"unknown language {', '.join(unknown) or value!r}; use de, en or de,en"
        )
    return langs


def _names(value: str) -> list[str]:
    """Comma-separated names, each once; an empty list is refused by the command."""
    return list(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))


def _formats(value: str) -> list[str]:
    formats = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [f for f in formats if f not in ("docx", "html")]
    if not formats or unknown:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or value!r}; use docx, html or docx,html"
        )
    return formats


ITEM_FORMATS = ("docx", "html", "pdf", "txt", "eml")
"""What ``export`` writes (the same list as :data:`editor.render.catalogue.ITEM_FORMATS`,
kept here so that reading the arguments imports no renderer)."""


def _item_formats(value: str) -> list[str]:
    formats = list(dict.fromkeys(part.strip().lower() for part in value.split(",")
                                 if part.strip()))
    unknown = [f for f in formats if f not in ITEM_FORMATS]
    if not formats or unknown:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or value!r}; use any of "
            f"{', '.join(ITEM_FORMATS)}, separated by commas")
    return formats


# --- commands -------------------------------------------------------------------------


def _cmd_sample(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.io.samples import load_sample_bundles
    from editor.store.shared import SharedPolicy

    for bundle in load_sample_bundles():
        new = [item for item in bundle.items if not context.archive.has_item(item.id)]
        if new:  # the user's edits of the sample's people and organisations stay
            context.archive.save_bundle(Bundle(new, bundle.people, bundle.organisations,
                                               bundle.roles, bundle.photo_data),
                                        shared=SharedPolicy.KEEP)
        for item in bundle.items:
            state = "loaded" if item in new else "already in the archive"
            print(f"{item.id}  {state}", file=out)
    return EXIT_OK


def _moment(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def _cmd_list(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    since = option_day(args.since, "--since")
    until = option_day(args.until, "--until")
    summaries = context.archive.list_items(date_from=since, date_to=until)
    if args.json:
        import json

        json.dump([{
            "id": s.id, "kind": s.kind.value, "status": s.status.value,
            "issue_date": s.issue_date.isoformat() if s.issue_date else None,
            "headline": s.headline, "languages": s.languages, "topics": s.topics,
            "updated_at": _moment(s.updated_at), "version": s.version,
            "source_name": s.source_name, "imported_at": _moment(s.imported_at),
        } for s in summaries], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for summary in summaries:
        headline = (
            text_or_any(summary.headline, summary.source_language)
        )
        day = summary.issue_date.isoformat() if summary.issue_date else "----------"
        print(f"{summary.id}  {day}  {summary.status.value:<9}  {_inline(headline)}", file=out)
    return EXIT_OK


def _cmd_show(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    item = context.archive.load_item(args.item_id)
    headline = {lang: item.headline.get(lang) for lang in item.languages
                if item.headline.get(lang)}
    facts: dict[str, Any] = {
        "id": item.id, "kind": item.kind.value, "status": item.status.value,
        "issue_date": item.issue_date.isoformat() if item.issue_date else None,
        "places": item.places, "languages": item.languages, "headline": headline,
        "topics": item.topics, "blocks": len(item.blocks), "quotes": len(item.quotes),
        "photos": len(item.photos), "version": item.version,
        "created_at": _moment(item.created_at), "updated_at": _moment(item.updated_at),
        "source_name": item.source_name, "imported_at": _moment(item.imported_at),
    }
    if args.json:
        import json

        json.dump(facts, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    shown = {"headline": "; ".join(f"{lang}: {_inline(text)}" for lang, text in
                                   headline.items())}
    for key, value in facts.items():
        if key in ("source_name", "imported_at"):
            continue
        value = shown.get(key, value)
        if isinstance(value, list):
            value = ", ".join(value)
        print(f"{key + ':':<12} {'' if value is None else value}", file=out)
    if item.source_name:
        day = (f" on {item.imported_at.astimezone().date().isoformat()}"
               if item.imported_at else "")  # as the window: no date when none was given
        print(f"{'imported:':<12} from {item.source_name}{day}", file=out)
    return EXIT_OK


def _cmd_import(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.importing import plan_import, run_import
    from editor.store.shared import SharedPolicy

    plan = plan_import(context.archive, args.files)  # every file checked before writing
    policy = (SharedPolicy.UPDATE if args.update_shared
              else SharedPolicy.KEEP if args.keep_stored else SharedPolicy.REFUSE)
    for line in plan.merge_lines() + plan.text_lines() + plan.photo_lines():
        print(f"note: {line}", file=sys.stderr)
    if plan.differences and policy == SharedPolicy.REFUSE:
        for line in plan.difference_lines():
            print(f"differs: {line}", file=sys.stderr)
        print(f"error: the files state {counted(len(plan.differences), 'field')} of stored people, "
              f"organisations or roles otherwise (listed above); nothing was imported. Import "
              f"again with --update-shared to take the file's values or --keep-stored to "
              f"keep the archive's.", file=sys.stderr)
        return EXIT_FAILED
    from editor.services.approval import current_user

    ids = run_import(context.archive, plan, shared=policy, replace=args.replace,
                     saved_by=current_user(context.archive, context.data_dir))
    context.archive.set_setting(SAMPLE_OFFERED, "yes")
    for item_id in ids:
        print(f"{item_id}  imported", file=out)
    if plan.differences:
        done = "updated" if policy == SharedPolicy.UPDATE else "kept as stored"
        print(f"{counted(len(plan.differences), 'differing field')} of shared records {done}",
              file=sys.stderr)
    return EXIT_OK


SAVE_PROGRESS_EVERY = 100
"""``import-docs`` says how far the saving is after so many documents."""


def _cmd_import_docs(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    import json

    from editor.core.model import ItemStatus
    from editor.io.documents import documents_in
    from editor.io.interchange import bundle_to_document
    from editor.services.approval import current_user
    from editor.services.release_fields import fold_name
    from editor.services.release_import import (
        CorrectionError,
        DocumentFailure,
        apply_corrections,
        finding_json,
        propose_all,
        read_corrections,
        save,
    )

    corrections: dict[str, dict[str, Any]] = {}
    if args.corrections is not None:
        try:
            corrections = read_corrections(args.corrections)
        except CorrectionError as error:
            print(f"error: {_one_line(str(error))}; nothing was written", file=sys.stderr)
            return EXIT_FAILED
    paths = documents_in(list(args.paths))
    if not paths:
        print("error: no documents (.docx, .html, .txt, .pdf) found in the paths given",
              file=sys.stderr)
        return EXIT_FAILED

    def progress(done: int, total: int, name: str) -> bool:
        if name and total > 1:
            print(f"[{done + 1}/{total}] {name}", file=sys.stderr, flush=True)
        return True

    proposals, failures, _ = propose_all(context.archive, paths, progress)
    for proposal in proposals:
        proposal.set_status(ItemStatus(args.status))
        if args.quotes_not_approved:
            for quote in proposal.item.quotes:
                proposal.set_quote_approved(quote.id, approved=False)
    unmatched = set(corrections) - {p.path.name for p in proposals} - {
        str(p.path) for p in proposals}
    if unmatched:
        print(f"error: the corrections name {sorted(unmatched)[0]}, which is not among the "
              "documents read; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    corrected = []
    rejected: set[str] = set()
    people = context.archive.people()
    for proposal in proposals:
        spec = corrections.get(proposal.path.name) or corrections.get(str(proposal.path))
        try:
            if spec:
                apply_corrections(proposal, spec, people)
            for wanted in args.reject_person:
                folded = fold_name(wanted)
                for person in proposal.new_people():
                    if wanted in (person.id, person.full_name) or folded == fold_name(
                            f"{person.given_name} {person.family_name}"):
                        proposal.reject_person(person.id)
                        rejected.add(wanted)
        except CorrectionError as error:
            failures.append(DocumentFailure(proposal.path, str(error)))
            continue
        corrected.append(proposal)
    proposals = corrected
    for wanted in args.reject_person:
        if wanted not in rejected:
            print(f"note: --reject-person {wanted}: no document proposes this new person",
                  file=sys.stderr)
    for failure in failures:
        print(f"failed: {_one_line(failure.message)}", file=sys.stderr)
    if args.json:
        documents = []
        for proposal in proposals:
            documents.append({
                "file": str(proposal.path),
                "duplicate_of": proposal.duplicate_of,
                "item": bundle_to_document(proposal.bundle()),
                "quotes": [finding_json(proposal, f) for f in proposal.findings],
                "new_people": [p.id for p in proposal.new_people()],
                "new_roles": [r.id for r in proposal.new_roles()],
                "new_organisations": [o.id for o in proposal.new_organisations()],
                "notes": proposal.notes(),
            })
        report = {"documents": documents,
                  "failures": [{"file": str(f.path), "error": f.message} for f in failures]}
        print(json.dumps(report, ensure_ascii=False, indent=2), file=out)
    else:
        for proposal in proposals:
            _print_proposal(proposal, out)
    if args.dry_run:
        return EXIT_FAILED if failures else EXIT_OK
    wanted = [p for p in proposals if p.accepted and (
        args.include_duplicates or p.keep_duplicate or p.duplicate_of is None)]
    if not wanted:
        skipped = len(proposals) - len(wanted)
        print(f"nothing to import: {counted(skipped, 'duplicate')} skipped (import "
              f"{'it' if skipped == 1 else 'them'} anyway with --include-duplicates)",
              file=sys.stderr)
        return EXIT_FAILED if failures else EXIT_OK
    if not args.yes:
        if not sys.stdin.isatty():
            print(f"error: nothing was written; confirm importing "
                  f"{counted(len(wanted), 'document')} with --yes", file=sys.stderr)
            return EXIT_FAILED
        answer = input(f"Import {counted(len(wanted), 'document')}? [y/N] ")
        if answer.strip().casefold() not in ("y", "yes", "j", "ja"):
            print("nothing was written", file=sys.stderr)
            return EXIT_FAILED
    def saving(done: int, total: int, name: str) -> bool:
        if total > 1 and done and (done % SAVE_PROGRESS_EVERY == 0 or done == total):
            print(f"saved {done} of {total}", file=sys.stderr, flush=True)
        return True

    stored, summary = save(context.archive, proposals,
                           include_duplicates=args.include_duplicates,
                           saved_by=current_user(context.archive, context.data_dir),
                           progress=saving)
    summary.failures[:0] = failures
    for failure in summary.failures[len(failures):]:
        print(f"failed: {_one_line(failure.message)}", file=sys.stderr)
    context.archive.set_setting(SAMPLE_OFFERED, "yes")
    for item_id in stored:
        print(f"{item_id}  imported", file=sys.stderr if args.json else out)
    print(f"imported: {summary.line()}", file=sys.stderr)
    return EXIT_FAILED if summary.failures else EXIT_OK


def _print_proposal(proposal: Any, out: TextIO) -> None:
    item = proposal.item
    day = item.issue_date.isoformat() if item.issue_date else "----------"
    headline = _inline(item.headline.text_or_any(item.source_language))
    state = f"  (duplicate of {proposal.duplicate_of}, skipped)" if proposal.duplicate_of \
        else ""
    print(f"{proposal.path.name}: {day}  {'+'.join(item.languages)}  {headline}{state}",
          file=out)
    names = {p.id: p.full_name for p in proposal.people.values()}
    for finding in proposal.findings:
        who = ", ".join(names.get(i, i) for i in finding.person_ids) or \
            ", ".join(finding.speaker_mentions) or "?"
        new = " (new)" if any(i in proposal.new_ids for i in finding.person_ids) else ""
        text = _inline(finding.text)
        short = text if len(text) <= 70 else text[:69] + "…"
        print(f"  quote [{finding.char_start}:{finding.char_end}] {who}{new}: {short}",
              file=out)
    for org in proposal.new_organisations():
        print(f"  new organisation: {org.short_name}", file=out)
    for line in proposal.notes():
        print(f"  note: {line}", file=out)


def _cmd_dump(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.io.interchange import dumps, photos_left_out, write_file

    bundle = context.archive.load_bundle([args.item_id])
    if args.out is not None:
        missing = write_file(bundle, args.out)
        if missing:
            print(f"warning: the archive has no picture for photo {', '.join(missing)}; "
                  f"written without a file (it stays missing when imported)", file=sys.stderr)
    else:
        text = dumps(bundle)
        out.write(text if text.endswith("\n") else text + "\n")
        left_out = photos_left_out(bundle)
        if left_out:
            print(f"note: the pictures of photo {', '.join(left_out)} were left out (JSON "
                  f"text cannot carry them); use --out FILE.json to write them beside the "
                  f"file", file=sys.stderr)
    return EXIT_OK


def _template_languages(templates: list[Any]) -> list[str]:
    """The languages an export uses when none are asked for: one choice every template
    accepts (German first), else German, which the templates' own check then explains."""
    choices = [choice for choice in templates[0].language_sets()
               if all(choice in t.language_sets() for t in templates[1:])] if templates else []
    choices.sort(key=lambda choice: choice[0] != "de")
    return list(choices[0]) if choices else ["de"]


def _cmd_export(context: AppContext | ReadContext, args: argparse.Namespace,
                out: TextIO) -> int:
    from editor.render import EmbargoError
    from editor.render.catalogue import find_template
    from editor.services.exporting import (
        check_export,
        gender_policy,
        refuse_errors,
        refuse_unapproved,
        run_export,
    )

    bundle = context.archive.load_bundle(list(dict.fromkeys(args.item_ids)))
    item_ids = [item.id for item in bundle.items]
    templates = [find_template(name) for name in args.template]
    if args.lang is None:
        args.lang = _template_languages(templates)
    for template in templates:
        template.check_languages(args.lang)
    # the unapproved quotes are cited in the words the export prints (its first language)
    checks = check_export(bundle, item_ids, args.lang[0], args.lang,
                          require_approval=args.require_approval,
                          gender_policy=gender_policy(context.archive))
    if args.check:
        for entry in checks.findings:
            print(_one_line(entry.line()), file=out)
        errors, warnings = len(checks.errors), len(checks.warnings)
        print(f"{counted(errors, 'error')}, {counted(warnings, 'warning')} in "
              f"{counted(len(item_ids), 'item')}",
              file=sys.stderr)
        return EXIT_FAILED if errors else EXIT_OK
    if args.require_approval and not args.draft:
        refuse_unapproved(checks)
    if not args.draft:
        refuse_errors(checks)

    def progress(done: int, total: int, name: str) -> None:
        print(f"[{done}/{total}] {name}", file=sys.stderr, flush=True)

    try:
        written = run_export(bundle, item_ids, args.template, args.lang, args.format,
                             args.out, progress=progress if len(bundle.items) > 1 else None,
                             allow_before_embargo=args.before_embargo, draft=args.draft,
                             ots=args.ots)
    except EmbargoError as error:
        print(f"error: {_one_line(str(error))} Add --before-embargo to make it anyway.",
              file=sys.stderr)
        return EXIT_FAILED
    _keep_cleaned_photos(context, bundle)
    for unapproved in checks.unapproved:
        print(f"warning: {unapproved.line()}", file=sys.stderr)
    for finding in checks.findings:  # a draft goes out despite errors: each is reported
        if finding.code != "quote_unapproved":
            line = _one_line(finding.line()).removeprefix("error: ").removeprefix("warning: ")
            print(f"warning: {line}", file=sys.stderr)
    for path in written:
        print(path, file=out)
    return EXIT_OK


def _keep_cleaned_photos(context: AppContext | ReadContext, bundle: Bundle) -> None:
    """Photos stored before cleaning existed, cleaned by this export: kept cleaned in the
    archive (once; the light reader of the file cannot write, the archive is opened)."""
    from editor.services.exporting import keep_cleaned_photos

    if not any(photo.clean_to_keep for photo in bundle.photo_data.values()):
        return
    from editor.store import Archive

    archive = context.archive
    if isinstance(archive, Archive):
        keep_cleaned_photos(archive, bundle)
        return
    try:
        with Archive.open(archive.path) as writable:
            keep_cleaned_photos(writable, bundle)
    except PressestelleError as exc:  # the export is done; the next one cleans again
        import logging

        logging.getLogger(__name__).warning("cleaned photos not kept: %s", exc)


def _cmd_settings(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.exporting import gender_policy, set_gender_policy

    if args.gender_policy is not None:
        from editor.core.findings import GenderPolicy

        set_gender_policy(context.archive, GenderPolicy(args.gender_policy))
    print(f"gender-policy  {gender_policy(context.archive).value}", file=out)
    return EXIT_OK


def _list_backups(context: AppContext, out: TextIO) -> int:
    from editor.store.backup import backups_of, disk_budget, disk_used, server_stem
    from editor.store.backup_worker import backup_running

    path = context.archive.path
    stem_of = path if path is not None else Path(f"{server_stem(context.archive)}.sqlite")
    copies = backups_of(stem_of)
    for copy in copies:
        print(f"{copy}\t{copy.stat().st_size / 1024**2:,.1f} MB", file=out)
    mb = disk_used(copies) / 1024**2
    summary = f"{len(copies)} copies on {mb:,.1f} MB (hard-linked copies counted once)"
    if path is not None:
        summary += f", at most {disk_budget(path) / 1024**2:,.0f} MB"
        if backup_running(path):
            summary += "; the daily copy is being made"
    print(summary, file=sys.stderr)
    return EXIT_OK


def _copy_progress(table: str, done: int, total: int) -> None:
    if done and (done == total or done % 5000 == 0):
        print(f"[{table}] {done}/{total}", file=sys.stderr, flush=True)


def _cmd_delete_unused_photos(context: AppContext, args: argparse.Namespace,
                              out: TextIO) -> int:
    found = context.archive.delete_unused_photos(dry_run=args.dry_run)
    verb = "would delete" if args.dry_run else "deleted"
    print(f"{verb} {counted(found.deleted, 'unused photo')}, {found.freed / 1024**2:.1f} MB; "
          f"{found.in_use} in use, {found.kept_recent} stored within the last hour kept",
          file=out)
    return EXIT_OK


def _cmd_backup(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.store.backup import make_backup, server_backup

    if args.list:
        return _list_backups(context, out)
    if context.archive.path is None:
        print(server_backup(context.archive, "manual", progress=_copy_progress), file=out)
    else:
        print(make_backup(context.archive.path, "manual"), file=out)
    return EXIT_OK


def _cmd_restore(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.store.backup import restore_backup, restore_into_server

    archive = context.archive.path
    if archive is None:
        safety: Path | None = restore_into_server(args.backup_file, context.archive,
                                                  progress=_copy_progress)
        print(f"restored {args.backup_file} into {context.archive.url}", file=out)
    else:
        context.close()  # the copy is written underneath; reopen to migrate an older backup
        safety = restore_backup(args.backup_file, archive)
        _open(str(archive), desktop=False).close()
        print(f"restored {args.backup_file} into {archive}", file=out)
    if safety is not None:
        print(f"the previous content is kept in {safety}", file=out)
    return EXIT_OK


def _cmd_locks(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    for claim in context.archive.claims():
        since = claim.since.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{claim.item_id}  {_inline(claim.name)}  since {since}  ({claim.holder})",
              file=out)
    return EXIT_OK


def _cmd_migrate_to(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    print(f"copying {context.archive.url} into {mask_text(args.target, args.target)} …",
          file=sys.stderr, flush=True)
    report = context.archive.copy_to(args.target, progress=_copy_progress)
    width = max(len(name) for name in report.counts)
    for name, count in report.counts.items():
        print(f"{name:<{width}}  {count}", file=out)
    print(f"verified: {report.total} rows in {len(report.counts)} tables, ids, versions and "
          f"times unchanged", file=out)
    return EXIT_OK


def find_person(context: AppContext, name: str) -> Person:
    """The person with id ``name``, else the one person whose name contains it."""
    archive = context.archive
    try:
        return archive.person(name)
    except NotFoundError:
        pass
    found = archive.find_people(name, limit=10)
    exact = [p for p in found if p.full_name.casefold() == name.strip().casefold()
             or f"{p.given_name} {p.family_name}".casefold() == name.strip().casefold()]
    if len(exact) == 1:
        return exact[0]
    if not found:
        raise PressestelleError(f"No person called {name!r} is in the archive; "
                                f"`quotes search` shows the speakers.")
    if len(found) > 1:
        listed = "; ".join(f"{p.full_name} ({p.id})" for p in found[:5])
        raise PressestelleError(f"{name!r} matches {len(found)} people: {listed}. "
                                f"Give the id or more of the name.")
    return found[0]


def _cmd_quotes_dossier(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.render.dossier import export_dossier, quote_count, withheld_quotes

    person = find_person(context, args.person)
    from editor.services.dossier import dossier_bundle

    bundle = dossier_bundle(context.archive, person.id)
    if not bundle.items:
        raise PressestelleError(f"{person.full_name} ({person.id}) has no quotes in the "
                                f"archive yet; no dossier written.")
    withheld = withheld_quotes(bundle, person.id)
    if withheld and not args.before_embargo:
        if quote_count(bundle, person.id) == sum(w.count for w in withheld):
            raise PressestelleError(
                f"every quote of {person.full_name} is under embargo ({withheld[0].text}); "
                f"no dossier written. Add --before-embargo to make it anyway.")
        for w in withheld:
            print(f"note: left out: {w.text}. Add --before-embargo to include them.",
                  file=sys.stderr)
    for w in withheld if args.before_embargo else []:
        print(f"warning: included before the embargo ends: {w.text}.", file=sys.stderr)
    for path in export_dossier(bundle, person.id, args.lang, args.format, args.out,
                               args.template, before_embargo=args.before_embargo):
        print(path, file=out)
    return EXIT_OK


def _approval_shown(hit: Any) -> str:
    """A hit's approval as stored ("approved", "drafted" …), or "changed" when its words
    or speakers changed since approval."""
    from editor.core.quotes import ApprovalStatus

    changed = hit.approval_status is ApprovalStatus.CHANGED
    return ApprovalStatus.CHANGED.value if changed else str(hit.approval.value)


def _cmd_quotes_search(context: AppContext | ReadContext, args: argparse.Namespace,
                       out: TextIO) -> int:
    import json

    if args.limit < 1:
        raise PressestelleError(f"--limit must be at least 1, not {args.limit}.")
    approval = None
    if args.approval:
        from editor.services.approval import approval_statuses_from

        approval = approval_statuses_from(args.approval)
    hits = context.archive.search_quotes(
        args.query,
        speaker=args.speaker,
        organisation=args.org,
        topic=args.topic,
        language=args.lang,
        date_from=option_day(args.since, "--since"),
        date_to=option_day(args.until, "--until"),
        approval=approval,
        order=args.order,
        limit=args.limit,
        include_embargoed=args.include_embargoed,
    )
    if args.json:
        json.dump([_hit_plain(hit) for hit in hits], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    lang = args.lang or "de"
    for hit in hits:
        day = hit.said_on.isoformat() if hit.said_on else "----------"
        for speaker in hit.speakers or ():
            title = text_or_any(speaker.title, lang)
            who = speaker.full_name + (f", {title}" if title else "")
            print(f"{day}  {_inline(who)}", file=out)
        if not hit.speakers:
            print(f"{day}  (no speaker)", file=out)
        print(f"    {_inline(hit.snippet_text())}", file=out)
        headline = text_or_any(hit.item_headline, lang)
        print(f"    in: {_inline(headline)} [{hit.item_id}] ({_approval_shown(hit)})", file=out)
        if hit.embargo is not None:
            print(f"    under embargo until {_embargo_text(hit.embargo)}", file=out)
        print(file=out)
    print(f"{len(hits)} quote{'s' if len(hits) != 1 else ''}", file=sys.stderr)
    return EXIT_OK




def _cmd_quotes_by_speaker(context: AppContext, args: argparse.Namespace,
                           out: TextIO) -> int:
    import json

    from editor.services.dossier import role_groups

    person = find_person(context, args.person)
    hits = context.archive.quotes_of_person(person.id)
    if args.json:
        json.dump([_hit_plain(hit) for hit in hits], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    lang = args.lang
    for _role, said in role_groups(hits, person.id):
        speaker = next(s for s in said[0].speakers if s.person_id == person.id)
        title = text_or_any(speaker.title, lang) or "(no role known)"
        first, last = (_day(hit.said_on) for hit in (said[0], said[-1]))
        print(f"{_inline(title)}  {first} – {last}  ({len(said)} "
              f"quote{'s' if len(said) != 1 else ''})", file=out)
        for hit in said:
            print(f"  {_day(hit.said_on)}  {_inline(text_or_any(hit.text, lang))}", file=out)
            headline = text_or_any(hit.item_headline, lang)
            print(f"      in: {_inline(headline)} [{hit.item_id}] ({_approval_shown(hit)})",
                  file=out)
            if hit.embargo is not None:
                print(f"      under embargo until {_embargo_text(hit.embargo)}", file=out)
        print(file=out)
    print(f"{person.full_name}: {len(hits)} quote{'s' if len(hits) != 1 else ''}",
          file=sys.stderr)
    return EXIT_OK


def _day(day: date | None) -> str:
    return day.isoformat() if day else "----------"


def _hit_plain(hit: QuoteHit) -> dict[str, object]:
    return {
        "quote_id": hit.quote_id,
        "item_id": hit.item_id,
        "item_headline": hit.item_headline,
        "said_on": hit.said_on.isoformat() if hit.said_on else None,
        "speakers": [
            {"person_id": s.person_id, "name": s.full_name, "role_id": s.role_id,
             "title": s.title}
            for s in hit.speakers
        ],
        "text": hit.text,
        "snippet": hit.snippet_text(),
        "snippet_language": hit.snippet_language,
        "approval": hit.approval.value,
        "status": hit.approval_status.value,
        "topics": list(hit.topics),
        "embargo": None if hit.embargo is None else {
            "until": hit.embargo.until.isoformat(timespec="minutes"),
            "timezone": hit.embargo.timezone,
        },
    }


def _embargo_text(embargo: Embargo) -> str:
    """ "2026-03-16 10:00 Europe/Berlin"."""
    return f"{embargo.until.isoformat(sep=' ', timespec='minutes')} {embargo.timezone}"


def _cmd_templates(context: AppContext | None, args: argparse.Namespace, out: TextIO) -> int:
    """Every usable template on stdout; each broken one on stderr with its reason."""
    from editor.render import TemplateError, list_templates

    wanted: list[str] = list(dict.fromkeys(args.names or []))
    problems: list[TemplateError] = []
    infos = list_templates(problems=problems, purpose="all" if wanted else "item")
    for info in infos:
        if wanted and info.name not in wanted:
            continue
        title = info.title.get("en") or info.title.get("de") or info.name
        origin = "built-in" if info.builtin else f"user ({info.folder})"
        formats = info.formats if info.kind == "dossier" else info.item_formats
        print(
            f"{info.name:<20} {' | '.join('+'.join(s) for s in info.language_sets()):<8} "
            f"{','.join(formats):<20} "
            f"{title} [{origin}]",
            file=out,
        )
    failed = False
    for problem in problems:
        if wanted and problem.template not in wanted:
            continue
        level = "error" if wanted else "warning"
        failed = failed or bool(wanted)
        print(f"{level}: template {problem.template!r} cannot be used: "
              f"{_one_line(str(problem))}", file=sys.stderr)
    known = {info.name for info in infos} | {p.template for p in problems}
    for name in wanted:
        if name not in known:
            failed = True
            print(f"error: there is no template called {name!r}.", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _desktop_entry(install: bool, out: TextIO) -> int:
    from editor.io.desktop_entry import install_desktop_entry, uninstall_desktop_entry

    if install:
        for path in install_desktop_entry():
            print(path, file=out)
        print("Pressestelle is in the applications menu now (log in again if it does not "
              "show yet).", file=sys.stderr)
        return EXIT_OK
    removed = uninstall_desktop_entry()
    for path in removed:
        print(path, file=out)
    print("removed the menu entry" if removed else "no menu entry was installed",
          file=sys.stderr)
    return EXIT_OK


NEEDS_NO_ARCHIVE: frozenset[Callable[..., int]] = frozenset({_cmd_templates})
"""Commands that run without opening the archive (each command module beside this one
declares its own under the same name, as it does the two below)."""
WRITING: frozenset[Callable[..., int]] = frozenset({
    _cmd_sample, _cmd_import, _cmd_quotes_send, _cmd_quotes_approve, _cmd_quotes_reject})
"""Commands that change the archive: the daily backup copy is made before they run."""
WRITING_WHEN: dict[Callable[..., int], Callable[[argparse.Namespace], bool]] = {
    _cmd_settings: lambda args: args.gender_policy is not None,
    _cmd_delete_unused_photos: lambda args: not args.dry_run,
    _cmd_import_docs: lambda args: not args.dry_run,
}
"""Commands that change the archive only with some options (otherwise they only list)."""


def _declared(run: Callable[..., int], name: str) -> Any:
    """What the module of the command ``run`` declares as ``name`` (:data:`WRITING` …);
    that module is loaded, since the command's parser was built from it."""
    return getattr(sys.modules[run.__module__], name, ())


def needs_no_archive(run: Callable[..., int]) -> bool:
    """Whether the command runs without the archive (see :data:`NEEDS_NO_ARCHIVE`)."""
    return run in _declared(run, "NEEDS_NO_ARCHIVE")


def writes_archive(run: Callable[..., int] | None, args: argparse.Namespace) -> bool:
    """Whether this command, with these options, may change the archive."""
    if run is None:
        return False
    if run in _declared(run, "WRITING"):
        return True
    when = _declared(run, "WRITING_WHEN")
    return run in when and bool(when[run](args))


READING_COMMANDS: frozenset[Callable[..., int]] = frozenset({_cmd_quotes_search, _cmd_export})
"""Commands that only read: on an up-to-date SQLite archive they read the file with the
standard library's sqlite3 (:mod:`editor.store.reader`), without loading SQLAlchemy."""


def _start_daily_backup(context: AppContext) -> None:
    """The daily copy, in the background; a failure of the last one is reported here."""
    from editor.store.backup import last_failure

    path = context.archive.path
    failure = last_failure(path) if path is not None else None
    if failure is not None:
        print(f"warning: the last daily backup copy failed: {_one_line(failure)}",
              file=sys.stderr)
    context.start_daily_backup()


def ensure_sample_on_first_start(context: AppContext) -> None:
    """A brand-new, empty archive gets the sample release, so a newcomer sees an example."""
    if context.archive.is_empty() and not context.archive.get_setting(SAMPLE_OFFERED):
        from editor.io.samples import load_sample_bundles
        from editor.store.shared import SharedPolicy

        for bundle in load_sample_bundles():
            context.archive.save_bundle(bundle, shared=SharedPolicy.KEEP)
        context.archive.set_setting(SAMPLE_OFFERED, "yes")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, *,
         process: bool = False) -> int:
    """Run the command line (or the desktop app when no command is given); ``process``:
    the program ends when this returns (``main.py``, ``python -m editor``, :func:`run`)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(called_command(arguments))
    args = parser.parse_args(arguments)
    out = out or sys.stdout
    run: Callable[..., int] | None = getattr(args, "run", None)
    if run is not None and (args.install_desktop_entry or args.uninstall_desktop_entry):
        parser.error("--install-desktop-entry and --uninstall-desktop-entry take no command")
    try:
        if run in READING_COMMANDS:  # most often on the archive file: SQLAlchemy not loaded
            if process:
                from editor import process as whole_process

                whole_process.collect_garbage(light_read=True)
            done = _run_reading(run, args, out)
            if done is not None:
                if process:
                    _leave_to_exit()
                return done
        if process:
            from editor import process as whole_process

            whole_process.collect_garbage(light_read=False)
        _log_warnings()
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return _desktop_entry(args.install_desktop_entry, out)
        if run is not None and needs_no_archive(run):
            return run(None, args, out)
        from editor.io.display import missing_display

        no_display = missing_display() if run is None else None
        context = _open(chosen_location(args.db), desktop=run is None and no_display is None)
        if process:
            whole_process.keep_what_is_loaded()
        try:
            if writes_archive(run, args):
                _start_daily_backup(context)
            if run not in (_cmd_import, _cmd_import_docs, _cmd_restore,
                           _cmd_migrate_to):  # these bring the user's own items
                ensure_sample_on_first_start(context)
            if run is None:
                if no_display is not None:
                    print(
                        "error: the desktop app needs a graphical session and none was "
                        f"found ({no_display}). The archive is ready "
                        f"at {context.archive.url}; use the command line meanwhile, e.g. "
                        "`list` or `--help`.",
                        file=sys.stderr,
                    )
                    return EXIT_FAILED
                from editor.gui.app import run as run_desktop

                return run_desktop(context)
            return run(context, args, out)
        finally:
            context.close()
    except PressestelleError as error:
        print(f"error: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(f"error: {error.strerror or error}{where}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def run() -> int:
    """The ``pressestelle`` command: :func:`main` as a whole process."""
    return main(process=True)


def _leave_to_exit() -> None:
    """The process is about to end: its objects are left to the exit rather than to the
    garbage collector, whose last passes over every object of the loaded modules would
    take longer than a search, and :func:`editor.process.end` may skip the interpreter's
    teardown. Only after a light read, which holds no file, connection or thread open
    once it returns (a reference cycle is not finalised after this)."""
    import gc

    from editor import process as whole_process

    gc.freeze()
    whole_process.allow_quick_exit()


def _log_warnings() -> None:
    """Warnings of the libraries and the store on stderr, naming where they come from."""
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def _run_reading(run: Callable[..., int], args: argparse.Namespace, out: TextIO) -> int | None:
    """Run a reading command on the archive file through the light reader; ``None`` when
    the archive is to be opened the usual way (a server, a migration or the sample due,
    anything unusual: see :mod:`editor.store.reader`). A read that fails half-way comes
    before any output, and the command runs again the usual way."""
    from editor.store.reader import ReadContext, ReaderUnusable, open_reader

    reader = open_reader(chosen_location(args.db))
    if reader is None:
        return None
    try:
        if reader.is_empty() and not reader.get_setting(SAMPLE_OFFERED):
            return None  # a brand-new archive: the sample goes in first
        return run(ReadContext(reader), args, out)
    except ReaderUnusable:
        return None  # e.g. the file went away: the archive says what is wrong
    finally:
        reader.close()


def _open(db: str | None, *, desktop: bool) -> AppContext:
    """Open the archive; an update of an older one shows progress or says it is running."""
    if desktop:
        from editor.gui.i18n import compile_user_language_ahead

        compile_user_language_ahead()  # on a first start, beside loading the window's modules
        # The window opens the archive itself, after its first paint where it can.
        from editor.gui.app import open_archive

        return open_archive(db)
    from editor.context import AppContext
    from editor.store import Archive

    updating = Archive.update_pending(db)
    if updating:
        print("Updating the archive for this version (a backup copy is made first; a large "
              "archive takes a few minutes) …", file=sys.stderr, flush=True)
    context = AppContext.open(db)
    if updating and context.archive.backup_path is not None:
        for line in context.archive.photo_update_report():
            print(f"warning: {line}", file=sys.stderr)
    return context


def _inline(text: str) -> str:
    """A text for line-based output: line breaks and other whitespace become one space,
    so that a headline or quote cannot add (or fake) lines of a listing."""
    return " ".join(text.split())


def _one_line(message: str) -> str:
    """The message on one line; characters that cannot be written (a lone surrogate from
    an argument that was not UTF-8) are shown as escapes instead of failing the print."""
    flat = " ".join(message.split())
    return flat.encode("utf-8", "backslashreplace").decode("utf-8")


if __name__ == "__main__":
    sys.exit(main())

