/* test-hostile-db.c
 *
 * Crafted zone databases (tests/hostile-databases.txt) that break the
 * schema's rules: pz_database_open refuses each with a message naming the
 * file, table, row and column instead of loading what would crash the
 * map or the statistics; and a load that takes too much work stops.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "pz-database-private.h"
#include "pz-test.h"

typedef struct
{
  char *name;
  char *message;
  char *sql;
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->name);
  g_free (c->message);
  g_free (c->sql);
  g_free (c);
}

/* A copy of the bundled database, changed by @sql (NULL: unchanged). */
static char *
craft (const char *sql)
{
  g_autofree char *bundled = pz_database_default_path ();
  char *path = pz_test_copy_to_temp (bundled);
  sqlite3 *db = NULL;

  if (sql != NULL)
    {
      char *message = NULL;

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      sqlite3_exec (db, sql, NULL, NULL, &message);
      g_assert_cmpstr (message, ==, NULL);
      sqlite3_close (db);
    }
  return path;
}

static void
test_hostile_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = craft (c->sql);
  PzDatabase *database = pz_database_open (path, &error);

  g_assert_null (database);
  g_assert_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, path));
  if (strstr (error->message, c->message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, c->message);
  g_unlink (path);
}

/* The bundled database itself keeps every rule. */
static void
test_hostile_bundled_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = craft (NULL);
  g_autoptr(PzDatabase) database = pz_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (database);
  g_unlink (path);
}

/* SQLite names a result column as its table declares it, in whatever
 * case: such a database loads like any other (fuzz-database found it
 * failing on a critical). */
static void
test_hostile_column_case (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = craft ("ALTER TABLE parks RENAME COLUMN name_zh TO naMe_zh;"
                                 "ALTER TABLE zones RENAME COLUMN name_en TO NAME_EN;");
  g_autoptr(PzDatabase) database = pz_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pz_database_get_parks (database)), >, 0);
  g_unlink (path);
}

/* A table and its index that disagree (fuzz-database found a park whose
 * zone the index had and the table had not) are refused as damaged. */
static void
test_hostile_index_mismatch (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *found = g_test_build_filename (G_TEST_DIST, "fuzz", "crashes", "database-index-mismatch", NULL);
  g_autofree char *path = pz_test_copy_to_temp (found);
  PzDatabase *database = pz_database_open (path, &error);

  g_assert_null (database);
  g_assert_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "damaged: row 1 missing from index zones_zone_id"));
  g_unlink (path);
}

/* A load over its budget of SQLite steps stops with a message instead of
 * running on: here a budget far below what the bundled file needs. */
static void
test_hostile_step_budget (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = craft (NULL);
  PzDatabase *database;

  _pz_database_set_step_budget (10);
  database = pz_database_open (path, &error);
  _pz_database_set_step_budget (PZ_DATABASE_STEP_BUDGET);

  g_assert_null (database);
  g_assert_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "too much work"));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (case_free);
  g_autofree char *list = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_test_init (&argc, &argv, NULL);

  list = g_test_build_filename (G_TEST_DIST, "hostile-databases.txt", NULL);
  g_file_get_contents (list, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *test_path = NULL;
      Case *c;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      c = g_new0 (Case, 1);
      c->name = g_strdup (fields[0]);
      c->message = g_strdup (fields[1]);
      c->sql = g_strdup (fields[2]);
      g_ptr_array_add (cases, c);
      test_path = g_strconcat ("/hostile-db/", c->name, NULL);
      g_test_add_data_func (test_path, c, test_hostile_case);
    }

  g_test_add_func ("/hostile-db/bundled-valid", test_hostile_bundled_valid);
  g_test_add_func ("/hostile-db/column-case", test_hostile_column_case);
  g_test_add_func ("/hostile-db/index-mismatch", test_hostile_index_mismatch);
  g_test_add_func ("/hostile-db/step-budget", test_hostile_step_budget);

  return g_test_run ();
}
