/* test-csv.c
 *
 * The CSV reader strips the padding around fields as it parses, so that
 * matching a parsed file to zones reads it without changing it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pz-csv.h"
#include "pz-database.h"
#include "pz-import.h"

static void
test_csv_fields_stripped (void)
{
  const char data[] = " name ,\tcity \n  Alpha Ltd ,\t Hangzhou \n\" Beta \",\"Hangzhou\" \n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PzCsv) csv = pz_csv_parse (data, sizeof data - 1, &error);
  GStrv first, second;

  g_assert_no_error (error);
  g_assert_cmpstr (csv->header[0], ==, "name");
  g_assert_cmpstr (csv->header[1], ==, "city");
  g_assert_cmpuint (csv->records->len, ==, 2);
  first = g_ptr_array_index (csv->records, 0);
  second = g_ptr_array_index (csv->records, 1);
  g_assert_cmpstr (first[0], ==, "Alpha Ltd");
  g_assert_cmpstr (first[1], ==, "Hangzhou");
  g_assert_cmpstr (second[0], ==, "Beta");
  g_assert_cmpstr (second[1], ==, "Hangzhou");
}

/* Matching takes a const PzCsv: the file the import dialog previews is
 * the file as parsed, before and after. */
static void
test_csv_match_leaves_file (void)
{
  const char data[] = "name,city\n  Alpha Ltd ,\t Hangzhou \nBeta,  Atlantis\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(PzDatabase) database = pz_database_open (path, &error);
  g_autoptr(PzCsv) csv = pz_csv_parse (data, sizeof data - 1, &error);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(PzImportResult) result = NULL;
  PzImportMapping mapping;

  g_assert_no_error (error);
  for (guint i = 0; i < csv->records->len; i++)
    g_ptr_array_add (before, g_strdupv (g_ptr_array_index (csv->records, i)));

  pz_import_guess_mapping (csv, &mapping);
  result = pz_import_match (csv, &mapping, pz_database_get_zones (database));
  g_assert_cmpuint (result->rows->len, ==, 1);
  g_assert_cmpstr (g_array_index (result->rows, PzImportRow, 0).name, ==, "Alpha Ltd");
  g_assert_cmpuint (result->problems->len, ==, 1);

  for (guint i = 0; i < csv->records->len; i++)
    g_assert_true (g_strv_equal ((const char * const *) g_ptr_array_index (before, i),
                                 (const char * const *) g_ptr_array_index (csv->records, i)));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/fields-stripped", test_csv_fields_stripped);
  g_test_add_func ("/csv/match-leaves-file", test_csv_match_leaves_file);

  return g_test_run ();
}
