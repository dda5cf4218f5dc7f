/* test-stats.c
 *
 * The statistics charts, rendered offscreen by the code the statistics
 * view uses: something is drawn in the plot area, and bars have the
 * heights of their values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "pz-database.h"
#include "pz-stats.h"
#include "pz-test-bundled.h"

#define WIDTH 640
#define HEIGHT 360

static PzDatabase *database;

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4) & 0xffffff;
}

static cairo_surface_t *
render (PzChart *chart)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *dir = g_dir_make_tmp ("pz-stats-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);

  pz_chart_draw (chart, cr, WIDTH, HEIGHT, pz_map_style_get (FALSE));
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The chart also goes to a PNG file, as an export would write it. */
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_unlink (path);
  g_rmdir (dir);
  return surface;
}

/* The highest drawn pixel of a bar: the first row from the top of the plot
 * area, below the value label, whose colour is the bar's. */
static int
bar_top (cairo_surface_t *surface,
         int              x,
         guint32          colour)
{
  double px, py, pw, ph;

  pz_chart_get_plot_area (WIDTH, HEIGHT, &px, &py, &pw, &ph);
  for (int y = (int) py; y < (int) (py + ph); y++)
    if (pixel_at (surface, x, y) == colour)
      return y;
  return -1;
}

static guint32
rgb (const PzColor *c)
{
  return ((guint32) (c->red * 255 + 0.5) << 16) | ((guint32) (c->green * 255 + 0.5) << 8) | (guint32) (c->blue * 255 + 0.5);
}

static void
test_stats_zones_per_batch (void)
{
  g_autoptr(PzChart) chart = pz_stats_zones_per_batch (pz_database_get_zones (database));
  cairo_surface_t *surface;
  PzColor c4, c5;
  int top4, top5;

  static const guint sizes[] = PZ_TEST_BUNDLED_BATCH_SIZES;

  g_assert_cmpuint (pz_chart_get_n_items (chart), ==, PZ_TEST_BUNDLED_BATCHES);
  g_assert_cmpfloat (pz_chart_get_value (chart, 4), ==, sizes[4]);

  surface = render (chart);
  pz_batch_color (4, &c4);
  pz_batch_color (5, &c5);
  top4 = bar_top (surface, (int) pz_chart_get_item_x (chart, 3, WIDTH, HEIGHT), rgb (&c4));
  top5 = bar_top (surface, (int) pz_chart_get_item_x (chart, 4, WIDTH, HEIGHT), rgb (&c5));

  /* Both bars are drawn, and batch 5 (46 zones) is taller than batch 4 (24). */
  g_assert_cmpuint (sizes[4], >, sizes[3]);
  g_assert_cmpint (top4, >, 0);
  g_assert_cmpint (top5, >, 0);
  g_assert_cmpint (top5, <, top4);
  cairo_surface_destroy (surface);
}

static guint
count_non_background (cairo_surface_t *surface)
{
  guint32 background = rgb (&pz_map_style_get (FALSE)->panel);
  double px, py, pw, ph;
  guint n = 0;

  pz_chart_get_plot_area (WIDTH, HEIGHT, &px, &py, &pw, &ph);
  for (int y = (int) py; y < (int) (py + ph); y++)
    for (int x = (int) px; x < (int) (px + pw); x++)
      n += pixel_at (surface, x, y) != background;
  return n;
}

static void
test_stats_other_charts (void)
{
  g_autoptr(PzChart) over_time = pz_stats_zones_over_time (pz_database_get_zones (database));
  g_autoptr(PzChart) provinces = pz_stats_top_provinces (pz_database_get_zones (database), 10);
  g_autoptr(PzChart) trade = pz_stats_national_series (database, "trade_value", "Trade");
  g_autoptr(PzChart) none = pz_stats_national_series (database, "no_such_indicator", "None");
  PzChart *charts[] = { over_time, provinces, trade };

  /* The count in force reaches every zone of batches 1–7 at the end of
   * 2022, and those of 2025 at the last step. */
  g_assert_cmpfloat (pz_chart_get_value (over_time, pz_chart_get_n_items (over_time) - 2), ==,
                     PZ_TEST_BUNDLED_ZONES_END_2022);
  g_assert_cmpfloat (pz_chart_get_value (over_time, pz_chart_get_n_items (over_time) - 1), ==,
                     PZ_TEST_BUNDLED_ZONES_IN_FORCE);
  g_assert_cmpuint (pz_chart_get_n_items (provinces), ==, 10);
  g_assert_nonnull (trade);
  g_assert_null (none);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      cairo_surface_t *surface = render (charts[i]);

      g_test_message ("%s", pz_chart_get_title (charts[i]));
      g_assert_cmpuint (count_non_background (surface), >, 500);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  path = pz_database_default_path ();
  database = pz_database_open (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/stats/zones-per-batch", test_stats_zones_per_batch);
  g_test_add_func ("/stats/other-charts", test_stats_other_charts);

  status = g_test_run ();
  g_clear_object (&database);
  return status;
}
