"""Command line of the item history: ``history``, ``publish`` and ``delete``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from editor.core.errors import PressestelleError
from editor.core.wording import counted

if TYPE_CHECKING:  # the archive (and SQLAlchemy) is loaded when a command runs
    from editor.context import AppContext

Command = Callable[["AppContext", argparse.Namespace, TextIO], int]
EXIT_OK = 0


def _inline(text: str) -> str:
    return " ".join(text.split())


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _user(context: AppContext) -> str:
    from editor.services.approval import current_user

    return current_user(context.archive, context.data_dir)


def _cmd_history(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    archive = context.archive
    if args.deleted:
        if args.item_id or args.diff or args.restore is not None:
            raise PressestelleError("history --deleted lists the deleted items and takes no "
                                    "ID, --diff or --restore.")
        for gone in archive.deleted_items():
            print(f"{gone.item_id}  {_when(gone.last_saved_at)}  "
                  f"{counted(gone.versions, 'version')}  {_inline(gone.headline)}", file=out)
        return EXIT_OK
    if not args.item_id:
        raise PressestelleError("history: name the item (ID), or use --deleted.")
    if args.diff and args.restore is not None:
        raise PressestelleError("history: use --diff or --restore, not both.")
    if args.diff:
        return _print_diff(context, args.item_id, args.diff[0], args.diff[1], out)
    if args.restore is not None:
        from editor.services.versions import restore

        done = restore(archive, args.item_id, args.restore, _user(context))
        print(f"{args.item_id}  version {done.from_version} restored as version "
              f"{done.item.version}", file=out)
        return EXIT_OK
    versions = archive.versions(args.item_id)
    current = archive.stored_version(args.item_id)
    for v in versions:
        marks = []
        if v.published_at is not None:
            marks.append(f"published {_when(v.published_at)}")
        if v.version == current:
            marks.append("current")
        shown = f"  ({', '.join(marks)})" if marks else ""
        print(f"v{v.version}  {_when(v.saved_at)}  {_inline(v.saved_by) or '-'}  "
              f"{v.status.value}  {v.stored / 1024:.1f} KB{shown}", file=out)
    if current is None:
        print(f"({args.item_id} was deleted; `history {args.item_id} --restore N` brings a "
              f"version back)", file=out)
    return EXIT_OK


def _print_diff(context: AppContext, item_id: str, a: int, b: int, out: TextIO) -> int:
    from editor.services.versions import compare, marked_text

    old = context.archive.load_version(item_id, a)
    new = context.archive.load_version(item_id, b)
    changes = compare(old, new)
    for change in changes:
        print(f"{change.place}: {change.what}", file=out)
        if change.pieces:
            print(f"  {marked_text(change.pieces)}", file=out)
    if not changes:
        print(f"versions {a} and {b} of {item_id} do not differ", file=out)
    return EXIT_OK


def _cmd_publish(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.versions import publish

    done = publish(context.archive, args.item_id, _user(context))
    what = "published as a correction" if done.corrected else "published"
    print(f"{args.item_id}  {what} (version {done.item.version})", file=out)
    return EXIT_OK


def _cmd_delete(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    kept = context.archive.delete_item(args.item_id, with_history=args.with_history)
    if args.with_history:
        print(f"{args.item_id}  deleted with its history", file=out)
    else:
        kept_words = f"{counted(kept, 'version')} {'is' if kept == 1 else 'are'} kept"
        print(f"{args.item_id}  deleted; its {kept_words} (`history "
              f"{args.item_id}` lists them, `delete {args.item_id} --with-history` removes "
              f"them)", file=out)
    return EXIT_OK


def _version(value: str) -> int:
    text = value.strip().lstrip("vV")
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a version number (1, 2, …)")
    return int(text)


def add_history_commands(commands: argparse._SubParsersAction[Any]) -> None:
    history = commands.add_parser(
        "history", help="the versions of a press item: list, compare (--diff A B) or "
        "restore one (--restore N, saved as a new version)")
    history.add_argument("item_id", nargs="?", metavar="ID")
    history.add_argument("--diff", nargs=2, type=_version, metavar=("A", "B"),
                         help="what changed from version A to version B, block by block and "
                         "language by language ([-struck out-] {+put in+})")
    history.add_argument("--restore", type=_version, metavar="N",
                         help="save version N again as the newest version (nothing is lost)")
    history.add_argument("--deleted", action="store_true",
                         help="list deleted items whose history was kept")
    history.set_defaults(run=_cmd_history)
    publish = commands.add_parser(
        "publish", help="publish a stored item: its newest version is marked published; "
        "publishing it again after edits makes it a correction")
    publish.add_argument("item_id", metavar="ID")
    publish.set_defaults(run=_cmd_publish)
    delete = commands.add_parser(
        "delete", help="delete a press item (its history is kept unless --with-history)")
    delete.add_argument("item_id", metavar="ID")
    delete.add_argument("--with-history", action="store_true",
                        help="delete every kept version of the item too")
    delete.set_defaults(run=_cmd_delete)


WRITING: frozenset[Command] = frozenset({_cmd_publish, _cmd_delete})
WRITING_WHEN: dict[Command, Callable[[argparse.Namespace], bool]] = {
    _cmd_history: lambda args: args.restore is not None,  # the listing and --diff only read
}
"""Commands that may change the archive (``history --restore``)."""
