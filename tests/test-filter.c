/* test-filter.c
 *
 * The filter model over the bundled zones. Expected counts for combined
 * criteria are computed here, independently, from data/zones.csv.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pz-database.h"
#include "pz-zone-filter.h"

static PzDatabase *database;

/* A minimal RFC 4180 reader: enough for our own CSV, and independent of
 * the generator that built the database. */
static GPtrArray *
read_csv_rows (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  for (const char *p = contents; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE)), field = g_string_new (NULL);
      else if (*p == '\n')
        {
          g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else if (*p != '\r')
        g_string_append_c (field, *p);
    }

  g_string_free (field, TRUE);
  g_ptr_array_unref (row);
  return rows;
}

static int
column (GPtrArray  *header,
        const char *name)
{
  for (guint i = 0; i < header->len; i++)
    if (strcmp (g_ptr_array_index (header, i), name) == 0)
      return i;
  g_assert_not_reached ();
}

static guint
csv_count (const char *batch,
           const char *province_en)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "zones.csv", NULL);
  g_autoptr(GPtrArray) rows = read_csv_rows (path);
  GPtrArray *header = g_ptr_array_index (rows, 0);
  int batch_col = column (header, "batch");
  int province_col = column (header, "province_en");
  guint n = 0;

  for (guint i = 1; i < rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i);

      if (strcmp (g_ptr_array_index (row, batch_col), batch) == 0 &&
          strcmp (g_ptr_array_index (row, province_col), province_en) == 0)
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
  guint expected = csv_count ("5", "Guangdong");

  g_assert_true (pz_zone_filter_is_empty (filter));
  g_assert_cmpuint (count (filter), ==, 165);

  pz_zone_filter_set_batch (filter, 5, TRUE);
  g_assert_cmpuint (count (filter), ==, 46);

  pz_zone_filter_set_province (filter, "440000", TRUE);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (count (filter), ==, expected);

  /* Two batches are a union, provinces too; the two criteria intersect. */
  pz_zone_filter_set_batch (filter, 6, TRUE);
  g_assert_cmpuint (count (filter), ==, expected + csv_count ("6", "Guangdong"));
  pz_zone_filter_set_batch (filter, 6, FALSE);

  pz_zone_filter_clear (filter);
  g_assert_true (pz_zone_filter_is_empty (filter));
  g_assert_cmpuint (count (filter), ==, 165);
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
  g_assert_cmpuint (count (filter), ==, 165);

  pz_zone_filter_clear (filter);
  g_assert_cmpuint (count (filter), ==, 165);
}

static void
test_filter_dates (void)
{
  g_autoptr(PzZoneFilter) filter = pz_zone_filter_new ();

  /* In force on a date: approved by then and not yet ended. */
  pz_zone_filter_set_date (filter, "2015-12-31");
  g_assert_cmpuint (count (filter), ==, 1);
  pz_zone_filter_set_date (filter, "2016-12-31");
  g_assert_cmpuint (count (filter), ==, 13);
  pz_zone_filter_set_date (filter, "2022-12-31");
  g_assert_cmpuint (count (filter), ==, 165);
  /* The 2025 batch revoked three zones. */
  pz_zone_filter_set_date (filter, "2025-12-31");
  g_assert_cmpuint (count (filter), ==, 162);
  pz_zone_filter_set_date (filter, NULL);

  pz_zone_filter_set_years (filter, 2018, 2019);
  g_assert_cmpuint (count (filter), ==, 22 + 24);
  pz_zone_filter_set_years (filter, 0, 0);
  g_assert_cmpuint (count (filter), ==, 165);
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

  g_assert_cmpuint (all_in_guangdong, ==, csv_count ("1", "Guangdong") + csv_count ("2", "Guangdong") +
                    csv_count ("3", "Guangdong") + csv_count ("4", "Guangdong") +
                    csv_count ("5", "Guangdong") + csv_count ("6", "Guangdong") +
                    csv_count ("7", "Guangdong"));
  g_assert_cmpuint (in_batch_3, ==, csv_count ("3", "Guangdong"));
}

static void
test_filter_describe (void)
{
  g_autoptr(PzZoneFilter) filter = pz_zone_filter_new ();
  g_autofree char *empty = pz_zone_filter_describe (filter, pz_database_get_zones (database));
  g_autofree char *text = NULL;

  g_assert_null (empty);
  pz_zone_filter_set_batch (filter, 5, TRUE);
  pz_zone_filter_set_province (filter, "440000", TRUE);
  text = pz_zone_filter_describe (filter, pz_database_get_zones (database));
  g_assert_cmpstr (text, ==, "Batch 5 · Guangdong");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  path = pz_database_default_path ();
  database = pz_database_open (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/filter/batches-and-provinces", test_filter_batches_and_provinces);
  g_test_add_func ("/filter/text", test_filter_text);
  g_test_add_func ("/filter/dates", test_filter_dates);
  g_test_add_func ("/filter/live-counts", test_filter_live_counts);
  g_test_add_func ("/filter/describe", test_filter_describe);

  return g_test_run ();
}
