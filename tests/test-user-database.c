/* test-user-database.c
 *
 * The user database as the window uses it: a removed import can be
 * restored (Undo) until it is purged, a file's hash finds its earlier
 * import, a version 1 file is upgraded without losing its imports, and
 * a commit made through another connection (a worker thread, another
 * process) reaches the list and the counts on reload, and by itself when
 * the file is watched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pz-user-database-private.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pz-user-db-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "user.sqlite", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* @n rows for @zone_id, through the streaming writer. */
static gint64
store (PzUserDatabase *user,
       const char     *file_name,
       const char     *sha256,
       const char     *zone_id,
       guint           n)
{
  g_autoptr(PzUserImportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  writer = pz_user_database_begin_import (user, file_name, sha256, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Enterprise %u", i);
      PzImportRow row = { name, (char *) zone_id, 30.25, 120.17, TRUE, i + 2 };

      g_assert_true (pz_user_import_writer_add (writer, &row, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (pz_user_import_writer_get_n_rows (writer), ==, n);
  id = pz_user_import_writer_commit (writer, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static guint
n_imports (PzUserDatabase *user)
{
  return g_list_model_get_n_items (pz_user_database_get_imports (user));
}

static void
test_remove_and_undo (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzUserDatabase) user = pz_user_database_open (fixture->path, &error);
  g_autoptr(PzUserDatabase) again = NULL;
  gint64 kept, removed;

  g_assert_no_error (error);
  kept = store (user, "kept.csv", NULL, "hangzhou", 2);
  removed = store (user, "removed.csv", NULL, "hangzhou", 3);
  g_assert_cmpuint (pz_user_database_get_zone_count (user, "hangzhou"), ==, 5);

  g_assert_true (pz_user_database_remove_import (user, removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imports (user), ==, 1);
  g_assert_cmpuint (pz_user_database_get_zone_count (user, "hangzhou"), ==, 2);
  g_assert_cmpuint (pz_user_database_count_enterprises (user), ==, 2);

  /* Removing twice says the import is gone; so does restoring a kept one. */
  g_assert_false (pz_user_database_remove_import (user, removed, &error));
  g_assert_error (error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_GONE);
  g_clear_error (&error);
  g_assert_false (pz_user_database_restore_import (user, kept, &error));
  g_assert_error (error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_GONE);
  g_clear_error (&error);

  g_assert_true (pz_user_database_restore_import (user, removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imports (user), ==, 2);
  g_assert_cmpuint (pz_user_database_get_zone_count (user, "hangzhou"), ==, 5);

  /* Once purged, the rows are gone for good. */
  g_assert_true (pz_user_database_remove_import (user, removed, &error));
  g_assert_true (pz_user_database_purge_removed (user, &error));
  g_assert_no_error (error);
  g_assert_false (pz_user_database_restore_import (user, removed, &error));
  g_assert_error (error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_GONE);
  g_clear_error (&error);

  again = pz_user_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_imports (again), ==, 1);
  g_assert_cmpuint (pz_user_database_get_zone_count (again, "hangzhou"), ==, 2);
}

static void
test_find_by_hash (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzUserDatabase) user = pz_user_database_open (fixture->path, &error);
  const char *hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  gint64 id;

  g_assert_no_error (error);
  g_assert_null (pz_user_database_find_import (user, hash));
  store (user, "other.csv", NULL, "ningbo", 1);
  id = store (user, "list.csv", hash, "hangzhou", 1);
  g_assert_nonnull (pz_user_database_find_import (user, hash));
  g_assert_cmpint (pz_import_get_id (pz_user_database_find_import (user, hash)), ==, id);
  g_assert_cmpstr (pz_import_get_file_name (pz_user_database_find_import (user, hash)), ==, "list.csv");

  /* A removed import no longer counts as imported. */
  g_assert_true (pz_user_database_remove_import (user, id, &error));
  g_assert_null (pz_user_database_find_import (user, hash));
}

static void
test_upgrade_from_version_1 (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzUserDatabase) user = NULL;
  g_autoptr(PzImport) import = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "CREATE TABLE imports (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, imported TEXT NOT NULL, rows INTEGER NOT NULL);"
    "CREATE TABLE enterprises (id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL, zone_id TEXT NOT NULL, lat REAL, lon REAL, line INTEGER);"
    "INSERT INTO imports VALUES (1, 'old.csv', '2026-11-30T13:27:59.363824Z', 2);"
    "INSERT INTO enterprises (import_id, name, zone_id, line) VALUES (1, 'A', 'hangzhou', 2), (1, 'B', 'hangzhou', 3);"
    "PRAGMA user_version = 1;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  user = pz_user_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_imports (user), ==, 1);
  import = g_list_model_get_item (pz_user_database_get_imports (user), 0);
  g_assert_cmpstr (pz_import_get_file_name (import), ==, "old.csv");
  g_assert_null (pz_import_get_sha256 (import));
  g_assert_cmpuint (pz_user_database_get_zone_count (user, "hangzhou"), ==, 2);
  g_assert_true (pz_user_database_remove_import (user, 1, &error));
  g_assert_true (pz_user_database_restore_import (user, 1, &error));
  g_assert_no_error (error);
}

static void
count_changed (guint *n_changed)
{
  (*n_changed)++;
}

static void
test_reload_sees_other_connection (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzUserDatabase) window = pz_user_database_open (fixture->path, &error);
  g_autoptr(PzUserDatabase) worker = pz_user_database_open (fixture->path, &error);
  guint n_changed = 0;

  g_assert_no_error (error);
  g_signal_connect_swapped (window, "changed", G_CALLBACK (count_changed), &n_changed);
  g_assert_false (pz_user_database_reload (window));
  g_assert_cmpuint (n_changed, ==, 0);

  store (worker, "worker.csv", NULL, "ningbo", 4);
  g_assert_cmpuint (pz_user_database_get_zone_count (window, "ningbo"), ==, 0);
  g_assert_true (pz_user_database_reload (window));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_imports (window), ==, 1);
  g_assert_cmpuint (pz_user_database_get_zone_count (window, "ningbo"), ==, 4);

  /* Nothing new: no second signal. */
  g_assert_false (pz_user_database_reload (window));
  g_assert_cmpuint (n_changed, ==, 1);
}

/* The monitor turns another process's import (`pilot-zones --import`
 * while a window is open) into ::changed while the main loop runs,
 * without an explicit reload. */
static void
test_watch (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzUserDatabase) window = pz_user_database_open (fixture->path, &error);
  g_autofree char *csv = g_build_filename (fixture->dir, "list.csv", NULL);
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "PZ_USER_DATABASE", fixture->path, TRUE);
  const char *argv[] = { g_getenv ("PZ_APP"), "--import", csv, NULL };
  guint n_changed = 0;
  gint64 deadline;
  int status;

  g_assert_no_error (error);
  g_assert_nonnull (argv[0]);
  g_assert_true (g_file_set_contents (csv, "name,city\nA,Ningbo\nB,Ningbo\nC,Ningbo\n", -1, &error));
  pz_user_database_watch (window);
  g_signal_connect_swapped (window, "changed", G_CALLBACK (count_changed), &n_changed);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (n_changed == 0 && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (pz_user_database_get_zone_count (window, "ningbo"), ==, 3);
  g_assert_cmpuint (n_imports (window), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/user-database/remove-and-undo", Fixture, NULL, fixture_set_up, test_remove_and_undo, fixture_tear_down);
  g_test_add ("/user-database/find-by-hash", Fixture, NULL, fixture_set_up, test_find_by_hash, fixture_tear_down);
  g_test_add ("/user-database/upgrade-from-1", Fixture, NULL, fixture_set_up, test_upgrade_from_version_1, fixture_tear_down);
  g_test_add ("/user-database/reload", Fixture, NULL, fixture_set_up, test_reload_sees_other_connection, fixture_tear_down);
  g_test_add ("/user-database/watch", Fixture, NULL, fixture_set_up, test_watch, fixture_tear_down);

  return g_test_run ();
}
