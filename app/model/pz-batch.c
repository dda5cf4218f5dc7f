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
#include "pz-text-fields.h"

/* The text facts of a batch, in the order of their properties. */
enum {
  TEXT_APPROVED,
  TEXT_DOCUMENT,
  TEXT_TITLE_ZH,
  TEXT_TITLE_EN,
  TEXT_SOURCE_URL,
  N_TEXTS
};

struct _PzBatch
{
  GObject  parent_instance;

  char    *texts[N_TEXTS];
  guint    number;
  guint    zone_count;
};

G_DEFINE_FINAL_TYPE (PzBatch, pz_batch, G_TYPE_OBJECT)

/* Text properties come first (see pz-text-fields.c). */
enum {
  PROP_0,
  PROP_LAST_TEXT = N_TEXTS,
  PROP_NUMBER,
  PROP_ZONE_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_property_names[N_TEXTS] = {
  [TEXT_APPROVED] = "approved",
  [TEXT_DOCUMENT] = "document",
  [TEXT_TITLE_ZH] = "title-zh",
  [TEXT_TITLE_EN] = "title-en",
  [TEXT_SOURCE_URL] = "source-url",
};

static void
pz_batch_finalize (GObject *object)
{
  PzBatch *self = (PzBatch *)object;

  pz_text_fields_clear (self->texts, N_TEXTS);

  G_OBJECT_CLASS (pz_batch_parent_class)->finalize (object);
}

static void
pz_batch_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PzBatch *self = PZ_BATCH (object);

  if (pz_text_fields_get (self->texts, N_TEXTS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case PROP_ZONE_COUNT:
      g_value_set_uint (value, self->zone_count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_batch_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PzBatch *self = PZ_BATCH (object);

  if (pz_text_fields_set (self->texts, N_TEXTS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_NUMBER:
      self->number = g_value_get_uint (value);
      break;

    case PROP_ZONE_COUNT:
      self->zone_count = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_batch_class_init (PzBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pz_batch_finalize;
  object_class->get_property = pz_batch_get_property;
  object_class->set_property = pz_batch_set_property;

  pz_text_fields_install (properties, text_property_names, N_TEXTS);
  properties[PROP_NUMBER] = g_param_spec_uint ("batch", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_ZONE_COUNT] = g_param_spec_uint ("zone-count", NULL, NULL, 0, G_MAXUINT, 0, construct);

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

  return self->texts[TEXT_APPROVED] != NULL ? (guint) strtoul (self->texts[TEXT_APPROVED], NULL, 10) : 0;
}

const char *
pz_batch_get_approved (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), NULL);

  return self->texts[TEXT_APPROVED];
}

const char *
pz_batch_get_document (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), NULL);

  return self->texts[TEXT_DOCUMENT];
}

const char *
pz_batch_get_title (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), NULL);

  return pz_locale_pick (self->texts[TEXT_TITLE_ZH], self->texts[TEXT_TITLE_EN]);
}

const char *
pz_batch_get_source_url (PzBatch *self)
{
  g_return_val_if_fail (PZ_IS_BATCH (self), NULL);

  return self->texts[TEXT_SOURCE_URL];
}
