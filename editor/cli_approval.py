"""Command line of approval rounds through Word: ``approval-round export`` and ``import``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # at run time the context comes in: importing it would load SQLAlchemy
    from editor.context import AppContext

Command = Callable[["AppContext", argparse.Namespace, TextIO], int]
EXIT_OK = 0


def _cmd_export(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.approval_round import ApprovalRounds

    languages = [x.strip() for x in args.lang.split(",") if x.strip()] if args.lang else None
    path = ApprovalRounds(context.archive).export(args.item_id, Path(args.out), languages)
    print(path, file=out)
    return EXIT_OK


def _cmd_import(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.approval import current_user
    from editor.services.approval_round import ApprovalRounds, parse_numbers

    rounds = ApprovalRounds(context.archive)
    path = Path(args.file)
    numbers = None if args.accept_all else (
        parse_numbers(args.accept) if args.accept else [])
    by = (args.approve_quotes or "").strip()
    before = context.archive.load_item(args.item_id)  # the numbers the changes refer to
    if not numbers and numbers is not None and not by:
        for line in rounds.read(args.item_id, path).lines(before):
            print(line, file=out)
        print("nothing was changed; accept with --accept N,M or --accept-all",
              file=sys.stderr)
        return EXIT_OK
    result = rounds.accept(args.item_id, path, numbers, approve_by=by,
                           user=current_user(context.archive))
    for line in result.round.lines(before):
        print(line, file=out)
    if result.accepted or result.approved:
        print(f"accepted: {', '.join(map(str, result.accepted)) or 'none'}; quotes approved "
              f"by {by or '-'}: {len(result.approved)}; saved as version {result.version}",
              file=out)
    else:
        print("nothing to accept; nothing was changed", file=out)
    return EXIT_OK


WRITING: set[Command] = {_cmd_import}


def add_approval_commands(commands: Any) -> None:
    rounds = commands.add_parser(
        "approval-round", help="approval rounds through Word: export a file for the "
        "speaker's office, read back their tracked changes and comments")
    sub = rounds.add_subparsers(dest="round_command", required=True)
    export = sub.add_parser("export", help="write the Word file for approval of an item")
    export.add_argument("item_id")
    export.add_argument("--out", required=True, help="the .docx file to write")
    export.add_argument("--lang", help="languages, e.g. de,en (default: the item's)")
    export.set_defaults(run=_cmd_export)
    back = sub.add_parser(
        "import", help="show what a returned Word file changes and comments, per block and "
        "quote; accept changes into the item and approve its quotes")
    back.add_argument("item_id")
    back.add_argument("file", help="the returned .docx file")
    choice = back.add_mutually_exclusive_group()
    choice.add_argument("--accept-all", action="store_true", help="accept every change")
    choice.add_argument("--accept", metavar="N,M", help="accept these changes (1,3,5-7)")
    back.add_argument("--approve-quotes", metavar="NAME",
                      help="mark the quotes of the round approved by NAME (the returning "
                      "party)")
    back.set_defaults(run=_cmd_import)
