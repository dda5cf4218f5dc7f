/* pz-legend-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-legend-draw"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "pz-legend-draw.h"

#define PADDING 10.0
#define ROW_GAP 4.0
#define SWATCH 12.0

#define LABEL_OFFSET (SWATCH + 6)
#define ITEM_GAP 10.0

/* Lays the legend out; draws it too when @style is set. Rows go one
 * under the other, or side by side under the title when @compact and
 * the kind of legend has short labels; long labels side by side would
 * make it wider than the full form. */
static void
layout_rows (const PzLegendSpec *spec,
             cairo_t            *cr,
             gboolean            compact,
             const PzMapStyle   *style,
             double             *width,
             double             *height)
{
  g_autoptr(PangoLayout) title = pz_cairo_text_layout (cr, "Sans Bold 9", NULL);
  g_autoptr(PangoLayout) row = pz_cairo_text_layout (cr, "Sans 9", NULL);
  double x = PADDING, y = PADDING;
  double w, line_h = 0;
  int tw, th;

  compact = compact && spec->row_short_text != NULL;
  pz_cairo_layout_set_text (title, spec->title);
  pango_layout_get_pixel_size (title, &tw, &th);
  if (style != NULL)
    {
      cairo_move_to (cr, PADDING, y);
      pz_cairo_set_color (cr, &style->panel_text);
      pz_cairo_show_layout (cr, title);
    }
  w = tw;
  y += th + ROW_GAP + 2;

  for (guint i = 0; i < spec->n_rows; i++)
    {
      g_autofree char *text = compact ? spec->row_short_text (i, spec->data) : spec->row_text (i, spec->data);
      int rw, rh;

      pz_cairo_layout_set_text (row, text);
      pango_layout_get_pixel_size (row, &rw, &rh);
      if (style != NULL)
        {
          spec->draw_swatch (cr, x, y + (rh - SWATCH) / 2.0, SWATCH, i, style, spec->data);
          cairo_move_to (cr, x + LABEL_OFFSET, y);
          pz_cairo_set_color (cr, &style->panel_text);
          pz_cairo_show_layout (cr, row);
        }
      if (compact)
        {
          x += LABEL_OFFSET + rw + ITEM_GAP;
          w = MAX (w, x - ITEM_GAP - PADDING);
          line_h = MAX (line_h, rh);
        }
      else
        {
          w = MAX (w, LABEL_OFFSET + rw);
          y += rh + ROW_GAP;
        }
    }
  if (compact)
    y += line_h + ROW_GAP;

  *width = ceil (w + 2 * PADDING);
  *height = ceil (y - ROW_GAP + PADDING);
}

void
pz_legend_spec_measure (const PzLegendSpec *spec,
                        cairo_t            *cr,
                        gboolean            compact,
                        double             *width,
                        double             *height)
{
  layout_rows (spec, cr, compact, NULL, width, height);
}

/**
 * pz_legend_spec_draw:
 *
 * Draws the legend on its panel with its top-left corner at the origin
 * of @cr, in its full or its @compact form.
 */
void
pz_legend_spec_draw (const PzLegendSpec *spec,
                     cairo_t            *cr,
                     gboolean            compact,
                     const PzMapStyle   *style)
{
  double width, height;

  layout_rows (spec, cr, compact, NULL, &width, &height);
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  pz_cairo_set_color (cr, &style->panel);
  cairo_fill (cr);
  layout_rows (spec, cr, compact, style, &width, &height);
  cairo_restore (cr);
}
