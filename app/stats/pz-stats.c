/* pz-stats.c
 *
 * The charts of the statistics view, built from the filtered zones and
 * the sourced indicators. Each chart carries its source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-stats"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-stats.h"
#include "pz-zone.h"

static const char *zones_source = N_("Source: State Council replies approving each batch");

/**
 * pz_stats_zones_per_batch:
 * @zones: the zones to count, e.g. those the filter shows
 *
 * Returns: (transfer full): a bar per batch that has zones
 */
PzChart *
pz_stats_zones_per_batch (GListModel *zones)
{
  PzChart *chart = pz_chart_new (PZ_CHART_BARS, _("Zones per batch"));
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));
  guint n = g_list_model_get_n_items (zones);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      guint batch = pz_zone_get_batch (zone);

      if (batch >= counts->len)
        g_array_set_size (counts, batch + 1);
      g_array_index (counts, guint, batch)++;
    }

  for (guint batch = 1; batch < counts->len; batch++)
    {
      g_autofree char *label = g_strdup_printf (_("Batch %u"), batch);
      PzColor color;

      pz_batch_color (batch, &color);
      pz_chart_add (chart, label, g_array_index (counts, guint, batch), &color);
    }

  pz_chart_set_unit (chart, _("zones"));
  pz_chart_set_source (chart, _(zones_source));
  return chart;
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * pz_stats_zones_over_time:
 *
 * The number of zones in force after each approval or end date.
 *
 * Returns: (transfer full): a line chart
 */
PzChart *
pz_stats_zones_over_time (GListModel *zones)
{
  PzChart *chart = pz_chart_new (PZ_CHART_LINE, _("Zones in force over time"));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) dates = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (zones);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      const char *approved = pz_zone_get_text (zone, PZ_ZONE_APPROVED);
      const char *ended = pz_zone_get_text (zone, PZ_ZONE_ENDED);

      if (approved != NULL && g_hash_table_add (seen, (gpointer) approved))
        g_ptr_array_add (dates, (gpointer) approved);
      if (ended != NULL && g_hash_table_add (seen, (gpointer) ended))
        g_ptr_array_add (dates, (gpointer) ended);
    }
  g_ptr_array_sort (dates, compare_dates);

  for (guint d = 0; d < dates->len; d++)
    {
      const char *date = g_ptr_array_index (dates, d);
      guint in_force = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
          const char *approved = pz_zone_get_text (zone, PZ_ZONE_APPROVED);
          const char *ended = pz_zone_get_text (zone, PZ_ZONE_ENDED);

          if (approved != NULL && g_strcmp0 (approved, date) <= 0 &&
              (ended == NULL || g_strcmp0 (ended, date) > 0))
            in_force++;
        }
      pz_chart_add (chart, date, in_force, NULL);
    }

  pz_chart_set_unit (chart, _("zones in force after each approval or end"));
  pz_chart_set_source (chart, _(zones_source));
  return chart;
}

typedef struct
{
  const char *name;
  guint       count;
} ProvinceCount;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const ProvinceCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

/**
 * pz_stats_top_provinces:
 *
 * Returns: (transfer full): bars for the @n provinces with most zones
 */
PzChart *
pz_stats_top_provinces (GListModel *zones,
                        guint       n)
{
  g_autofree char *title = g_strdup_printf (_("Top %u provinces by zones"), n);
  PzChart *chart = pz_chart_new (PZ_CHART_BARS, title);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (ProvinceCount));
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      PzZone *zone = g_list_model_get_item (zones, i);
      const char *name = pz_zone_get_display_province (zone);

      g_ptr_array_add (keep, zone);
      g_hash_table_insert (counts, (gpointer) name,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ProvinceCount pc = { key, GPOINTER_TO_UINT (value) };

      g_array_append_val (sorted, pc);
    }
  g_array_sort (sorted, compare_counts);

  for (guint i = 0; i < MIN (n, sorted->len); i++)
    pz_chart_add (chart, g_array_index (sorted, ProvinceCount, i).name,
                  g_array_index (sorted, ProvinceCount, i).count, NULL);

  pz_chart_set_unit (chart, _("zones"));
  pz_chart_set_source (chart, _(zones_source));
  return chart;
}

/* "english.mofcom.gov.cn" from a URL, to name sources compactly. */
static char *
host_of (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;

  return uri != NULL && g_uri_get_host (uri) != NULL ? g_strdup (g_uri_get_host (uri)) : NULL;
}

/**
 * pz_stats_national_series:
 *
 * A bar per year of a national indicator. Where sources disagree on a
 * year, the first figure in the data is drawn and the chart says that
 * sources differ.
 *
 * Returns: (transfer full) (nullable): the chart, %NULL without data
 */
PzChart *
pz_stats_national_series (PzDatabase *database,
                          const char *indicator,
                          const char *title)
{
  g_autoptr(GListModel) rows = pz_database_find_indicators (database, "CN", indicator);
  guint n_rows = g_list_model_get_n_items (rows);
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) differ = g_string_new (NULL);
  g_autoptr(GString) source = NULL;
  g_autofree char *joined = NULL;
  PzChart *chart;
  guint last_year = 0;

  if (n_rows == 0)
    return NULL;

  chart = pz_chart_new (PZ_CHART_BARS, title);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(PzIndicator) row = g_list_model_get_item (rows, i);
      guint year = pz_indicator_get_year (row);
      g_autofree char *host = host_of (pz_indicator_get_source_url (row));
      g_autofree char *label = g_strdup_printf ("%u", year);

      if (host != NULL && !g_ptr_array_find_with_equal_func (hosts, host, g_str_equal, NULL))
        g_ptr_array_add (hosts, g_steal_pointer (&host));

      if (year == last_year)
        {
          g_string_append_printf (differ, "%s%u", differ->len > 0 ? ", " : "", year);
          continue;
        }
      last_year = year;
      pz_chart_add (chart, label, pz_indicator_get_value (row), NULL);
      pz_chart_set_unit (chart, pz_indicator_get_unit (row));
    }

  g_ptr_array_add (hosts, NULL);
  joined = g_strjoinv (", ", (char **) hosts->pdata);
  source = g_string_new (NULL);
  g_string_printf (source, _("Sources: %s"), joined);
  if (differ->len > 0)
    /* Translators: %s is a list of years */
    g_string_append_printf (source, _(" · sources differ for %s (first figure shown)"), differ->str);
  pz_chart_set_source (chart, source->str);
  return chart;
}
