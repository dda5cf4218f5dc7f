/* pz-batch.c
 *
 * One State Council approval: a document that created a set of zones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-batch"

#include "config.h"

#include <stdlib.h>

#include "pz-batch.h"
#include "pz-locale.h"

struct _PzBatch
{
  GObject  parent_instance;

  guint    number;
  guint    zone_count;
  char    *approved;
  char    *document;
  char    *title_zh;
  char    *title_en;
  char    *source_url;
};

G_DEFINE_FINAL_TYPE (PzBatch, pz_batch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_ZONE_COUNT,
  PROP_APPROVED,
  PROP_DOCUMENT,
  PROP_TITLE_ZH,
  PROP_TITLE_EN,
  PROP_SOURCE_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pz_batch_finalize (GObject *object)
{
  PzBatch *self = (PzBatch *)object;

  g_free (self->approved);
  g_free (self->document);
  g_free (self->title_zh);
  g_free (self->title_en);
  g_free (self->source_url);

  G_OBJECT_CLASS (pz_batch_parent_class)->finalize (object);
}

static char **
string_field (PzBatch *self,
              guint    prop_id)
{
  switch (prop_id)
    {
    case PROP_APPROVED: return &self->approved;
    case PROP_DOCUMENT: return &self->document;
    case PROP_TITLE_ZH: return &self->title_zh;
    case PROP_TITLE_EN: return &self->title_en;
    case PROP_SOURCE_URL: return &self->source_url;
    default: return NULL;
    }
}

static void
pz_batch_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PzBatch *self = PZ_BATCH (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    g_value_set_string (value, *field);
  else if (prop_id == PROP_NUMBER)
    g_value_set_uint (value, self->number);
  else if (prop_id == PROP_ZONE_COUNT)
    g_value_set_uint (value, self->zone_count);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
pz_batch_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PzBatch *self = PZ_BATCH (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_free (*field);
      *field = g_value_dup_string (value);
    }
  else if (prop_id == PROP_NUMBER)
    self->number = g_value_get_uint (value);
  else if (prop_id == PROP_ZONE_COUNT)
    self->zone_count = g_value_get_uint (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
pz_batch_class_init (PzBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pz_batch_finalize;
  object_class->get_property = pz_batch_get_property;
  object_class->set_property = pz_batch_set_property;

  properties[PROP_NUMBER] = g_param_spec_uint ("batch", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_ZONE_COUNT] = g_param_spec_uint ("zone-count", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_APPROVED] = g_param_spec_string ("approved", NULL, NULL, NULL, construct);
  properties[PROP_DOCUMENT] = g_param_spec_string ("document", NULL, NULL, NULL, construct);
  properties[PROP_TITLE_ZH] = g_param_spec_string ("title-zh", NULL, NULL, NULL, construct);
  properties[PROP_TITLE_EN] = g_param_spec_string ("title-en", NULL, NULL, NULL, construct);
  properties[PROP_SOURCE_URL] = g_param_spec_string ("source-url", NULL, NULL, NULL, construct);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pz_batch_init (PzBatch *self)
{
}

guint
pz_batch_get_number (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), 0);

  return self->number;
}

guint
pz_batch_get_zone_count (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), 0);

  return self->zone_count;
}

/* Years label the legend; the approval date is ISO "YYYY-MM-DD". */
guint
pz_batch_get_year (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), 0);

  return self->approved != NULL ? (guint) strtoul (self->approved, NULL, 10) : 0;
}

const char *
pz_batch_get_approved (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), NULL);

  return self->approved;
}

const char *
pz_batch_get_document (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), NULL);

  return self->document;
}

const char *
pz_batch_get_title (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), NULL);

  return pz_locale_pick (self->title_zh, self->title_en);
}

const char *
pz_batch_get_source_url (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), NULL);

  return self->source_url;
}
