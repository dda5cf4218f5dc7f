#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest without building it (TAP).

  test-flatpak-manifest.py MANIFEST SOURCE_ROOT

The app id, command and GNOME runtime; that the sandbox asks for exactly the
permissions the README explains and no file system access; that libshumate is
built from a checksummed or pinned source; and that the last module is Pilot
Zones itself, built with meson from this source tree.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from taplib import Tap  # noqa: E402

APP_ID = "io.github.pilotzones.PilotZones"
ALLOWED_FINISH_ARGS = {
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
    "--share=network",  # only for the optional online map tiles
}


def source_is_pinned(source):
    kind = source.get("type")
    if kind in ("archive", "file"):
        return bool(source.get("sha256") or source.get("sha512"))
    if kind == "git":
        return bool(source.get("commit"))
    return kind in ("dir", "patch", "shell", "script")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    manifest_path, source_root = argv[1], argv[2]
    tap = Tap()

    try:
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        tap.check(False, "manifest is valid JSON", e)
        return tap.done()
    tap.check(True, "manifest is valid JSON")

    app_id = manifest.get("id", manifest.get("app-id"))
    tap.check(app_id == APP_ID, f"app id is {APP_ID}", app_id)
    tap.check(os.path.basename(manifest_path) == APP_ID + ".json", "manifest is named after the app id")
    tap.check(manifest.get("command") == "pilot-zones", "command is pilot-zones", manifest.get("command"))
    tap.check(manifest.get("runtime") == "org.gnome.Platform", "runtime is org.gnome.Platform",
              manifest.get("runtime"))
    tap.check(manifest.get("sdk") == "org.gnome.Sdk", "sdk is org.gnome.Sdk", manifest.get("sdk"))
    version = manifest.get("runtime-version")
    tap.check(isinstance(version, str) and version.isdigit(),
              "runtime-version is a stable GNOME branch (a number, not master)", version)

    finish_args = manifest.get("finish-args", [])
    tap.check(len(finish_args) == len(set(finish_args)), "finish-args has no duplicates", finish_args)
    tap.check(set(finish_args) == ALLOWED_FINISH_ARGS, "finish-args are exactly the allowed set",
              f"extra {sorted(set(finish_args) - ALLOWED_FINISH_ARGS)}, "
              f"missing {sorted(ALLOWED_FINISH_ARGS - set(finish_args))}")
    tap.check(not any(a.startswith(("--filesystem", "--socket=x11", "--device=all", "--talk-name",
                                    "--system-talk-name", "--socket=session-bus", "--socket=system-bus"))
                      for a in finish_args),
              "no file system, X11-only, device-wide or D-Bus access", finish_args)

    modules = manifest.get("modules", [])
    tap.check(all(isinstance(m, dict) for m in modules), "modules are inline (no external files)")
    modules = [m for m in modules if isinstance(m, dict)]
    names = [m.get("name") for m in modules]

    shumate = next((m for m in modules if m.get("name") == "libshumate"), None)
    tap.check(shumate is not None, "a libshumate module exists", names)
    if shumate is not None:
        tap.check(shumate.get("buildsystem") == "meson", "libshumate builds with meson")
        sources = shumate.get("sources", [])
        tap.check(bool(sources) and all(isinstance(s, dict) and source_is_pinned(s) for s in sources),
                  "libshumate sources are pinned (sha256 or commit)", sources)
        opts = shumate.get("config-opts", [])
        for opt in ("-Dgtk_doc=false", "-Dvapi=false"):
            tap.check(opt in opts, f"libshumate is configured with {opt}", opts)
        tap.check(names.index("libshumate") < len(names) - 1, "libshumate is built before the app", names)

    last = modules[-1] if modules else {}
    tap.check(last.get("name") == "pilot-zones", "the last module is pilot-zones", names)
    tap.check(last.get("buildsystem") == "meson", "pilot-zones builds with meson", last.get("buildsystem"))
    sources = last.get("sources", [])
    dirs = [s for s in sources if isinstance(s, dict) and s.get("type") == "dir"]
    tap.check(len(sources) == 1 and len(dirs) == 1, "pilot-zones is built from one local dir source", sources)
    if dirs:
        where = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(manifest_path)), dirs[0].get("path", "")))
        tap.check(where == os.path.realpath(source_root), "the dir source is this source tree",
                  f"{where} != {os.path.realpath(source_root)}")
        tap.check(os.path.isfile(os.path.join(where, "meson.build")), "the dir source has a meson.build")

    return tap.done()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
