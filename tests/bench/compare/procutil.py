# SPDX-License-Identifier: GPL-3.0-or-later
"""Process helpers shared by the launch benchmark and the soak."""

import os
import signal
import subprocess


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
