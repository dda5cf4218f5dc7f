/* bench-import.c
 *
 * Imports N generated enterprise rows (default 100,000) as the app does:
 * the file is streamed through pz_import_file() (read, decode, match to
 * zones, store in one transaction into a fresh user database). Prints
 * rows per second; run under /usr/bin/time for peak memory.
 *
 * Usage: bench-import [N] [FILE.csv]  (the rows are written to FILE.csv,
 * for a reference importer to read the very same data, and read back)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "pz-database.h"
#include "pz-import-job.h"
#include "pz-zone.h"

/* Rows name zones in turn, in Chinese and English, a tenth by
 * coordinates only, so every matching path is taken. Written as they are
 * made: the bench measures the import's memory, not the generator's. */
static gboolean
write_rows (const char  *path,
            GListModel  *zones,
            guint        n,
            GError     **error)
{
  FILE *out = g_fopen (path, "w");
  guint n_zones = g_list_model_get_n_items (zones);

  if (out == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write %s", path);
      return FALSE;
    }
  fputs ("企业名称,城市,lat,lon\n", out);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i % n_zones);
      char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE];

      if (i % 10 == 9)
        fprintf (out, "企业 %u 有限公司,,%s,%s\n", i,
                 g_ascii_formatd (lat, sizeof lat, "%.4f", pz_zone_get_latitude (zone)),
                 g_ascii_formatd (lon, sizeof lon, "%.4f", pz_zone_get_longitude (zone)));
      else
        fprintf (out, "Enterprise %u Co. Ltd,%s,,\n", i,
                 pz_zone_get_text (zone, i % 2 ? PZ_ZONE_NAME_ZH : PZ_ZONE_NAME_EN));
    }
  return fclose (out) == 0;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 100000;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(PzDatabase) db = pz_database_open (path, &error);
  g_autofree char *dir = g_dir_make_tmp ("pz-bench-XXXXXX", NULL);
  g_autofree char *user_path = g_build_filename (dir, "user.sqlite", NULL);
  g_autofree char *csv_path = argc > 2 ? g_strdup (argv[2]) : g_build_filename (dir, "bench.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv_path);
  g_autoptr(PzImportSummary) summary = NULL;
  gint64 start;
  double seconds;

  if (db == NULL || !write_rows (csv_path, pz_database_get_zones (db), n, &error))
    {
      g_printerr ("bench-import: %s\n", error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  summary = pz_import_file (file, NULL, pz_database_get_zones (db), "bench.csv", user_path, NULL, NULL, NULL, &error);
  if (summary == NULL)
    {
      g_printerr ("bench-import: %s\n", error->message);
      return 1;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_print ("%u rows, %u imported, %u left out: %.2f s, %.0f rows/s\n",
           summary->n_rows, summary->n_imported, summary->n_left_out, seconds, summary->n_rows / seconds);

  if (argc <= 2)
    g_unlink (csv_path);
  g_unlink (user_path);
  g_rmdir (dir);
  return 0;
}
