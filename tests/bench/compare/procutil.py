# SPDX-License-Identifier: GPL-3.0-or-later
"""Process helpers shared by the launch benchmark and the soak."""

import os
import shutil
import signal
import subprocess


def fresh_env(root, extra):
    """The environment of a first start: a new home and runtime folder
    under @root, no session bus or Wayland of the caller, X11."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "SESSION_MANAGER")}
    home = os.path.join(root, "home")
    run = os.path.join(root, "run")
    os.makedirs(home)
    os.makedirs(run, mode=0o700)
    env.update(HOME=home, XDG_RUNTIME_DIR=run,
               XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local", "share"),
               XDG_CACHE_HOME=os.path.join(home, ".cache"),
               XDG_STATE_HOME=os.path.join(home, ".local", "state"),
               GDK_BACKEND="x11")
    env.update(extra)
    return env


def start_session_bus(root, env):
    """Starts a session bus of its own on a socket in @root and sets its
    address in @env (empty when dbus-daemon did not start)."""
    # The tests' session bus: the system's without the desktop portals, which
    # stall a start for 25 s where they cannot run (see that file).
    config = os.path.join(os.path.dirname(__file__), "..", "..", "dbus", "session.conf")
    bus = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1",
                            f"--address=unix:dir={root}"],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           start_new_session=True, text=True)
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    return bus


def no_network_wrapper():
    """["unshare", "-n"] where a network namespace can be made, else []."""
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"],
                                                  stderr=subprocess.DEVNULL).returncode == 0:
        return ["unshare", "-n"]
    return []


def stop(proc):
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)   # anything left in its group
    except ProcessLookupError:
        pass
    proc.wait()


def vm_rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None
