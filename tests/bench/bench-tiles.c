/* bench-tiles.c
 *
 * Offline base-map tiles per second at zooms 3 to 8, over China, at
 * scale 1 and 2, with the time a full 1280×800 view (about 48 tiles, as
 * libshumate requests them) would take on one core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pz-basemap-draw.h"
#include "pz-database.h"
#include "pz-projection.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(PzDatabase) db = pz_database_open (path, &error);
  const PzMapStyle *style = pz_map_style_get (FALSE);

  if (db == NULL)
    {
      g_printerr ("bench-tiles: %s\n", error->message);
      return 1;
    }

  g_print ("| zoom | tiles/s (scale 1) | tiles/s (scale 2) | 48-tile view, scale 2 |\n|---|---:|---:|---:|\n");
  for (guint zoom = 3; zoom <= 8; zoom++)
    {
      double world = pz_world_size (zoom) / PZ_TILE_SIZE;
      guint x0 = (guint) (pz_mercator_x (100) * world), y0 = (guint) (pz_mercator_y (40) * world);
      double rate[2];

      for (guint s = 0; s < 2; s++)
        {
          gint64 start = g_get_monotonic_time ();
          guint n = 0;

          /* An 8 × 6 block of tiles around central China. */
          for (guint dy = 0; dy < 6; dy++)
            for (guint dx = 0; dx < 8; dx++, n++)
              cairo_surface_destroy (pz_basemap_render_tile (pz_database_get_basemap (db), x0 + dx, y0 + dy,
                                                             zoom, s + 1, style, PZ_BOUNDARIES_CHINA));
          rate[s] = n / ((g_get_monotonic_time () - start) / 1e6);
        }
      g_print ("| %u | %.0f | %.0f | %.0f ms |\n", zoom, rate[0], rate[1], 48 / rate[1] * 1000);
    }
  return 0;
}
