/* test-enterprises.c
 *
 * Imported enterprises as points: 100,000 generated rows (fixed seed,
 * all in China), imported from a CSV file through the import engine, read
 * as one array, exact or at their zone; the clusters
 * the layer queries add up to the rows in the frame; a removed import's
 * points vanish; the company list's search; an export of the "imported"
 * mode draws the bubbles; the map view's layer shows them in that mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "pz-enterprise-draw.h"
#include "pz-enterprise-list.h"
#include "pz-export.h"
#include "pz-import-job.h"
#include "pz-imports-window.h"
#include "pz-map-view.h"
#include "pz-map-view-private.h"
#include "pz-projection.h"
#include "pz-test-enterprises.h"
#include "pz-test-window.h"
#include "pz-window.h"

#define N_ROWS 100000

typedef struct
{
  char           *dir;
  char           *path;
  PzDatabase     *database;
  PzUserDatabase *user;
  gint64          import_id;
} Fixture;

/* One user database with the 100,000 rows for every test: the import is
 * what takes time. Each test that changes it puts it back. */
static Fixture shared;

static GListModel *
zones (void)
{
  return pz_database_get_zones (shared.database);
}

static PzZone *
find_zone (const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (zones ()); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones (), i);

      if (g_str_equal (pz_zone_get_id (zone), id))
        return g_steal_pointer (&zone);
    }
  g_assert_not_reached ();
}

static guint
sum_counts (GArray *clusters)
{
  guint sum = 0;

  for (guint i = 0; i < clusters->len; i++)
    sum += g_array_index (clusters, PzCluster, i).count;
  return sum;
}

/* The points whose position is in @view grown by @grow pixels (shrunk
 * for a negative @grow). */
static guint
points_in_view (PzEnterprisePoints *points,
                const PzView       *view,
                double              grow)
{
  guint n, inside = 0;
  const PzEnterprisePoint *data = pz_enterprise_points_get_data (points, &n);

  for (guint i = 0; i < n; i++)
    {
      double x, y;

      pz_view_project (view, data[i].latitude, data[i].longitude, &x, &y);
      inside += x >= -grow && y >= -grow && x <= view->width + grow && y <= view->height + grow;
    }
  return inside;
}

/* Every row is placed: 9 in 10 at their own coordinates, the rest at
 * their zone's position; the coordinates are those imported. */
static void
test_points_exact_and_at_zone (void)
{
  g_autoptr(PzEnterprisePoints) points = pz_enterprise_points_get (shared.user, zones ());
  g_autoptr(PzEnterprisePoints) again = pz_enterprise_points_get (shared.user, zones ());
  g_autoptr(GRand) rand = g_rand_new_with_seed (PZ_TEST_ENTERPRISES_SEED);
  guint n;
  const PzEnterprisePoint *data = pz_enterprise_points_get_data (points, &n);

  g_assert_true (points == again);  /* read once until the data change */
  g_assert_cmpuint (n, ==, N_ROWS);
  g_assert_cmpuint (pz_enterprise_points_get_n_exact (points), ==, N_ROWS / 10 * 9);
  g_assert_cmpuint (pz_enterprise_points_get_n_unplaced (points), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      char name[32];
      PzImportRow row;

      pz_test_enterprise_row (rand, i, name, sizeof name, &row);
      if (row.has_location)
        {
          g_assert_cmpuint (data[i].flags, ==, PZ_ENTERPRISE_EXACT);
          g_assert_cmpfloat (data[i].latitude, ==, row.latitude);
          g_assert_cmpfloat (data[i].longitude, ==, row.longitude);
        }
      else
        {
          g_autoptr(PzZone) zone = find_zone (row.zone_id);

          g_assert_cmpuint (data[i].flags, ==, PZ_ENTERPRISE_AT_ZONE);
          g_assert_cmpfloat (data[i].latitude, ==, pz_zone_get_latitude (zone));
          g_assert_cmpfloat (data[i].longitude, ==, pz_zone_get_longitude (zone));
        }
    }
}

/* A view of all China: the bubbles and dots add up to every row. At any
 * zoom, those of the whole world do too. */
static void
test_clusters_national (void)
{
  g_autoptr(PzEnterprisePoints) points = pz_enterprise_points_get (shared.user, zones ());
  g_autoptr(PzEnterpriseClusters) clusters = pz_enterprise_clusters_new (points);
  g_autoptr(GArray) found = NULL;
  PzView view;

  pz_view_init_centered (&view, 35.0, 105.0, 4.0, 1280, 800, 1);
  g_assert_cmpuint (points_in_view (points, &view, 0), ==, N_ROWS);
  found = pz_enterprise_clusters_query (clusters, &view, 0);
  g_assert_cmpuint (sum_counts (found), ==, N_ROWS);
  /* Clustered: far fewer symbols than rows. */
  g_assert_cmpuint (found->len, <, 500);
  g_assert_cmpuint (found->len, >, 10);

  for (guint z = 0; z <= PZ_ENTERPRISE_CLUSTER_MAX_ZOOM + 2; z++)
    {
      g_autoptr(GArray) world = NULL;

      pz_view_init_centered (&view, 0, 0, z, pz_world_size (z), pz_world_size (z), 1);
      world = pz_enterprise_clusters_query (clusters, &view, 0);
      g_assert_cmpuint (sum_counts (world), ==, N_ROWS);
    }
}

/* Zoomed on the Yangtze delta, the frame's bubbles and dots add up to its
 * rows, give or take those a cluster's radius from its edges; zooming in
 * spreads them: the biggest bubble shrinks, single dots appear. */
static void
test_clusters_zoomed (void)
{
  g_autoptr(PzEnterprisePoints) points = pz_enterprise_points_get (shared.user, zones ());
  g_autoptr(PzEnterpriseClusters) clusters = pz_enterprise_clusters_new (points);
  static const double zooms[] = { 7, 9, 11, 13 };
  guint last_biggest = G_MAXUINT;

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      g_autoptr(GArray) found = NULL;
      guint sum, inner, outer, biggest = 0, singles = 0;
      PzView view;

      pz_view_init_centered (&view, 31.15, 121.3, zooms[z], 1280, 800, 1);
      found = pz_enterprise_clusters_query (clusters, &view, 0);
      sum = sum_counts (found);
      inner = points_in_view (points, &view, -2 * PZ_ENTERPRISE_CLUSTER_RADIUS);
      outer = points_in_view (points, &view, 2 * PZ_ENTERPRISE_CLUSTER_RADIUS);
      g_test_message ("zoom %.0f: %u symbols, sum %u, rows %u (%u..%u)", zooms[z], found->len, sum,
                      points_in_view (points, &view, 0), inner, outer);
      g_assert_cmpuint (sum, >=, inner);
      g_assert_cmpuint (sum, <=, outer);
      g_assert_cmpuint (sum, <, N_ROWS);
      for (guint i = 0; i < found->len; i++)
        {
          PzCluster *c = &g_array_index (found, PzCluster, i);

          biggest = MAX (biggest, c->count);
          singles += c->count == 1;
        }
      g_assert_cmpuint (biggest, <, last_biggest);
      last_biggest = biggest;
      if (zooms[z] >= 13)
        g_assert_cmpuint (singles, >, 0);
    }
}

/* Rows without coordinates are at their zone's position: at the highest
 * zoom they are one bubble there, which never splits; the list says so. */
static void
test_at_zone_rows (void)
{
  g_autoptr(PzEnterprisePoints) points = pz_enterprise_points_get (shared.user, zones ());
  g_autoptr(PzEnterpriseClusters) clusters = pz_enterprise_clusters_new (points);
  g_autoptr(PzZone) hangzhou = find_zone ("hangzhou");
  g_autoptr(PzEnterpriseModel) model = pz_enterprise_model_new (shared.user, zones ());
  g_autoptr(GArray) found = NULL;
  g_autoptr(PzEnterprise) row = NULL;
  PzView view;
  PzCluster hit;
  double latitude, longitude, x, y;
  guint n_at_hangzhou = 0;

  /* Rows 9, 79, 149…: every 70th, from 9, is Hangzhou's and has no coordinates. */
  for (guint i = 9; i < N_ROWS; i += 70)
    n_at_hangzhou++;
  pz_view_init_centered (&view, pz_zone_get_latitude (hangzhou), pz_zone_get_longitude (hangzhou),
                         PZ_ENTERPRISE_CLUSTER_MAX_ZOOM + 2, 400, 400, 1);
  found = pz_enterprise_clusters_query (clusters, &view, 0);
  pz_view_project (&view, pz_zone_get_latitude (hangzhou), pz_zone_get_longitude (hangzhou), &x, &y);
  g_assert_true (pz_enterprise_clusters_hit (clusters, &view, x, y, &hit));
  g_assert_cmpuint (hit.count, ==, n_at_hangzhou);
  g_assert_cmpfloat (pz_enterprise_clusters_expansion_zoom (clusters, &hit, view.zoom), ==, view.zoom + 2);

  pz_enterprise_model_set_search (model, "Enterprise 9");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  row = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (pz_enterprise_get_name (row), ==, "Enterprise 9");
  g_assert_false (pz_enterprise_is_exact (row));
  g_assert_cmpstr (pz_enterprise_get_zone_id (row), ==, "hangzhou");
  g_assert_cmpstr (pz_enterprise_get_zone_name (row), ==, pz_zone_get_display_name (hangzhou));
  g_assert_true (pz_enterprise_get_position (row, &latitude, &longitude));
  g_assert_cmpfloat (latitude, ==, pz_zone_get_latitude (hangzhou));
  g_clear_object (&row);

  pz_enterprise_model_set_search (model, "Enterprise 10");
  row = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_true (pz_enterprise_is_exact (row));
}

/* A removed import's points vanish from the points, the clusters and the
 * list, and come back with Undo. */
static void
test_removed_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzEnterpriseModel) model = pz_enterprise_model_new (shared.user, zones ());
  g_autoptr(PzEnterprisePoints) before = pz_enterprise_points_get (shared.user, zones ());
  g_autoptr(PzEnterprisePoints) added = NULL;
  g_autoptr(PzEnterprisePoints) removed = NULL;
  g_autoptr(PzEnterpriseClusters) clusters = NULL;
  g_autoptr(GArray) found = NULL;
  gint64 second = pz_test_import_enterprises (shared.user, 1000, 1);
  PzView view;
  guint n;

  added = pz_enterprise_points_get (shared.user, zones ());
  g_assert_true (added != before);
  pz_enterprise_points_get_data (added, &n);
  g_assert_cmpuint (n, ==, N_ROWS + 1000);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_ROWS + 1000);
  pz_enterprise_model_set_import (model, second);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1000);
  pz_enterprise_model_set_import (model, 0);

  g_assert_true (pz_user_database_remove_import (shared.user, second, &error));
  g_assert_no_error (error);
  removed = pz_enterprise_points_get (shared.user, zones ());
  pz_enterprise_points_get_data (removed, &n);
  g_assert_cmpuint (n, ==, N_ROWS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_ROWS);
  clusters = pz_enterprise_clusters_new (removed);
  pz_view_init_centered (&view, 35.0, 105.0, 4.0, 1280, 800, 1);
  found = pz_enterprise_clusters_query (clusters, &view, 0);
  g_assert_cmpuint (sum_counts (found), ==, N_ROWS);

  g_assert_true (pz_user_database_purge_removed (shared.user, &error));
  g_assert_no_error (error);
}

static void
keep_selected (PzEnterpriseList  *list,
               PzEnterprise      *enterprise,
               PzEnterprise     **selected)
{
  g_set_object (selected, enterprise);
}

/* The list narrows 100,000 rows to the one asked for, by name (a number
 * matches whole numbers), and to a zone's rows by the zone's name in
 * either language. */
static void
test_list_search (void)
{
  GtkWidget *window = pz_enterprise_list_new (NULL, shared.user, zones (), shared.import_id);
  GListModel *model = pz_enterprise_list_get_model (PZ_ENTERPRISE_LIST (window));
  g_autoptr(PzEnterprise) row = NULL;
  g_autoptr(PzZone) wuhan = find_zone ("wuhan");
  PzEnterprise *selected = NULL;
  guint n_wuhan = 0, n_hangzhou = 0;

  for (guint i = 6; i < N_ROWS; i += G_N_ELEMENTS (pz_test_cities))
    n_wuhan++;
  for (guint i = 2; i < N_ROWS; i += G_N_ELEMENTS (pz_test_cities))
    n_hangzhou++;
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_ROWS);

  pz_enterprise_list_set_search (PZ_ENTERPRISE_LIST (window), "Enterprise 4711");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  row = g_list_model_get_item (model, 0);
  g_assert_cmpstr (pz_enterprise_get_name (row), ==, "Enterprise 4711");

  pz_enterprise_list_set_search (PZ_ENTERPRISE_LIST (window), "enterprise 471");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  pz_enterprise_list_set_search (PZ_ENTERPRISE_LIST (window), pz_zone_get_display_name (wuhan));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_wuhan);
  /* The zone's Chinese name finds its rows in an English interface. */
  pz_enterprise_list_set_search (PZ_ENTERPRISE_LIST (window), "杭州");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_hangzhou);
  pz_enterprise_list_set_search (PZ_ENTERPRISE_LIST (window), "no such company");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  pz_enterprise_list_set_search (PZ_ENTERPRISE_LIST (window), "Enterprise 4711");
  g_signal_connect (window, "enterprise-selected", G_CALLBACK (keep_selected), &selected);
  pz_enterprise_list_select (PZ_ENTERPRISE_LIST (window), 0);
  g_assert_nonnull (selected);
  g_assert_cmpint (pz_enterprise_get_id (selected), ==, pz_enterprise_get_id (row));
  g_clear_object (&selected);
  gtk_window_destroy (GTK_WINDOW (window));
}

static cairo_surface_t *
export_png (PzMapComposition *map,
            int               width,
            int               height)
{
  g_autofree char *path = g_build_filename (shared.dir, "export.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PzImageOptions options;
  cairo_surface_t *png;

  pz_image_options_init (&options);
  options.width = width;
  options.height = height;
  options.decorations = (PzMapDecorations) { NULL };
  g_assert_true (pz_export_image (map, &options, file, TRUE, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  return png;
}

static guint32
pixel (cairo_surface_t *png,
       double           x,
       double           y)
{
  cairo_surface_flush (png);
  return *(const guint32 *) (cairo_image_surface_get_data (png) + (int) y * cairo_image_surface_get_stride (png) +
                             (int) x * 4) & 0xffffff;
}

/* An export of the "imported" mode draws the bubbles where the screen
 * does: the pixels at the biggest bubble differ from an export without
 * the points, and the legend grows by the bubble's rows. */
static void
test_export_draws_clusters (void)
{
  g_autoptr(PzMapComposition) map = pz_map_composition_new (shared.database, zones ());
  g_autoptr(PzEnterprisePoints) points = pz_enterprise_points_get (shared.user, zones ());
  cairo_surface_t *with, *without;
  g_autoptr(GArray) found = NULL;
  PzCluster *biggest = NULL;
  PzLegendSpec spec;
  guint n_rows;
  PzView view;
  double x, y;

  pz_map_composition_set_mode (map, PZ_MAP_MODE_IMPORTED);
  pz_map_composition_set_imported (map, pz_user_database_get_counts_by_zone (shared.user));
  pz_map_composition_set_view (map, 31.0, 118.0, 6.0, 1000);
  pz_map_composition_legend_init (map, &spec);
  n_rows = spec.n_rows;
  without = export_png (map, 1000, 700);

  pz_map_composition_set_enterprises (map, points);
  pz_map_composition_legend_init (map, &spec);
  g_assert_cmpuint (spec.n_rows, ==, n_rows + 3);
  with = export_png (map, 1000, 700);

  pz_view_init_centered (&view, 31.0, 118.0, 6.0, 1000, 700, 1);
  found = pz_enterprise_clusters_query (pz_map_composition_get_enterprise_clusters (map), &view, -30);
  for (guint i = 0; i < found->len; i++)
    if (biggest == NULL || g_array_index (found, PzCluster, i).count > biggest->count)
      biggest = &g_array_index (found, PzCluster, i);
  g_assert_nonnull (biggest);
  g_assert_cmpuint (biggest->count, >, 1000);
  pz_view_project_unit (&view, biggest->x, biggest->y, &x, &y);
  /* Above the number, inside the bubble: its even fill. */
  g_assert_cmpuint (pixel (with, x, y - 11), !=, pixel (without, x, y - 11));
  g_assert_cmpuint (pixel (with, x, y - 11), ==, pixel (with, x + 1, y - 12));

  /* Other modes draw no points. */
  pz_map_composition_set_mode (map, PZ_MAP_MODE_PROVINCES);
  g_assert_null (pz_map_composition_get_enterprise_clusters (map));

  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

/* The map view's layer: shown in the "imported" mode only, with the
 * frame's clusters adding up to the rows of a national view; its
 * tooltips. */
static void
test_map_view_layer (void)
{
  GtkWidget *window = gtk_window_new ();
  PzMapView *map_view = g_object_new (PZ_TYPE_MAP_VIEW, NULL);
  PzEnterpriseLayer *layer = pz_map_view_get_enterprise_layer (map_view);
  g_autoptr(GArray) found = NULL;
  g_autoptr(PzZone) zone = NULL;
  g_autoptr(PzEnterprisePoints) points = NULL;
  const PzEnterprisePoint *data;
  guint n_points;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map_view));
  pz_map_view_set_data (map_view, shared.database, zones ());
  pz_map_view_set_user_database (map_view, shared.user);
  gtk_window_present (GTK_WINDOW (window));
  pz_map_view_go_to (map_view, 33.0, 110.0, 4.0);
  wait_frames (window, 3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (layer)));
  found = pz_enterprise_layer_query (layer);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_array_unref);

  g_object_set (map_view, "mode", "imported", NULL);
  wait_frames (window, 3);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (layer)));
  found = pz_enterprise_layer_query (layer);
  g_assert_cmpuint (sum_counts (found), ==, N_ROWS);
  g_assert_cmpuint (pz_overlay_layer_get_n_drawn (PZ_OVERLAY_LAYER (layer)), >=, found->len);
  g_clear_pointer (&found, g_array_unref);

  /* At the most detailed zoom, hovering a lone enterprise's dot names it
   * and its zone (row 2 lies far from the cities, on its own); the bubble
   * of the enterprises placed at Hangzhou's zone counts them. */
  points = pz_enterprise_points_get (shared.user, zones ());
  data = pz_enterprise_points_get_data (points, &n_points);
  zone = find_zone ("hangzhou");
  for (guint kind = 0; kind < 2; kind++)
    {
      PzCluster *hovered = NULL;
      g_autofree char *text = NULL;
      PzView view;
      double x, y;

      if (kind == 0)
        pz_map_view_go_to (map_view, data[2].latitude, data[2].longitude, 20.0);
      else
        pz_map_view_go_to (map_view, pz_zone_get_latitude (zone), pz_zone_get_longitude (zone), 20.0);
      wait_frames (window, 3);
      g_clear_pointer (&found, g_array_unref);
      found = pz_enterprise_layer_query (layer);
      for (guint i = 0; i < found->len && hovered == NULL; i++)
        if (kind == 0 ? g_array_index (found, PzCluster, i).first == 2 && g_array_index (found, PzCluster, i).count == 1
                      : g_array_index (found, PzCluster, i).count > 1)
          hovered = &g_array_index (found, PzCluster, i);
      g_assert_nonnull (hovered);
      pz_overlay_layer_get_view (PZ_OVERLAY_LAYER (layer), &view);
      pz_view_project_unit (&view, hovered->x, hovered->y, &x, &y);
      text = _pz_map_view_enterprises_tooltip (map_view, x, y);
      if (kind == 0)
        g_assert_cmpstr (text, ==, "Enterprise 2\nImported, matched to Hangzhou");
      else
        g_assert_true (g_str_has_suffix (text, " enterprises"));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static PzEnterpriseList *
find_enterprise_list (void)
{
  return PZ_ENTERPRISE_LIST (find_toplevel_of_type (PZ_TYPE_ENTERPRISE_LIST));
}

/* win.show-enterprises opens the list (0: of every import); selecting a
 * company there shows the imported mode centred on it, ringed. */
static void
test_window_action (void)
{
  PzWindow *window = pz_window_new (NULL, shared.database);
  PzMapView *map_view = pz_window_get_map_view (window);
  g_autoptr(PzEnterprise) row = NULL;
  PzEnterpriseList *list;
  double latitude, longitude, zoom, want_lat, want_lon;

  pz_window_set_user_database (window, shared.user);
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_null (find_enterprise_list ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-enterprises", "x", (gint64) 0);
  g_assert_nonnull ((list = find_enterprise_list ()));
  g_assert_cmpuint (g_list_model_get_n_items (pz_enterprise_list_get_model (list)), ==, N_ROWS);

  pz_enterprise_list_set_search (list, "Enterprise 4711");
  row = g_list_model_get_item (pz_enterprise_list_get_model (list), 0);
  g_assert_true (pz_enterprise_get_position (row, &want_lat, &want_lon));
  pz_enterprise_list_select (list, 0);
  wait_frames (GTK_WIDGET (window), 2);
  pz_map_view_get_center (map_view, &latitude, &longitude, &zoom);
  g_assert_cmpfloat_with_epsilon (latitude, want_lat, 1e-6);
  g_assert_cmpfloat_with_epsilon (longitude, want_lon, 1e-6);
  g_assert_cmpfloat (zoom, >=, 10);
  g_assert_cmpint (pz_map_composition_get_mode (pz_map_view_get_composition (map_view)), ==, PZ_MAP_MODE_IMPORTED);
  /* Ringed until the list closes. */
  g_assert_true (pz_map_composition_get_marked (pz_map_view_get_composition (map_view), &latitude, &longitude));
  g_assert_cmpfloat (latitude, ==, want_lat);

  gtk_window_destroy (GTK_WINDOW (list));
  g_assert_false (pz_map_composition_get_marked (pz_map_view_get_composition (map_view), &latitude, &longitude));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_show_enterprises (GtkWidget     *widget,
                     gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Show Enterprises") == 0;
}

/* Manage Imports: a list's Show Enterprises opens that list's companies. */
static void
test_manage_imports_shows (void)
{
  PzWindow *window = pz_window_new (NULL, shared.database);
  GtkWidget *imports, *button;
  PzEnterpriseList *list;

  pz_window_set_user_database (window, shared.user);
  gtk_window_present (GTK_WINDOW (window));
  imports = pz_imports_window_new (GTK_WINDOW (window), shared.user);
  gtk_window_present (GTK_WINDOW (imports));
  wait_frames (imports, 2);
  g_assert_null (find_enterprise_list ());
  g_assert_nonnull ((button = find_widget (imports, is_show_enterprises, NULL)));
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull ((list = find_enterprise_list ()));
  g_assert_cmpuint (g_list_model_get_n_items (pz_enterprise_list_get_model (list)), ==, N_ROWS);
  gtk_window_destroy (GTK_WINDOW (list));
  gtk_window_destroy (GTK_WINDOW (imports));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  path = pz_database_default_path ();
  shared.database = pz_database_open (path, &error);
  g_assert_no_error (error);
  shared.dir = g_dir_make_tmp ("pz-enterprises-XXXXXX", &error);
  g_assert_no_error (error);
  shared.path = g_build_filename (shared.dir, "user.sqlite", NULL);
  /* The rows arrive as a planner's would: a CSV file through the import. */
  {
    g_autofree char *csv = g_build_filename (shared.dir, "enterprises.csv", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (csv);
    g_autoptr(PzImportSummary) summary = NULL;

    pz_test_write_enterprises_csv (csv, N_ROWS, PZ_TEST_ENTERPRISES_SEED);
    summary = pz_import_file (file, NULL, zones (), "enterprises.csv", shared.path, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (summary->n_imported, ==, N_ROWS);
    g_assert_cmpuint (summary->n_left_out, ==, 0);
    shared.import_id = summary->import_id;
  }
  shared.user = pz_user_database_open (shared.path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/enterprises/points", test_points_exact_and_at_zone);
  g_test_add_func ("/enterprises/clusters-national", test_clusters_national);
  g_test_add_func ("/enterprises/clusters-zoomed", test_clusters_zoomed);
  g_test_add_func ("/enterprises/at-zone", test_at_zone_rows);
  g_test_add_func ("/enterprises/removed-import", test_removed_import);
  g_test_add_func ("/enterprises/list-search", test_list_search);
  g_test_add_func ("/enterprises/export", test_export_draws_clusters);
  g_test_add_func ("/enterprises/map-view-layer", test_map_view_layer);
  g_test_add_func ("/enterprises/window-action", test_window_action);
  g_test_add_func ("/enterprises/manage-imports", test_manage_imports_shows);
  status = g_test_run ();

  g_clear_object (&shared.user);
  g_clear_object (&shared.database);
  g_unlink (shared.path);
  g_rmdir (shared.dir);
  g_free (shared.path);
  g_free (shared.dir);
  return status;
}
