/* pz-zone.c
 *
 * One pilot zone as approved by the State Council. Immutable: every
 * property is set once at construction from the bundled database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-zone"

#include "config.h"

#include "pz-locale.h"
#include "pz-text-fields.h"
#include "pz-zone.h"

struct _PzZone
{
  GObject  parent_instance;

  char    *texts[PZ_ZONE_N_TEXTS];
  guint    batch;
  double   latitude;
  double   longitude;
  gboolean has_location;
  guint    n_parks;
};

G_DEFINE_FINAL_TYPE (PzZone, pz_zone, G_TYPE_OBJECT)

/* Text properties come first (see pz-text-fields.c). */
enum {
  PROP_0,
  PROP_LAST_TEXT = PZ_ZONE_N_TEXTS,
  PROP_BATCH,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_HAS_LOCATION,
  PROP_N_PARKS,
  PROP_DISPLAY_NAME,
  PROP_DISPLAY_PROVINCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_property_names[PZ_ZONE_N_TEXTS] = {
  [PZ_ZONE_ID] = "id",
  [PZ_ZONE_APPROVED] = "approved",
  [PZ_ZONE_DOCUMENT] = "document",
  [PZ_ZONE_NAME_ZH] = "name-zh",
  [PZ_ZONE_NAME_EN] = "name-en",
  [PZ_ZONE_NAME_PINYIN] = "name-pinyin",
  [PZ_ZONE_PROVINCE_ZH] = "province-zh",
  [PZ_ZONE_PROVINCE_EN] = "province-en",
  [PZ_ZONE_PROVINCE_CODE] = "province-code",
  [PZ_ZONE_COORD_SOURCE] = "coord-source",
  [PZ_ZONE_ENDED] = "ended",
  [PZ_ZONE_SUCCESSOR] = "successor",
  [PZ_ZONE_SOURCE_URL] = "source-url",
  [PZ_ZONE_SOURCE2_URL] = "source2-url",
  [PZ_ZONE_NOTE] = "note",
};

static void
pz_zone_finalize (GObject *object)
{
  PzZone *self = (PzZone *)object;

  pz_text_fields_clear (self->texts, PZ_ZONE_N_TEXTS);

  G_OBJECT_CLASS (pz_zone_parent_class)->finalize (object);
}

static void
pz_zone_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PzZone *self = PZ_ZONE (object);

  if (pz_text_fields_get (self->texts, PZ_ZONE_N_TEXTS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_BATCH:
      g_value_set_uint (value, self->batch);
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

    case PROP_N_PARKS:
      g_value_set_uint (value, self->n_parks);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, pz_zone_get_display_name (self));
      break;

    case PROP_DISPLAY_PROVINCE:
      g_value_set_string (value, pz_zone_get_display_province (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_zone_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PzZone *self = PZ_ZONE (object);

  if (pz_text_fields_set (self->texts, PZ_ZONE_N_TEXTS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_BATCH:
      self->batch = g_value_get_uint (value);
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

    case PROP_N_PARKS:
      self->n_parks = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_zone_class_init (PzZoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pz_zone_finalize;
  object_class->get_property = pz_zone_get_property;
  object_class->set_property = pz_zone_set_property;

  pz_text_fields_install (properties, text_property_names, PZ_ZONE_N_TEXTS);

  properties[PROP_BATCH] =
    g_param_spec_uint ("batch", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL, -90, 90, 0, construct);
  properties[PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL, -180, 180, 0, construct);
  properties[PROP_HAS_LOCATION] =
    g_param_spec_boolean ("has-location", NULL, NULL, FALSE, construct);
  /* Parks in the bundled data, not counting parks the data lacks. */
  properties[PROP_N_PARKS] =
    g_param_spec_uint ("n-parks", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_PROVINCE] =
    g_param_spec_string ("display-province", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pz_zone_init (PzZone *self)
{
}

const char *
pz_zone_text_property_name (PzZoneText field)
{
  g_return_val_if_fail (field < PZ_ZONE_N_TEXTS, NULL);

  return text_property_names[field];
}

/**
 * pz_zone_dup_column_name:
 *
 * Returns: (transfer full): the field's column name in the data and in
 *   exports ("zone_id", "name_zh"…)
 */
char *
pz_zone_dup_column_name (PzZoneText field)
{
  g_return_val_if_fail (field < PZ_ZONE_N_TEXTS, NULL);

  if (field == PZ_ZONE_ID)
    return g_strdup ("zone_id");
  return g_strdelimit (g_strdup (text_property_names[field]), "-", '_');
}

/**
 * pz_zone_get_text:
 *
 * Returns: (nullable): the field, or %NULL when the data has no value
 */
const char *
pz_zone_get_text (PzZone     *self,
                  PzZoneText  field)
{
  g_return_val_if_fail (PZ_IS_ZONE (self), NULL);
  g_return_val_if_fail (field < PZ_ZONE_N_TEXTS, NULL);

  return self->texts[field];
}

const char *
pz_zone_get_id (PzZone *self)
{
  return pz_zone_get_text (self, PZ_ZONE_ID);
}

/**
 * pz_zone_find:
 * @zones: (nullable): a #GListModel of #PzZone
 * @id: (nullable): a zone's id
 *
 * Returns: (transfer full) (nullable): the zone of @zones with @id
 */
PzZone *
pz_zone_find (GListModel *zones,
              const char *id)
{
  guint n = zones != NULL && id != NULL ? g_list_model_get_n_items (zones) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (g_strcmp0 (pz_zone_get_id (zone), id) == 0)
        return g_steal_pointer (&zone);
    }
  return NULL;
}

guint
pz_zone_get_batch (PzZone *self)
{
  g_return_val_if_fail (PZ_IS_ZONE (self), 0);

  return self->batch;
}

gboolean
pz_zone_has_location (PzZone *self)
{
  g_return_val_if_fail (PZ_IS_ZONE (self), FALSE);

  return self->has_location;
}

double
pz_zone_get_latitude (PzZone *self)
{
  g_return_val_if_fail (PZ_IS_ZONE (self), 0);

  return self->latitude;
}

double
pz_zone_get_longitude (PzZone *self)
{
  g_return_val_if_fail (PZ_IS_ZONE (self), 0);

  return self->longitude;
}

gboolean
pz_zone_is_ended (PzZone *self)
{
  return pz_zone_get_text (self, PZ_ZONE_ENDED) != NULL;
}

/* The name in the UI language. */
const char *
pz_zone_get_display_name (PzZone *self)
{
  g_return_val_if_fail (PZ_IS_ZONE (self), NULL);

  return pz_locale_pick (self->texts[PZ_ZONE_NAME_ZH], self->texts[PZ_ZONE_NAME_EN]);
}

/* The name in the other language, shown beside the display name. */
const char *
pz_zone_get_other_name (PzZone *self)
{
  g_return_val_if_fail (PZ_IS_ZONE (self), NULL);

  return pz_locale_prefers_chinese () ? self->texts[PZ_ZONE_NAME_EN] : self->texts[PZ_ZONE_NAME_ZH];
}

const char *
pz_zone_get_display_province (PzZone *self)
{
  g_return_val_if_fail (PZ_IS_ZONE (self), NULL);

  return pz_locale_pick (self->texts[PZ_ZONE_PROVINCE_ZH], self->texts[PZ_ZONE_PROVINCE_EN]);
}

guint
pz_zone_get_n_parks (PzZone *self)
{
  g_return_val_if_fail (PZ_IS_ZONE (self), 0);

  return self->n_parks;
}
