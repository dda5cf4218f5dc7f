/* pz-basemap-draw.c
 *
 * The offline base map drawn with cairo: land, borders, provinces, their
 * choropleth fill and names. The same functions fill map tiles (in worker
 * threads) and exported images.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-basemap-draw"

#include "config.h"

#include <pango/pangocairo.h>

#include "pz-basemap-draw.h"
#include "pz-locale.h"
#include "pz-projection.h"
#include "pz-tile-pool.h"

/* Below this zoom the 1:110m layers are detailed enough and much cheaper. */
#define FINE_DETAIL_ZOOM 3.5

/* Points closer than this (logical px) to the previous one add nothing. */
#define MIN_SEGMENT 0.4

static gboolean
shape_visible (const PzBasemapShape *shape,
               const double bounds[4])
{
  const PzGeometry *g = shape->geometry;

  return g->max_x >= bounds[0] && g->min_x <= bounds[2] &&
         g->max_y >= bounds[1] && g->min_y <= bounds[3];
}

static void
append_shape_path (cairo_t      *cr,
                   const PzBasemapShape  *shape,
                   const PzView *view)
{
  const PzGeometry *g = shape->geometry;
  gboolean closed = pz_geometry_is_polygonal (g);

  for (guint r = 0; r < g->n_rings; r++)
    {
      guint start = g->ring_starts[r];
      guint end = g->ring_starts[r + 1];
      double last_x = 0, last_y = 0;

      for (guint i = start; i < end; i++)
        {
          double x, y;

          pz_view_project_unit (view, g->points[i].x, g->points[i].y, &x, &y);
          if (i == start)
            cairo_move_to (cr, x, y);
          else if (i + 1 == end || fabs (x - last_x) > MIN_SEGMENT || fabs (y - last_y) > MIN_SEGMENT)
            cairo_line_to (cr, x, y);
          else
            continue;
          last_x = x;
          last_y = y;
        }
      if (closed)
        cairo_close_path (cr);
    }
}

/* Appends every visible shape of @layer, so one fill or stroke covers all. */
static void
append_layer_path (PzBasemap      *self,
                   cairo_t        *cr,
                   PzBasemapLayer  layer,
                   const PzView   *view,
                   const double    bounds[4])
{
  guint n = pz_basemap_get_n_shapes (self, layer);

  for (guint i = 0; i < n; i++)
    {
      const PzBasemapShape *shape = pz_basemap_get_shape (self, layer, i);

      if (shape_visible (shape, bounds))
        append_shape_path (cr, shape, view);
    }
}

static void
stroke_layer (PzBasemap      *self,
              cairo_t        *cr,
              PzBasemapLayer  layer,
              const PzView   *view,
              const double    bounds[4],
              const PzColor  *color,
              double          width)
{
  cairo_new_path (cr);
  append_layer_path (self, cr, layer, view, bounds);
  pz_cairo_set_color (cr, color);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

/* Fills each shape on its own, so overlapping shapes leave no even-odd
 * holes. */
static void
fill_each (PzBasemap      *self,
           cairo_t        *cr,
           PzBasemapLayer  layer,
           const PzView   *view,
           const double    bounds[4])
{
  guint n = pz_basemap_get_n_shapes (self, layer);

  for (guint i = 0; i < n; i++)
    {
      const PzBasemapShape *shape = pz_basemap_get_shape (self, layer, i);

      if (!shape_visible (shape, bounds))
        continue;
      cairo_new_path (cr);
      append_shape_path (cr, shape, view);
      cairo_fill (cr);
    }
}

static gboolean
layer_visible (PzBasemap      *self,
               PzBasemapLayer  layer,
               const double    bounds[4])
{
  guint n = pz_basemap_get_n_shapes (self, layer);

  for (guint i = 0; i < n; i++)
    if (shape_visible (pz_basemap_get_shape (self, layer, i), bounds))
      return TRUE;
  return FALSE;
}

/* Country borders as maps published in China draw them: the de facto
 * lines inside and along the claimed areas are painted over with China's
 * fill, and the claims' outer edges become borders. Only clips, no
 * compositing operators, so that PDF and SVG stay vector. */
static void
draw_china_borders (PzBasemap        *self,
                    cairo_t          *cr,
                    PzBasemapLayer    borders,
                    const PzView     *view,
                    const double      bounds[4],
                    const PzMapStyle *style)
{
  stroke_layer (self, cr, borders, view, bounds, &style->border_line, 1.1);
  if (!layer_visible (self, PZ_BASEMAP_CLAIMS, bounds))
    return;

  /* Inside China, claims included: no border. */
  cairo_save (cr);
  cairo_new_path (cr);
  append_layer_path (self, cr, PZ_BASEMAP_PROVINCES, view, bounds);
  append_layer_path (self, cr, PZ_BASEMAP_CLAIMS, view, bounds);
  cairo_clip (cr);
  pz_cairo_set_color (cr, &style->china);
  fill_each (self, cr, PZ_BASEMAP_CLAIMS, view, bounds);
  stroke_layer (self, cr, PZ_BASEMAP_CLAIMS, view, bounds, &style->china, 3.2);
  cairo_restore (cr);

  /* Outside it: the outer half of the claims' outlines. */
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, -8, -8, view->width + 16, view->height + 16);
  append_layer_path (self, cr, PZ_BASEMAP_PROVINCES, view, bounds);
  append_layer_path (self, cr, PZ_BASEMAP_CLAIMS, view, bounds);
  cairo_clip (cr);
  stroke_layer (self, cr, PZ_BASEMAP_CLAIMS, view, bounds, &style->border_line, 2.2);
  cairo_restore (cr);
}

/* The dashed line, and the islands of the South China Sea, each at least
 * a dot, so that they show at national scale. */
static void
draw_sea_conventions (PzBasemap        *self,
                      cairo_t          *cr,
                      const PzView     *view,
                      const double      bounds[4],
                      const PzMapStyle *style)
{
  static const double dash[] = { 7.0, 4.0 };
  guint n = pz_basemap_get_n_shapes (self, PZ_BASEMAP_SEA_ISLANDS);
  double world = pz_world_size (view->zoom);

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  stroke_layer (self, cr, PZ_BASEMAP_SEA_LINE, view, bounds, &style->border_line, 1.4);
  cairo_restore (cr);

  pz_cairo_set_color (cr, &style->border_line);
  for (guint i = 0; i < n; i++)
    {
      const PzBasemapShape *shape = pz_basemap_get_shape (self, PZ_BASEMAP_SEA_ISLANDS, i);
      const PzGeometry *g = shape->geometry;
      double x, y;

      if (!shape_visible (shape, bounds))
        continue;
      cairo_new_path (cr);
      if ((g->max_x - g->min_x) * world < 2.0 && (g->max_y - g->min_y) * world < 2.0)
        {
          pz_view_project_unit (view, (g->min_x + g->max_x) / 2, (g->min_y + g->max_y) / 2, &x, &y);
          cairo_arc (cr, x, y, 1.0, 0, 2 * G_PI);
        }
      else
        append_shape_path (cr, shape, view);
      cairo_fill (cr);
    }
}

/* Built-up areas, lakes and rivers, quietly, each from its own zoom on:
 * rivers and lakes from zoom 4, built-up areas from zoom 6. With
 * @water_only, the lakes and rivers alone. */
static void
draw_context (PzBasemap        *self,
              cairo_t          *cr,
              const PzView     *view,
              const double      bounds[4],
              const PzMapStyle *style,
              gboolean          water_only)
{
  static const struct { PzBasemapLayer layer; double from; } layers[] = {
    { PZ_BASEMAP_URBAN, 6.0 }, { PZ_BASEMAP_LAKES, 4.0 }, { PZ_BASEMAP_RIVERS, 4.0 },
  };

  for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
    {
      guint n = pz_basemap_get_n_shapes (self, layers[l].layer);
      gboolean lines = layers[l].layer == PZ_BASEMAP_RIVERS;

      if (view->zoom < layers[l].from || (water_only && layers[l].layer == PZ_BASEMAP_URBAN))
        continue;
      cairo_new_path (cr);
      for (guint i = 0; i < n; i++)
        {
          const PzBasemapShape *shape = pz_basemap_get_shape (self, layers[l].layer, i);

          if (view->zoom >= shape->min_zoom && shape_visible (shape, bounds))
            append_shape_path (cr, shape, view);
        }
      if (lines)
        {
          pz_cairo_set_color (cr, &style->river);
          cairo_set_line_width (cr, view->zoom >= 7 ? 1.4 : 1.0);
          cairo_stroke (cr);
        }
      else
        {
          pz_cairo_set_color (cr, layers[l].layer == PZ_BASEMAP_LAKES ? &style->sea : &style->urban);
          cairo_fill_preserve (cr);
          pz_cairo_set_color (cr, layers[l].layer == PZ_BASEMAP_LAKES ? &style->river : &style->urban);
          cairo_set_line_width (cr, 0.6);
          cairo_stroke (cr);
        }
    }
}

/* In Natural Earth's de facto view Taiwan is not drawn as part of China. */
static void
draw_de_facto_taiwan (PzBasemap        *self,
                      cairo_t          *cr,
                      const PzView     *view,
                      const double      bounds[4],
                      const PzMapStyle *style)
{
  const PzBasemapShape *taiwan = pz_basemap_find_province (self, PZ_BASEMAP_TAIWAN_CODE);

  if (taiwan == NULL || !shape_visible (taiwan, bounds))
    return;
  cairo_new_path (cr);
  append_shape_path (cr, taiwan, view);
  pz_cairo_set_color (cr, &style->land);
  cairo_fill_preserve (cr);
  pz_cairo_set_color (cr, &style->coast_line);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

/**
 * pz_basemap_draw:
 * @cr: a context whose user space is the view's logical pixels, origin at
 *   the view's top-left corner
 *
 * Draws sea, land, China's provinces and country borders, with China's
 * outline as @boundaries says. Thread-safe.
 */
void
pz_basemap_draw (PzBasemap        *self,
                 cairo_t          *cr,
                 const PzView     *view,
                 const PzMapStyle *style,
                 PzBoundaries      boundaries)
{
  gboolean china_view = boundaries == PZ_BOUNDARIES_CHINA;
  gboolean fine = view->zoom >= FINE_DETAIL_ZOOM;
  PzBasemapLayer land = fine ? PZ_BASEMAP_LAND_FINE : PZ_BASEMAP_LAND_COARSE;
  PzBasemapLayer borders = fine ? PZ_BASEMAP_BORDERS_FINE : PZ_BASEMAP_BORDERS_COARSE;
  double bounds[4];
  double margin;

  g_return_if_fail (PZ_IS_BASEMAP (self));

  /* A small margin keeps strokes that straddle a tile edge on both tiles. */
  pz_view_get_unit_bounds (view, &bounds[0], &bounds[1], &bounds[2], &bounds[3]);
  margin = 4.0 / pz_world_size (view->zoom);
  bounds[0] -= margin;
  bounds[1] -= margin;
  bounds[2] += margin;
  bounds[3] += margin;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);

  pz_cairo_set_color (cr, &style->sea);
  cairo_paint (cr);

  cairo_new_path (cr);
  append_layer_path (self, cr, land, view, bounds);
  pz_cairo_set_color (cr, &style->land);
  cairo_fill_preserve (cr);
  pz_cairo_set_color (cr, &style->coast_line);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);

  pz_cairo_set_color (cr, &style->china);
  if (china_view)
    fill_each (self, cr, PZ_BASEMAP_CLAIMS, view, bounds);

  cairo_new_path (cr);
  append_layer_path (self, cr, PZ_BASEMAP_PROVINCES, view, bounds);
  cairo_fill_preserve (cr);
  pz_cairo_set_color (cr, &style->province_line);
  cairo_set_line_width (cr, view->zoom >= 5 ? 1.0 : 0.7);
  cairo_stroke (cr);

  draw_context (self, cr, view, bounds, style, FALSE);

  if (china_view)
    {
      draw_china_borders (self, cr, borders, view, bounds, style);
      draw_sea_conventions (self, cr, view, bounds, style);
    }
  else
    {
      draw_de_facto_taiwan (self, cr, view, bounds, style);
      stroke_layer (self, cr, borders, view, bounds, &style->border_line, 1.1);
    }

  cairo_restore (cr);
}

/**
 * pz_basemap_province_at:
 *
 * Returns: (nullable): the code of the province under (@x, @y) of @view
 */
const char *
pz_basemap_province_at (PzBasemap    *self,
                        const PzView *view,
                        double        x,
                        double        y)
{
  double world = pz_world_size (view->zoom);

  return pz_basemap_province_at_unit (self, (x + view->origin_x) / world, (y + view->origin_y) / world);
}

/**
 * pz_basemap_draw_choropleth:
 *
 * Fills China's provinces by class over the base map. Provinces without a
 * value (Hong Kong, Macau, Taiwan have no zones) are left as they are.
 * Lakes and rivers are drawn again over the fills: without them a filled
 * province loses Taihu and the Yangtze that place it.
 */
void
pz_basemap_draw_choropleth (PzBasemap          *self,
                            cairo_t            *cr,
                            const PzView       *view,
                            const PzChoropleth *choropleth,
                            const PzMapStyle   *style)
{
  guint n_provinces = pz_basemap_get_n_shapes (self, PZ_BASEMAP_PROVINCES);
  double bounds[4];

  g_return_if_fail (PZ_IS_BASEMAP (self));

  pz_view_get_unit_bounds (view, &bounds[0], &bounds[1], &bounds[2], &bounds[3]);
  cairo_save (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < n_provinces; i++)
    {
      const PzBasemapShape *shape = pz_basemap_get_shape (self, PZ_BASEMAP_PROVINCES, i);
      PzColor color;

      if (!pz_choropleth_lookup (choropleth, shape->code, NULL) || !shape_visible (shape, bounds))
        continue;

      pz_choropleth_color (choropleth, shape->code, &color);
      cairo_new_path (cr);
      append_shape_path (cr, shape, view);
      pz_cairo_set_color (cr, &color);
      cairo_fill_preserve (cr);
      pz_cairo_set_color (cr, &style->province_line);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
  draw_context (self, cr, view, bounds, style, TRUE);

  cairo_restore (cr);
}

/**
 * pz_basemap_append_province:
 *
 * Appends the outline of one province to the current path, to fill,
 * stroke or clip by.
 *
 * Returns: %TRUE if the base map has the province
 */
gboolean
pz_basemap_append_province (PzBasemap    *self,
                            cairo_t      *cr,
                            const PzView *view,
                            const char   *code)
{
  const PzBasemapShape *shape;

  g_return_val_if_fail (PZ_IS_BASEMAP (self), FALSE);

  if (!(shape = pz_basemap_find_province (self, code)))
    return FALSE;
  append_shape_path (cr, shape, view);
  return TRUE;
}

static gboolean
box_is_free (const PzBox *box,
             const PzBox *avoid,
             guint        n_avoid)
{
  for (guint i = 0; i < n_avoid; i++)
    if (pz_box_intersects (box, &avoid[i]))
      return FALSE;
  return TRUE;
}

/**
 * pz_basemap_layout_labels:
 * @avoid: (nullable): boxes the names must keep off, e.g. zone markers
 *
 * Places province names where the province is large enough on screen to
 * hold its name: at its label point, or moved a little up, down or
 * sideways to clear @avoid; a name with no free place is left out.
 *
 * Returns: (transfer full): a #PzProvinceLabel per name drawn
 */
GArray *
pz_basemap_layout_labels (PzBasemap    *self,
                          cairo_t      *cr,
                          const PzView *view,
                          const PzBox  *avoid,
                          guint         n_avoid)
{
  static const double shifts[][2] = { { 0, 0 }, { 0, -1 }, { 0, 1 }, { -0.5, 0 }, { 0.5, 0 },
                                      { 0, -2 }, { 0, 2 } };
  guint n_provinces = pz_basemap_get_n_shapes (self, PZ_BASEMAP_PROVINCES);
  g_autoptr(PangoLayout) layout = pz_cairo_text_layout (cr, "Sans 9", NULL);
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (PzProvinceLabel));
  double world = pz_world_size (view->zoom);
  double bounds[4];

  g_return_val_if_fail (PZ_IS_BASEMAP (self), labels);

  pz_view_get_unit_bounds (view, &bounds[0], &bounds[1], &bounds[2], &bounds[3]);
  for (guint i = 0; i < n_provinces; i++)
    {
      const PzBasemapShape *shape = pz_basemap_get_shape (self, PZ_BASEMAP_PROVINCES, i);
      const char *name = pz_locale_pick (shape->name_zh, shape->name_en);
      double shape_w = (shape->geometry->max_x - shape->geometry->min_x) * world;
      double shape_h = (shape->geometry->max_y - shape->geometry->min_y) * world;
      PangoRectangle ink;
      double x, y;

      if (name == NULL || !shape_visible (shape, bounds))
        continue;

      pz_cairo_layout_set_text (layout, name);
      pango_layout_get_pixel_extents (layout, NULL, &ink);
      /* A name wider than its province would cover its neighbours. */
      if (ink.width > shape_w * 0.6 || ink.height > shape_h * 0.5)
        continue;

      pz_view_project_unit (view, shape->label_x, shape->label_y, &x, &y);
      for (guint k = 0; k < G_N_ELEMENTS (shifts); k++)
        {
          PzProvinceLabel label = { .shape = i };

          label.box = (PzBox) { x - ink.width / 2.0 + shifts[k][0] * ink.width,
                                y - ink.height / 2.0 + shifts[k][1] * ink.height, ink.width, ink.height };
          if (box_is_free (&label.box, avoid, n_avoid))
            {
              g_array_append_val (labels, label);
              break;
            }
        }
    }
  return labels;
}

/**
 * pz_basemap_draw_labels:
 * @avoid: (nullable): boxes the names must keep off, e.g. zone markers
 *
 * Draws the province names pz_basemap_layout_labels() places. Labels are
 * kept out of tiles so that they stay crisp at fractional zoom levels.
 * Main thread only (Pango).
 */
void
pz_basemap_draw_labels (PzBasemap        *self,
                        cairo_t          *cr,
                        const PzView     *view,
                        const PzMapStyle *style,
                        const PzBox      *avoid,
                        guint             n_avoid)
{
  g_autoptr(GArray) labels = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  g_return_if_fail (PZ_IS_BASEMAP (self));

  labels = pz_basemap_layout_labels (self, cr, view, avoid, n_avoid);
  layout = pz_cairo_text_layout (cr, "Sans 9", NULL);

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < labels->len; i++)
    {
      const PzProvinceLabel *label = &g_array_index (labels, PzProvinceLabel, i);
      const PzBasemapShape *shape = pz_basemap_get_shape (self, PZ_BASEMAP_PROVINCES, label->shape);
      PangoRectangle ink;

      pz_cairo_layout_set_text (layout, pz_locale_pick (shape->name_zh, shape->name_en));
      pango_layout_get_pixel_extents (layout, NULL, &ink);
      cairo_move_to (cr, label->box.x, label->box.y);
      pango_cairo_layout_path (cr, layout);
      pz_cairo_set_color (cr, &style->label_halo);
      cairo_set_line_width (cr, 3.0);
      cairo_stroke (cr);

      cairo_move_to (cr, label->box.x, label->box.y);
      pz_cairo_set_color (cr, &style->label);
      pango_cairo_show_layout (cr, layout);
    }

  cairo_restore (cr);
}

/**
 * pz_basemap_render_tile:
 * @scale: device pixels per logical pixel; the tile is 256 × @scale pixels
 *
 * Renders one Web Mercator tile. Thread-safe.
 *
 * Returns: (transfer full): an ARGB32 image surface, its pixels from the
 *   tile pool
 */
cairo_surface_t *
pz_basemap_render_tile (PzBasemap        *self,
                        guint             x,
                        guint             y,
                        guint             zoom,
                        double            scale,
                        const PzMapStyle *style,
                        PzBoundaries      boundaries)
{
  int size = (int) ceil (PZ_TILE_SIZE * scale);
  cairo_surface_t *surface = pz_tile_pool_new_image (size);
  cairo_t *cr = cairo_create (surface);
  PzView view;

  pz_view_init_tile (&view, x, y, zoom, scale);
  cairo_scale (cr, scale, scale);
  pz_basemap_draw (self, cr, &view, style, boundaries);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}
