/* fuzz-common.h
 *
 * Shared set-up of the libFuzzer targets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* An invariant of the code under test: a failure is a finding, reported
 * as a crash with the input that caused it. */
#define FUZZ_CHECK(cond) \
  G_STMT_START { \
    if (G_UNLIKELY (!(cond))) \
      { \
        fprintf (stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
        abort (); \
      } \
  } G_STMT_END

/* GLib 2.74's slice allocator hides use-after-free of GObjects from ASan:
 * re-run the target once with G_SLICE=always-malloc unless it is set. A
 * critical or warning from the code under test is a finding too. */
static inline void
fuzz_init (int    *argc,
           char ***argv)
{
  if (getenv ("G_SLICE") == NULL)
    {
      setenv ("G_SLICE", "always-malloc", 1);
      execv ("/proc/self/exe", *argv);
      /* Not fatal: carry on with the slice allocator. */
      perror ("fuzz_init: execv /proc/self/exe");
    }

  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}
