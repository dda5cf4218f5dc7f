/* pz-projection.h
 *
 * Web Mercator in the unit square, the same maths as libshumate's map
 * sources, so overlays and exports line up with the tiles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <math.h>

G_BEGIN_DECLS

#define PZ_TILE_SIZE 256
#define PZ_MAX_LATITUDE 85.0511287798

static inline double
pz_mercator_x (double longitude)
{
  return (longitude + 180.0) / 360.0;
}

static inline double
pz_mercator_y (double latitude)
{
  double lat = CLAMP (latitude, -PZ_MAX_LATITUDE, PZ_MAX_LATITUDE) * G_PI / 180.0;

  return (1.0 - log (tan (lat) + 1.0 / cos (lat)) / G_PI) / 2.0;
}

static inline double
pz_mercator_longitude (double x)
{
  return x * 360.0 - 180.0;
}

static inline double
pz_mercator_latitude (double y)
{
  return atan (sinh (G_PI * (1.0 - 2.0 * y))) * 180.0 / G_PI;
}

/* Width of the whole world in logical pixels at @zoom. */
static inline double
pz_world_size (double zoom)
{
  return PZ_TILE_SIZE * exp2 (zoom);
}

G_END_DECLS
