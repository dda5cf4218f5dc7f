/* pz-zone-filter.c
 *
 * The one filter state of the window: batches, provinces, approval years,
 * free text and a date (the zones in force then). The map, the lists, the
 * counts and the exporter all follow it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-zone-filter"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "pz-search.h"
#include "pz-zone-filter.h"

struct _PzZoneFilter
{
  GtkFilter   parent_instance;

  GHashTable *batches;    /* set of GUINT_TO_POINTER (batch); empty = all */
  GHashTable *provinces;  /* set of province codes; empty = all */
  char       *text;
  char       *text_key;
  guint       first_year; /* 0 = open */
  guint       last_year;
  char       *date;       /* ISO date; NULL = every zone ever approved */
};

G_DEFINE_FINAL_TYPE (PzZoneFilter, pz_zone_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_DATE,
  PROP_EMPTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
changed (PzZoneFilter *self)
{
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
}

static guint
year_of (const char *date)
{
  return date != NULL ? (guint) strtoul (date, NULL, 10) : 0;
}

/* Dates are ISO 8601, possibly of reduced precision ("2022-01"): a
 * string comparison orders them, and "2022-01" counts as before any day
 * of January 2022, which is what an unknown signing day allows. */
static gboolean
in_force (PzZone     *zone,
          const char *date)
{
  const char *approved = pz_zone_get_text (zone, PZ_ZONE_APPROVED);
  const char *ended = pz_zone_get_text (zone, PZ_ZONE_ENDED);

  return approved != NULL && strcmp (approved, date) <= 0 &&
         (ended == NULL || strcmp (ended, date) > 0);
}

gboolean
pz_zone_filter_match_except (PzZoneFilter    *self,
                             PzZone          *zone,
                             PzZoneCriterion  ignored)
{
  g_return_val_if_fail (PZ_IS_ZONE_FILTER (self), FALSE);
  g_return_val_if_fail (PZ_IS_ZONE (zone), FALSE);

  if (!(ignored & PZ_ZONE_CRITERION_BATCH) && g_hash_table_size (self->batches) > 0 &&
      !g_hash_table_contains (self->batches, GUINT_TO_POINTER (pz_zone_get_batch (zone))))
    return FALSE;

  if (!(ignored & PZ_ZONE_CRITERION_PROVINCE) && g_hash_table_size (self->provinces) > 0 &&
      !pz_zone_filter_get_province (self, pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE)))
    return FALSE;

  if (!(ignored & PZ_ZONE_CRITERION_YEARS) && self->first_year > 0)
    {
      guint year = year_of (pz_zone_get_text (zone, PZ_ZONE_APPROVED));

      if (year < self->first_year || year > self->last_year)
        return FALSE;
    }

  if (!(ignored & PZ_ZONE_CRITERION_DATE) && self->date != NULL && !in_force (zone, self->date))
    return FALSE;

  if (!(ignored & PZ_ZONE_CRITERION_TEXT) && self->text_key != NULL &&
      pz_search_score (zone, self->text_key) == PZ_SEARCH_NONE)
    return FALSE;

  return TRUE;
}

static gboolean
pz_zone_filter_match (GtkFilter *filter,
                      gpointer   item)
{
  return pz_zone_filter_match_except (PZ_ZONE_FILTER (filter), item, 0);
}

static GtkFilterMatch
pz_zone_filter_get_strictness (GtkFilter *filter)
{
  return pz_zone_filter_is_empty (PZ_ZONE_FILTER (filter)) ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
pz_zone_filter_finalize (GObject *object)
{
  PzZoneFilter *self = (PzZoneFilter *)object;

  g_clear_pointer (&self->batches, g_hash_table_unref);
  g_clear_pointer (&self->provinces, g_hash_table_unref);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->text_key, g_free);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (pz_zone_filter_parent_class)->finalize (object);
}

static void
pz_zone_filter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PzZoneFilter *self = PZ_ZONE_FILTER (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_EMPTY:
      g_value_set_boolean (value, pz_zone_filter_is_empty (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_zone_filter_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PzZoneFilter *self = PZ_ZONE_FILTER (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      pz_zone_filter_set_text (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      pz_zone_filter_set_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_zone_filter_class_init (PzZoneFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = pz_zone_filter_finalize;
  object_class->get_property = pz_zone_filter_get_property;
  object_class->set_property = pz_zone_filter_set_property;

  filter_class->match = pz_zone_filter_match;
  filter_class->get_strictness = pz_zone_filter_get_strictness;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY] =
    g_param_spec_boolean ("empty", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pz_zone_filter_init (PzZoneFilter *self)
{
  self->batches = g_hash_table_new (NULL, NULL);
  self->provinces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

PzZoneFilter *
pz_zone_filter_new (void)
{
  return g_object_new (PZ_TYPE_ZONE_FILTER, NULL);
}

gboolean
pz_zone_filter_is_empty (PzZoneFilter *self)
{
  g_return_val_if_fail (PZ_IS_ZONE_FILTER (self), TRUE);

  return g_hash_table_size (self->batches) == 0 &&
         g_hash_table_size (self->provinces) == 0 &&
         self->text_key == NULL &&
         self->first_year == 0 &&
         self->date == NULL;
}

/* One action clears every criterion, and notifies once. */
void
pz_zone_filter_clear (PzZoneFilter *self)
{
  g_return_if_fail (PZ_IS_ZONE_FILTER (self));

  if (pz_zone_filter_is_empty (self))
    return;

  g_hash_table_remove_all (self->batches);
  g_hash_table_remove_all (self->provinces);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->text_key, g_free);
  self->first_year = self->last_year = 0;
  g_clear_pointer (&self->date, g_free);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  changed (self);
}

gboolean
pz_zone_filter_get_batch (PzZoneFilter *self,
                          guint         batch)
{
  g_return_val_if_fail (PZ_IS_ZONE_FILTER (self), FALSE);

  return g_hash_table_contains (self->batches, GUINT_TO_POINTER (batch));
}

void
pz_zone_filter_set_batch (PzZoneFilter *self,
                          guint         batch,
                          gboolean      enabled)
{
  g_return_if_fail (PZ_IS_ZONE_FILTER (self));
  g_return_if_fail (batch > 0);

  if (enabled == pz_zone_filter_get_batch (self, batch))
    return;
  if (enabled)
    g_hash_table_add (self->batches, GUINT_TO_POINTER (batch));
  else
    g_hash_table_remove (self->batches, GUINT_TO_POINTER (batch));
  changed (self);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/**
 * pz_zone_filter_get_batches:
 *
 * Returns: (transfer full) (array length=n_batches): the chosen batches,
 *   ascending; none means all
 */
guint *
pz_zone_filter_get_batches (PzZoneFilter *self,
                            guint        *n_batches)
{
  GHashTableIter iter;
  gpointer key;
  guint *batches;
  guint n = 0;

  g_return_val_if_fail (PZ_IS_ZONE_FILTER (self), NULL);

  batches = g_new (guint, g_hash_table_size (self->batches) + 1);
  g_hash_table_iter_init (&iter, self->batches);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    batches[n++] = GPOINTER_TO_UINT (key);
  qsort (batches, n, sizeof (guint), compare_uint);
  *n_batches = n;
  return batches;
}

gboolean
pz_zone_filter_get_province (PzZoneFilter *self,
                             const char   *code)
{
  g_return_val_if_fail (PZ_IS_ZONE_FILTER (self), FALSE);

  return code != NULL && g_hash_table_contains (self->provinces, code);
}

void
pz_zone_filter_set_province (PzZoneFilter *self,
                             const char   *code,
                             gboolean      enabled)
{
  g_return_if_fail (PZ_IS_ZONE_FILTER (self));
  g_return_if_fail (code != NULL);

  if (enabled == pz_zone_filter_get_province (self, code))
    return;
  if (enabled)
    g_hash_table_add (self->provinces, g_strdup (code));
  else
    g_hash_table_remove (self->provinces, code);
  changed (self);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/**
 * pz_zone_filter_get_provinces:
 *
 * Returns: (transfer full): the chosen province codes, sorted; empty
 *   means all
 */
char **
pz_zone_filter_get_provinces (PzZoneFilter *self)
{
  g_autofree gpointer *keys = NULL;
  guint n;
  char **codes;

  g_return_val_if_fail (PZ_IS_ZONE_FILTER (self), NULL);

  keys = g_hash_table_get_keys_as_array (self->provinces, &n);
  codes = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    codes[i] = g_strdup (keys[i]);
  qsort (codes, n, sizeof (char *), compare_strings);
  return codes;
}

const char *
pz_zone_filter_get_text (PzZoneFilter *self)
{
  g_return_val_if_fail (PZ_IS_ZONE_FILTER (self), NULL);

  return self->text;
}

void
pz_zone_filter_set_text (PzZoneFilter *self,
                         const char   *text)
{
  g_autofree char *key = NULL;

  g_return_if_fail (PZ_IS_ZONE_FILTER (self));

  if (g_strcmp0 (text, self->text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);

  /* A query of only spaces or punctuation filters nothing. */
  key = pz_search_key (text);
  g_free (self->text_key);
  self->text_key = *key != '\0' ? g_steal_pointer (&key) : NULL;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  changed (self);
}

void
pz_zone_filter_get_years (PzZoneFilter *self,
                          guint        *first,
                          guint        *last)
{
  g_return_if_fail (PZ_IS_ZONE_FILTER (self));

  *first = self->first_year;
  *last = self->last_year;
}

/* first = 0 removes the criterion. */
void
pz_zone_filter_set_years (PzZoneFilter *self,
                          guint         first,
                          guint         last)
{
  g_return_if_fail (PZ_IS_ZONE_FILTER (self));
  g_return_if_fail (first == 0 || first <= last);

  if (first == self->first_year && (first == 0 || last == self->last_year))
    return;
  self->first_year = first;
  self->last_year = first == 0 ? 0 : last;
  changed (self);
}

const char *
pz_zone_filter_get_date (PzZoneFilter *self)
{
  g_return_val_if_fail (PZ_IS_ZONE_FILTER (self), NULL);

  return self->date;
}

/**
 * pz_zone_filter_set_date:
 * @date: (nullable): an ISO date; the filter keeps the zones approved by
 *   then and not yet ended. %NULL keeps every zone ever approved.
 */
void
pz_zone_filter_set_date (PzZoneFilter *self,
                         const char   *date)
{
  g_return_if_fail (PZ_IS_ZONE_FILTER (self));

  if (g_strcmp0 (date, self->date) == 0)
    return;
  g_free (self->date);
  self->date = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  changed (self);
}

/**
 * pz_zone_filter_best_match:
 *
 * The zone that best matches the text among those passing the filter:
 * an exact name first, then a name prefix, then the first in @zones.
 *
 * Returns: (transfer full) (nullable): the zone
 */
PzZone *
pz_zone_filter_best_match (PzZoneFilter *self,
                           GListModel   *zones)
{
  PzSearchScore best_score = PZ_SEARCH_NONE;
  PzZone *best = NULL;
  guint n;

  g_return_val_if_fail (PZ_IS_ZONE_FILTER (self), NULL);

  n = g_list_model_get_n_items (zones);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      PzSearchScore score;

      if (!pz_zone_filter_match_except (self, zone, 0))
        continue;
      score = self->text_key != NULL ? pz_search_score (zone, self->text_key) : PZ_SEARCH_NAME_PREFIX;
      if (score < best_score)
        {
          best_score = score;
          g_set_object (&best, zone);
        }
    }

  return best;
}

static char *
province_name (GListModel *zones,
               const char *code)
{
  guint n = g_list_model_get_n_items (zones);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (g_strcmp0 (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE), code) == 0)
        return g_strdup (pz_zone_get_display_province (zone));
    }
  return g_strdup (code);
}

/**
 * pz_zone_filter_describe:
 * @zones: all zones, to name the chosen provinces
 *
 * A short title for what the filter shows, such as "Batch 5 · Guangdong",
 * for exports and headings.
 *
 * Returns: (transfer full) (nullable): the description, %NULL if empty
 */
char *
pz_zone_filter_describe (PzZoneFilter *self,
                         GListModel   *zones)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *batches = NULL;
  g_auto(GStrv) provinces = NULL;
  guint n_batches;

  g_return_val_if_fail (PZ_IS_ZONE_FILTER (self), NULL);

  batches = pz_zone_filter_get_batches (self, &n_batches);
  if (n_batches > 0)
    {
      GString *list = g_string_new (NULL);

      for (guint i = 0; i < n_batches; i++)
        g_string_append_printf (list, "%s%u", i == 0 ? "" : ", ", batches[i]);
      /* Translators: filter description, %s is a list of batch numbers */
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("Batch %s", "Batches %s", n_batches), list->str));
      g_string_free (list, TRUE);
    }
  provinces = pz_zone_filter_get_provinces (self);
  if (provinces[0] != NULL)
    {
      GString *s = g_string_new (NULL);

      for (guint i = 0; provinces[i] != NULL; i++)
        {
          g_autofree char *name = province_name (zones, provinces[i]);

          g_string_append_printf (s, "%s%s", i == 0 ? "" : ", ", name);
        }
      g_ptr_array_add (parts, g_string_free (s, FALSE));
    }
  if (self->first_year > 0)
    g_ptr_array_add (parts, self->first_year == self->last_year
                            ? g_strdup_printf ("%u", self->first_year)
                            : g_strdup_printf ("%u–%u", self->first_year, self->last_year));
  if (self->date != NULL)
    /* Translators: the zones in force on a date */
    g_ptr_array_add (parts, g_strdup_printf (_("in force on %s"), self->date));
  if (self->text != NULL && self->text_key != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("“%s”", self->text));

  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
