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

/* The title and subtitle in the band above the map frame, at (@x, @y). */
static void
draw_title (const PzMapDecorations *map,
            cairo_t                *cr,
            double                  x,
            double                  y,
            double                  width,
            const PzMapStyle       *style)
{
  g_autoptr(PangoLayout) title = pz_cairo_text_layout (cr, "Sans Bold 18", map->title);

  pango_layout_set_width (title, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, x, y + 10);
  pz_cairo_set_color (cr, &style->panel_text);
  pz_cairo_show_layout (cr, title);

  if (map->subtitle != NULL)
    {
      g_autoptr(PangoLayout) subtitle = pz_cairo_text_layout (cr, "Sans 10", map->subtitle);

      pango_layout_set_width (subtitle, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (subtitle, PANGO_ELLIPSIZE_END);
      cairo_move_to (cr, x, y + 40);
      pz_cairo_show_layout (cr, subtitle);
    }
}

/* A bar of the longest round distance (1, 2 or 5 × 10^k km) that fits in
 * about 160 logical pixels at the centre latitude. */
static double
scale_bar_length (const PzView *view,
                  double       *km_out)
{
  static const double steps[] = { 5, 2, 1 };
  double centre_lat = pz_mercator_latitude ((view->origin_y + view->height / 2) / pz_world_size (view->zoom));
  double metres_per_px = EARTH_CIRCUMFERENCE * cos (centre_lat * G_PI / 180) / pz_world_size (view->zoom);
  double max_km = 160 * metres_per_px / 1000;
  double magnitude = pow (10, floor (log10 (max_km)));
  double km = magnitude;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude <= max_km)
      {
        km = steps[i] * magnitude;
        break;
      }
  *km_out = km;
  return km * 1000 / metres_per_px;
}

void
pz_map_draw_scale_bar (cairo_t          *cr,
                       const PzView     *view,
                       double            x,
                       double            y,
                       const PzMapStyle *style)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double km, length = scale_bar_length (view, &km);

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
  pz_cairo_show_layout (cr, layout);
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
  cairo_new_path (cr);
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
  pz_cairo_show_layout (cr, n);
  cairo_restore (cr);
}

/* What every map drawn from the data credits, on screen and on paper. */
const char *
pz_map_get_attribution (void)
{
  return _("Map data: Natural Earth (public domain) · City locations © GeoNames (CC BY 4.0) · "
           "Schematic map: boundaries are indicative, not a standard map · Pilot Zones");
}

static PangoLayout *
attribution_layout (cairo_t *cr)
{
  return pz_cairo_text_layout (cr, "Sans 8", pz_map_get_attribution ());
}

/* The attribution with its right edge at @right and its top at @y; on a
 * panel inside the map, or straight on the paper of the margin. */
static void
draw_attribution (cairo_t          *cr,
                  double            right,
                  double            y,
                  gboolean          panel,
                  const PzMapStyle *style)
{
  g_autoptr(PangoLayout) layout = attribution_layout (cr);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_save (cr);
  if (panel)
    {
      cairo_rectangle (cr, right - w - 12, y, w + 12, h + 6);
      pz_cairo_set_color (cr, &style->panel);
      cairo_fill (cr);
    }
  cairo_move_to (cr, right - w - 6, y + 3);
  pz_cairo_set_color (cr, &style->panel_text);
  pz_cairo_show_layout (cr, layout);
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

/* Space below the frame for the attribution: it goes in the margin. */
#define ATTRIBUTION_IN_MARGIN(d) ((d)->attribution && (d)->margin >= 18)

/**
 * pz_map_layout_frame:
 * @frame: (out): where the map goes on the page
 *
 * The map frame of a page: inside the margin, below the title band.
 */
void
pz_map_layout_frame (const PzMapDecorations *decorations,
                     double                  page_width,
                     double                  page_height,
                     cairo_rectangle_t      *frame)
{
  double top = decorations->margin + (decorations->title != NULL ? PZ_MAP_TITLE_HEIGHT : 0);

  frame->x = decorations->margin;
  frame->y = top;
  frame->width = MAX (1, page_width - 2 * decorations->margin);
  frame->height = MAX (1, page_height - top - decorations->margin);
}

static gboolean
rectangles_meet (const cairo_rectangle_t *a,
                 const cairo_rectangle_t *b)
{
  return a->width > 0 && b->width > 0 && a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* How many zones a rectangle of the frame would hide. */
static guint
zones_under (GListModel              *zones,
             const PzView            *view,
             const cairo_rectangle_t *rect)
{
  guint n = 0;

  for (guint i = 0; zones != NULL && i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      double x, y;

      if (!pz_zone_has_location (zone))
        continue;
      pz_view_project (view, pz_zone_get_latitude (zone), pz_zone_get_longitude (zone), &x, &y);
      if (x >= rect->x - 6 && x <= rect->x + rect->width + 6 && y >= rect->y - 6 && y <= rect->y + rect->height + 6)
        n++;
    }
  return n;
}

/**
 * pz_map_place:
 * @view: the map frame
 * @placement: (out): where each decoration goes, in @view's coordinates
 *
 * Puts the north arrow at the top right, the scale bar at the bottom
 * left, the attribution at the bottom right (or in the margin below the
 * frame) and the legend in the corner where it hides the fewest zones.
 */
void
pz_map_place (PzMapComposition       *map,
              const PzMapDecorations *decorations,
              cairo_t                *cr,
              const PzView           *view,
              PzMapPlacement         *placement)
{
  GListModel *zones = pz_map_composition_get_choropleth (map) == NULL ? pz_map_composition_get_zones (map) : NULL;
  double bottom_left = view->height - MARGIN, bottom_right = view->height - MARGIN;
  double top_right = MARGIN;
  PzLegendSpec spec;

  *placement = (PzMapPlacement) { { 0 } };

  if (decorations->attribution)
    {
      g_autoptr(PangoLayout) layout = attribution_layout (cr);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      if (ATTRIBUTION_IN_MARGIN (decorations))
        placement->attribution = (cairo_rectangle_t) { view->width - w - 12, view->height + 4, w + 12, h + 6 };
      else
        {
          placement->attribution = (cairo_rectangle_t) { view->width - w - 12, view->height - h - 6, w + 12, h + 6 };
          bottom_right = placement->attribution.y - 8;
          /* A long attribution across a narrow map leaves no corner. */
          if (placement->attribution.x < view->width / 2)
            bottom_left = bottom_right;
        }
    }

  /* The South China Sea inset takes the bottom right of a national map. */
  {
    double frame[4];

    double bottom = view->height - MARGIN - (decorations->attribution && !ATTRIBUTION_IN_MARGIN (decorations) ? 14 : 0);

    if (pz_sea_inset_get_frame (view, pz_map_composition_get_boundaries (map), bottom - 8, frame))
      placement->inset = (cairo_rectangle_t) { frame[0], frame[1], frame[2], frame[3] };
  }

  if (decorations->scale_bar)
    {
      double km, length = scale_bar_length (view, &km);

      placement->scale_bar = (cairo_rectangle_t) { MARGIN, bottom_left - 28, length + 8, 28 };
      bottom_left -= 36;
    }

  if (decorations->north_arrow)
    {
      placement->north_arrow = (cairo_rectangle_t) { view->width - MARGIN - 40, MARGIN - 8, 40, 48 };
      top_right += 48;
    }

  if (decorations->legend && pz_map_composition_legend_init (map, &spec))
    {
      double w, h;
      cairo_rectangle_t corners[4];
      guint best = 0, best_n = G_MAXUINT;

      pz_legend_spec_measure (&spec, cr, pz_map_composition_get_compact_legend (map), &w, &h);
      corners[0] = (cairo_rectangle_t) { MARGIN, bottom_left - h, w, h };
      corners[1] = (cairo_rectangle_t) { view->width - MARGIN - w, bottom_right - h, w, h };
      corners[2] = (cairo_rectangle_t) { MARGIN, MARGIN, w, h };
      corners[3] = (cairo_rectangle_t) { view->width - MARGIN - w, top_right, w, h };
      for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
        {
          guint n = rectangles_meet (&corners[i], &placement->inset) ? G_MAXUINT - 1
                                                                      : zones_under (zones, view, &corners[i]);

          if (n < best_n)
            best = i, best_n = n;
        }
      placement->legend = corners[best];
    }
}

/**
 * pz_map_render:
 * @cr: a context whose user space is the view's logical pixels
 * @view: the map frame
 *
 * Draws the composed map with the layers the screen draws (base map,
 * province values and names, parks, zones) and the decorations that sit
 * inside the frame (pz_map_place()). Main thread only (Pango labels).
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
  PzEnterpriseClusters *enterprises;
  g_autoptr(GArray) furniture = g_array_new (FALSE, FALSE, sizeof (PzBox));
  g_autoptr(GArray) markers = NULL;
  PzMapPlacement placement;
  PzLegendSpec spec;
  cairo_rectangle_t *placed[] = { &placement.legend, &placement.scale_bar, &placement.north_arrow,
                                  &placement.attribution, &placement.inset };

  /* Where the furniture goes, first: zone labels keep off it. */
  pz_map_place (map, decorations, cr, view, &placement);
  for (guint i = 0; i < G_N_ELEMENTS (placed); i++)
    if (placed[i]->width > 0)
      add_box (furniture, placed[i]->x, placed[i]->y, placed[i]->width, placed[i]->height);

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
  if ((enterprises = pz_map_composition_get_enterprise_clusters (map)))
    {
      double latitude, longitude;

      pz_draw_enterprise_clusters (cr, view, enterprises, style);
      if (pz_map_composition_get_marked (map, &latitude, &longitude))
        pz_draw_enterprise_mark (cr, view, latitude, longitude, style);
    }
  if (choropleth == NULL)
    {
      PzZone *selected = pz_map_composition_get_selected (map);

      pz_draw_zones (cr, view, zones, selected, style);
      pz_draw_zone_labels (cr, view, zones, selected, basemap, (PzBox *) furniture->data, furniture->len, style);
    }

  if (placement.inset.width > 0)
    pz_sea_inset_draw (basemap, cr, view, style, boundaries, placement.inset.y + placement.inset.height);

  if (placement.scale_bar.width > 0)
    pz_map_draw_scale_bar (cr, view, placement.scale_bar.x + 4, placement.scale_bar.y + 20, style);

  if (placement.legend.width > 0 && pz_map_composition_legend_init (map, &spec))
    {
      cairo_save (cr);
      cairo_translate (cr, placement.legend.x, placement.legend.y);
      pz_legend_spec_draw (&spec, cr, pz_map_composition_get_compact_legend (map), style);
      cairo_restore (cr);
    }

  if (placement.north_arrow.width > 0)
    draw_north_arrow (cr, placement.north_arrow.x + 20, placement.north_arrow.y + 8, style);

  if (placement.attribution.width > 0 && !ATTRIBUTION_IN_MARGIN (decorations))
    draw_attribution (cr, view->width, placement.attribution.y, TRUE, style);

  cairo_restore (cr);
}

/**
 * pz_map_render_page:
 * @cr: a context whose user space is the page's logical pixels
 * @view: the map frame, as pz_map_layout_frame() gives it
 *
 * Draws a whole page: paper, the title band above the map frame (never
 * over the data), the map and its decorations, the attribution in the
 * bottom margin when there is one.
 */
void
pz_map_render_page (PzMapComposition       *map,
                    const PzMapDecorations *decorations,
                    cairo_t                *cr,
                    double                  page_width,
                    double                  page_height,
                    const PzView           *view)
{
  const PzMapStyle *style = pz_map_composition_get_style (map);
  PzColor paper = style->panel;
  cairo_rectangle_t frame;

  pz_map_layout_frame (decorations, page_width, page_height, &frame);

  /* The paper: opaque, so that nothing shows through the title band. */
  paper.alpha = 1;
  cairo_save (cr);
  pz_cairo_set_color (cr, &paper);
  cairo_paint (cr);
  if (decorations->title != NULL)
    draw_title (decorations, cr, MAX (decorations->margin, MARGIN), decorations->margin,
                page_width - 2 * MAX (decorations->margin, MARGIN), style);

  cairo_translate (cr, frame.x, frame.y);
  pz_map_render (map, decorations, cr, view);

  if (decorations->margin > 0)
    {
      cairo_rectangle (cr, 0, 0, view->width, view->height);
      pz_cairo_set_color (cr, &style->panel_text);
      cairo_set_line_width (cr, 0.75);
      cairo_stroke (cr);
    }
  if (ATTRIBUTION_IN_MARGIN (decorations))
    draw_attribution (cr, view->width + 6, view->height + 4, FALSE, style);
  cairo_restore (cr);
}
