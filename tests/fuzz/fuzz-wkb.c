/* fuzz-wkb.c
 *
 * libFuzzer target for the GeoPackage/WKB geometry reader: the input is
 * parsed both as a GeoPackage blob and as plain WKB; each geometry that
 * parses is checked for consistency, walked as the base map walks it,
 * projected to Web Mercator and freed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdint.h>

#include "fuzz-common.h"
#include "pz-geometry.h"

static void
check_geometry (PzGeometry *g)
{
  volatile double sum = 0;

  FUZZ_CHECK (g->type >= PZ_GEOMETRY_POINT && g->type <= PZ_GEOMETRY_MULTIPOLYGON);
  FUZZ_CHECK (g->ring_starts != NULL);
  FUZZ_CHECK (g->ring_starts[0] == 0 || g->n_rings == 0);
  FUZZ_CHECK (g->ring_starts[g->n_rings] == g->n_points);
  for (guint r = 0; r < g->n_rings; r++)
    {
      FUZZ_CHECK (g->ring_starts[r] <= g->ring_starts[r + 1]);
      /* Every point read, as append_shape_path() and shape_contains() do. */
      for (guint i = g->ring_starts[r]; i < g->ring_starts[r + 1]; i++)
        sum += g->points[i].x + g->points[i].y;
    }
  if (g->type == PZ_GEOMETRY_POINT)
    FUZZ_CHECK (g->n_rings == 1 && g->n_points == 1);
  if (g->n_points > 0 && !isnan (g->min_x) && !isnan (g->max_x))
    FUZZ_CHECK (g->min_x <= g->max_x);
  (void) pz_geometry_is_polygonal (g);
  (void) sum;
}

static void
parse (PzGeometry *(*parser) (const guint8 *, gsize, GError **),
       const uint8_t *data,
       size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzGeometry) g = parser (data, size, &error);

  if (g == NULL)
    {
      FUZZ_CHECK (error != NULL && error->domain == PZ_GEOMETRY_ERROR);
      return;
    }
  FUZZ_CHECK (error == NULL);
  check_geometry (g);
  pz_geometry_project_mercator (g);
  check_geometry (g);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init (argc, argv);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* libFuzzer hands over a heap buffer of exactly @size bytes, so ASan
   * reports any read past the end of the blob. */
  parse (pz_geometry_new_from_gpkg, data, size);
  parse (pz_geometry_new_from_wkb, data, size);
  return 0;
}
