/* pz-basemap.c
 *
 * The offline base map: land, country borders and China's provinces from
 * the bundled GeoPackage, drawn with cairo. The same functions fill map
 * tiles (in worker threads) and exported images, so a basemap is immutable
 * once loaded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-basemap"

#include "config.h"

#include <pango/pangocairo.h>

#include "pz-basemap.h"
#include "pz-locale.h"
#include "pz-projection.h"

/* Below this zoom the 1:110m layers are detailed enough and much cheaper. */
#define FINE_DETAIL_ZOOM 3.5

/* Points closer than this (logical px) to the previous one add nothing. */
#define MIN_SEGMENT 0.4

typedef struct
{
  PzGeometry *geometry;  /* Web Mercator unit square */
  char       *code;      /* province adcode, or NULL */
  char       *name_zh;
  char       *name_en;
  double      label_x;
  double      label_y;
} Shape;

struct _PzBasemap
{
  GObject    parent_instance;

  GPtrArray *layers[PZ_BASEMAP_N_LAYERS];
};

G_DEFINE_FINAL_TYPE (PzBasemap, pz_basemap, G_TYPE_OBJECT)

static void
shape_free (gpointer data)
{
  Shape *shape = data;

  pz_geometry_free (shape->geometry);
  g_free (shape->code);
  g_free (shape->name_zh);
  g_free (shape->name_en);
  g_free (shape);
}

static void
pz_basemap_finalize (GObject *object)
{
  PzBasemap *self = (PzBasemap *)object;

  for (guint i = 0; i < PZ_BASEMAP_N_LAYERS; i++)
    g_clear_pointer (&self->layers[i], g_ptr_array_unref);

  G_OBJECT_CLASS (pz_basemap_parent_class)->finalize (object);
}

static void
pz_basemap_class_init (PzBasemapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_basemap_finalize;
}

static void
pz_basemap_init (PzBasemap *self)
{
  for (guint i = 0; i < PZ_BASEMAP_N_LAYERS; i++)
    self->layers[i] = g_ptr_array_new_with_free_func (shape_free);
}

PzBasemap *
pz_basemap_new (void)
{
  return g_object_new (PZ_TYPE_BASEMAP, NULL);
}

/**
 * pz_basemap_add:
 * @geometry: (transfer full): in longitude/latitude
 *
 * Adds a shape while loading. Not thread-safe: call before the basemap is
 * shared with a renderer.
 */
void
pz_basemap_add (PzBasemap      *self,
                PzBasemapLayer  layer,
                PzGeometry     *geometry,
                const char     *code,
                const char     *name_zh,
                const char     *name_en,
                double          label_latitude,
                double          label_longitude)
{
  Shape *shape;

  g_return_if_fail (PZ_IS_BASEMAP (self));
  g_return_if_fail (layer < PZ_BASEMAP_N_LAYERS);
  g_return_if_fail (geometry != NULL);

  pz_geometry_project_mercator (geometry);

  shape = g_new0 (Shape, 1);
  shape->geometry = geometry;
  shape->code = g_strdup (code);
  shape->name_zh = g_strdup (name_zh);
  shape->name_en = g_strdup (name_en);
  shape->label_x = pz_mercator_x (label_longitude);
  shape->label_y = pz_mercator_y (label_latitude);
  g_ptr_array_add (self->layers[layer], shape);
}

guint
pz_basemap_get_n_shapes (PzBasemap      *self,
                         PzBasemapLayer  layer)
{
  g_return_val_if_fail (PZ_IS_BASEMAP (self), 0);
  g_return_val_if_fail (layer < PZ_BASEMAP_N_LAYERS, 0);

  return self->layers[layer]->len;
}

static gboolean
shape_visible (const Shape *shape,
               const double bounds[4])
{
  const PzGeometry *g = shape->geometry;

  return g->max_x >= bounds[0] && g->min_x <= bounds[2] &&
         g->max_y >= bounds[1] && g->min_y <= bounds[3];
}

static void
append_shape_path (cairo_t      *cr,
                   const Shape  *shape,
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
  GPtrArray *shapes = self->layers[layer];

  for (guint i = 0; i < shapes->len; i++)
    if (shape_visible (g_ptr_array_index (shapes, i), bounds))
      append_shape_path (cr, g_ptr_array_index (shapes, i), view);
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

/**
 * pz_basemap_draw:
 * @cr: a context whose user space is the view's logical pixels, origin at
 *   the view's top-left corner
 *
 * Draws sea, land, China's provinces and country borders. Thread-safe.
 */
void
pz_basemap_draw (PzBasemap        *self,
                 cairo_t          *cr,
                 const PzView     *view,
                 const PzMapStyle *style)
{
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

  cairo_new_path (cr);
  append_layer_path (self, cr, PZ_BASEMAP_PROVINCES, view, bounds);
  pz_cairo_set_color (cr, &style->china);
  cairo_fill_preserve (cr);
  pz_cairo_set_color (cr, &style->province_line);
  cairo_set_line_width (cr, view->zoom >= 5 ? 1.0 : 0.7);
  cairo_stroke (cr);

  stroke_layer (self, cr, borders, view, bounds, &style->border_line, 1.1);

  cairo_restore (cr);
}

static const Shape *
find_province (PzBasemap  *self,
               const char *code)
{
  GPtrArray *provinces = self->layers[PZ_BASEMAP_PROVINCES];

  for (guint i = 0; i < provinces->len && code != NULL; i++)
    {
      const Shape *shape = g_ptr_array_index (provinces, i);

      if (g_strcmp0 (shape->code, code) == 0)
        return shape;
    }
  return NULL;
}

/**
 * pz_basemap_get_province_bounds:
 * @bounds: (out): south, west, north, east in degrees
 *
 * Returns: %TRUE if the province is known
 */
gboolean
pz_basemap_get_province_bounds (PzBasemap  *self,
                                const char *code,
                                double      bounds[4])
{
  const Shape *shape;

  g_return_val_if_fail (PZ_IS_BASEMAP (self), FALSE);

  if (!(shape = find_province (self, code)))
    return FALSE;

  bounds[0] = pz_mercator_latitude (shape->geometry->max_y);
  bounds[1] = pz_mercator_longitude (shape->geometry->min_x);
  bounds[2] = pz_mercator_latitude (shape->geometry->min_y);
  bounds[3] = pz_mercator_longitude (shape->geometry->max_x);
  return TRUE;
}

/* Even-odd ray casting over all rings, as the fill rule draws them. */
static gboolean
shape_contains (const Shape *shape,
                double       ux,
                double       uy)
{
  const PzGeometry *g = shape->geometry;
  gboolean inside = FALSE;

  if (ux < g->min_x || ux > g->max_x || uy < g->min_y || uy > g->max_y)
    return FALSE;

  for (guint r = 0; r < g->n_rings; r++)
    for (guint i = g->ring_starts[r], j = g->ring_starts[r + 1] - 1; i < g->ring_starts[r + 1]; j = i++)
      {
        const PzPoint *a = &g->points[i], *b = &g->points[j];

        if ((a->y > uy) != (b->y > uy) &&
            ux < (b->x - a->x) * (uy - a->y) / (b->y - a->y) + a->x)
          inside = !inside;
      }

  return inside;
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
  GPtrArray *provinces = self->layers[PZ_BASEMAP_PROVINCES];
  double world = pz_world_size (view->zoom);
  double ux = (x + view->origin_x) / world;
  double uy = (y + view->origin_y) / world;

  g_return_val_if_fail (PZ_IS_BASEMAP (self), NULL);

  for (guint i = 0; i < provinces->len; i++)
    {
      const Shape *shape = g_ptr_array_index (provinces, i);

      if (shape->code != NULL && shape_contains (shape, ux, uy))
        return shape->code;
    }
  return NULL;
}

/**
 * pz_basemap_get_province_name:
 *
 * Returns: (nullable): the name of the province in the UI language
 */
const char *
pz_basemap_get_province_name (PzBasemap  *self,
                              const char *code)
{
  const Shape *shape;

  g_return_val_if_fail (PZ_IS_BASEMAP (self), NULL);

  shape = find_province (self, code);
  return shape != NULL ? pz_locale_pick (shape->name_zh, shape->name_en) : NULL;
}

/**
 * pz_basemap_draw_choropleth:
 *
 * Fills China's provinces by class over the base map. Provinces without a
 * value (Hong Kong, Macau, Taiwan have no zones) are left as they are.
 */
void
pz_basemap_draw_choropleth (PzBasemap          *self,
                            cairo_t            *cr,
                            const PzView       *view,
                            const PzChoropleth *choropleth,
                            const PzMapStyle   *style)
{
  GPtrArray *provinces = self->layers[PZ_BASEMAP_PROVINCES];
  double bounds[4];

  g_return_if_fail (PZ_IS_BASEMAP (self));

  pz_view_get_unit_bounds (view, &bounds[0], &bounds[1], &bounds[2], &bounds[3]);
  cairo_save (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < provinces->len; i++)
    {
      const Shape *shape = g_ptr_array_index (provinces, i);
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

  cairo_restore (cr);
}

/**
 * pz_basemap_draw_labels:
 *
 * Draws province names where the province is large enough on screen to
 * hold its name. Labels are kept out of tiles so that they stay crisp at
 * fractional zoom levels. Main thread only (Pango).
 */
void
pz_basemap_draw_labels (PzBasemap        *self,
                        cairo_t          *cr,
                        const PzView     *view,
                        const PzMapStyle *style)
{
  GPtrArray *provinces = self->layers[PZ_BASEMAP_PROVINCES];
  g_autoptr(PangoLayout) layout = NULL;
  double bounds[4];

  g_return_if_fail (PZ_IS_BASEMAP (self));

  pz_view_get_unit_bounds (view, &bounds[0], &bounds[1], &bounds[2], &bounds[3]);
  layout = pz_cairo_text_layout (cr, "Sans 9", NULL);

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < provinces->len; i++)
    {
      const Shape *shape = g_ptr_array_index (provinces, i);
      const char *name = pz_locale_pick (shape->name_zh, shape->name_en);
      double world = pz_world_size (view->zoom);
      double shape_w = (shape->geometry->max_x - shape->geometry->min_x) * world;
      double shape_h = (shape->geometry->max_y - shape->geometry->min_y) * world;
      PangoRectangle ink;
      double x, y;

      if (name == NULL || !shape_visible (shape, bounds))
        continue;

      pango_layout_set_text (layout, name, -1);
      pango_layout_get_pixel_extents (layout, NULL, &ink);
      /* A name wider than its province would cover its neighbours. */
      if (ink.width > shape_w * 0.6 || ink.height > shape_h * 0.5)
        continue;

      pz_view_project_unit (view, shape->label_x, shape->label_y, &x, &y);
      x -= ink.width / 2.0;
      y -= ink.height / 2.0;

      cairo_move_to (cr, x, y);
      pango_cairo_layout_path (cr, layout);
      pz_cairo_set_color (cr, &style->label_halo);
      cairo_set_line_width (cr, 3.0);
      cairo_stroke (cr);

      cairo_move_to (cr, x, y);
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
 * Returns: (transfer full): an ARGB32 image surface
 */
cairo_surface_t *
pz_basemap_render_tile (PzBasemap        *self,
                        guint             x,
                        guint             y,
                        guint             zoom,
                        double            scale,
                        const PzMapStyle *style)
{
  int size = (int) ceil (PZ_TILE_SIZE * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (surface);
  PzView view;

  pz_view_init_tile (&view, x, y, zoom, scale);
  cairo_scale (cr, scale, scale);
  pz_basemap_draw (self, cr, &view, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}
