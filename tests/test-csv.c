/* test-csv.c
 *
 * The CSV reader strips the padding around fields as it parses, so that
 * matching a parsed file to zones reads it without changing it; and it
 * reads data/zones.csv into the counts pz-test-bundled.h states.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pz-csv-reader.h"
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

static guint
problem_line (PzCsv *csv,
              guint  i)
{
  return pz_import_problem_get_line (g_ptr_array_index (csv->problems, i));
}

static const char *
problem_reason (PzCsv *csv,
                guint  i)
{
  return pz_import_problem_get_reason (g_ptr_array_index (csv->problems, i));
}

/* One UTF-8 row and one GB18030 row: the file is read as UTF-8 (the
 * head's lines that are not ASCII are as many UTF-8 as not), and the
 * GB18030 line is left out by number, never read as other characters. */
static void
test_csv_mixed_encodings (void)
{
  g_autofree char *gb = g_convert ("杭州企业,杭州\n", -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  g_autofree char *data = g_strconcat ("name,city\n杭州公司,杭州\n", gb, "Ningbo Ltd,Ningbo\n", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzCsv) csv = pz_csv_parse (data, strlen (data), &error);
  g_autofree char *gb_majority = NULL;
  GStrv first;

  g_assert_no_error (error);
  g_assert_cmpstr (csv->encoding, ==, "UTF-8");
  g_assert_cmpuint (csv->records->len, ==, 2);
  first = g_ptr_array_index (csv->records, 0);
  g_assert_cmpstr (first[0], ==, "杭州公司");
  g_assert_cmpuint (csv->problems->len, ==, 1);
  g_assert_cmpuint (problem_line (csv, 0), ==, 3);
  g_assert_nonnull (strstr (problem_reason (csv, 0), "not UTF-8"));
  g_clear_pointer (&csv, pz_csv_free);

  /* Mostly GB18030: the one UTF-8 line is the odd one out. */
  gb_majority = g_strconcat ("name,city\n", gb, gb, "杭州公司,杭州\n", NULL);
  csv = pz_csv_parse (gb_majority, strlen (gb_majority), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (csv->encoding, ==, "GB18030");
  g_assert_cmpuint (csv->records->len, ==, 2);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (csv->records, 1))[0], ==, "杭州企业");
  g_assert_cmpuint (csv->problems->len, ==, 1);
  g_assert_cmpuint (problem_line (csv, 0), ==, 4);
  g_assert_nonnull (strstr (problem_reason (csv, 0), "UTF-8 text in a file read as GB18030"));
  g_clear_pointer (&csv, pz_csv_free);

  /* A UTF-8 byte-order mark says UTF-8, however many lines are not. */
  g_free (gb_majority);
  gb_majority = g_strconcat ("\xEF\xBB\xBF" "name,city\n", gb, gb, NULL);
  csv = pz_csv_parse (gb_majority, strlen (gb_majority), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (csv->encoding, ==, "UTF-8 with BOM");
  g_assert_cmpuint (csv->records->len, ==, 0);
  g_assert_cmpuint (csv->problems->len, ==, 2);
  g_clear_pointer (&csv, pz_csv_free);

  /* An ASCII head leaves the encoding open: the first other line decides. */
  g_free (gb_majority);
  gb_majority = g_strconcat ("name,city\nA,Hangzhou\n", gb, NULL);
  csv = pz_csv_parse (gb_majority, strlen (gb_majority), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (csv->encoding, ==, "GB18030");
  g_assert_cmpuint (csv->records->len, ==, 2);
  g_assert_cmpuint (csv->problems->len, ==, 0);
}

/* Old Mac files end lines with CR alone; CRLF is one line end. */
static void
test_csv_cr_line_ends (void)
{
  const char data[] = "name,city\rA,Hangzhou\r\"B\rC\",Ningbo\rD,Yiwu\r\nE,Yiwu\r";
  g_autoptr(GError) error = NULL;
  g_autoptr(PzCsv) csv = pz_csv_parse (data, sizeof data - 1, &error);
  static const guint lines[] = { 2, 3, 5, 6 };

  g_assert_no_error (error);
  g_assert_cmpstr (csv->header[1], ==, "city");
  g_assert_cmpuint (csv->records->len, ==, G_N_ELEMENTS (lines));
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_assert_cmpuint (g_array_index (csv->lines, guint, i), ==, lines[i]);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (csv->records, 1))[0], ==, "B\rC");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (csv->records, 3))[1], ==, "Yiwu");
}

/* A NUL byte leaves its line out; in the header it stops the read. */
static void
test_csv_nul_byte (void)
{
  const char data[] = "name,city\nA,Hang\0zhou\nB,Ningbo\n";
  const char header[] = "na\0me,city\nA,Hangzhou\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PzCsv) csv = pz_csv_parse (data, sizeof data - 1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (csv->records->len, ==, 1);
  g_assert_cmpuint (csv->problems->len, ==, 1);
  g_assert_cmpuint (problem_line (csv, 0), ==, 2);
  g_assert_nonnull (strstr (problem_reason (csv, 0), "NUL"));

  g_assert_null (pz_csv_parse (header, sizeof header - 1, &error));
  g_assert_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "Line 1"));
}

/* UTF-16 is read with a byte-order mark, across chunks, and named
 * without one. */
static void
test_csv_utf16 (void)
{
  GString *text = g_string_new ("name,city\n");
  g_autofree char *le = NULL, *with_bom = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PzCsv) csv = NULL;
  gsize length;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "企业 %u,杭州\n", i);
  le = g_convert (text->str, text->len, "UTF-16LE", "UTF-8", NULL, &length, NULL);
  g_assert_cmpuint (length, >, 3 * 64 * 1024);

  g_assert_null (pz_csv_parse (le, length, &error));
  g_assert_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "UTF-16LE"));
  g_assert_nonnull (strstr (error->message, "byte-order mark"));
  g_clear_error (&error);

  with_bom = g_malloc (length + 2);
  memcpy (with_bom, "\xFF\xFE", 2);
  memcpy (with_bom + 2, le, length);
  csv = pz_csv_parse (with_bom, length + 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (csv->encoding, ==, "UTF-16");
  g_assert_cmpuint (csv->records->len, ==, 10000);
  g_assert_cmpuint (csv->problems->len, ==, 0);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (csv->records, 9999))[0], ==, "企业 9999");
  g_string_free (text, TRUE);
}

/* A line over the limit stops the read with its number; so does a quote
 * that is never closed, and an endless file of NUL bytes, at once. */
static void
test_csv_limits (void)
{
  GString *text = g_string_new ("name,city\nA,Hangzhou\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GFileInputStream) stream = NULL;

  g_string_append_c (text, '"');
  for (guint i = 0; i < PZ_CSV_MAX_LINE / 10; i++)
    g_string_append (text, "\nrunning on");
  g_assert_null (pz_csv_parse (text->str, text->len, &error));
  g_assert_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_TOO_LONG);
  g_assert_nonnull (strstr (error->message, "Line 3: a quoted field"));
  g_clear_error (&error);

  g_string_truncate (text, strlen ("name,city\nA,Hangzhou\n"));
  for (guint i = 0; i < PZ_CSV_MAX_LINE; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, ",Hangzhou\n");
  g_assert_null (pz_csv_parse (text->str, text->len, &error));
  g_assert_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_TOO_LONG);
  g_assert_nonnull (strstr (error->message, "Line 3 is longer than 64 KiB"));
  g_clear_error (&error);
  g_string_free (text, TRUE);

  stream = g_file_read (zero, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (pz_csv_read_stream (G_INPUT_STREAM (stream), G_MAXUINT, NULL, &error));
  g_assert_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "NUL"));
}

/* Quoted fields with line breaks and doubled quotes, CRLF ends and
 * multibyte characters land on every offset of the 64 KiB chunks the
 * stream is read in; each record reads as if the file were whole. */
static void
test_csv_chunk_boundaries (void)
{
  GString *text = g_string_new ("name,city\r\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PzCsv) csv = NULL;
  guint n = 30000, line = 2;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, i % 3 ? "\"企业 \"\"%u\"\"\r\nline\",杭州\r\n" : "企业%u,杭州\r\n", i);
  csv = pz_csv_parse (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (csv->records->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      GStrv record = g_ptr_array_index (csv->records, i);
      g_autofree char *expected = g_strdup_printf (i % 3 ? "企业 \"%u\"\r\nline" : "企业%u", i);

      g_assert_cmpstr (record[0], ==, expected);
      g_assert_cmpstr (record[1], ==, "杭州");
      g_assert_cmpuint (g_array_index (csv->lines, guint, i), ==, line);
      line += i % 3 ? 2 : 1;
    }
  g_string_free (text, TRUE);
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
  g_test_add_func ("/csv/mixed-encodings", test_csv_mixed_encodings);
  g_test_add_func ("/csv/cr-line-ends", test_csv_cr_line_ends);
  g_test_add_func ("/csv/nul-byte", test_csv_nul_byte);
  g_test_add_func ("/csv/utf16", test_csv_utf16);
  g_test_add_func ("/csv/limits", test_csv_limits);
  g_test_add_func ("/csv/chunk-boundaries", test_csv_chunk_boundaries);

  return g_test_run ();
}
