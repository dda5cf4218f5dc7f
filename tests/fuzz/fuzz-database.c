/* fuzz-database.c
 *
 * libFuzzer target for the zone database loader: the input is written to
 * a file and opened with pz_database_open(), as a replaced database would
 * be. Invariants: a refusal has a message naming the file; a database
 * that loads keeps the rules the rest of the app relies on (zones with an
 * id, a batch from 1 to 99 and a province code, coordinates in range,
 * every park's zone among the zones) and its statistics can be drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "fuzz-common.h"
#include "pz-database.h"
#include "pz-park.h"
#include "pz-stats.h"
#include "pz-zone.h"

static char *path;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  fuzz_init (argc, argv);
  dir = g_dir_make_tmp ("fuzz-database-XXXXXX", &error);
  FUZZ_CHECK (dir != NULL);
  path = g_build_filename (dir, "zones.gpkg", NULL);
  return 0;
}

static void
check_loaded (PzDatabase *database)
{
  GListModel *zones = pz_database_get_zones (database);
  GListModel *parks = pz_database_get_parks (database);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr(PzChart) per_batch = NULL;
  g_autoptr(PzChart) per_province = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      PzZone *zone = g_list_model_get_item (zones, i);

      FUZZ_CHECK (pz_zone_get_id (zone) != NULL && *pz_zone_get_id (zone) != '\0');
      FUZZ_CHECK (pz_zone_get_batch (zone) >= 1 && pz_zone_get_batch (zone) <= 99);
      FUZZ_CHECK (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE) != NULL);
      FUZZ_CHECK (pz_zone_get_display_province (zone) != NULL);
      if (pz_zone_has_location (zone))
        FUZZ_CHECK (fabs (pz_zone_get_latitude (zone)) <= 90 && fabs (pz_zone_get_longitude (zone)) <= 180);
      FUZZ_CHECK (g_hash_table_insert (ids, (gpointer) pz_zone_get_id (zone), zone));
    }

  for (guint i = 0; i < g_list_model_get_n_items (parks); i++)
    {
      g_autoptr(PzPark) park = g_list_model_get_item (parks, i);

      FUZZ_CHECK (pz_park_get_zone_id (park) != NULL);
      FUZZ_CHECK (g_hash_table_contains (ids, pz_park_get_zone_id (park)));
    }

  /* The charts that crashed on a NULL province or a negative batch. */
  per_batch = pz_stats_zones_per_batch (zones);
  per_province = pz_stats_top_provinces (zones, 10);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzDatabase) database = NULL;

  FUZZ_CHECK (g_file_set_contents (path, (const char *) data, (gssize) size, NULL));
  database = pz_database_open (path, &error);
  if (database == NULL)
    {
      FUZZ_CHECK (error != NULL && error->domain == PZ_DATABASE_ERROR);
      FUZZ_CHECK (strstr (error->message, path) != NULL);
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  check_loaded (database);
  return 0;
}
