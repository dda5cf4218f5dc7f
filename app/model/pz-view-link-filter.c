/* pz-view-link-filter.c
 *
 * A view link's filter from and to the filter of the app, for the window
 * and the command line alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-view-link"

#include "config.h"

#include "pz-view-link-filter.h"

/* Takes the filter's batches, provinces, text, years and date. */
void
pz_view_link_set_filter (PzViewLink   *link,
                         PzZoneFilter *filter)
{
  g_auto(GStrv) provinces = NULL;
  g_autofree guint *batches = NULL;
  guint n_batches;
  const char *text;

  g_return_if_fail (link != NULL);
  g_return_if_fail (PZ_IS_ZONE_FILTER (filter));

  batches = pz_zone_filter_get_batches (filter, &n_batches);
  for (guint i = 0; i < n_batches; i++)
    pz_view_link_add_batch (link, batches[i]);
  provinces = pz_zone_filter_get_provinces (filter);
  for (guint i = 0; provinces[i] != NULL; i++)
    pz_view_link_add_province (link, provinces[i]);
  text = pz_zone_filter_get_text (filter);
  g_free (link->text);
  link->text = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  pz_zone_filter_get_years (filter, &link->first_year, &link->last_year);
  if (!pz_view_link_set_date (link, pz_zone_filter_get_date (filter)))
    g_debug ("The filter's date “%s” is not a day; left out of the link", pz_zone_filter_get_date (filter));
}

/* Replaces the filter's criteria with the link's. */
void
pz_view_link_apply_filter (const PzViewLink *link,
                           PzZoneFilter     *filter)
{
  g_return_if_fail (link != NULL);
  g_return_if_fail (PZ_IS_ZONE_FILTER (filter));

  pz_zone_filter_clear (filter);
  for (guint i = 0; i < link->batches->len; i++)
    pz_zone_filter_set_batch (filter, g_array_index (link->batches, guint, i), TRUE);
  for (guint i = 0; i < link->provinces->len; i++)
    pz_zone_filter_set_province (filter, g_ptr_array_index (link->provinces, i), TRUE);
  pz_zone_filter_set_text (filter, link->text);
  pz_zone_filter_set_years (filter, link->first_year, link->last_year);
  pz_zone_filter_set_date (filter, link->date);
}
