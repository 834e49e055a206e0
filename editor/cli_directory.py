"""The directory on the command line: ``people``, ``roles``, ``orgs`` and ``contacts``.

Every command goes through :class:`editor.services.directory.Directory`; listings print
one record a line (or a JSON array with ``--json``), and errors are one line naming the
field.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from editor.cli import option_day
from editor.core.errors import PressestelleError
from editor.core.model import Contact, Gender, Organisation, Person, Role

if TYPE_CHECKING:  # the archive (and SQLAlchemy) is loaded when a command runs
    from editor.context import AppContext

EXIT_OK = 0

Command = Callable[["AppContext", argparse.Namespace, TextIO], int]


def _plain(record: Any) -> Any:
    """A record as JSON values (the codec is loaded only by a command that prints one)."""
    from editor.core.codec import to_plain

    return to_plain(record)


def _inline(text: str) -> str:
    return " ".join(text.split())


def _directory(context: AppContext) -> Any:
    from editor.services.directory import Directory

    return Directory(context.archive)


def _json(value: Any, out: TextIO) -> int:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return EXIT_OK


def _texts(args: argparse.Namespace, prefix: str, start: dict[str, str] | None = None
           ) -> dict[str, str]:
    """The ``--PREFIX-de`` / ``--PREFIX-en`` options over ``start``; "" clears one."""
    texts = dict(start or {})
    for lang in ("de", "en"):
        value = getattr(args, f"{prefix}_{lang}", None)
        if value is not None:
            if value.strip():
                texts[lang] = value
            else:
                texts.pop(lang, None)
    return texts


# --- people ------------------------------------------------------------------------------


def _person_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--family", required=adding, metavar="NAME", help="family name")
    parser.add_argument("--given", metavar="NAME", help="given name")
    parser.add_argument("--honorific", metavar="TEXT", help='title before the name: '
                        '"Prof. Dr.-Ing."')
    parser.add_argument("--honorific-en", metavar="TEXT",
                        help='the English title where it differs ("Prof.")')
    parser.add_argument("--gender", choices=[g.value for g in Gender],
                        help="for the article in attributions: f, m or x (neutral)")
    parser.add_argument("--town", metavar="TOWN")
    parser.add_argument("--note", metavar="TEXT", help="internal note, never exported")


def _person_line(person: Person) -> str:
    return f"{person.id}  {_inline(person.sort_name)}" + (
        f"  ({_inline(person.honorific)})" if person.honorific else "")


def _cmd_people_list(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    found = _directory(context).people(args.query or "", limit=args.limit)
    if args.json:
        return _json([_plain(p) for p in found], out)
    for person in found:
        print(_person_line(person), file=out)
    return EXIT_OK


def _cmd_people_show(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    directory = _directory(context)
    person = directory.person(args.id)
    roles = directory.roles_of(person.id)
    usages = directory.usages_of_person(person.id)
    if args.json:
        return _json({"person": _plain(person), "roles": [_plain(r) for r in roles],
                      "usages": [dataclasses.asdict(u) for u in usages]}, out)
    print(_person_line(person), file=out)
    if person.honorific_by_language:
        for lang, text in person.honorific_by_language.items():
            print(f"  honorific ({lang}): {_inline(text)}", file=out)
    print(f"  gender: {person.gender.value}", file=out)
    for role in roles:
        span = (f"{role.valid_from.isoformat() if role.valid_from else '…'} – "
                f"{role.valid_until.isoformat() if role.valid_until else '…'}")
        title = role.title.get("de") or next(iter(role.title.values()), "")
        print(f"  role {role.id}  {span}  {_inline(title)}", file=out)
    for usage in usages:
        print(f"  used: {_inline(usage.line())}", file=out)
    return EXIT_OK


def _apply_person(person: Person, args: argparse.Namespace) -> Person:
    changes: dict[str, Any] = {}
    for option, name in (("family", "family_name"), ("given", "given_name"),
                         ("honorific", "honorific"), ("town", "town"), ("note", "note")):
        value = getattr(args, option)
        if value is not None:
            changes[name] = value
    if args.gender is not None:
        changes["gender"] = Gender(args.gender)
    if args.honorific_en is not None:
        by_language = dict(person.honorific_by_language)
        if args.honorific_en.strip():
            by_language["en"] = args.honorific_en
        else:
            by_language.pop("en", None)
        changes["honorific_by_language"] = by_language
    return dataclasses.replace(person, **changes)


def _cmd_people_add(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    person = _directory(context).add_person(_apply_person(Person("", "", ""), args))
    print(person.id, file=out)
    return EXIT_OK


def _cmd_people_edit(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    directory = _directory(context)
    directory.update_person(_apply_person(directory.person(args.id), args))
    print(args.id, file=out)
    return EXIT_OK


def _cmd_people_delete(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    _directory(context).delete_person(args.id)
    print(f"{args.id}  deleted", file=out)
    return EXIT_OK


def _cmd_people_merge(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    directory = _directory(context)
    plan = directory.merge_plan(args.keep, args.duplicate)
    what = (f"{plan.quotes} quote{'s' if plan.quotes != 1 else ''}, {plan.roles} "
            f"role{'s' if plan.roles != 1 else ''}, {len(plan.items)} "
            f"item{'s' if len(plan.items) != 1 else ''}")
    if args.dry_run:
        print(f"would move {what} from {_inline(plan.duplicate.full_name)} "
              f"({plan.duplicate.id}) to {_inline(plan.keep.full_name)} ({plan.keep.id})",
              file=out)
        for item_id in plan.items:
            print(f"  item {item_id}", file=out)
        return EXIT_OK
    directory.merge(args.keep, args.duplicate)
    print(f"moved {what} to {plan.keep.id}; {plan.duplicate.id} is deleted", file=out)
    return EXIT_OK


# --- roles -------------------------------------------------------------------------------


def _role_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--org", metavar="ORG_ID", help="organisation id (orgs list)")
    for lang in ("de", "en"):
        parser.add_argument(f"--title-{lang}", metavar="TEXT", required=adding and lang == "de",
                            help=f"title as it follows the article ({lang})")
        parser.add_argument(f"--function-{lang}", metavar="TEXT",
                            help=f"the bare function, the start of the title ({lang})")
        parser.add_argument(f"--plural-{lang}", metavar="TEXT",
                            help=f"the function in the plural, for joint quotes ({lang})")
    parser.add_argument("--from", dest="valid_from", metavar="DATE", required=adding,
                        help="first day held (YYYY-MM-DD)")
    parser.add_argument("--until", metavar="DATE", help="last day held (YYYY-MM-DD)")


def _cmd_roles_add(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    role = Role("", args.person, args.org, _texts(args, "title"), _texts(args, "function"),
                _texts(args, "plural"), option_day(args.valid_from, "--from"),
                option_day(args.until, "--until"))
    stored = _directory(context).add_role(role, end_previous=args.end_previous)
    print(stored.id, file=out)
    return EXIT_OK


def _cmd_roles_end(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    until = option_day(args.until, "--until")
    assert until is not None
    _directory(context).end_role(args.id, until)
    print(f"{args.id}  ends {until.isoformat()}", file=out)
    return EXIT_OK


def _cmd_roles_list(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    directory = _directory(context)
    on = option_day(args.on, "--on")
    roles = (directory.current_roles(args.person, on) if args.current or on
             else directory.roles_of(args.person))
    if args.json:
        return _json([_plain(r) for r in roles], out)
    for role in roles:
        start = role.valid_from.isoformat() if role.valid_from else "…"
        end = role.valid_until.isoformat() if role.valid_until else "…"
        title = role.title.get("de") or next(iter(role.title.values()), "")
        print(f"{role.id}  {start} – {end}  {role.organisation_id or '-'}  {_inline(title)}",
              file=out)
    return EXIT_OK


# --- organisations -----------------------------------------------------------------------


def _org_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--short", required=adding, metavar="NAME",
                        help='short name, used once ("WFBB")')
    for lang in ("de", "en"):
        parser.add_argument(f"--name-{lang}", metavar="TEXT", help=f"full name ({lang})")
        parser.add_argument(f"--boilerplate-{lang}", metavar="TEXT",
                            help=f'the "About …" paragraph ({lang})')
    parser.add_argument("--website", metavar="URL")
    parser.add_argument("--town", metavar="TOWN")
    parser.add_argument("--logo", type=Path, metavar="FILE",
                        help="an image file (PNG, JPEG or WebP) for templates that show a logo")
    if not adding:
        parser.add_argument("--no-logo", action="store_true", help="remove the logo")


def _apply_org(org: Organisation, args: argparse.Namespace) -> Organisation:
    changes: dict[str, Any] = {"name": _texts(args, "name", org.name),
                               "boilerplate": _texts(args, "boilerplate", org.boilerplate)}
    for option, name in (("short", "short_name"), ("website", "website"), ("town", "town")):
        if getattr(args, option) is not None:
            changes[name] = getattr(args, option)
    return dataclasses.replace(org, **changes)


def _cmd_orgs_list(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    found = _directory(context).organisations(args.query or "")
    if args.json:
        return _json([_plain(o) for o in found], out)
    for org in found:
        print(f"{org.id}  {_inline(org.short_name)}  {_inline(org.display_name('de'))}",
              file=out)
    return EXIT_OK


def _cmd_orgs_add(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    org = _directory(context).add_organisation(_apply_org(Organisation("", ""), args),
                                               logo=args.logo)
    print(org.id, file=out)
    return EXIT_OK


def _cmd_orgs_edit(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    if args.logo is not None and args.no_logo:
        raise PressestelleError("orgs edit: give --logo FILE or --no-logo, not both.")
    directory = _directory(context)
    org = _apply_org(directory.organisation(args.id), args)
    if args.no_logo:
        org.logo = ""
    directory.update_organisation(org, logo=args.logo)
    print(args.id, file=out)
    return EXIT_OK


# --- contacts ----------------------------------------------------------------------------


def _cmd_contacts_list(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    found = _directory(context).contacts(args.query or "")
    if args.json:
        return _json([_plain(c) for c in found], out)
    for contact in found:
        function = contact.function.get("de") or next(iter(contact.function.values()), "")
        parts = [contact.id, _inline(contact.name), _inline(function), contact.email,
                 _inline(contact.phone)]
        print("  ".join(p for p in parts if p), file=out)
    return EXIT_OK


def _apply_contact(contact: Contact, args: argparse.Namespace) -> Contact:
    changes: dict[str, Any] = {"function": _texts(args, "function", contact.function),
                               "topics": _texts(args, "topics", contact.topics)}
    for option in ("name", "phone", "email", "website"):
        if getattr(args, option) is not None:
            changes[option] = getattr(args, option)
    if args.org is not None:
        changes["organisation_id"] = args.org or None  # "" leaves the organisation out
    return dataclasses.replace(contact, **changes)


def _cmd_contacts_add(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    contact = _apply_contact(Contact(""), args)
    print(_directory(context).add_contact(contact).id, file=out)
    return EXIT_OK


def _cmd_contacts_edit(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    directory = _directory(context)
    directory.update_contact(_apply_contact(directory.contact(args.id), args))
    print(args.id, file=out)
    return EXIT_OK


def _cmd_contacts_delete(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    _directory(context).delete_contact(args.id)
    print(f"{args.id}  deleted", file=out)
    return EXIT_OK


# --- the parser --------------------------------------------------------------------------


def _listing(commands: Any, help_text: str, run: Command, query: bool = True
             ) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser("list", help=help_text)
    if query:
        parser.add_argument("query", nargs="?", metavar="QUERY",
                            help='part of a name ("förder", "forder" and "foerder" alike)')
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(run=run)
    return parser


def add_directory_commands(commands: Any) -> None:
    """Add ``people``, ``roles``, ``orgs`` and ``contacts`` to the command line."""
    people = commands.add_parser("people", help="the people quoted: list, show, add, edit, "
                                 "delete, merge")
    sub = people.add_subparsers(dest="people_command", metavar="COMMAND", required=True)
    listing = _listing(sub, "list people by family name", _cmd_people_list)
    listing.add_argument("--limit", type=int, metavar="N", help="at most N people")
    show = sub.add_parser("show", help="one person with roles and where they are quoted")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    show.set_defaults(run=_cmd_people_show)
    add = sub.add_parser("add", help="add a person; prints the new id")
    _person_options(add, adding=True)
    add.set_defaults(run=_cmd_people_add)
    edit = sub.add_parser("edit", help="change the given fields of a person")
    edit.add_argument("id", metavar="ID")
    _person_options(edit, adding=False)
    edit.set_defaults(run=_cmd_people_edit)
    delete = sub.add_parser("delete", help="delete a person no quote or item uses")
    delete.add_argument("id", metavar="ID")
    delete.set_defaults(run=_cmd_people_delete)
    merge = sub.add_parser("merge", help="fold a duplicate into the person kept: quotes, "
                           "roles and event speakers move, the duplicate is deleted")
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("duplicate", metavar="DUPLICATE")
    merge.add_argument("--dry-run", action="store_true", help="only show what would move")
    merge.set_defaults(run=_cmd_people_merge)

    roles = commands.add_parser("roles", help="a person's roles over time: list, add, end")
    sub = roles.add_subparsers(dest="roles_command", metavar="COMMAND", required=True)
    listing = _listing(sub, "a person's roles, the newest first", _cmd_roles_list, query=False)
    listing.add_argument("person", metavar="PERSON_ID")
    listing.add_argument("--current", action="store_true", help="only those held today")
    listing.add_argument("--on", metavar="DATE", help="only those held on this day")
    add = sub.add_parser("add", help="give a person a role; prints the new id")
    add.add_argument("person", metavar="PERSON_ID")
    _role_options(add, adding=True)
    add.add_argument("--end-previous", action="store_true",
                     help="end the person's open roles the day before this one starts")
    add.set_defaults(run=_cmd_roles_add)
    end = sub.add_parser("end", help="set the last day a role was held")
    end.add_argument("id", metavar="ROLE_ID")
    end.add_argument("--until", required=True, metavar="DATE", help="last day (YYYY-MM-DD)")
    end.set_defaults(run=_cmd_roles_end)

    orgs = commands.add_parser("orgs", help="organisations: list, add, edit")
    sub = orgs.add_subparsers(dest="orgs_command", metavar="COMMAND", required=True)
    _listing(sub, "list organisations by short name", _cmd_orgs_list)
    add = sub.add_parser("add", help="add an organisation; prints the new id")
    _org_options(add, adding=True)
    add.set_defaults(run=_cmd_orgs_add)
    edit = sub.add_parser("edit", help="change the given fields of an organisation")
    edit.add_argument("id", metavar="ID")
    _org_options(edit, adding=False)
    edit.set_defaults(run=_cmd_orgs_edit)

    contacts = commands.add_parser("contacts", help="saved press contacts: list, add, edit, delete")
    sub = contacts.add_subparsers(dest="contacts_command", metavar="COMMAND", required=True)
    _listing(sub, "list saved press contacts by name", _cmd_contacts_list)
    add = sub.add_parser("add", help="save a press contact; prints the new id")
    _contact_options(add, adding=True)
    add.set_defaults(run=_cmd_contacts_add)
    edit = sub.add_parser("edit", help="change the given fields of a saved press contact")
    edit.add_argument("id", metavar="ID")
    _contact_options(edit, adding=False)
    edit.set_defaults(run=_cmd_contacts_edit)
    delete = sub.add_parser("delete", help="delete a saved press contact no item picked")
    delete.add_argument("id", metavar="ID")
    delete.set_defaults(run=_cmd_contacts_delete)


def _contact_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--name", required=adding, metavar="NAME")
    parser.add_argument("--org", metavar="ORG_ID",
                        help='organisation id (orgs list); "" for none')
    for lang in ("de", "en"):
        parser.add_argument(f"--function-{lang}", metavar="TEXT", help=f"function ({lang})")
        parser.add_argument(f"--topics-{lang}", metavar="TEXT",
                            help=f"what the contact answers questions on ({lang})")
    parser.add_argument("--phone", metavar="NUMBER")
    parser.add_argument("--email", metavar="ADDRESS")
    parser.add_argument("--website", metavar="URL")


WRITING: frozenset[Command] = frozenset({
    _cmd_people_add, _cmd_people_edit, _cmd_people_delete,
    _cmd_roles_add, _cmd_roles_end, _cmd_orgs_add, _cmd_orgs_edit, _cmd_contacts_add,
    _cmd_contacts_edit, _cmd_contacts_delete})
"""The directory commands that change the archive (a backup copy comes first)."""
WRITING_WHEN: dict[Command, Callable[[argparse.Namespace], bool]] = {
    _cmd_people_merge: lambda args: not args.dry_run,
}
"""``people merge --dry-run`` only shows what would move."""
