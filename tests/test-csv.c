/* test-csv.c
 *
 * The CSV reader strips the padding around fields as it parses, so that
 * matching a parsed file to zones reads it without changing it; and it
 * reads data/zones.csv into the counts pz-test-bundled.h states.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pz-import.h"
#include "pz-test-bundled.h"
#include "pz-test.h"

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
  g_autoptr(PzDatabase) database = pz_test_open_fixture ();
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

/* The counts the tests of the bundled data rely on are the data's. */
static void
test_csv_bundled_zones (void)
{
  static const guint sizes[] = PZ_TEST_BUNDLED_BATCH_SIZES;
  g_autoptr(PzCsv) csv = pz_test_read_csv ("../data/zones.csv");
  g_autoptr(GHashTable) provinces = g_hash_table_new (g_str_hash, g_str_equal);
  guint counts[G_N_ELEMENTS (sizes)] = { 0 };
  int batch_col = pz_test_csv_column (csv, "batch");
  int province_col = pz_test_csv_column (csv, "province_code");
  int ended_col = pz_test_csv_column (csv, "ended");
  guint n_ended = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (sizes) == PZ_TEST_BUNDLED_BATCHES);

  g_assert_cmpuint (csv->records->len, ==, PZ_TEST_BUNDLED_ZONES);
  for (guint i = 0; i < csv->records->len; i++)
    {
      GStrv row = g_ptr_array_index (csv->records, i);
      guint64 batch;

      g_assert_true (g_ascii_string_to_unsigned (row[batch_col], 10, 1, G_N_ELEMENTS (sizes), &batch, NULL));
      counts[batch - 1]++;
      g_hash_table_add (provinces, row[province_col]);
      n_ended += *row[ended_col] != '\0';
    }
  for (guint b = 0; b < G_N_ELEMENTS (sizes); b++)
    g_assert_cmpuint (counts[b], ==, sizes[b]);
  g_assert_cmpuint (g_hash_table_size (provinces), ==, PZ_TEST_BUNDLED_PROVINCES);
  g_assert_cmpuint (PZ_TEST_BUNDLED_ZONES - n_ended, ==, PZ_TEST_BUNDLED_ZONES_IN_FORCE);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/fields-stripped", test_csv_fields_stripped);
  g_test_add_func ("/csv/match-leaves-file", test_csv_match_leaves_file);
  g_test_add_func ("/csv/bundled-zones", test_csv_bundled_zones);

  return g_test_run ();
}
