/* pz-map-render.c
 *
 * A whole map on one cairo context, as exported images show it. It calls
 * the very functions the screen uses for tiles, overlays and the legend;
 * only the decorations of a printed map are drawn here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pz-map-render.h"
#include "pz-park-draw.h"
#include "pz-projection.h"
#include "pz-sea-inset.h"
#include "pz-zone-draw.h"
#include "pz-zone-labels.h"

#define MARGIN 16.0
#define EARTH_CIRCUMFERENCE 40075016.686

static void
draw_title (const PzMapDecorations *map,
            cairo_t                *cr,
            const PzView           *view,
            const PzMapStyle       *style)
{
  g_autoptr(PangoLayout) title = pz_cairo_text_layout (cr, "Sans Bold 18", map->title);

  cairo_rectangle (cr, 0, 0, view->width, PZ_MAP_TITLE_HEIGHT);
  pz_cairo_set_color (cr, &style->panel);
  cairo_fill (cr);

  pango_layout_set_width (title, (int) ((view->width - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, MARGIN, 10);
  pz_cairo_set_color (cr, &style->panel_text);
  pango_cairo_show_layout (cr, title);

  if (map->subtitle != NULL)
    {
      g_autoptr(PangoLayout) subtitle = pz_cairo_text_layout (cr, "Sans 10", map->subtitle);

      cairo_move_to (cr, MARGIN, 40);
      pango_cairo_show_layout (cr, subtitle);
    }
}

/* A bar of the longest round distance (1, 2 or 5 × 10^k km) that fits in
 * about 160 logical pixels at the centre latitude. */
void
pz_map_draw_scale_bar (cairo_t          *cr,
                       const PzView     *view,
                       double            x,
                       double            y,
                       const PzMapStyle *style)
{
  static const double steps[] = { 5, 2, 1 };
  double centre_lat = pz_mercator_latitude ((view->origin_y + view->height / 2) / pz_world_size (view->zoom));
  double metres_per_px = EARTH_CIRCUMFERENCE * cos (centre_lat * G_PI / 180) / pz_world_size (view->zoom);
  double max_km = 160 * metres_per_px / 1000;
  double magnitude = pow (10, floor (log10 (max_km)));
  double km = magnitude;
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double length;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude <= max_km)
      {
        km = steps[i] * magnitude;
        break;
      }
  length = km * 1000 / metres_per_px;
  text = g_strdup_printf (_("%g km"), km);
  layout = pz_cairo_text_layout (cr, "Sans 9", text);

  cairo_save (cr);
  cairo_rectangle (cr, x - 4, y - 20, length + 8, 28);
  pz_cairo_set_color (cr, &style->panel);
  cairo_fill (cr);

  cairo_move_to (cr, x, y - 6);
  cairo_line_to (cr, x, y);
  cairo_line_to (cr, x + length, y);
  cairo_line_to (cr, x + length, y - 6);
  pz_cairo_set_color (cr, &style->panel_text);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);

  cairo_move_to (cr, x + 2, y - 19);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_north_arrow (cairo_t          *cr,
                  double            x,
                  double            y,
                  const PzMapStyle *style)
{
  g_autoptr(PangoLayout) n = pz_cairo_text_layout (cr, "Sans Bold 11", _("N"));
  int w, h;

  cairo_save (cr);
  cairo_arc (cr, x, y + 18, 20, 0, 2 * G_PI);
  pz_cairo_set_color (cr, &style->panel);
  cairo_fill (cr);

  cairo_move_to (cr, x, y + 10);
  cairo_line_to (cr, x + 7, y + 30);
  cairo_line_to (cr, x, y + 25);
  cairo_line_to (cr, x - 7, y + 30);
  cairo_close_path (cr);
  pz_cairo_set_color (cr, &style->panel_text);
  cairo_fill (cr);

  pango_layout_get_pixel_size (n, &w, &h);
  cairo_move_to (cr, x - w / 2.0, y - 4);
  pango_cairo_show_layout (cr, n);
  cairo_restore (cr);
}

static void
draw_attribution (cairo_t          *cr,
                  const PzView     *view,
                  const PzMapStyle *style)
{
  g_autoptr(PangoLayout) layout =
    pz_cairo_text_layout (cr, "Sans 8",
                _("Map data: Natural Earth (public domain) · City locations © GeoNames (CC BY 4.0) · "
                  "Schematic map: boundaries are indicative, not a standard map · Pilot Zones"));
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_save (cr);
  cairo_rectangle (cr, view->width - w - 12, view->height - h - 6, w + 12, h + 6);
  pz_cairo_set_color (cr, &style->panel);
  cairo_fill (cr);
  cairo_move_to (cr, view->width - w - 6, view->height - h - 3);
  pz_cairo_set_color (cr, &style->panel_text);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
add_box (GArray *boxes,
         double  x,
         double  y,
         double  width,
         double  height)
{
  PzBox box = { x, y, width, height };

  g_array_append_val (boxes, box);
}

/**
 * pz_map_render:
 * @cr: a context whose user space is the view's logical pixels
 *
 * Draws the composed map with the layers the screen draws (base map,
 * province values and names, parks, zones) and the decorations of a
 * printed map. Main thread only (Pango labels).
 */
void
pz_map_render (PzMapComposition       *map,
               const PzMapDecorations *decorations,
               cairo_t                *cr,
               const PzView           *view)
{
  PzBasemap *basemap = pz_database_get_basemap (pz_map_composition_get_database (map));
  PzChoropleth *choropleth = pz_map_composition_get_choropleth (map);
  const PzMapStyle *style = pz_map_composition_get_style (map);
  PzBoundaries boundaries = pz_map_composition_get_boundaries (map);
  GListModel *zones = pz_map_composition_get_zones (map);
  GListModel *parks = pz_map_composition_get_parks (map);
  g_autoptr(GArray) furniture = g_array_new (FALSE, FALSE, sizeof (PzBox));
  g_autoptr(GArray) markers = NULL;
  PzLegendSpec spec;
  gboolean has_legend = decorations->legend && pz_map_composition_legend_init (map, &spec);
  gboolean compact = pz_map_composition_get_compact_legend (map);
  double legend_w = 0, legend_h = 0;
  double bottom = view->height - MARGIN;
  double inset_bottom, scale_y, legend_y = 0;
  double north_y = (decorations->title != NULL ? PZ_MAP_TITLE_HEIGHT : 0) + MARGIN;
  double inset[4];

  /* Where the furniture goes, first: zone labels keep off it. */
  if (decorations->title != NULL)
    add_box (furniture, 0, 0, view->width, PZ_MAP_TITLE_HEIGHT);
  if (decorations->attribution)
    bottom -= 14;
  inset_bottom = bottom - 8;
  if (pz_sea_inset_get_frame (view, boundaries, inset_bottom, inset))
    add_box (furniture, inset[0], inset[1], inset[2], inset[3]);
  scale_y = bottom;
  if (decorations->scale_bar)
    {
      add_box (furniture, MARGIN, scale_y - 20, 170, 28);
      bottom -= 36;
    }
  if (has_legend)
    {
      pz_legend_spec_measure (&spec, cr, compact, &legend_w, &legend_h);
      legend_y = bottom - legend_h;
      add_box (furniture, MARGIN, legend_y, legend_w, legend_h);
    }
  if (decorations->north_arrow)
    add_box (furniture, view->width - MARGIN - 40, north_y - 6, 40, 44);
  if (decorations->attribution)
    add_box (furniture, view->width / 2, view->height - 24, view->width / 2, 24);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->width, view->height);
  cairo_clip (cr);

  pz_basemap_draw (basemap, cr, view, style, boundaries);
  if (choropleth != NULL)
    pz_basemap_draw_choropleth (basemap, cr, view, choropleth, style);
  if (choropleth == NULL)
    markers = pz_zone_marker_boxes (view, zones);
  if (pz_map_composition_get_show_labels (map))
    {
      g_autoptr(GArray) names = NULL;

      pz_basemap_draw_labels (basemap, cr, view, style, markers != NULL ? (PzBox *) markers->data : NULL,
                              markers != NULL ? markers->len : 0);
      names = pz_basemap_layout_labels (basemap, cr, view, markers != NULL ? (PzBox *) markers->data : NULL,
                                        markers != NULL ? markers->len : 0);
      for (guint i = 0; i < names->len; i++)
        g_array_append_val (furniture, g_array_index (names, PzProvinceLabel, i).box);
    }
  if (parks != NULL)
    pz_draw_parks (cr, view, parks, zones, style);
  if (choropleth == NULL)
    {
      PzZone *selected = pz_map_composition_get_selected (map);

      pz_draw_zones (cr, view, zones, selected, style);
      pz_draw_zone_labels (cr, view, zones, selected, basemap, (PzBox *) furniture->data, furniture->len, style);
    }

  if (decorations->title != NULL)
    draw_title (decorations, cr, view, style);

  pz_sea_inset_draw (basemap, cr, view, style, boundaries, inset_bottom);

  if (decorations->scale_bar)
    pz_map_draw_scale_bar (cr, view, MARGIN + 4, scale_y, style);

  if (has_legend)
    {
      cairo_save (cr);
      cairo_translate (cr, MARGIN, legend_y);
      pz_legend_spec_draw (&spec, cr, compact, style);
      cairo_restore (cr);
    }

  if (decorations->north_arrow)
    draw_north_arrow (cr, view->width - MARGIN - 20, north_y, style);

  if (decorations->attribution)
    draw_attribution (cr, view, style);

  cairo_restore (cr);
}
