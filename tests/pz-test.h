/* pz-test.h
 *
 * What the C tests share: the fixture database (tests/fixture, built by
 * meson) and reading the data's CSV files with the application's reader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>

#include "pz-csv.h"
#include "pz-database.h"

static inline PzDatabase *
pz_test_open_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "fixture.gpkg", NULL);
  PzDatabase *database = pz_database_open (path, &error);

  g_assert_no_error (error);
  return database;
}

/* A copy of the file at @source in a new temporary file, for a test to
 * change (crafted databases). */
static inline char *
pz_test_copy_to_temp (const char *source)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  char *path = NULL;
  gsize length;
  int fd;

  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  fd = g_file_open_tmp ("pz-test-XXXXXX.gpkg", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_no_error (error);
  return path;
}

/* A CSV file of the source tree by its path from tests/, such as
 * "../data/zones.csv", read with the application's reader. */
static inline PzCsv *
pz_test_read_csv (const char *path_from_tests)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, path_from_tests, NULL);
  g_autofree char *contents = NULL;
  PzCsv *csv;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  csv = pz_csv_parse (contents, length, &error);
  g_assert_no_error (error);
  return csv;
}

static inline int
pz_test_csv_column (PzCsv      *csv,
                    const char *name)
{
  for (guint i = 0; csv->header[i] != NULL; i++)
    if (g_str_equal (csv->header[i], name))
      return (int) i;
  g_assert_not_reached ();
}
