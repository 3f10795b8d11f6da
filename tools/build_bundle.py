"""Build Gigdesk for the machine this runs on, as one self-contained folder, into dist/.

    pip install -e '.[bundle]'
    python tools/build_bundle.py

PyInstaller (tools/gigdesk.spec) gathers Python, Qt with its platform plugins, every
dependency and Gigdesk's data files into dist/gigdesk/, whose `gigdesk` starts the window
(no arguments) or runs any subcommand. Then, by system:

  Linux    dist/gigdesk-<version>-linux-<arch>.tar.gz: the folder with gigdesk.desktop and
           the icon beside the program; an AppImage as well when `appimagetool` is on PATH
           (nothing is downloaded at build time).
  Windows  dist/gigdesk-<version>-windows-<arch>.zip (gigdesk.exe for commands, gigdeskw.exe
           for the window without a console).
  macOS    dist/gigdesk-<version>-macos-<arch>.zip holding Gigdesk.app.

The per-user data folder is the same as the pip-installed app's, so a tracker carries over.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tools" / "gigdesk.spec"
sys.path.insert(0, str(ROOT))

from desktop import APP_ID, __version__  # noqa: E402
from desktop.desktop_entry import ICON_FILE, desktop_entry  # noqa: E402

SYSTEMS = {"linux": "linux", "win32": "windows", "darwin": "macos"}


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle's folder."""
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        sys.exit("PyInstaller is not installed: pip install -e '.[bundle]'")
    pyinstaller.run(
        [str(SPEC), "--noconfirm", "--clean", "--distpath", str(dist), "--workpath", str(work)]
    )
    return dist / "gigdesk"


def package(folder: Path, dist: Path) -> list[Path]:
    """The bundle packed for download, as this system's users expect it."""
    system = SYSTEMS.get(sys.platform, sys.platform)
    stem = f"gigdesk-{__version__}-{system}-{platform.machine().lower()}"
    if system == "linux":
        return _linux(folder, dist / f"{stem}.tar.gz")
    shown = dist / "Gigdesk.app" if system == "macos" else folder
    archive = shutil.make_archive(str(dist / stem), "zip", shown.parent, shown.name)
    return [Path(archive)]


def _linux(folder: Path, target: Path) -> list[Path]:
    # The menu entry runs `gigdesk` from PATH; `gigdesk --install-desktop-entry` writes one
    # with the program's own path instead, wherever the folder was unpacked.
    (folder / f"{APP_ID}.desktop").write_text(desktop_entry(["gigdesk"]), encoding="utf-8")
    shutil.copy2(ROOT / "resources" / ICON_FILE, folder / f"{APP_ID}.svg")
    with tarfile.open(target, "w:gz") as archive:
        archive.add(folder, arcname="gigdesk")
    made = [target]
    tool = shutil.which("appimagetool")
    if tool is None:
        print("no AppImage: appimagetool is not on PATH (only the .tar.gz is made)")
        return made
    appdir = folder.parent / "Gigdesk.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(folder, appdir / "usr" / "bin")
    shutil.copy2(folder / f"{APP_ID}.desktop", appdir)
    shutil.copy2(folder / f"{APP_ID}.svg", appdir)
    (appdir / "AppRun").symlink_to("usr/bin/gigdesk")
    image = target.with_name(target.name.replace(".tar.gz", ".AppImage"))
    subprocess.run([tool, str(appdir), str(image)], check=True)
    return [*made, image]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where it goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work")
    args = parser.parse_args()
    folder = build(args.dist.resolve(), args.work.resolve())
    for made in package(folder, args.dist.resolve()):
        print(f"{made} ({made.stat().st_size / 2**20:,.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
