/* pz-zone-draw.c
 *
 * Zone markers and the batch legend, drawn with cairo for the screen and
 * for exported images alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-zone-draw"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "pz-batch.h"
#include "pz-projection.h"
#include "pz-zone-draw.h"

#define LEGEND_PADDING 10.0
#define LEGEND_ROW_GAP 4.0
#define LEGEND_SWATCH 12.0

/* Markers grow a little with zoom so that dense regions stay readable when
 * zoomed out and markers are easy to hit when zoomed in. */
double
pz_marker_radius (double zoom)
{
  return CLAMP (1.5 + zoom * 0.85, 4.0, 9.0);
}

void
pz_draw_marker (cairo_t          *cr,
                double            x,
                double            y,
                double            radius,
                guint             batch,
                gboolean          ended,
                gboolean          selected,
                const PzMapStyle *style)
{
  PzColor color;

  pz_batch_color (batch, &color);
  cairo_new_path (cr);

  if (selected)
    {
      cairo_arc (cr, x, y, radius + 4.0, 0, 2 * G_PI);
      pz_cairo_set_color (cr, &style->selection);
      cairo_set_line_width (cr, 3.0);
      cairo_stroke (cr);
    }

  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  /* Zones that ended are drawn hollow: present in history, not in force. */
  pz_cairo_set_color (cr, ended ? &style->marker_ended_fill : &color);
  cairo_fill_preserve (cr);
  if (ended)
    {
      pz_cairo_set_color (cr, &color);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke_preserve (cr);
    }
  pz_cairo_set_color (cr, &style->marker_outline);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static gboolean
zone_position (const PzView *view,
               PzZone       *zone,
               double       *x,
               double       *y)
{
  if (!pz_zone_has_location (zone))
    return FALSE;
  pz_view_project (view, pz_zone_get_latitude (zone), pz_zone_get_longitude (zone), x, y);
  return TRUE;
}

/**
 * pz_draw_zones:
 *
 * Draws a marker for every located zone in @zones inside the view, the
 * selected one last so that it is never hidden.
 *
 * Returns: the number of markers drawn
 */
guint
pz_draw_zones (cairo_t          *cr,
               const PzView     *view,
               GListModel       *zones,
               PzZone           *selected,
               const PzMapStyle *style)
{
  double radius = pz_marker_radius (view->zoom);
  guint n = g_list_model_get_n_items (zones);
  guint drawn = 0;
  double x, y;

  cairo_save (cr);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (zone == selected || !zone_position (view, zone, &x, &y))
        continue;
      if (x < -radius || y < -radius || x > view->width + radius || y > view->height + radius)
        continue;

      pz_draw_marker (cr, x, y, radius, pz_zone_get_batch (zone),
                      pz_zone_is_ended (zone), FALSE, style);
      drawn++;
    }

  if (selected != NULL && zone_position (view, selected, &x, &y))
    {
      pz_draw_marker (cr, x, y, radius + 2.0, pz_zone_get_batch (selected),
                      pz_zone_is_ended (selected), TRUE, style);
      drawn++;
    }

  cairo_restore (cr);

  return drawn;
}

/**
 * pz_zones_hit_test:
 *
 * Finds the marker under (@x, @y), preferring the nearest one where
 * markers overlap. A few pixels of slack make small markers easy to click.
 *
 * Returns: (transfer full) (nullable): the zone, or %NULL
 */
PzZone *
pz_zones_hit_test (const PzView *view,
                   GListModel   *zones,
                   double        x,
                   double        y)
{
  double reach = pz_marker_radius (view->zoom) + 3.0;
  double best = reach * reach;
  PzZone *found = NULL;
  guint n = g_list_model_get_n_items (zones);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      double zx, zy, d;

      if (!zone_position (view, zone, &zx, &zy))
        continue;
      d = (zx - x) * (zx - x) + (zy - y) * (zy - y);
      if (d <= best)
        {
          best = d;
          g_set_object (&found, zone);
        }
    }

  return found;
}

static char *
legend_row_text (PzBatch *batch)
{
  guint year = pz_batch_get_year (batch);

  /* Translators: a legend row, batch number and year of approval */
  return year > 0 ? g_strdup_printf (_("Batch %u · %u"), pz_batch_get_number (batch), year)
                  : g_strdup_printf (_("Batch %u"), pz_batch_get_number (batch));
}

static PangoLayout *
legend_layout (cairo_t    *cr,
               const char *font_name)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (font_name);

  pango_layout_set_font_description (layout, font);
  return layout;
}

/* Walks the legend rows; draws them when @style is set, else only measures. */
static void
legend_layout_rows (cairo_t          *cr,
                    GListModel       *batches,
                    const PzMapStyle *style,
                    double           *width,
                    double           *height)
{
  g_autoptr(PangoLayout) title = legend_layout (cr, "Sans Bold 9");
  g_autoptr(PangoLayout) row = legend_layout (cr, "Sans 9");
  guint n = g_list_model_get_n_items (batches);
  int tw, th;
  double y = LEGEND_PADDING;
  double w;

  pango_layout_set_text (title, _("Pilot zones by batch"), -1);
  pango_layout_get_pixel_size (title, &tw, &th);
  if (style != NULL)
    {
      cairo_move_to (cr, LEGEND_PADDING, y);
      pz_cairo_set_color (cr, &style->panel_text);
      pango_cairo_show_layout (cr, title);
    }
  w = tw;
  y += th + LEGEND_ROW_GAP + 2;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzBatch) batch = g_list_model_get_item (batches, i);
      g_autofree char *text = legend_row_text (batch);
      int rw, rh;

      pango_layout_set_text (row, text, -1);
      pango_layout_get_pixel_size (row, &rw, &rh);
      if (style != NULL)
        {
          pz_draw_marker (cr, LEGEND_PADDING + LEGEND_SWATCH / 2, y + rh / 2.0,
                          LEGEND_SWATCH / 2 - 1, pz_batch_get_number (batch),
                          FALSE, FALSE, style);
          cairo_move_to (cr, LEGEND_PADDING + LEGEND_SWATCH + 6, y);
          pz_cairo_set_color (cr, &style->panel_text);
          pango_cairo_show_layout (cr, row);
        }
      w = MAX (w, LEGEND_SWATCH + 6 + rw);
      y += rh + LEGEND_ROW_GAP;
    }

  *width = ceil (w + 2 * LEGEND_PADDING);
  *height = ceil (y - LEGEND_ROW_GAP + LEGEND_PADDING);
}

void
pz_legend_measure (cairo_t    *cr,
                   GListModel *batches,
                   double     *width,
                   double     *height)
{
  legend_layout_rows (cr, batches, NULL, width, height);
}

/**
 * pz_draw_legend:
 *
 * Draws the legend with its top-left corner at the current origin of @cr.
 */
void
pz_draw_legend (cairo_t          *cr,
                GListModel       *batches,
                const PzMapStyle *style)
{
  double width, height;

  pz_legend_measure (cr, batches, &width, &height);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  pz_cairo_set_color (cr, &style->panel);
  cairo_fill (cr);
  legend_layout_rows (cr, batches, style, &width, &height);
  cairo_restore (cr);
}
