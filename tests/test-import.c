/* test-import.c
 *
 * Importing enterprise lists: encodings, column mapping, matching to
 * zones, bad rows reported by line, one transaction per import, counts
 * and the list of imports kept in memory for the views, and the bundled
 * database left untouched. Fixture files are written here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pz-csv.h"
#include "pz-database.h"
#include "pz-import.h"
#include "pz-test-user.h"
#include "pz-user-database-private.h"

static PzDatabase *database;

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
  return pz_user_database_get_zone_count (fixture->user, zone_id);
}

static gint64
add_import (Fixture    *fixture,
            const char *file_name,
            const char *data)
{
  g_autoptr(PzImportResult) result = import_bytes (fixture, data, strlen (data), "UTF-8");
  g_autoptr(GError) error = NULL;
  gint64 id = pz_user_database_add_import (fixture->user, file_name, result->rows, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static const char *
import_file_name (PzUserDatabase *user,
                  guint           position)
{
  g_autoptr(PzImport) import = g_list_model_get_item (pz_user_database_get_imports (user), position);

  /* The user database holds the import, and so its name. */
  return pz_import_get_file_name (import);
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
    g_assert_cmpuint (pz_import_problem_get_line (g_ptr_array_index (result->problems, i)), ==, bad_lines[i]);
  g_assert_nonnull (strstr (pz_import_problem_get_reason (g_ptr_array_index (result->problems, 0)), "name"));
  g_assert_nonnull (strstr (pz_import_problem_get_reason (g_ptr_array_index (result->problems, 1)), "Atlantis"));
  g_assert_nonnull (strstr (pz_import_problem_get_reason (g_ptr_array_index (result->problems, 2)), "coordinates"));

  described = pz_import_describe (result);
  g_assert_nonnull (strstr (described, "Line 5: "));

  g_assert_cmpuint (result->rows->len, ==, 3);
  g_assert_cmpstr (g_array_index (result->rows, PzImportRow, 1).zone_id, ==, "hangzhou");
  g_assert_cmpstr (g_array_index (result->rows, PzImportRow, 2).zone_id, ==, "taizhou_zj");
  g_assert_cmpint (pz_user_database_add_import (fixture->user, "bad.csv", result->rows, &error), >, 0);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 3);
}

/* Coordinates in decimal notation only: hex floats, infinities, NaN and
 * exponents are refused by line, plain decimals are taken. */
static void
test_import_decimal_coordinates (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  static const char data[] =
    "name,lat,lon\n"
    "Hex,0x1Ep0,120.2\n"       /* 2 */
    "Infinite,30.3,inf\n"      /* 3 */
    "Not a number,nan,120.2\n" /* 4 */
    "Exponent,3.03e1,120.2\n"  /* 5 */
    "Empty sign,-,120.2\n"     /* 6 */
    "Plain,30.30,120.20\n"     /* 7 */
    "Whole,30,+120\n"          /* 8 */
    "Dot,.5e0,120\n";          /* 9 */
  g_autoptr(PzImportResult) result = import_bytes (fixture, data, sizeof data - 1, "UTF-8");
  static const guint bad_lines[] = { 2, 3, 4, 5, 6, 9 };

  g_assert_cmpuint (result->problems->len, ==, G_N_ELEMENTS (bad_lines));
  for (guint i = 0; i < G_N_ELEMENTS (bad_lines); i++)
    {
      PzImportProblem *problem = g_ptr_array_index (result->problems, i);

      g_assert_cmpuint (pz_import_problem_get_line (problem), ==, bad_lines[i]);
      g_assert_nonnull (strstr (pz_import_problem_get_reason (problem), "coordinates"));
    }
  g_assert_cmpuint (result->rows->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (g_array_index (result->rows, PzImportRow, 0).latitude, 30.30, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (result->rows, PzImportRow, 1).longitude, 120.0, 1e-9);
}

static void
test_import_ambiguous_and_far (Fixture       *fixture,
                               gconstpointer  user_data)
{
  static const char data[] = "name,city,lat,lon\nA,Taizhou,,\nB,,0.5,0.5\nC,,,\n";
  g_autoptr(PzImportResult) result = import_bytes (fixture, data, sizeof data - 1, "UTF-8");

  g_assert_cmpuint (result->rows->len, ==, 0);
  g_assert_cmpuint (result->problems->len, ==, 3);
  g_assert_nonnull (strstr (pz_import_problem_get_reason (g_ptr_array_index (result->problems, 0)), "more than one"));
  g_assert_nonnull (strstr (pz_import_problem_get_reason (g_ptr_array_index (result->problems, 1)), "50 km"));
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

static void
count_changes (PzUserDatabase *user,
               guint          *n_changes)
{
  (*n_changes)++;
}

/* A write that fails midway through an import (the test hook breaks its
 * third row inside the transaction) loses nothing: the earlier imports
 * stay with their counts, nothing of the failed one is stored, and the
 * views hear of no change. */
static void
test_import_fails_midway (Fixture       *fixture,
                          gconstpointer  user_data)
{
  static const char failing[] = "name,city\nA,Hangzhou\nB,Yiwu\nC,Ningbo\nD,Hangzhou\nE,Hangzhou\n";
  g_autoptr(PzImportResult) result = import_bytes (fixture, failing, sizeof failing - 1, "UTF-8");
  g_autofree char *path = g_build_filename (fixture->dir, "data", "user.sqlite", NULL);
  g_autoptr(PzUserDatabase) reopened = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changes = 0;

  add_import (fixture, "kept.csv", "name,city\nKept Ltd,Hangzhou\n");
  add_import (fixture, "also-kept.csv", "name,city\nAlso Kept,Ningbo\nAnd This,Ningbo\n");
  g_signal_connect (fixture->user, "changed", G_CALLBACK (count_changes), &n_changes);

  _pz_user_database_set_fail_after_rows (fixture->user, 2);
  g_assert_cmpint (pz_user_database_add_import (fixture->user, "failing.csv", result->rows, &error), ==, 0);
  g_assert_error (error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_WRITE);
  g_clear_error (&error);

  g_assert_cmpuint (n_changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pz_user_database_get_imports (fixture->user)), ==, 2);
  g_assert_cmpstr (import_file_name (fixture->user, 0), ==, "also-kept.csv");
  g_assert_cmpstr (import_file_name (fixture->user, 1), ==, "kept.csv");
  g_assert_cmpuint (zone_count (fixture, "hangzhou"), ==, 1);
  g_assert_cmpuint (zone_count (fixture, "ningbo"), ==, 2);
  g_assert_cmpuint (zone_count (fixture, "yiwu"), ==, 0);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 3);

  /* On disk too: the two rows written before the failure were rolled back. */
  reopened = pz_user_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pz_user_database_get_imports (reopened)), ==, 2);
  g_assert_cmpuint (pz_user_database_count_enterprises (reopened), ==, 3);
  g_assert_cmpuint (pz_user_database_get_zone_count (reopened, "yiwu"), ==, 0);

  /* Nothing is left half-open: with the hook off, the same list imports whole. */
  _pz_user_database_set_fail_after_rows (fixture->user, G_MAXUINT);
  g_assert_cmpint (pz_user_database_add_import (fixture->user, "failing.csv", result->rows, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 8);
}

typedef struct
{
  guint hangzhou;
  guint n_imports;
} Seen;

static void
record_seen (PzUserDatabase *user,
             Seen           *seen)
{
  seen->hangzhou = pz_user_database_get_zone_count (user, "hangzhou");
  seen->n_imports = g_list_model_get_n_items (pz_user_database_get_imports (user));
}

/* Views read what the user database keeps in memory: when "changed" is
 * emitted the counts and the list of imports already follow, by zone
 * and by province, and a removal takes them back. */
static void
test_import_counts_follow (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GListModel *zones = pz_database_get_zones (database);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzImport) import = NULL;
  GHashTable *by_province;
  Seen seen = { 0, 0 };
  gint64 id;

  g_signal_connect (fixture->user, "changed", G_CALLBACK (record_seen), &seen);
  id = add_import (fixture, "three.csv", "name,city\nA,Hangzhou\nB,Hangzhou\nC,Ningbo\n");
  g_assert_cmpuint (seen.hangzhou, ==, 2);
  g_assert_cmpuint (seen.n_imports, ==, 1);

  import = g_list_model_get_item (pz_user_database_get_imports (fixture->user), 0);
  g_assert_cmpint (pz_import_get_id (import), ==, id);
  g_assert_cmpstr (pz_import_get_file_name (import), ==, "three.csv");
  g_assert_cmpuint (pz_import_get_n_rows (import), ==, 3);
  g_assert_nonnull (pz_import_get_imported (import));

  g_assert_cmpuint (g_hash_table_size (pz_user_database_get_counts_by_zone (fixture->user)), ==, 2);
  by_province = pz_user_database_get_counts_by_province (fixture->user, zones);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (by_province, "330000")), ==, 3);
  g_assert_true (pz_user_database_get_counts_by_province (fixture->user, zones) == by_province);

  g_assert_true (pz_user_database_remove_import (fixture->user, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.hangzhou, ==, 0);
  g_assert_cmpuint (seen.n_imports, ==, 0);
  by_province = pz_user_database_get_counts_by_province (fixture->user, zones);
  g_assert_false (g_hash_table_contains (by_province, "330000"));
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
  g_test_add ("/import/decimal-coordinates", Fixture, NULL, fixture_set_up, test_import_decimal_coordinates, fixture_tear_down);
  g_test_add ("/import/ambiguous-and-far", Fixture, NULL, fixture_set_up, test_import_ambiguous_and_far, fixture_tear_down);
  g_test_add ("/import/bad-files", Fixture, NULL, fixture_set_up, test_import_bad_files, fixture_tear_down);
  g_test_add ("/import/fails-midway", Fixture, NULL, fixture_set_up, test_import_fails_midway, fixture_tear_down);
  g_test_add ("/import/counts-follow", Fixture, NULL, fixture_set_up, test_import_counts_follow, fixture_tear_down);
  g_test_add ("/import/remove", Fixture, NULL, fixture_set_up, test_import_remove, fixture_tear_down);
  g_test_add ("/import/bundled-untouched", Fixture, NULL, fixture_set_up, test_import_bundled_untouched, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&database);
  return status;
}
