/* pz-province.c
 *
 * A province-level division: its names, how many zones and parks the
 * data has in it, and the figures published for it. Immutable once the
 * database has loaded it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-province"

#include "config.h"

#include "pz-locale.h"
#include "pz-province-private.h"
#include "pz-text-fields.h"

/* The text facts of a province, in the order of their properties. */
enum {
  TEXT_CODE,     /* the administrative division code, e.g. "330000" */
  TEXT_NAME_ZH,
  TEXT_NAME_EN,
  N_TEXTS
};

struct _PzProvince
{
  GObject     parent_instance;

  char       *texts[N_TEXTS];
  guint       n_zones;
  guint       n_parks;
  GListStore *figures;
};

G_DEFINE_FINAL_TYPE (PzProvince, pz_province, G_TYPE_OBJECT)

/* Text properties come first (see pz-text-fields.c). */
enum {
  PROP_0,
  PROP_LAST_TEXT = N_TEXTS,
  PROP_N_ZONES,
  PROP_N_PARKS,
  PROP_FIGURES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_property_names[N_TEXTS] = {
  [TEXT_CODE] = "code",
  [TEXT_NAME_ZH] = "name-zh",
  [TEXT_NAME_EN] = "name-en",
};

static void
pz_province_finalize (GObject *object)
{
  PzProvince *self = (PzProvince *)object;

  pz_text_fields_clear (self->texts, N_TEXTS);
  g_clear_object (&self->figures);

  G_OBJECT_CLASS (pz_province_parent_class)->finalize (object);
}

static void
pz_province_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PzProvince *self = PZ_PROVINCE (object);

  if (pz_text_fields_get (self->texts, N_TEXTS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_N_ZONES:
      g_value_set_uint (value, self->n_zones);
      break;

    case PROP_N_PARKS:
      g_value_set_uint (value, self->n_parks);
      break;

    case PROP_FIGURES:
      g_value_set_object (value, self->figures);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_province_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PzProvince *self = PZ_PROVINCE (object);

  if (pz_text_fields_set (self->texts, N_TEXTS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_N_ZONES:
      self->n_zones = g_value_get_uint (value);
      break;

    case PROP_N_PARKS:
      self->n_parks = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_province_class_init (PzProvinceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pz_province_finalize;
  object_class->get_property = pz_province_get_property;
  object_class->set_property = pz_province_set_property;

  pz_text_fields_install (properties, text_property_names, N_TEXTS);
  properties[PROP_N_ZONES] = g_param_spec_uint ("n-zones", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_N_PARKS] = g_param_spec_uint ("n-parks", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_FIGURES] = g_param_spec_object ("figures", NULL, NULL, G_TYPE_LIST_MODEL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pz_province_init (PzProvince *self)
{
  self->figures = g_list_store_new (PZ_TYPE_INDICATOR);
}

const char *
pz_province_get_code (PzProvince *self)
{
  g_return_val_if_fail (PZ_IS_PROVINCE (self), NULL);

  return self->texts[TEXT_CODE];
}

const char *
pz_province_get_name_zh (PzProvince *self)
{
  g_return_val_if_fail (PZ_IS_PROVINCE (self), NULL);

  return self->texts[TEXT_NAME_ZH];
}

const char *
pz_province_get_name_en (PzProvince *self)
{
  g_return_val_if_fail (PZ_IS_PROVINCE (self), NULL);

  return self->texts[TEXT_NAME_EN];
}

/* The name in the UI language. */
const char *
pz_province_get_display_name (PzProvince *self)
{
  g_return_val_if_fail (PZ_IS_PROVINCE (self), NULL);

  return pz_locale_pick (self->texts[TEXT_NAME_ZH], self->texts[TEXT_NAME_EN]);
}

/* Zones ever approved in the province, ended ones included. */
guint
pz_province_get_n_zones (PzProvince *self)
{
  g_return_val_if_fail (PZ_IS_PROVINCE (self), 0);

  return self->n_zones;
}

guint
pz_province_get_n_parks (PzProvince *self)
{
  g_return_val_if_fail (PZ_IS_PROVINCE (self), 0);

  return self->n_parks;
}

/**
 * pz_province_get_figures:
 *
 * Returns: (transfer none): the #PzIndicator figures published for the
 *   province, by indicator and year
 */
GListModel *
pz_province_get_figures (PzProvince *self)
{
  g_return_val_if_fail (PZ_IS_PROVINCE (self), NULL);

  return G_LIST_MODEL (self->figures);
}

/**
 * pz_province_find_latest:
 * @indicator: an indicator id, e.g. "cbec_enterprises"
 *
 * Returns: (transfer full) (nullable): the province's newest figure of
 *   @indicator (the last given, where sources disagree on a year)
 */
PzIndicator *
pz_province_find_latest (PzProvince *self,
                         const char *indicator)
{
  g_return_val_if_fail (PZ_IS_PROVINCE (self), NULL);

  /* The figures run by indicator, then year. */
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->figures)); i > 0; i--)
    {
      g_autoptr(PzIndicator) figure = g_list_model_get_item (G_LIST_MODEL (self->figures), i - 1);

      if (g_strcmp0 (pz_indicator_get_indicator (figure), indicator) == 0)
        return g_steal_pointer (&figure);
    }
  return NULL;
}

void
_pz_province_add_figure (PzProvince  *self,
                         PzIndicator *figure)
{
  g_list_store_append (self->figures, figure);
}
