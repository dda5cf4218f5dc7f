/* pz-test-user.h
 *
 * What the tests of imports share: a user database of their own in a
 * temporary folder (at data/user.sqlite in it), removed afterwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdlib.h>

#include "pz-user-database.h"

typedef struct
{
  char           *dir;
  PzUserDatabase *user;
} Fixture;

static inline void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("pz-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "data", "user.sqlite", NULL);
  fixture->user = pz_user_database_open (path, &error);
  g_assert_no_error (error);
}

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_clear_object (&fixture->user);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->dir);
}
