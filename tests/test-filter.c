/* test-filter.c
 *
 * The filter model over the fixture's zones (tests/fixture). Expected
 * counts for combined criteria are computed here from the fixture's
 * zones.csv, independently of the generator that built the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pz-test.h"
#include "pz-zone-filter.h"

static PzDatabase *database;
static PzCsv *zones_csv;

/* Zones of the fixture in @batch and @province_en; NULL for any. */
static guint
csv_count (const char *batch,
           const char *province_en)
{
  int batch_col = pz_test_csv_column (zones_csv, "batch");
  int province_col = pz_test_csv_column (zones_csv, "province_en");
  guint n = 0;

  for (guint i = 0; i < zones_csv->records->len; i++)
    {
      GStrv row = g_ptr_array_index (zones_csv->records, i);

      if ((batch == NULL || strcmp (row[batch_col], batch) == 0) &&
          (province_en == NULL || strcmp (row[province_col], province_en) == 0))
        n++;
    }
  return n;
}

static guint
count (PzZoneFilter *filter)
{
  g_autoptr(GtkFilterListModel) model =
    gtk_filter_list_model_new (g_object_ref (pz_database_get_zones (database)),
                               g_object_ref (GTK_FILTER (filter)));

  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static gboolean
has_zone (PzZoneFilter *filter,
          const char   *id)
{
  g_autoptr(GtkFilterListModel) model =
    gtk_filter_list_model_new (g_object_ref (pz_database_get_zones (database)),
                               g_object_ref (GTK_FILTER (filter)));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (g_strcmp0 (pz_zone_get_id (zone), id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_filter_batches_and_provinces (void)
{
  g_autoptr(PzZoneFilter) filter = pz_zone_filter_new ();
  guint expected = csv_count ("3", "Guangdong");

  g_assert_true (pz_zone_filter_is_empty (filter));
  g_assert_cmpuint (count (filter), ==, csv_count (NULL, NULL));

  pz_zone_filter_set_batch (filter, 3, TRUE);
  g_assert_cmpuint (count (filter), ==, csv_count ("3", NULL));

  pz_zone_filter_set_province (filter, "440000", TRUE);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (count (filter), ==, expected);

  /* Two batches are a union, provinces too; the two criteria intersect. */
  pz_zone_filter_set_batch (filter, 2, TRUE);
  g_assert_cmpuint (count (filter), >, expected);
  g_assert_cmpuint (count (filter), ==, expected + csv_count ("2", "Guangdong"));
  pz_zone_filter_set_province (filter, "330000", TRUE);
  g_assert_cmpuint (count (filter), ==, expected + csv_count ("2", "Guangdong") +
                    csv_count ("3", "Zhejiang") + csv_count ("2", "Zhejiang"));
  pz_zone_filter_set_batch (filter, 2, FALSE);

  pz_zone_filter_clear (filter);
  g_assert_true (pz_zone_filter_is_empty (filter));
  g_assert_cmpuint (count (filter), ==, csv_count (NULL, NULL));
}

static void
test_filter_text (void)
{
  g_autoptr(PzZoneFilter) filter = pz_zone_filter_new ();
  g_autoptr(PzZone) best = NULL;

  pz_zone_filter_set_text (filter, "yiwu");
  g_assert_cmpuint (count (filter), ==, 1);
  g_assert_true (has_zone (filter, "yiwu"));

  pz_zone_filter_set_text (filter, "杭");
  g_assert_true (has_zone (filter, "hangzhou"));

  pz_zone_filter_set_text (filter, "hang");
  g_assert_true (has_zone (filter, "hangzhou"));
  best = pz_zone_filter_best_match (filter, pz_database_get_zones (database));
  g_assert_cmpstr (pz_zone_get_id (best), ==, "hangzhou");

  /* Case, accents, tone marks and apostrophes do not matter. */
  pz_zone_filter_set_text (filter, "XĪ’ĀN");
  g_assert_true (has_zone (filter, "xian"));
  pz_zone_filter_set_text (filter, "  Yiwu ");
  g_assert_cmpuint (count (filter), ==, 1);

  /* A word of the English name is enough. */
  pz_zone_filter_set_text (filter, "new area");
  g_assert_true (has_zone (filter, "xiongan"));

  pz_zone_filter_set_text (filter, "no such place");
  g_assert_cmpuint (count (filter), ==, 0);

  /* Punctuation alone is no query. */
  pz_zone_filter_set_text (filter, " ' ");
  g_assert_cmpuint (count (filter), ==, csv_count (NULL, NULL));

  pz_zone_filter_clear (filter);
  g_assert_cmpuint (count (filter), ==, csv_count (NULL, NULL));
}

static void
test_filter_dates (void)
{
  g_autoptr(PzZoneFilter) filter = pz_zone_filter_new ();

  /* In force on a date: approved by then (batch 1 in 2015, batch 2 in
   * 2016, the last in 2020) and not yet ended. */
  pz_zone_filter_set_date (filter, "2015-12-31");
  g_assert_cmpuint (count (filter), ==, csv_count ("1", NULL));
  pz_zone_filter_set_date (filter, "2016-12-31");
  g_assert_cmpuint (count (filter), ==, csv_count ("1", NULL) + csv_count ("2", NULL));
  pz_zone_filter_set_date (filter, "2022-12-31");
  g_assert_cmpuint (count (filter), ==, csv_count (NULL, NULL));
  /* Haikou's zone ended in April 2025. */
  pz_zone_filter_set_date (filter, "2025-12-31");
  g_assert_cmpuint (count (filter), ==, csv_count (NULL, NULL) - 1);
  g_assert_false (has_zone (filter, "haikou"));
  pz_zone_filter_set_date (filter, NULL);

  /* Batches 3 and 4 were approved in 2018 and 2019. */
  pz_zone_filter_set_years (filter, 2018, 2019);
  g_assert_cmpuint (count (filter), ==, csv_count ("3", NULL) + csv_count ("4", NULL));
  pz_zone_filter_set_years (filter, 0, 0);
  g_assert_cmpuint (count (filter), ==, csv_count (NULL, NULL));
}

static void
test_filter_live_counts (void)
{
  g_autoptr(PzZoneFilter) filter = pz_zone_filter_new ();
  GListModel *zones = pz_database_get_zones (database);
  guint in_batch_3 = 0, all_in_guangdong = 0;

  pz_zone_filter_set_batch (filter, 3, TRUE);
  pz_zone_filter_set_province (filter, "440000", TRUE);

  /* Counting per batch ignores the batch criterion but keeps the others. */
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (pz_zone_filter_match_except (filter, zone, PZ_ZONE_CRITERION_BATCH))
        all_in_guangdong++;
      if (pz_zone_filter_match_except (filter, zone, 0))
        in_batch_3++;
    }

  g_assert_cmpuint (all_in_guangdong, ==, csv_count (NULL, "Guangdong"));
  g_assert_cmpuint (in_batch_3, ==, csv_count ("3", "Guangdong"));
  g_assert_cmpuint (in_batch_3, <, all_in_guangdong);
}

static void
test_filter_describe (void)
{
  g_autoptr(PzZoneFilter) filter = pz_zone_filter_new ();
  g_autofree char *empty = pz_zone_filter_describe (filter, pz_database_get_zones (database));
  g_autofree char *text = NULL;

  g_assert_null (empty);
  pz_zone_filter_set_batch (filter, 3, TRUE);
  pz_zone_filter_set_province (filter, "440000", TRUE);
  text = pz_zone_filter_describe (filter, pz_database_get_zones (database));
  g_assert_cmpstr (text, ==, "Batch 3 · Guangdong");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  database = pz_test_open_fixture ();
  zones_csv = pz_test_read_csv ("fixture/zones.csv");

  g_test_add_func ("/filter/batches-and-provinces", test_filter_batches_and_provinces);
  g_test_add_func ("/filter/text", test_filter_text);
  g_test_add_func ("/filter/dates", test_filter_dates);
  g_test_add_func ("/filter/live-counts", test_filter_live_counts);
  g_test_add_func ("/filter/describe", test_filter_describe);

  return g_test_run ();
}
