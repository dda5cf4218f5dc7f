/* pz-park.c
 *
 * A cross-border e-commerce industrial park named by a source. Its
 * position is known to the site, or only to its district or city; only a
 * site is a position of its own, the others are drawn at their zone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-park"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "pz-locale.h"
#include "pz-park.h"

struct _PzPark
{
  GObject     parent_instance;

  GHashTable *texts;  /* column name → text, for the columns that have one */
  guint       year;
};

G_DEFINE_FINAL_TYPE (PzPark, pz_park, G_TYPE_OBJECT)

static void
pz_park_finalize (GObject *object)
{
  PzPark *self = (PzPark *)object;

  g_clear_pointer (&self->texts, g_hash_table_unref);

  G_OBJECT_CLASS (pz_park_parent_class)->finalize (object);
}

static void
pz_park_class_init (PzParkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_park_finalize;
}

static void
pz_park_init (PzPark *self)
{
}

/**
 * pz_park_new:
 * @texts: (transfer none): column → text as in data/parks.csv
 * @year: the year the source gives, or 0
 */
PzPark *
pz_park_new (GHashTable *texts,
             guint       year)
{
  PzPark *self = g_object_new (PZ_TYPE_PARK, NULL);

  self->texts = g_hash_table_ref (texts);
  self->year = year;
  return self;
}

/**
 * pz_park_get_text:
 *
 * Returns: (nullable): the column's text, %NULL where unknown
 */
const char *
pz_park_get_text (PzPark     *self,
                  const char *column)
{
  g_return_val_if_fail (PZ_IS_PARK (self), NULL);

  return g_hash_table_lookup (self->texts, column);
}

const char *
pz_park_get_id (PzPark *self)
{
  return pz_park_get_text (self, "park_id");
}

const char *
pz_park_get_zone_id (PzPark *self)
{
  return pz_park_get_text (self, "zone_id");
}

const char *
pz_park_get_display_name (PzPark *self)
{
  return pz_locale_pick (pz_park_get_text (self, "name_zh"), pz_park_get_text (self, "name_en"));
}

guint
pz_park_get_year (PzPark *self)
{
  g_return_val_if_fail (PZ_IS_PARK (self), 0);

  return self->year;
}

/* Known only to its district or city: drawn at its zone, marked so. */
gboolean
pz_park_is_approximate (PzPark *self)
{
  return g_strcmp0 (pz_park_get_text (self, "precision"), "site") != 0;
}

/**
 * pz_park_get_location:
 *
 * Returns: %TRUE if the park's own site is known
 */
gboolean
pz_park_get_location (PzPark *self,
                      double *latitude,
                      double *longitude)
{
  const char *lat = pz_park_get_text (self, "lat");
  const char *lon = pz_park_get_text (self, "lon");

  if (lat == NULL || lon == NULL)
    return FALSE;
  *latitude = g_ascii_strtod (lat, NULL);
  *longitude = g_ascii_strtod (lon, NULL);
  return TRUE;
}

/**
 * pz_parks_append_count:
 * @text: what the count follows, e.g. "12 zones"
 *
 * Returns: (transfer full): @text, then " · 3 parks" when @n_parks is
 *   not 0: how the batch, province and zone lists say how many parks
 *   the data has
 */
char *
pz_parks_append_count (const char *text,
                       guint       n_parks)
{
  g_autofree char *parks = NULL;

  if (n_parks == 0)
    return g_strdup (text);
  parks = g_strdup_printf (ngettext ("%u park", "%u parks", n_parks), n_parks);
  /* Translators: a zone count, or a batch and province, then a park count */
  return g_strdup_printf (_("%s · %s"), text, parks);
}
