"""Prove the PyInstaller build works, headless: `make package-check` runs this after building.

Run:  .venv/bin/python packaging/check_package.py [dist/sistercity-desktop]

1. `sistercity --version`, then `sistercity --data-dir TMP demo` (store created, Alembic
   migrations run from the bundled revision files).
2. `sistercity list --json` finds the Japanese demo partnership; `sistercity document ID
   introduction --out TMP` writes its letter; `pdftotext` must show "拝啓" (bundled
   fonts, letter templates, Babel's Japanese dates). `cities osaka` must answer from the
   bundled gazetteer.
3. The window program starts with QT_QPA_PLATFORM=offscreen on the demo data folder and
   must still be running after a few seconds, holding the folder's lock and having said
   nothing on stderr (then it is killed: that is success; an exit before, a traceback or
   an error message is a failure, reported with its output).

4. The desktop entry and the AppStream metainfo in dist/.../share pass
   desktop-file-validate and `appstreamcli validate --no-net` (skipped when not
   installed), and the icons are there.

Exit status 0 when every check passes. Uses the standard library only.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI_SECONDS = 5.0


def run(args: list[str | Path], env: dict[str, str] | None = None) -> str:
    """Run a program; on failure print what it said and stop."""
    started = time.perf_counter()
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    took = time.perf_counter() - started
    shown = " ".join(str(a) for a in args[1:])
    if done.returncode != 0:
        raise SystemExit(f"FAIL  {Path(args[0]).name} {shown} exited {done.returncode}\n"
                         f"{done.stdout}{done.stderr}")
    print(f"ok    {Path(args[0]).name} {shown}  ({took:.2f} s)")
    return done.stdout


def check_cli(cli: Path, data: Path, out: Path) -> None:
    version = run([cli, "--version"]).strip()
    print(f"      {version}")
    run([cli, "--data-dir", data, "demo"])
    rows = json.loads(run([cli, "--data-dir", data, "list", "--json"]))
    japanese = next((r for r in rows if r.get("partner_language") == "ja"), None)
    if japanese is None:
        raise SystemExit("FAIL  the demo has no Japanese partnership to write a letter for")
    run([cli, "--data-dir", data, "check"])
    run([cli, "--data-dir", data, "document", japanese["id"], "introduction", "--out", out])
    pdfs = sorted(out.glob("*.pdf"))
    if not pdfs:
        raise SystemExit(f"FAIL  no PDF written into {out}")
    text = run(["pdftotext", "-enc", "UTF-8", pdfs[0], "-"])
    if "拝啓" not in text:
        raise SystemExit(f"FAIL  {pdfs[0].name} does not contain 拝啓:\n{text[:500]}")
    print(f"ok    {pdfs[0].name}: {pdfs[0].stat().st_size:,} bytes, contains 拝啓")
    cities = run([cli, "cities", "osaka", "--limit", "3"])
    if "Osaka" not in cities:
        raise SystemExit(f"FAIL  the gazetteer does not find Osaka:\n{cities}")


def check_gui(gui: Path, data: Path) -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    process = subprocess.Popen([str(gui), "--data-dir", str(data)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        code = process.wait(timeout=GUI_SECONDS)
    except subprocess.TimeoutExpired:
        locked = (data / "sistercity.lock").exists()  # run_app got as far as the store
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        output = process.stdout.read() if process.stdout else ""
        # A store that cannot be opened shows a modal message (and stays up): app._fatal
        # prints the same text to stderr first, so look for it and for tracebacks.
        if "Traceback" in output or "sistercity-desktop:" in output or not locked:
            raise SystemExit(
                f"FAIL  the window stayed up but did not open the store:\n{output}") from None
        print(f"ok    {gui.name} (offscreen) still running after {GUI_SECONDS:.0f} s; stopped")
        return
    output = process.stdout.read() if process.stdout else ""
    took = time.perf_counter() - started
    raise SystemExit(f"FAIL  {gui.name} exited with {code} after {took:.1f} s:\n{output}")


def check_desktop_files(dist: Path) -> None:
    """The installed .desktop and metainfo files pass their validators (when installed)."""
    share = dist / "share"
    checks = [
        ["desktop-file-validate", share / "applications" / "sistercity-desktop.desktop"],
        ["appstreamcli", "validate", "--no-net",
         share / "metainfo" / "org.sistercitydesktop.SisterCityDesktop.metainfo.xml"],
    ]
    for command in checks:
        if shutil.which(str(command[0])) is None:
            print(f"skip  {command[0]} is not installed (desktop-file-utils / appstream)")
            continue
        run(command)
    icons = sorted(share.glob("icons/hicolor/*/apps/sistercity-desktop.*"))
    if len(icons) < 9:
        raise SystemExit(f"FAIL  only {len(icons)} icon sizes under {share}/icons")
    print(f"ok    {len(icons)} icons (8 PNG sizes and the SVG)")


def main() -> int:
    dist = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "sistercity-desktop"
    cli, gui = dist / "sistercity", dist / "sistercity-desktop"
    for program in (cli, gui):
        if not program.is_file():
            raise SystemExit(f"FAIL  {program} is missing; run `make package` first")
    if shutil.which("pdftotext") is None:
        raise SystemExit("FAIL  pdftotext is missing (sudo apt install poppler-utils)")
    with tempfile.TemporaryDirectory(prefix="sistercity-check-") as tmp:
        data, out = Path(tmp) / "data", Path(tmp) / "out"
        out.mkdir()
        check_cli(cli, data, out)
        check_gui(gui, data)
    check_desktop_files(dist)
    files = [f for f in dist.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files)
    print(f"PASS  {dist} ({size / 1e6:,.0f} MB in {len(files):,} files) works headless")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
