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

#include "pz-locale.h"
#include "pz-park.h"
#include "pz-text-fields.h"

struct _PzPark
{
  GObject   parent_instance;

  char     *texts[PZ_PARK_N_TEXTS];
  guint     year;
  double    latitude;
  double    longitude;
  gboolean  has_location;
};

G_DEFINE_FINAL_TYPE (PzPark, pz_park, G_TYPE_OBJECT)

/* Text properties come first (see pz-text-fields.c). */
enum {
  PROP_0,
  PROP_LAST_TEXT = PZ_PARK_N_TEXTS,
  PROP_YEAR,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_HAS_LOCATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_property_names[PZ_PARK_N_TEXTS] = {
  [PZ_PARK_ID] = "park-id",
  [PZ_PARK_ZONE_ID] = "zone-id",
  [PZ_PARK_NAME_ZH] = "name-zh",
  [PZ_PARK_NAME_EN] = "name-en",
  [PZ_PARK_DISTRICT] = "district",
  [PZ_PARK_KIND] = "kind",
  [PZ_PARK_PRECISION] = "precision",
  [PZ_PARK_COORD_SOURCE] = "coord-source",
  [PZ_PARK_SOURCE_URL] = "source-url",
  [PZ_PARK_SOURCE2_URL] = "source2-url",
  [PZ_PARK_NOTE] = "note",
};

static void
pz_park_finalize (GObject *object)
{
  PzPark *self = (PzPark *)object;

  pz_text_fields_clear (self->texts, PZ_PARK_N_TEXTS);

  G_OBJECT_CLASS (pz_park_parent_class)->finalize (object);
}

static void
pz_park_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PzPark *self = PZ_PARK (object);

  if (pz_text_fields_get (self->texts, PZ_PARK_N_TEXTS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;

    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;

    case PROP_HAS_LOCATION:
      g_value_set_boolean (value, self->has_location);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_park_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PzPark *self = PZ_PARK (object);

  if (pz_text_fields_set (self->texts, PZ_PARK_N_TEXTS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_YEAR:
      self->year = g_value_get_uint (value);
      break;

    case PROP_LATITUDE:
      self->latitude = g_value_get_double (value);
      break;

    case PROP_LONGITUDE:
      self->longitude = g_value_get_double (value);
      break;

    case PROP_HAS_LOCATION:
      self->has_location = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_park_class_init (PzParkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pz_park_finalize;
  object_class->get_property = pz_park_get_property;
  object_class->set_property = pz_park_set_property;

  pz_text_fields_install (properties, text_property_names, PZ_PARK_N_TEXTS);
  /* The year the source gives, 0 where it gives none. */
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_LATITUDE] = g_param_spec_double ("latitude", NULL, NULL, -90, 90, 0, construct);
  properties[PROP_LONGITUDE] = g_param_spec_double ("longitude", NULL, NULL, -180, 180, 0, construct);
  /* Only a park whose own site is known has a location. */
  properties[PROP_HAS_LOCATION] = g_param_spec_boolean ("has-location", NULL, NULL, FALSE, construct);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pz_park_init (PzPark *self)
{
}

/**
 * pz_park_get_text:
 *
 * Returns: (nullable): the field, or %NULL when the data has no value
 */
const char *
pz_park_get_text (PzPark     *self,
                  PzParkText  field)
{
  g_return_val_if_fail (PZ_IS_PARK (self), NULL);
  g_return_val_if_fail (field < PZ_PARK_N_TEXTS, NULL);

  return self->texts[field];
}

const char *
pz_park_get_id (PzPark *self)
{
  return pz_park_get_text (self, PZ_PARK_ID);
}

const char *
pz_park_get_zone_id (PzPark *self)
{
  return pz_park_get_text (self, PZ_PARK_ZONE_ID);
}

const char *
pz_park_get_display_name (PzPark *self)
{
  return pz_locale_pick (pz_park_get_text (self, PZ_PARK_NAME_ZH), pz_park_get_text (self, PZ_PARK_NAME_EN));
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
  return g_strcmp0 (pz_park_get_text (self, PZ_PARK_PRECISION), "site") != 0;
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
  g_return_val_if_fail (PZ_IS_PARK (self), FALSE);

  if (!self->has_location)
    return FALSE;
  *latitude = self->latitude;
  *longitude = self->longitude;
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
