/* pz-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-view"

#include "config.h"

#include "pz-projection.h"
#include "pz-view.h"

void
pz_view_init_centered (PzView *view,
                       double  latitude,
                       double  longitude,
                       double  zoom,
                       double  width,
                       double  height,
                       double  scale)
{
  double world = pz_world_size (zoom);

  view->zoom = zoom;
  view->origin_x = pz_mercator_x (longitude) * world - width / 2.0;
  view->origin_y = pz_mercator_y (latitude) * world - height / 2.0;
  view->width = width;
  view->height = height;
  view->scale = scale;
}

void
pz_view_init_tile (PzView *view,
                   guint   x,
                   guint   y,
                   guint   zoom,
                   double  scale)
{
  view->zoom = zoom;
  view->origin_x = (double) x * PZ_TILE_SIZE;
  view->origin_y = (double) y * PZ_TILE_SIZE;
  view->width = PZ_TILE_SIZE;
  view->height = PZ_TILE_SIZE;
  view->scale = scale;
}

void
pz_view_project_unit (const PzView *view,
                      double        unit_x,
                      double        unit_y,
                      double       *x,
                      double       *y)
{
  double world = pz_world_size (view->zoom);

  *x = unit_x * world - view->origin_x;
  *y = unit_y * world - view->origin_y;
}

void
pz_view_project (const PzView *view,
                 double        latitude,
                 double        longitude,
                 double       *x,
                 double       *y)
{
  pz_view_project_unit (view, pz_mercator_x (longitude), pz_mercator_y (latitude), x, y);
}

/* The part of the unit-square world the view shows, for culling. */
void
pz_view_get_unit_bounds (const PzView *view,
                         double       *min_x,
                         double       *min_y,
                         double       *max_x,
                         double       *max_y)
{
  double world = pz_world_size (view->zoom);

  *min_x = view->origin_x / world;
  *min_y = view->origin_y / world;
  *max_x = (view->origin_x + view->width) / world;
  *max_y = (view->origin_y + view->height) / world;
}

/**
 * pz_view_fit_zoom:
 *
 * Returns: the largest zoom at which the box fits in @width × @height with
 *   @padding logical pixels on every side
 */
double
pz_view_fit_zoom (double min_lat,
                  double min_lon,
                  double max_lat,
                  double max_lon,
                  double width,
                  double height,
                  double padding)
{
  double dx = pz_mercator_x (max_lon) - pz_mercator_x (min_lon);
  double dy = pz_mercator_y (min_lat) - pz_mercator_y (max_lat);
  double avail_w = MAX (width - 2 * padding, 1.0);
  double avail_h = MAX (height - 2 * padding, 1.0);
  double zx = dx > 0 ? log2 (avail_w / (dx * PZ_TILE_SIZE)) : 20.0;
  double zy = dy > 0 ? log2 (avail_h / (dy * PZ_TILE_SIZE)) : 20.0;

  return MIN (zx, zy);
}
