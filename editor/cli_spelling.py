"""Command line of spell checking and the manual: ``spellcheck``, ``words``, ``manual``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from editor.core.model import LANGUAGES

if TYPE_CHECKING:  # the archive (and SQLAlchemy) is loaded when a command runs
    from editor.context import AppContext

Command = Callable[["AppContext", argparse.Namespace, TextIO], int]
EXIT_OK = 0
LANGUAGE_NAMES = {"de": "German", "en": "English"}


def _cmd_spellcheck(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.spelling import check_item, checker_for

    item = context.archive.load_item(args.item_id)
    checker = checker_for(context.archive)
    for lang in checker.missing(item.languages):
        print(f"warning: no {LANGUAGE_NAMES.get(lang, lang)} spelling dictionary is "
              f"installed ({lang}): those texts were not checked", file=sys.stderr)
    findings = check_item(checker, item)
    for finding in findings:
        if args.suggestions:
            words = "; ".join(
                f"{w} ({', '.join(checker.suggestions(w, finding.language, 3)) or '-'})"
                for w in finding.words)
        else:
            words = ", ".join(finding.words)
        print(f"{finding.language}\t{finding.place}\t{words}", file=out)
    if not findings:
        print("no unknown words", file=sys.stderr)
    return EXIT_OK


def _cmd_words_list(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.spelling import PersonalWords

    for word in PersonalWords(context.archive).words():
        print(word, file=out)
    return EXIT_OK


def _cmd_words_add(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.spelling import PersonalWords, check_word

    words = [check_word(w) for w in args.words]  # all are checked before any is stored
    personal = PersonalWords(context.archive)
    for word in words:
        done = personal.add(word)
        print(f"{'added' if done else 'already in the word list'}: {word}", file=out)
    return EXIT_OK


def _cmd_words_remove(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from editor.services.spelling import PersonalWords

    personal = PersonalWords(context.archive)
    for word in args.words:
        done = personal.remove(word)
        print(f"{'removed' if done else 'not in the word list'}: {word}", file=out)
    return EXIT_OK


def _cmd_manual(context: AppContext | None, args: argparse.Namespace, out: TextIO) -> int:
    from editor.io.manual import manual_text

    text = manual_text(args.language)
    out.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def add_spelling_commands(commands: Any) -> None:
    """Add ``spellcheck``, ``words`` and ``manual`` to the command line."""
    spellcheck = commands.add_parser(
        "spellcheck", help="print the unknown words of a press item per language and place")
    spellcheck.add_argument("item_id", metavar="ID")
    spellcheck.add_argument("--suggestions", action="store_true",
                            help="show up to three suggestions after each word")
    spellcheck.set_defaults(run=_cmd_spellcheck)

    words = commands.add_parser(
        "words", help="the archive's own word list, which spell checking accepts")
    sub = words.add_subparsers(dest="words_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="print the words, one per line")
    listing.set_defaults(run=_cmd_words_list)
    add = sub.add_parser("add", help="add words (names, terms of the trade)")
    add.add_argument("words", nargs="+", metavar="WORD")
    add.set_defaults(run=_cmd_words_add)
    remove = sub.add_parser("remove", help="remove words")
    remove.add_argument("words", nargs="+", metavar="WORD")
    remove.set_defaults(run=_cmd_words_remove)

    manual = commands.add_parser("manual", help="print the user manual (Markdown)")
    manual.add_argument("--language", choices=LANGUAGES, default="en",
                        help="de or en (default: en)")
    manual.set_defaults(run=_cmd_manual)


WRITING: frozenset[Command] = frozenset({_cmd_words_add, _cmd_words_remove})
"""The spelling commands that change the archive (a backup copy comes first)."""

NEEDS_NO_ARCHIVE: frozenset[Callable[..., int]] = frozenset({_cmd_manual})
