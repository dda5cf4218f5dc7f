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
#include <stdio.h>
#include <string.h>

#include "pz-csv.h"
#include "pz-database.h"
#include "pz-import-job.h"
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

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *data,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

static char *
user_path (Fixture *fixture)
{
  return g_build_filename (fixture->dir, "data", "user.sqlite", NULL);
}

static PzImportSummary *
import_path (Fixture     *fixture,
             const char  *path,
             gboolean     store,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *user = user_path (fixture);
  g_autofree char *base = g_path_get_basename (path);
  PzImportSummary *summary = pz_import_file (file, NULL, pz_database_get_zones (database), base,
                                             store ? user : NULL, NULL, NULL, NULL, error);

  /* The fixture's database hears of another connection's commit. */
  pz_user_database_reload (fixture->user);
  return summary;
}

static PzImportProblem *
summary_problem (PzImportSummary *summary,
                 guint            i)
{
  PzImportProblem *problem = g_list_model_get_item (summary->problems, i);

  g_object_unref (problem);   /* the list holds it */
  return problem;
}

/* The names stored, in order, from the database itself. */
static char *
stored_names (Fixture *fixture)
{
  sqlite3 *db = _pz_user_database_get_handle (fixture->user);
  sqlite3_stmt *stmt = NULL;
  GString *names = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM enterprises ORDER BY id", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (names, "%s;", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return g_string_free (names, FALSE);
}

/* A UTF-8 row and a GB18030 row: the GB18030 line is left out with its
 * number, the UTF-8 one stored as written, nothing as other characters. */
static void
test_import_file_mixed_encodings (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autofree char *gb = g_convert ("鄞州企业,宁波\n", -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  g_autofree char *data = g_strconcat ("name,city\n杭州企业,杭州\n", gb, NULL);
  g_autofree char *path = write_file (fixture, "mixed.csv", data, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzImportSummary) summary = import_path (fixture, path, TRUE, &error);
  g_autofree char *names = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (summary->encoding, ==, "UTF-8");
  g_assert_cmpuint (summary->n_rows, ==, 2);
  g_assert_cmpuint (summary->n_imported, ==, 1);
  g_assert_cmpuint (summary->n_left_out, ==, 1);
  g_assert_cmpuint (pz_import_problem_get_line (summary_problem (summary, 0)), ==, 3);
  g_assert_nonnull (strstr (pz_import_problem_get_reason (summary_problem (summary, 0)), "UTF-8"));
  names = stored_names (fixture);
  g_assert_cmpstr (names, ==, "杭州企业;");
  g_assert_cmpuint (zone_count (fixture, "ningbo"), ==, 0);
}

/* Names over the limit are left out by line; the rest import. */
static void
test_import_file_long_name (Fixture       *fixture,
                            gconstpointer  user_data)
{
  GString *data = g_string_new ("name,city\nShort Ltd,Hangzhou\n");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PzImportSummary) summary = NULL;

  for (guint i = 0; i < PZ_IMPORT_MAX_NAME + 1; i++)
    g_string_append (data, "长");
  g_string_append (data, ",Hangzhou\n");
  for (guint i = 0; i < PZ_IMPORT_MAX_NAME; i++)
    g_string_append (data, "长");
  g_string_append (data, ",Ningbo\n");
  path = write_file (fixture, "long.csv", data->str, data->len);
  summary = import_path (fixture, path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_imported, ==, 2);
  g_assert_cmpuint (summary->n_left_out, ==, 1);
  g_assert_cmpuint (pz_import_problem_get_line (summary_problem (summary, 0)), ==, 3);
  g_assert_nonnull (strstr (pz_import_problem_get_reason (summary_problem (summary, 0)), "longer than 1000 characters"));
  g_assert_cmpuint (zone_count (fixture, "ningbo"), ==, 1);
  g_string_free (data, TRUE);
}

/* An endless file of NUL bytes stops at once with a message, and a
 * check of a file that is not there says so. */
static void
test_import_file_endless (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzImportSummary) summary = import_path (fixture, "/dev/zero", TRUE, &error);

  g_assert_null (summary);
  g_assert_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_BINARY);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 0);
}

static char *
write_rows (Fixture *fixture,
            guint    n,
            guint    n_bad)
{
  g_autofree char *path = g_build_filename (fixture->dir, "big.csv", NULL);
  FILE *out = fopen (path, "w");

  g_assert_nonnull (out);
  fputs ("企业名称,城市,lat,lon\n", out);
  for (guint i = 0; i < n; i++)
    {
      if (i < n_bad)
        fprintf (out, "Lost %u,Atlantis,,\n", i);
      else if (i % 10 == 9)
        fprintf (out, "企业 %u,,30.2900,120.1600\n", i);
      else
        fprintf (out, "\"Enterprise %u, Ltd\",%s,,\n", i, i % 2 ? "杭州" : "Ningbo");
    }
  g_assert_cmpint (fclose (out), ==, 0);
  return g_steal_pointer (&path);
}

/* 100,000 rows stream in with the right counts, the summary's SHA-256 is
 * the file's, and the import is stored under it. */
static void
test_import_file_many_rows (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *path = write_rows (fixture, 100000, 0);
  g_autofree char *sha256 = checksum_file (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzImportSummary) summary = import_path (fixture, path, TRUE, &error);
  PzImport *import;

  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_rows, ==, 100000);
  g_assert_cmpuint (summary->n_imported, ==, 100000);
  g_assert_cmpuint (summary->n_by_location, ==, 10000);
  g_assert_cmpuint (summary->n_by_name, ==, 90000);
  g_assert_cmpuint (summary->n_left_out, ==, 0);
  g_assert_cmpstr (summary->sha256, ==, sha256);
  g_assert_cmpint (summary->import_id, >, 0);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 100000);
  g_assert_cmpuint (zone_count (fixture, "hangzhou"), ==, 40000 + 10000);
  import = pz_user_database_find_import (fixture->user, sha256);
  g_assert_nonnull (import);
  g_assert_cmpint (pz_import_get_id (import), ==, summary->import_id);
  g_assert_cmpuint (pz_import_get_n_rows (import), ==, 100000);
}

/* A check stores nothing, lists at most PZ_IMPORT_MAX_PROBLEMS problems
 * in line order and counts them all. */
static void
test_import_file_check (Fixture       *fixture,
                        gconstpointer  user_data)
{
  guint n_bad = PZ_IMPORT_MAX_PROBLEMS + 50;
  g_autofree char *path = write_rows (fixture, n_bad + 100, n_bad);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzImportSummary) summary = import_path (fixture, path, FALSE, &error);
  guint n_listed;

  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_rows, ==, n_bad + 100);
  g_assert_cmpuint (summary->n_imported, ==, 100);
  g_assert_cmpuint (summary->n_left_out, ==, n_bad);
  g_assert_cmpint (summary->import_id, ==, 0);
  n_listed = g_list_model_get_n_items (summary->problems);
  g_assert_cmpuint (n_listed, ==, PZ_IMPORT_MAX_PROBLEMS);
  g_assert_cmpuint (pz_import_problem_get_line (summary_problem (summary, 0)), ==, 2);
  g_assert_cmpuint (pz_import_problem_get_line (summary_problem (summary, n_listed - 1)), ==, n_listed + 1);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 0);
}

static void
cancel_at_first_progress (PzImportStage stage,
                          double        fraction,
                          guint         n_rows,
                          gpointer      user_data)
{
  g_assert_cmpint (stage, ==, PZ_IMPORT_STAGE_READING);
  g_assert_cmpfloat (fraction, >, 0);
  g_assert_cmpfloat (fraction, <, 1);
  g_assert_cmpuint (n_rows, >, 0);
  g_cancellable_cancel (user_data);
}

/* A cancel midway (from the progress) rolls back: nothing is stored. */
static void
test_import_file_cancel (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *path = write_rows (fixture, 100000, 0);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *user = user_path (fixture);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PzImportSummary) summary = NULL;
  g_autoptr(PzUserDatabase) reopened = NULL;

  add_import (fixture, "kept.csv", "name,city\nKept Ltd,Hangzhou\n");
  summary = pz_import_file (file, NULL, pz_database_get_zones (database), "big.csv", user,
                            cancel_at_first_progress, cancellable, cancellable, &error);
  g_assert_null (summary);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  reopened = pz_user_database_open (user, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pz_user_database_get_imports (reopened)), ==, 1);
  g_assert_cmpuint (pz_user_database_count_enterprises (reopened), ==, 1);
}

typedef struct
{
  GMainLoop       *loop;
  GThread         *thread;
  guint            n_progress;
  guint            n_waiting;
  gboolean         data_freed;
  PzImportSummary *summary;
  GError          *error;
} Async;

static void
async_progress (PzImportStage stage,
                double        fraction,
                guint         n_rows,
                gpointer      user_data)
{
  Async *async = user_data;

  g_assert_true (g_thread_self () == async->thread);
  g_assert_false (async->data_freed);
  if (stage == PZ_IMPORT_STAGE_WAITING)
    async->n_waiting++;
  else
    async->n_progress++;
}

static void
async_data_free (gpointer user_data)
{
  Async *async = user_data;

  g_assert_true (g_thread_self () == async->thread);
  async->data_freed = TRUE;
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Async *async = user_data;

  async->summary = pz_import_file_finish (result, &async->error);
  g_main_loop_quit (async->loop);
}

/* Runs the main context until the import has finished and freed its
 * progress data, and checks that it succeeded. */
static void
async_wait (Async *async)
{
  g_main_loop_run (async->loop);
  while (!async->data_freed)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (async->error);
  g_assert_nonnull (async->summary);
}

/* The async import runs in a thread; its progress and the freeing of
 * the progress data come on the caller's main context. */
static void
test_import_file_async (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *path = write_rows (fixture, 20000, 10);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *user = user_path (fixture);
  Async async = { g_main_loop_new (NULL, FALSE), g_thread_self (), 0, 0, FALSE, NULL, NULL };
  PzImportMapping mapping = { { 0, 1, 2, 3 } };

  pz_import_file_async (file, &mapping, pz_database_get_zones (database), "big.csv", user,
                        async_progress, &async, async_data_free, NULL, async_done, &async);
  async_wait (&async);
  g_assert_cmpuint (async.summary->n_imported, ==, 19990);
  g_assert_cmpuint (async.summary->n_left_out, ==, 10);
  g_assert_cmpuint (async.n_progress, >=, 1);
  g_assert_cmpuint (async.n_waiting, ==, 0);
  pz_user_database_reload (fixture->user);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 19990);
  pz_import_summary_free (async.summary);
  g_main_loop_unref (async.loop);
}

static gboolean
end_other_import (gpointer user_data)
{
  pz_user_import_writer_free (user_data);
  return G_SOURCE_REMOVE;
}

/* An import that finds the user database busy with another one says so
 * (WAITING, once, before any wait) and goes through when that one ends. */
static void
test_import_file_waits (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *path = write_rows (fixture, 1000, 0);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *user = user_path (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzUserDatabase) other = pz_user_database_open (user, &error);
  PzUserImportWriter *writer;
  Async async = { g_main_loop_new (NULL, FALSE), g_thread_self (), 0, 0, FALSE, NULL, NULL };

  g_assert_no_error (error);
  writer = pz_user_database_begin_import (other, "other.csv", NULL, &error);
  g_assert_no_error (error);
  pz_import_file_async (file, NULL, pz_database_get_zones (database), "big.csv", user,
                        async_progress, &async, async_data_free, NULL, async_done, &async);
  while (async.n_waiting == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (async.n_progress, ==, 0);
  /* The other import ends (rolled back) while this one waits. */
  g_timeout_add (200, end_other_import, writer);
  async_wait (&async);
  g_assert_cmpuint (async.summary->n_imported, ==, 1000);
  g_assert_cmpuint (async.n_waiting, ==, 1);
  pz_user_database_reload (fixture->user);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 1000);
  pz_import_summary_free (async.summary);
  g_main_loop_unref (async.loop);
}

/* The head of a file is its first rows only. */
static void
test_import_read_head (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *path = write_rows (fixture, 100000, 0);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzCsv) head = pz_csv_read_head (file, PZ_IMPORT_PREVIEW_ROWS, NULL, &error);
  PzImportMapping mapping;

  g_assert_no_error (error);
  g_assert_cmpuint (head->records->len, ==, PZ_IMPORT_PREVIEW_ROWS);
  g_assert_cmpstr (head->header[0], ==, "企业名称");
  pz_import_guess_mapping (head, &mapping);
  g_assert_cmpint (mapping.columns[PZ_IMPORT_PLACE], ==, 1);
}

static guint
count_indexes (Fixture *fixture)
{
  sqlite3 *db = _pz_user_database_get_handle (fixture->user);
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                       " AND name IN ('enterprises_zone', 'enterprises_import')", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
write_many (Fixture  *fixture,
            guint     n,
            gboolean  commit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzUserImportWriter) writer = pz_user_database_begin_import (fixture->user, "many.csv", NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      PzImportRow row = { "Enterprise", i % 2 ? "hangzhou" : "ningbo", 0, 0, FALSE, i + 2 };

      g_assert_true (pz_user_import_writer_add (writer, &row, &error));
    }
  if (commit)
    g_assert_cmpint (pz_user_import_writer_commit (writer, &error), >, 0);
  g_assert_no_error (error);
}

/* An import larger than the data before it drops the indexes and builds
 * them again at the commit; a rollback brings them back too, and the
 * counts read through them are right. */
static void
test_import_reindex (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_assert_cmpuint (count_indexes (fixture), ==, 2);
  write_many (fixture, 120000, FALSE);
  g_assert_cmpuint (count_indexes (fixture), ==, 2);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 0);

  write_many (fixture, 120000, TRUE);
  g_assert_cmpuint (count_indexes (fixture), ==, 2);
  g_assert_cmpuint (zone_count (fixture, "hangzhou"), ==, 60000);

  /* Fewer rows than there are keep the indexes as they go. */
  write_many (fixture, 110000, TRUE);
  g_assert_cmpuint (count_indexes (fixture), ==, 2);
  g_assert_cmpuint (zone_count (fixture, "ningbo"), ==, 115000);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 230000);
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
  g_test_add ("/import/file/mixed-encodings", Fixture, NULL, fixture_set_up, test_import_file_mixed_encodings, fixture_tear_down);
  g_test_add ("/import/file/long-name", Fixture, NULL, fixture_set_up, test_import_file_long_name, fixture_tear_down);
  g_test_add ("/import/file/endless", Fixture, NULL, fixture_set_up, test_import_file_endless, fixture_tear_down);
  g_test_add ("/import/file/many-rows", Fixture, NULL, fixture_set_up, test_import_file_many_rows, fixture_tear_down);
  g_test_add ("/import/file/check", Fixture, NULL, fixture_set_up, test_import_file_check, fixture_tear_down);
  g_test_add ("/import/file/cancel", Fixture, NULL, fixture_set_up, test_import_file_cancel, fixture_tear_down);
  g_test_add ("/import/file/async", Fixture, NULL, fixture_set_up, test_import_file_async, fixture_tear_down);
  g_test_add ("/import/file/waits", Fixture, NULL, fixture_set_up, test_import_file_waits, fixture_tear_down);
  g_test_add ("/import/reindex", Fixture, NULL, fixture_set_up, test_import_reindex, fixture_tear_down);
  g_test_add ("/import/read-head", Fixture, NULL, fixture_set_up, test_import_read_head, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&database);
  return status;
}
