/* bench-clusters.c
 *
 * 100,000 synthetic points: cluster index build, and query + draw of a
 * 1280×800 frame at several zooms. Writes the points as GeoJSON when a
 * path is given, so that Mapbox's supercluster (the reference) can index
 * the very same points in the same run (tests/bench/compare/). Then the
 * imported enterprises' layer: 100,000 generated rows in a user database
 * (tests/pz-test-enterprises.h), read, indexed, and queried and drawn
 * per frame as the "imported" map mode draws them.
 *
 * Usage: bench-clusters [POINTS.geojson]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include <glib/gstdio.h>

#include "../pz-test-enterprises.h"
#include "pz-cluster-index.h"
#include "pz-database.h"
#include "pz-enterprise-draw.h"
#include "pz-projection.h"
#include "pz-view.h"
#include "pz-zone-draw.h"

#define N 100000
#define ROUNDS 20

/* The imported enterprises' layer, with the bundled zones (PZ_DATABASE). */
static void
bench_imported (cairo_surface_t *surface)
{
  static const double zooms[] = { 3, 6, 9, 12 };
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = pz_database_default_path ();
  g_autoptr(PzDatabase) database = pz_database_open (db_path, &error);
  g_autofree char *dir = g_dir_make_tmp ("pz-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "user.sqlite", NULL);
  g_autoptr(PzUserDatabase) user = NULL;
  g_autoptr(PzEnterprisePoints) points = NULL;
  g_autoptr(PzEnterpriseClusters) clusters = NULL;
  gint64 start;

  if (database == NULL)
    {
      g_print ("imported points: skipped (%s)\n", error->message);
      return;
    }
  user = pz_user_database_open (path, &error);
  g_assert_no_error (error);
  pz_test_import_enterprises (user, N, PZ_TEST_ENTERPRISES_SEED);

  start = g_get_monotonic_time ();
  points = pz_enterprise_points_load (user, pz_database_get_zones (database), &error);
  g_assert_no_error (error);
  g_print ("imported points, read %d from the user database: %.1f ms\n", N,
           (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  clusters = pz_enterprise_clusters_new (points);
  g_print ("imported points, index build: %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      PzView view;
      double draw_us = 0;
      guint drawn = 0;

      pz_view_init_centered (&view, 31.0, 118.0, zooms[z], 1280, 800, 1);
      for (guint r = 0; r < ROUNDS; r++)
        {
          cairo_t *cr = cairo_create (surface);

          start = g_get_monotonic_time ();
          drawn = pz_draw_enterprise_clusters (cr, &view, clusters, pz_map_style_get (FALSE));
          draw_us += g_get_monotonic_time () - start;
          cairo_destroy (cr);
        }
      g_print ("imported points, zoom %.0f: query + draw %.2f ms (%u symbols), frame budget 16.7 ms\n",
               zooms[z], draw_us / ROUNDS / 1000, drawn);
    }

  g_clear_object (&user);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GListStore) zones = g_list_store_new (PZ_TYPE_ZONE);
  g_autofree double *xs = g_new (double, N);
  g_autofree double *ys = g_new (double, N);
  g_autoptr(GString) geojson = g_string_new ("{\"type\":\"FeatureCollection\",\"features\":[");
  static const double zooms[] = { 3, 6, 9, 12, 15 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 800);
  PzClusterIndex *index = NULL;
  gint64 start;
  double build_ms;

  for (guint i = 0; i < N; i++)
    {
      double lon = g_rand_double_range (rand, 75, 135);
      double lat = g_rand_double_range (rand, 18, 53);
      g_autoptr(PzZone) zone = NULL;

      if (i % 2 == 0)
        lon = g_rand_double_range (rand, 110, 122), lat = g_rand_double_range (rand, 22, 40);
      xs[i] = pz_mercator_x (lon);
      ys[i] = pz_mercator_y (lat);
      zone = g_object_new (PZ_TYPE_ZONE, "batch", 1 + i % 7, "latitude", lat, "longitude", lon,
                           "has-location", TRUE, NULL);
      g_list_store_append (zones, zone);
      g_string_append_printf (geojson, "%s{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                              "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}}", i ? "," : "", lon, lat);
    }
  g_string_append (geojson, "]}\n");
  if (argc > 1)
    g_file_set_contents (argv[1], geojson->str, geojson->len, NULL);

  start = g_get_monotonic_time ();
  for (guint r = 0; r < 3; r++)
    {
      g_clear_pointer (&index, pz_cluster_index_free);
      index = pz_cluster_index_new (xs, ys, N, 40, 16);
    }
  build_ms = (g_get_monotonic_time () - start) / 3 / 1000.0;
  g_print ("index build, %d points: %.1f ms\n", N, build_ms);

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      PzView view;
      double query_us = 0, draw_us = 0;
      guint drawn = 0;

      pz_view_init_centered (&view, 31.0, 118.0, zooms[z], 1280, 800, 1);
      for (guint r = 0; r < ROUNDS; r++)
        {
          double min_x, min_y, max_x, max_y;
          g_autoptr(GArray) found = NULL;
          cairo_t *cr = cairo_create (surface);

          pz_view_get_unit_bounds (&view, &min_x, &min_y, &max_x, &max_y);
          start = g_get_monotonic_time ();
          found = pz_cluster_index_query (index, zooms[z], min_x, min_y, max_x, max_y);
          query_us += g_get_monotonic_time () - start;

          start = g_get_monotonic_time ();
          drawn = pz_draw_zone_clusters (cr, &view, G_LIST_MODEL (zones), index, pz_map_style_get (FALSE));
          draw_us += g_get_monotonic_time () - start;
          cairo_destroy (cr);
        }
      g_print ("zoom %.0f: query %.1f us, query + draw %.2f ms (%u symbols), frame budget 16.7 ms\n",
               zooms[z], query_us / ROUNDS, draw_us / ROUNDS / 1000, drawn);
    }

  pz_cluster_index_free (index);
  bench_imported (surface);
  cairo_surface_destroy (surface);
  return 0;
}
