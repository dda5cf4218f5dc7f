/* pz-chart.c
 *
 * Bar and line charts in cairo. The layout is fixed margins around a plot
 * area, so a test or a hover handler can find a bar without drawing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-chart"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "pz-chart.h"

#define MARGIN_LEFT 52.0
#define MARGIN_RIGHT 16.0
#define MARGIN_TOP 58.0
#define MARGIN_BOTTOM 64.0

typedef struct
{
  char    *label;
  double   value;
  PzColor  color;
  gboolean has_color;
} Item;

struct _PzChart
{
  gatomicrefcount  ref_count;
  PzChartKind      kind;
  char            *title;
  char            *unit;
  char            *source;
  GArray          *items;
};

static void
item_clear (gpointer data)
{
  g_free (((Item *) data)->label);
}

PzChart *
pz_chart_new (PzChartKind  kind,
              const char  *title)
{
  PzChart *self = g_new0 (PzChart, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->title = g_strdup (title);
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  return self;
}

PzChart *
pz_chart_ref (PzChart *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pz_chart_unref (PzChart *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->title);
  g_free (self->unit);
  g_free (self->source);
  g_array_unref (self->items);
  g_free (self);
}

void
pz_chart_set_unit (PzChart    *self,
                   const char *unit)
{
  g_free (self->unit);
  self->unit = g_strdup (unit);
}

void
pz_chart_set_source (PzChart    *self,
                     const char *source)
{
  g_free (self->source);
  self->source = g_strdup (source);
}

/**
 * pz_chart_add:
 * @color: (nullable): the bar's colour, or %NULL for the accent colour
 */
void
pz_chart_add (PzChart       *self,
              const char    *label,
              double         value,
              const PzColor *color)
{
  Item item = { g_strdup (label), value, { 0 }, color != NULL };

  if (color != NULL)
    item.color = *color;
  g_array_append_val (self->items, item);
}

const char *
pz_chart_get_title (PzChart *self)
{
  return self->title;
}

guint
pz_chart_get_n_items (PzChart *self)
{
  return self->items->len;
}

double
pz_chart_get_value (PzChart *self,
                    guint    index)
{
  g_return_val_if_fail (index < self->items->len, 0);

  return g_array_index (self->items, Item, index).value;
}

/**
 * pz_chart_describe:
 *
 * The chart as text, for screen readers.
 *
 * Returns: (transfer full): e.g. "Zones per batch: Batch 1, 1; Batch 2, 12"
 */
char *
pz_chart_describe (PzChart *self)
{
  GString *text = g_string_new (self->title);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      g_string_append_printf (text, "%s%s, %g", i == 0 ? ": " : "; ", item->label, item->value);
    }
  if (self->source != NULL)
    g_string_append_printf (text, ". %s", self->source);
  return g_string_free (text, FALSE);
}

void
pz_chart_get_plot_area (double  width,
                        double  height,
                        double *x,
                        double *y,
                        double *plot_width,
                        double *plot_height)
{
  *x = MARGIN_LEFT;
  *y = MARGIN_TOP;
  *plot_width = MAX (width - MARGIN_LEFT - MARGIN_RIGHT, 1);
  *plot_height = MAX (height - MARGIN_TOP - MARGIN_BOTTOM, 1);
}

/* The centre of item @index along the x axis. */
double
pz_chart_get_item_x (PzChart *self,
                     guint    index,
                     double   width,
                     double   height)
{
  double x, y, w, h;
  double slot;

  pz_chart_get_plot_area (width, height, &x, &y, &w, &h);
  slot = w / MAX (self->items->len, 1);
  return x + slot * (index + 0.5);
}

/* A round grid step (1, 2 or 5 × 10^k) giving about five lines up to
 * @value, so that axis numbers stay whole where the data is. */
static double
grid_step (double value)
{
  static const double steps[] = { 1, 2, 5, 10 };
  double rough = MAX (value, 1e-9) / 5;
  double magnitude = pow (10, floor (log10 (rough)));

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude >= rough * (1 - 1e-9))
      return steps[i] * magnitude;
  return 10 * magnitude;
}

/* Draws @text with its anchor at (@x, @y): @align 0 left, 0.5 centre,
 * 1 right; @valign likewise from top to bottom. */
static void
draw_text (cairo_t       *cr,
           const char    *font_name,
           const char    *text,
           double         x,
           double         y,
           double         align,
           double         valign,
           const PzColor *color)
{
  g_autoptr(PangoLayout) layout = pz_cairo_text_layout (cr, font_name, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - w * align, y - h * valign);
  pz_cairo_set_color (cr, color);
  pz_cairo_show_layout (cr, layout);
}

static void
draw_axes (PzChart          *self,
           cairo_t          *cr,
           double            max,
           double            step,
           double            px,
           double            py,
           double            pw,
           double            ph,
           const PzMapStyle *style)
{
  guint n_lines = (guint) round (max / step);

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i <= n_lines; i++)
    {
      double value = step * i;
      double y = round (py + ph - ph * value / max) + 0.5;
      g_autofree char *text = g_strdup_printf ("%g", value);

      pz_cairo_set_color (cr, &style->province_line);
      cairo_move_to (cr, px, y);
      cairo_line_to (cr, px + pw, y);
      cairo_stroke (cr);
      draw_text (cr, "Sans 8", text, px - 6, y, 1, 0.5, &style->panel_text);
    }
}

/* Category labels under the plot, turned when they would collide. */
static void
draw_labels (PzChart          *self,
             cairo_t          *cr,
             double            width,
             double            height,
             const PzMapStyle *style)
{
  double px, py, pw, ph;
  double slot;
  gboolean turn = FALSE;

  pz_chart_get_plot_area (width, height, &px, &py, &pw, &ph);
  slot = pw / MAX (self->items->len, 1);

  for (guint i = 0; i < self->items->len && !turn; i++)
    {
      g_autoptr(PangoLayout) layout = pz_cairo_text_layout (cr, "Sans 8", g_array_index (self->items, Item, i).label);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      turn = w > slot - 4;
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      const char *label = g_array_index (self->items, Item, i).label;
      double x = pz_chart_get_item_x (self, i, width, height);

      if (!turn)
        {
          draw_text (cr, "Sans 8", label, x, py + ph + 4, 0.5, 0, &style->panel_text);
          continue;
        }
      cairo_save (cr);
      cairo_translate (cr, x, py + ph + 4);
      cairo_rotate (cr, -G_PI / 5);
      draw_text (cr, "Sans 8", label, 0, 0, 1, 0, &style->panel_text);
      cairo_restore (cr);
    }
}

static double
item_y (PzChart *self,
        guint    index,
        double   max,
        double   py,
        double   ph)
{
  return py + ph - ph * g_array_index (self->items, Item, index).value / max;
}

static void
draw_data (PzChart          *self,
           cairo_t          *cr,
           double            width,
           double            height,
           double            max,
           const PzMapStyle *style)
{
  double px, py, pw, ph;
  double slot;

  pz_chart_get_plot_area (width, height, &px, &py, &pw, &ph);
  slot = pw / MAX (self->items->len, 1);

  /* Bars, or the line and its points, then every value over its place. */
  cairo_new_path (cr);
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      double x = pz_chart_get_item_x (self, i, width, height);
      double y = item_y (self, i, max, py, ph);

      if (self->kind == PZ_CHART_LINE)
        {
          cairo_line_to (cr, x, y);
          continue;
        }
      cairo_rectangle (cr, x - slot * 0.35, y, slot * 0.7, py + ph - y);
      pz_cairo_set_color (cr, item->has_color ? &item->color : &style->selection);
      cairo_fill_preserve (cr);
      pz_cairo_set_color (cr, &style->marker_outline);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
    }

  if (self->kind == PZ_CHART_LINE)
    {
      cairo_set_line_width (cr, 2.5);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      pz_cairo_set_color (cr, &style->selection);
      cairo_stroke (cr);
      for (guint i = 0; i < self->items->len; i++)
        {
          cairo_arc (cr, pz_chart_get_item_x (self, i, width, height), item_y (self, i, max, py, ph),
                     3.5, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      g_autofree char *value = g_strdup_printf ("%g", g_array_index (self->items, Item, i).value);

      draw_text (cr, "Sans Bold 8", value, pz_chart_get_item_x (self, i, width, height),
                 item_y (self, i, max, py, ph) - 4, 0.5, 1, &style->panel_text);
    }
}

/**
 * pz_chart_draw:
 *
 * Draws the chart on its background in the rectangle (0, 0, @width,
 * @height) of @cr.
 */
void
pz_chart_draw (PzChart          *self,
               cairo_t          *cr,
               double            width,
               double            height,
               const PzMapStyle *style)
{
  double px, py, pw, ph;
  double max = 0;
  double step;

  for (guint i = 0; i < self->items->len; i++)
    max = MAX (max, g_array_index (self->items, Item, i).value);
  /* Head room for the value labels over the highest bar. */
  step = grid_step (max * 1.08);
  max = MAX (ceil (max * 1.08 / step), 1) * step;

  pz_chart_get_plot_area (width, height, &px, &py, &pw, &ph);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  pz_cairo_set_color (cr, &style->panel);
  cairo_fill (cr);

  draw_text (cr, "Sans Bold 11", self->title, 12, 10, 0, 0, &style->panel_text);
  if (self->unit != NULL)
    draw_text (cr, "Sans 8", self->unit, 12, 30, 0, 0, &style->panel_text);

  draw_axes (self, cr, max, step, px, py, pw, ph, style);
  draw_data (self, cr, width, height, max, style);
  draw_labels (self, cr, width, height, style);

  if (self->source != NULL)
    draw_text (cr, "Sans Italic 7", self->source, 12, height - 6, 0, 1, &style->panel_text);

  cairo_restore (cr);
}
