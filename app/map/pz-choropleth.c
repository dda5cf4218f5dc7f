/* pz-choropleth.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-choropleth"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pz-choropleth.h"
#include "pz-zone.h"

struct _PzChoropleth
{
  gatomicrefcount  ref_count;
  char            *title;
  GHashTable      *values;  /* code → double* */
  double           step;    /* width of one class */
  double           reference_max;  /* classes fit at least this, e.g. a later date's maximum */
};

/* ColorBrewer YlOrRd, 5 classes: sequential and readable in greyscale. */
static const PzColor class_colors[PZ_CHOROPLETH_N_CLASSES + 1] = {
  { 0.97, 0.97, 0.95, 1 },  /* a known zero */
  { 1.00, 1.00, 0.70, 1 },
  { 1.00, 0.80, 0.36, 1 },
  { 0.99, 0.55, 0.24, 1 },
  { 0.94, 0.23, 0.13, 1 },
  { 0.74, 0.00, 0.15, 1 },
};
static const PzColor no_data_color = { 0.80, 0.80, 0.80, 1 };

PzChoropleth *
pz_choropleth_new (const char *title)
{
  PzChoropleth *self = g_new0 (PzChoropleth, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup (title);
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->step = 1;
  return self;
}

PzChoropleth *
pz_choropleth_ref (PzChoropleth *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pz_choropleth_unref (PzChoropleth *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->title);
  g_hash_table_unref (self->values);
  g_free (self);
}

/* The class width is the smallest whole number that fits the largest
 * value into the classes, so class bounds stay readable integers. */
static void
update_step (PzChoropleth *self)
{
  double max = MAX (pz_choropleth_get_max (self), self->reference_max);

  self->step = MAX (1.0, ceil (max / PZ_CHOROPLETH_N_CLASSES));
}

void
pz_choropleth_set (PzChoropleth *self,
                   const char   *code,
                   double        value)
{
  g_return_if_fail (code != NULL);

  g_hash_table_insert (self->values, g_strdup (code), g_memdup2 (&value, sizeof value));
  update_step (self);
}

gboolean
pz_choropleth_lookup (const PzChoropleth *self,
                      const char         *code,
                      double             *value)
{
  const double *found = code != NULL ? g_hash_table_lookup (self->values, code) : NULL;

  if (found != NULL && value != NULL)
    *value = *found;
  return found != NULL;
}

const char *
pz_choropleth_get_title (const PzChoropleth *self)
{
  return self->title;
}

/* 0 for a zero value, else 1 … N_CLASSES. */
int
pz_choropleth_class_of (const PzChoropleth *self,
                        double              value)
{
  if (value <= 0)
    return 0;
  return CLAMP ((int) ceil (value / self->step), 1, PZ_CHOROPLETH_N_CLASSES);
}

void
pz_choropleth_class_range (const PzChoropleth *self,
                           int                 klass,
                           double             *low,
                           double             *high)
{
  *low = klass == 0 ? 0 : (klass - 1) * self->step + 1;
  *high = klass == 0 ? 0 : klass * self->step;
}

void
pz_choropleth_class_color (int      klass,
                           PzColor *color)
{
  *color = class_colors[CLAMP (klass, 0, PZ_CHOROPLETH_N_CLASSES)];
}

void
pz_choropleth_color (const PzChoropleth *self,
                     const char         *code,
                     PzColor            *color)
{
  double value;

  if (pz_choropleth_lookup (self, code, &value))
    pz_choropleth_class_color (pz_choropleth_class_of (self, value), color);
  else
    *color = no_data_color;
}

static char *
class_label (const PzChoropleth *self,
             int                 klass)
{
  double low, high;

  if (klass < 0)
    return g_strdup (_("No data"));
  pz_choropleth_class_range (self, klass, &low, &high);
  if (low == high)
    return g_strdup_printf ("%.0f", low);
  /* Translators: a class of values in a map legend, e.g. "5–8" */
  return g_strdup_printf (_("%.0f–%.0f"), low, high);
}

/* Rows from the highest class down to "no data". */
static char *
choropleth_row_text (guint    row,
                     gpointer data)
{
  return class_label (data, PZ_CHOROPLETH_N_CLASSES - (int) row);
}

static void
choropleth_swatch (cairo_t          *cr,
                   double            x,
                   double            y,
                   double            size,
                   guint             row,
                   const PzMapStyle *style,
                   gpointer          data)
{
  int klass = PZ_CHOROPLETH_N_CLASSES - (int) row;
  PzColor color;

  if (klass >= 0)
    pz_choropleth_class_color (klass, &color);
  else
    color = no_data_color;
  cairo_rectangle (cr, x, y, size, size);
  pz_cairo_set_color (cr, &color);
  cairo_fill_preserve (cr);
  pz_cairo_set_color (cr, &style->province_line);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/**
 * pz_choropleth_legend_init:
 *
 * Describes the legend of the classes; @self must outlive @spec's use.
 */
void
pz_choropleth_legend_init (PzChoropleth *self,
                           PzLegendSpec *spec)
{
  spec->title = self->title;
  spec->n_rows = PZ_CHOROPLETH_N_CLASSES + 2;
  spec->row_text = choropleth_row_text;
  spec->row_short_text = NULL;
  spec->draw_swatch = choropleth_swatch;
  spec->data = self;
}

/* The sum over @shown's zones in @code of their weight (1 each when
 * @weights is NULL). */
static guint
sum_in_province (GListModel *shown,
                 const char *code,
                 GHashTable *weights)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (shown, i);

      if (g_strcmp0 (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE), code) != 0)
        continue;
      n += weights != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (weights, pz_zone_get_id (zone))) : 1;
    }
  return n;
}

/**
 * pz_choropleth_new_zone_counts:
 * @all: every zone, to know which provinces have zones at all
 * @shown: the zones to count, e.g. those the filter shows
 * @weights: (nullable): zone id → GUINT_TO_POINTER (count) to add up per
 *   province instead of counting zones (e.g. imported enterprises)
 *
 * Every province that has zones gets a value, a known 0 when @shown has
 * none of them; provinces without zones stay "no data".
 *
 * Returns: (transfer full): values per province
 */
PzChoropleth *
pz_choropleth_new_zone_counts (GListModel *all,
                               GListModel *shown,
                               GHashTable *weights,
                               const char *title)
{
  PzChoropleth *self = pz_choropleth_new (title);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (all, i);
      const char *code = pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE);

      if (code != NULL && !pz_choropleth_lookup (self, code, NULL))
        pz_choropleth_set (self, code, sum_in_province (shown, code, weights));
    }
  return self;
}

/**
 * pz_choropleth_get_max:
 *
 * Returns: the largest value, 0 without values
 */
double
pz_choropleth_get_max (const PzChoropleth *self)
{
  GHashTableIter iter;
  gpointer value;
  double max = 0;

  g_hash_table_iter_init (&iter, self->values);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    max = MAX (max, *(double *) value);
  return max;
}

/**
 * pz_choropleth_set_reference_max:
 *
 * Fixes the classes to those of values up to @max (when larger than the
 * values themselves), so that maps of different dates compare.
 */
void
pz_choropleth_set_reference_max (PzChoropleth *self,
                                 double        max)
{
  self->reference_max = max;
  update_step (self);
}

void
pz_choropleth_set_title (PzChoropleth *self,
                         const char   *title)
{
  g_free (self->title);
  self->title = g_strdup (title);
}
