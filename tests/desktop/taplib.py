# SPDX-License-Identifier: GPL-3.0-or-later
"""TAP output shared by the desktop-integration tests."""


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, ok, what, detail=""):
        self.n += 1
        print(("ok" if ok else "not ok") + f" {self.n} - {what}")
        if not ok:
            self.failed += 1
            for line in str(detail).splitlines():
                print("# " + line)

    def skip(self, what, reason):
        self.n += 1
        print(f"ok {self.n} - {what} # SKIP {reason}")

    def done(self):
        print(f"1..{self.n}")
        return 1 if self.failed else 0
