/* pz-facet.c
 *
 * One value a filter panel offers (a batch, a province): what it is
 * called, how many zones it has under the other criteria, and whether it
 * is chosen. Panel rows bind to these properties.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-facet"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-facet.h"
#include "pz-park.h"

struct _PzFacet
{
  GObject   parent_instance;

  char     *key;
  char     *title;
  char     *subtitle;
  char     *detail;
  guint     count;
  guint     n_parks;
  gboolean  active;
};

G_DEFINE_FINAL_TYPE (PzFacet, pz_facet, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_DETAIL,
  PROP_COUNT,
  PROP_COUNT_TEXT,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pz_facet_finalize (GObject *object)
{
  PzFacet *self = (PzFacet *)object;

  g_free (self->key);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->detail);

  G_OBJECT_CLASS (pz_facet_parent_class)->finalize (object);
}

static void
pz_facet_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PzFacet *self = PZ_FACET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;

    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;

    case PROP_COUNT_TEXT:
      g_value_take_string (value, pz_facet_dup_count_text (self));
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_facet_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PzFacet *self = PZ_FACET (object);

  switch (prop_id)
    {
    case PROP_DETAIL:
      pz_facet_set_detail (self, g_value_get_string (value));
      break;

    case PROP_ACTIVE:
      pz_facet_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_facet_class_init (PzFacetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags writable = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pz_facet_finalize;
  object_class->get_property = pz_facet_get_property;
  object_class->set_property = pz_facet_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, readable);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, readable);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL, writable);
  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0, readable);
  properties[PROP_COUNT_TEXT] = g_param_spec_string ("count-text", NULL, NULL, NULL, readable);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, FALSE, writable);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pz_facet_init (PzFacet *self)
{
}

PzFacet *
pz_facet_new (const char *key,
              const char *title,
              const char *subtitle)
{
  PzFacet *self = g_object_new (PZ_TYPE_FACET, NULL);

  self->key = g_strdup (key);
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  return self;
}

const char *
pz_facet_get_key (PzFacet *self)
{
  g_return_val_if_fail (PZ_IS_FACET (self), NULL);

  return self->key;
}

const char *
pz_facet_get_title (PzFacet *self)
{
  g_return_val_if_fail (PZ_IS_FACET (self), NULL);

  return self->title;
}

guint
pz_facet_get_count (PzFacet *self)
{
  g_return_val_if_fail (PZ_IS_FACET (self), 0);

  return self->count;
}

void
pz_facet_set_count (PzFacet *self,
                    guint    count)
{
  g_return_if_fail (PZ_IS_FACET (self));

  if (self->count == count)
    return;
  self->count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT_TEXT]);
}

/**
 * pz_facet_set_n_parks:
 *
 * Sets how many parks in the data the facet's zones have.
 */
void
pz_facet_set_n_parks (PzFacet *self,
                      guint    n_parks)
{
  g_return_if_fail (PZ_IS_FACET (self));

  if (self->n_parks == n_parks)
    return;
  self->n_parks = n_parks;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT_TEXT]);
}

/**
 * pz_facet_dup_count_text:
 *
 * Returns: (transfer full): "12 zones", or "12 zones" and "3 parks" on
 *   two lines when the zones have parks in the data: beside a row's two
 *   names, so that the names keep their width
 */
char *
pz_facet_dup_count_text (PzFacet *self)
{
  g_autofree char *zones = NULL;
  g_autofree char *parks = NULL;

  g_return_val_if_fail (PZ_IS_FACET (self), NULL);

  zones = g_strdup_printf (ngettext ("%u zone", "%u zones", self->count), self->count);
  if (self->n_parks == 0)
    return g_steal_pointer (&zones);
  parks = g_strdup_printf (ngettext ("%u park", "%u parks", self->n_parks), self->n_parks);
  return g_strconcat (zones, "\n", parks, NULL);
}

gboolean
pz_facet_get_active (PzFacet *self)
{
  g_return_val_if_fail (PZ_IS_FACET (self), FALSE);

  return self->active;
}

void
pz_facet_set_active (PzFacet  *self,
                     gboolean  active)
{
  g_return_if_fail (PZ_IS_FACET (self));

  active = !!active;
  if (self->active == active)
    return;
  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

void
pz_facet_set_detail (PzFacet    *self,
                     const char *detail)
{
  g_return_if_fail (PZ_IS_FACET (self));

  if (g_strcmp0 (self->detail, detail) == 0)
    return;
  g_free (self->detail);
  self->detail = g_strdup (detail);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
}

const char *
pz_facet_get_detail (PzFacet *self)
{
  g_return_val_if_fail (PZ_IS_FACET (self), NULL);

  return self->detail;
}

/**
 * pz_facet_compare:
 * @by_count: larger counts first, then as below
 * @by_number: order by the keys as numbers (batches), else by title
 *
 * The order of a filter panel's rows, for a #GtkCustomSorter: a facet
 * compares equal to one with the same count and key or title.
 *
 * Returns: less than, equal to or greater than 0 as @a comes before,
 *   with or after @b
 */
int
pz_facet_compare (PzFacet  *a,
                  PzFacet  *b,
                  gboolean  by_count,
                  gboolean  by_number)
{
  guint64 na, nb;

  g_return_val_if_fail (PZ_IS_FACET (a) && PZ_IS_FACET (b), 0);

  if (by_count && a->count != b->count)
    return a->count > b->count ? -1 : 1;
  if (!by_number)
    return g_utf8_collate (a->title, b->title);
  na = g_ascii_strtoull (a->key, NULL, 10);
  nb = g_ascii_strtoull (b->key, NULL, 10);
  return (na > nb) - (na < nb);
}
