/* test-import.c
 *
 * Importing enterprise lists: encodings, column mapping, matching to
 * zones, bad rows reported by line, one transaction per import, and the
 * bundled database left untouched. Fixture files are written here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pz-csv.h"
#include "pz-database.h"
#include "pz-import.h"
#include "pz-user-database-private.h"

static PzDatabase *database;

typedef struct
{
  char           *dir;
  PzUserDatabase *user;
} Fixture;

static void
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

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_clear_object (&fixture->user);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->dir);
}

static PzImportResult *
import_bytes (Fixture    *fixture,
              const char *data,
              gsize       length,
              const char *expected_encoding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzCsv) csv = pz_csv_parse (data, length, &error);
  PzImportMapping mapping;
  PzImportResult *result;

  g_assert_no_error (error);
  g_assert_cmpstr (csv->encoding, ==, expected_encoding);
  pz_import_guess_mapping (csv, &mapping);
  g_assert_true (pz_import_check_mapping (&mapping, &error));
  result = pz_import_match (csv, &mapping, pz_database_get_zones (database));
  return result;
}

static guint
zone_count (Fixture    *fixture,
            const char *zone_id)
{
  g_autoptr(GHashTable) counts = pz_user_database_count_by_zone (fixture->user);

  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, zone_id));
}

static void
test_import_utf8_bom (Fixture       *fixture,
                      gconstpointer  user_data)
{
  static const char data[] = "\xEF\xBB\xBF" "企业名称,城市\r\n杭州云贸有限公司,杭州\r\n义乌小商品出口公司,义乌市\r\n\"Ningbo Port, Ltd.\",Ningbo\r\n";
  g_autoptr(PzImportResult) result = import_bytes (fixture, data, sizeof data - 1, "UTF-8 with BOM");
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (result->problems->len, ==, 0);
  g_assert_cmpuint (result->rows->len, ==, 3);
  g_assert_cmpstr (g_array_index (result->rows, PzImportRow, 2).name, ==, "Ningbo Port, Ltd.");
  g_assert_cmpint (pz_user_database_add_import (fixture->user, "bom.csv", result->rows, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (zone_count (fixture, "hangzhou"), ==, 1);
  g_assert_cmpuint (zone_count (fixture, "yiwu"), ==, 1);
  g_assert_cmpuint (zone_count (fixture, "ningbo"), ==, 1);
}

/* Spreadsheet programs in China save CSV as GB18030/GBK. */
static void
test_import_gb18030 (Fixture       *fixture,
                     gconstpointer  user_data)
{
  static const char utf8[] = "公司名称;所在城市\n深圳前海跨境电商公司;深圳\n德宏芒市边贸公司;德宏\n";
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  g_autoptr(PzImportResult) result = import_bytes (fixture, gb, strlen (gb), "GB18030");

  g_assert_cmpuint (result->problems->len, ==, 0);
  g_assert_cmpuint (result->rows->len, ==, 2);
  g_assert_cmpstr (g_array_index (result->rows, PzImportRow, 0).name, ==, "深圳前海跨境电商公司");
  g_assert_cmpstr (g_array_index (result->rows, PzImportRow, 0).zone_id, ==, "shenzhen");
  g_assert_cmpstr (g_array_index (result->rows, PzImportRow, 1).zone_id, ==, "dehong");
}

/* Three bad rows, reported with their lines; the good rows import. */
static void
test_import_bad_rows (Fixture       *fixture,
                      gconstpointer  user_data)
{
  static const char data[] =
    "name,city,lat,lon\n"          /* line 1 */
    "Good One,Hangzhou,,\n"         /* 2 */
    ",Hangzhou,,\n"                 /* 3: missing name */
    "Good Two,,30.30,120.20\n"      /* 4: near Hangzhou */
    "Lost Ltd,Atlantis,,\n"         /* 5: unknown city */
    "\"Multi\nLine Co\",,abc,120\n" /* 6–7: bad coordinates */
    "Good Three,台州,,\n";          /* 8 */
  g_autoptr(PzImportResult) result = import_bytes (fixture, data, sizeof data - 1, "UTF-8");
  g_autoptr(GError) error = NULL;
  static const guint bad_lines[] = { 3, 5, 6 };
  g_autofree char *described = NULL;

  g_assert_cmpuint (result->problems->len, ==, G_N_ELEMENTS (bad_lines));
  for (guint i = 0; i < G_N_ELEMENTS (bad_lines); i++)
    g_assert_cmpuint (g_array_index (result->problems, PzImportProblem, i).line, ==, bad_lines[i]);
  g_assert_nonnull (strstr (g_array_index (result->problems, PzImportProblem, 0).reason, "name"));
  g_assert_nonnull (strstr (g_array_index (result->problems, PzImportProblem, 1).reason, "Atlantis"));
  g_assert_nonnull (strstr (g_array_index (result->problems, PzImportProblem, 2).reason, "coordinates"));

  described = pz_import_describe (result);
  g_assert_nonnull (strstr (described, "Line 5: "));

  g_assert_cmpuint (result->rows->len, ==, 3);
  g_assert_cmpstr (g_array_index (result->rows, PzImportRow, 1).zone_id, ==, "hangzhou");
  g_assert_cmpstr (g_array_index (result->rows, PzImportRow, 2).zone_id, ==, "taizhou_zj");
  g_assert_cmpint (pz_user_database_add_import (fixture->user, "bad.csv", result->rows, &error), >, 0);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 3);
}

static void
test_import_ambiguous_and_far (Fixture       *fixture,
                               gconstpointer  user_data)
{
  static const char data[] = "name,city,lat,lon\nA,Taizhou,,\nB,,0.5,0.5\nC,,,\n";
  g_autoptr(PzImportResult) result = import_bytes (fixture, data, sizeof data - 1, "UTF-8");

  g_assert_cmpuint (result->rows->len, ==, 0);
  g_assert_cmpuint (result->problems->len, ==, 3);
  g_assert_nonnull (strstr (g_array_index (result->problems, PzImportProblem, 0).reason, "more than one"));
  g_assert_nonnull (strstr (g_array_index (result->problems, PzImportProblem, 1).reason, "50 km"));
}

static void
test_import_bad_files (Fixture       *fixture,
                       gconstpointer  user_data)
{
  /* Neither UTF-8 nor GB18030: 0x80 and 0xFF never start a character. */
  static const char binary[] = "name\x80\xff\x80,city\n";
  /* A field before the open quote: its string must be freed (fuzzing
   * found the leak; the sanitizer run of this suite catches it). */
  static const char unclosed[] = "name,city\nAcme,\"Hangzhou\n";
  static const char no_name[] = "city,lat\nHangzhou,30\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PzCsv) csv = NULL;
  PzImportMapping mapping;

  g_assert_null (pz_csv_parse (binary, sizeof binary - 1, &error));
  g_assert_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_ENCODING);
  g_clear_error (&error);

  g_assert_null (pz_csv_parse (unclosed, sizeof unclosed - 1, &error));
  g_assert_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "Line 2"));
  g_clear_error (&error);

  g_assert_null (pz_csv_parse ("", 0, &error));
  g_assert_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_EMPTY);
  g_clear_error (&error);

  csv = pz_csv_parse (no_name, sizeof no_name - 1, &error);
  g_assert_no_error (error);
  pz_import_guess_mapping (csv, &mapping);
  g_assert_false (pz_import_check_mapping (&mapping, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static char *
many_rows (guint n)
{
  GString *text = g_string_new ("name,city\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "Enterprise number %u with a long name to fill pages,Hangzhou\n", i);
  return g_string_free (text, FALSE);
}

/* A disk that fills up midway (here: a page limit) loses nothing: the
 * earlier import stays, the failed one leaves no row. */
static void
test_import_fails_midway (Fixture       *fixture,
                          gconstpointer  user_data)
{
  static const char first[] = "name,city\nKept Ltd,Hangzhou\n";
  g_autoptr(PzImportResult) kept = import_bytes (fixture, first, sizeof first - 1, "UTF-8");
  g_autofree char *big = many_rows (5000);
  g_autoptr(PzImportResult) result = import_bytes (fixture, big, strlen (big), "UTF-8");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) imports = NULL;

  g_assert_cmpint (pz_user_database_add_import (fixture->user, "kept.csv", kept->rows, &error), >, 0);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_exec (_pz_user_database_get_handle (fixture->user),
                                 "PRAGMA max_page_count = 40", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (pz_user_database_add_import (fixture->user, "big.csv", result->rows, &error), ==, 0);
  g_assert_error (error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_WRITE);

  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 1);
  imports = pz_user_database_list_imports (fixture->user);
  g_assert_cmpuint (imports->len, ==, 1);
}

static void
test_import_remove (Fixture       *fixture,
                    gconstpointer  user_data)
{
  static const char data[] = "name,city\nA,Hangzhou\nB,Hangzhou\n";
  g_autoptr(PzImportResult) result = import_bytes (fixture, data, sizeof data - 1, "UTF-8");
  g_autoptr(GError) error = NULL;
  gint64 id = pz_user_database_add_import (fixture->user, "two.csv", result->rows, &error);

  g_assert_cmpuint (zone_count (fixture, "hangzhou"), ==, 2);
  g_assert_true (pz_user_database_remove_import (fixture->user, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (zone_count (fixture, "hangzhou"), ==, 0);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 0);
}

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Imports go to the user database only: the bundled one stays as built. */
static void
test_import_bundled_untouched (Fixture       *fixture,
                               gconstpointer  user_data)
{
  static const char data[] = "name,city\nA,Hangzhou\n";
  g_autofree char *bundled = pz_database_default_path ();
  g_autofree char *before = checksum_file (bundled);
  g_autofree char *after = NULL;
  g_autoptr(PzImportResult) result = import_bytes (fixture, data, sizeof data - 1, "UTF-8");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pz_user_database_add_import (fixture->user, "a.csv", result->rows, &error), >, 0);
  after = checksum_file (bundled);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  path = pz_database_default_path ();
  database = pz_database_open (path, &error);
  g_assert_no_error (error);

  g_test_add ("/import/utf8-bom", Fixture, NULL, fixture_set_up, test_import_utf8_bom, fixture_tear_down);
  g_test_add ("/import/gb18030", Fixture, NULL, fixture_set_up, test_import_gb18030, fixture_tear_down);
  g_test_add ("/import/bad-rows", Fixture, NULL, fixture_set_up, test_import_bad_rows, fixture_tear_down);
  g_test_add ("/import/ambiguous-and-far", Fixture, NULL, fixture_set_up, test_import_ambiguous_and_far, fixture_tear_down);
  g_test_add ("/import/bad-files", Fixture, NULL, fixture_set_up, test_import_bad_files, fixture_tear_down);
  g_test_add ("/import/fails-midway", Fixture, NULL, fixture_set_up, test_import_fails_midway, fixture_tear_down);
  g_test_add ("/import/remove", Fixture, NULL, fixture_set_up, test_import_remove, fixture_tear_down);
  g_test_add ("/import/bundled-untouched", Fixture, NULL, fixture_set_up, test_import_bundled_untouched, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&database);
  return status;
}
