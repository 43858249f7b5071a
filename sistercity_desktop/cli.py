"""`sistercity`: headless commands over the same services as the window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from sistercity_desktop import __version__
from sistercity_desktop.errors import UserError
from sistercity_desktop.paths import data_dir
from sistercity_desktop.store import Store, open_store
from sistercity_desktop.store.db import integrity_report

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sistercity",
        description="Sister City Desktop without a window: demo data, listing, export, import.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: $SISTERCITY_DATA_DIR or the user data folder)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("demo", help="fill an empty store with a demo committee and partnerships")
    listing = commands.add_parser("list", help="list partnerships and what is due next")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    export = commands.add_parser("export-data", help="write the whole store as JSON")
    export.add_argument("--out", required=True, metavar="FILE.json", type=Path)
    importing = commands.add_parser("import", help="read a JSON data file into the store")
    importing.add_argument("file", metavar="FILE.json", type=Path)
    commands.add_parser("check", help="check the database's integrity and schema version")
    cities = commands.add_parser("cities", help="search the offline world gazetteer")
    cities.add_argument("query", metavar="QUERY", help="a city name in any script")
    cities.add_argument("--limit", type=int, default=10, metavar="N")
    suggest = commands.add_parser("suggest", help="suggest partner cities like yours")
    suggest.add_argument("--country", action="append", default=[], metavar="CC",
                         help="only cities in this country (repeatable)")
    suggest.add_argument("--language", action="append", default=[], metavar="L",
                         help="only cities whose likely language is L (repeatable)")
    suggest.add_argument("--max-distance", type=float, metavar="KM")
    suggest.add_argument("--exclude-partner-countries", action="store_true",
                         help="leave out countries where you already have a partner")
    suggest.add_argument("--top", type=int, default=20, metavar="N")
    backup = commands.add_parser("backup", help="copy the store to a file (safe while in use)")
    backup.add_argument("--out", required=True, metavar="FILE", type=Path)
    restore = commands.add_parser(
        "restore", help="replace the store with a backup (the current one is kept)")
    restore.add_argument("file", metavar="FILE", type=Path)
    commands.add_parser("backups", help="list the automatic backups")
    export = commands.add_parser("export", help="write a packet of a partnership's documents")
    export.add_argument("partnership", metavar="PARTNERSHIP_ID")
    export.add_argument("--out", required=True, metavar="DIR", type=Path)
    export.add_argument("--zip", action="store_true", help="one ZIP file instead of a folder")
    export.add_argument("--email", action="store_true",
                        help="also write an email draft (.eml) to the partnership's contacts")
    export.add_argument("--documents", metavar="KIND,...",
                        help="which documents (default: every one that can be made now)")
    export.add_argument("--page-size", choices=("A4", "LETTER"), default="A4")
    calendar = commands.add_parser("calendar", help="write a partnership's dates as .ics")
    calendar.add_argument("partnership", metavar="PARTNERSHIP_ID")
    calendar.add_argument("--out", required=True, metavar="FILE.ics", type=Path)
    document = commands.add_parser(
        "document", help="write a document (letter, ...) of a partnership as PDF")
    document.add_argument("partnership", nargs="?", metavar="PARTNERSHIP_ID",
                          help="the partnership's id (or the start of it, as `list --json` shows)")
    document.add_argument("kind", nargs="?", metavar="KIND", help="see --list-kinds")
    document.add_argument("--list-kinds", action="store_true", help="list the document kinds")
    document.add_argument("--lang", metavar="L", help="document language (default: the partner's)")
    document.add_argument("--second-lang", metavar="L",
                          help="courtesy copy language (default: the committee's; 'none' for none)")
    document.add_argument("--layout", choices=("separate", "parallel"), default="separate",
                          help="courtesy copy as a second letter or in a parallel column")
    document.add_argument("--page-size", choices=("A4", "LETTER"), default="A4")
    document.add_argument("--out", metavar="DIR", type=Path, help="folder to write into")
    return parser


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def cmd_list(store: Store, as_json: bool) -> int:
    from sistercity_desktop.services.partnerships import list_partnerships

    rows = list_partnerships(store)
    if as_json:
        out = []
        for row in rows:
            item = asdict(row)
            for key in ("next_due", "signed_on", "next_evaluation"):
                item[key] = _iso(item[key])
            out.append(item)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No partnerships yet. Start one in the app, or run `sistercity demo`.")
        return 0
    header = ("Partner city", "Country", "Step", "Next action", "Due")
    table = [header] + [
        (r.partner_city or f"(researching, {r.candidate_count} candidates)",
         r.partner_country or "", f"{r.step} {r.step_title}", r.next_action,
         _iso(r.next_due) or "")
        for r in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
              .rstrip())
    return 0


def cmd_cities(query: str, limit: int) -> int:
    from sistercity_desktop.services.research import search_cities

    for city in search_cities(query, limit):
        print(f"{city.name}\t{city.country}\t{city.population}\t{city.timezone}")
    return 0


def cmd_suggest(store: Store, args: argparse.Namespace) -> int:
    from sistercity_desktop.services.research import suggestions

    rows = suggestions(store, countries=tuple(args.country), languages=tuple(args.language),
                       max_distance_km=args.max_distance,
                       exclude_partner_countries=args.exclude_partner_countries, top=args.top)
    for s in rows:
        parts = ", ".join(f"{p.point} {p.score:.0%}" for p in s.similarity.parts
                          if p.score is not None)
        distance = f"{s.distance_km:,.0f} km" if s.distance_km is not None else "? km"
        total = f"{s.similarity.total:.0f}" if s.similarity.total is not None else "—"
        print(f"{s.city.name}\t{s.city.country}\t{s.city.population}\t{distance}\t"
              f"{s.language}\tscore {total} ({parts})")
    return 0


def cmd_export(store: Store, args: argparse.Namespace) -> list[Path]:
    from sistercity_desktop.services import packets
    from sistercity_desktop.services.documents import resolve_partnership

    pid = resolve_partnership(store, args.partnership)
    if args.documents:
        kinds = [k.strip().replace("-", "_") for k in args.documents.split(",") if k.strip()]
    else:
        kinds = packets.available_kinds(store, pid)
    packet, files = packets.export_packet(store, pid, kinds, args.out, args.zip,
                                          args.page_size)
    written = [packet]
    if args.email:
        attachments = [packet] if args.zip else [f for f in files if f.suffix == ".pdf"]
        draft = packets.email_draft(store, pid, attachments,
                                    packets.contact_recipients(store, pid))
        target = (packet.parent if args.zip else packet) / "email-draft.eml"
        written.append(packets.write_eml(draft, target))
        if packets.too_large(attachments):
            print("sistercity: note: the attachments exceed 10 MB; many mail servers refuse "
                  "that. Send the ZIP, or fewer documents.", file=sys.stderr)
    return written


def cmd_restore(folder: Path, backup: Path) -> int:
    from sistercity_desktop.store.db import restore_backup

    safety = restore_backup(folder, backup)
    store = open_store(folder, auto_backup=False)  # migrates an older backup now
    store.close()
    kept = f" The previous store was kept as {safety}." if safety else ""
    print(f"Restored {backup}.{kept}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.command == "restore":
        return cmd_restore(data_dir(args.data_dir), args.file)
    if args.command == "cities":
        return cmd_cities(args.query, args.limit)
    if args.command == "document" and args.list_kinds:
        from sistercity_desktop.services.documents import document_kinds

        for kind, description in document_kinds():
            print(f"{kind.replace('_', '-'):24} {description}")
        return 0
    store = open_store(data_dir(args.data_dir))
    try:
        if args.command == "demo":
            from sistercity_desktop.services.demo import load_demo

            load_demo(store)
            print(f"Demo data written to {store.path}.")
        elif args.command == "list":
            return cmd_list(store, args.json)
        elif args.command == "export-data":
            from sistercity_desktop.services.transfer import export_to_file

            export_to_file(store, args.out)
            print(args.out)
        elif args.command == "import":
            from sistercity_desktop.services.transfer import import_from_file

            count = import_from_file(store, args.file)
            print(f"Imported {count} partnership(s) from {args.file}.")
        elif args.command == "document":
            from sistercity_desktop.services.documents import cmd_document

            for path in cmd_document(store, args):
                print(path)
        elif args.command == "backup":
            from sistercity_desktop.store.backup import copy_database

            if args.out.exists() and args.out.is_dir():
                raise UserError(f"{args.out} is a folder; give a file name.")
            copy_database(store.path, args.out)
            print(args.out)
        elif args.command == "backups":
            from sistercity_desktop.store.backup import list_backups

            for b in list_backups(store.path):
                print(f"{b.taken_at:%Y-%m-%d %H:%M} UTC\t{b.reason}\t{b.size:,} bytes\t{b.path}")
        elif args.command == "export":
            for path in cmd_export(store, args):
                print(path)
        elif args.command == "calendar":
            from sistercity_desktop.files import atomic_write_text
            from sistercity_desktop.services.documents import resolve_partnership
            from sistercity_desktop.services.followup_docs import calendar

            pid = resolve_partnership(store, args.partnership)
            atomic_write_text(args.out, calendar(store, pid))
            print(args.out)
        elif args.command == "suggest":
            return cmd_suggest(store, args)
        elif args.command == "check":
            ok, lines = integrity_report(store)
            print(f"Data: {store.path}")
            print("\n".join(lines))
            return 0 if ok else 1
        return 0
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except UserError as exc:
        print(f"sistercity: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:  # e.g. damaged text inside an otherwise readable file
        reason = " ".join(str(exc.orig).split())[:200]
        print(f"sistercity: the data file could not be read ({reason}); run `sistercity "
              "check`, or restore a backup with `sistercity restore`.", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
