/* bench-import.c
 *
 * Imports N generated enterprise rows (default 100,000): parse, match to
 * zones and store in one transaction into a fresh user database. Prints
 * rows per second; run under /usr/bin/time for peak memory.
 *
 * Usage: bench-import [N] [FILE.csv]  (writes FILE.csv too, for a reference
 * importer to read the very same data)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "pz-csv.h"
#include "pz-database.h"
#include "pz-import.h"
#include "pz-user-database.h"
#include "pz-zone.h"

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
  g_autoptr(PzUserDatabase) user = NULL;
  g_autoptr(PzCsv) csv = NULL;
  g_autoptr(PzImportResult) result = NULL;
  GListModel *zones;
  GString *text;
  PzImportMapping mapping;
  gint64 start;
  double seconds;

  if (db == NULL)
    {
      g_printerr ("bench-import: %s\n", error->message);
      return 1;
    }

  /* Rows name zones in turn, in Chinese and English, a tenth by
   * coordinates only, so every matching path is taken. */
  zones = pz_database_get_zones (db);
  text = g_string_new ("企业名称,城市,lat,lon\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i % g_list_model_get_n_items (zones));

      if (i % 10 == 9)
        g_string_append_printf (text, "企业 %u 有限公司,,%.4f,%.4f\n", i,
                                pz_zone_get_latitude (zone), pz_zone_get_longitude (zone));
      else
        g_string_append_printf (text, "Enterprise %u Co. Ltd,%s,,\n", i,
                                pz_zone_get_text (zone, i % 2 ? PZ_ZONE_NAME_ZH : PZ_ZONE_NAME_EN));
    }
  if (argc > 2)
    g_file_set_contents (argv[2], text->str, text->len, NULL);

  start = g_get_monotonic_time ();
  user = pz_user_database_open (user_path, &error);
  csv = pz_csv_parse (text->str, text->len, &error);
  pz_import_guess_mapping (csv, &mapping);
  result = pz_import_match (csv, &mapping, zones);
  if (pz_user_database_add_import (user, "bench.csv", result->rows, &error) == 0)
    {
      g_printerr ("bench-import: %s\n", error->message);
      return 1;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_print ("%u rows, %u imported, %u left out: %.2f s, %.0f rows/s\n",
           n, result->rows->len, result->problems->len, seconds, n / seconds);

  g_string_free (text, TRUE);
  g_clear_object (&user);
  g_unlink (user_path);
  g_rmdir (dir);
  return 0;
}
