/* bench-filter.c
 *
 * Filter + redraw of the zones: how long a filter change takes until the
 * markers are drawn again. References measured in the same run: GTK's
 * own GtkStringFilter on the same model (filter), and the 60 Hz frame
 * budget (redraw). Prints a Markdown table; never asserts on time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "pz-database.h"
#include "pz-view.h"
#include "pz-zone-draw.h"
#include "pz-zone-filter.h"

#define ROUNDS 2000

typedef struct
{
  GListModel         *zones;
  PzZoneFilter       *filter;
  GtkFilterListModel *filtered;
  GtkStringFilter    *string_filter;
  GtkFilterListModel *string_filtered;
  cairo_surface_t    *surface;
  PzView              view;
  guint               round;
} Bench;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_us (void   (*func) (Bench *),
           Bench   *bench)
{
  g_autoptr(GArray) times = g_array_sized_new (FALSE, FALSE, sizeof (double), ROUNDS);

  for (bench->round = 0; bench->round < ROUNDS; bench->round++)
    {
      gint64 start = g_get_monotonic_time ();
      double elapsed;

      func (bench);
      elapsed = (double) (g_get_monotonic_time () - start);
      g_array_append_val (times, elapsed);
    }
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, ROUNDS / 2);
}

/* Alternates two queries so that every round really filters again. */
static const char *
query (Bench *bench)
{
  return bench->round % 2 == 0 ? "hang" : "gu";
}

static void
our_text_filter (Bench *bench)
{
  pz_zone_filter_set_text (bench->filter, query (bench));
  g_list_model_get_n_items (G_LIST_MODEL (bench->filtered));
}

static void
gtk_text_filter (Bench *bench)
{
  gtk_string_filter_set_search (bench->string_filter, query (bench));
  g_list_model_get_n_items (G_LIST_MODEL (bench->string_filtered));
}

static void
batch_filter_and_redraw (Bench *bench)
{
  cairo_t *cr = cairo_create (bench->surface);

  pz_zone_filter_set_text (bench->filter, NULL);
  pz_zone_filter_set_batch (bench->filter, 5, bench->round % 2 == 0);
  pz_draw_zones (cr, &bench->view, G_LIST_MODEL (bench->filtered), NULL, pz_map_style_get (FALSE));
  cairo_destroy (cr);
}

static void
redraw_all (Bench *bench)
{
  cairo_t *cr = cairo_create (bench->surface);

  pz_draw_zones (cr, &bench->view, bench->zones, NULL, pz_map_style_get (FALSE));
  cairo_destroy (cr);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(PzDatabase) db = pz_database_open (path, &error);
  Bench bench = { 0 };
  double ours, theirs, filter_redraw, redraw;

  if (db == NULL)
    {
      g_printerr ("bench-filter: %s\n", error->message);
      return 1;
    }

  bench.zones = pz_database_get_zones (db);
  bench.filter = pz_zone_filter_new ();
  bench.filtered = gtk_filter_list_model_new (g_object_ref (bench.zones), g_object_ref (GTK_FILTER (bench.filter)));
  bench.string_filter = gtk_string_filter_new (gtk_property_expression_new (PZ_TYPE_ZONE, NULL, "name-en"));
  gtk_string_filter_set_match_mode (bench.string_filter, GTK_STRING_FILTER_MATCH_MODE_PREFIX);
  bench.string_filtered = gtk_filter_list_model_new (g_object_ref (bench.zones),
                                                     g_object_ref (GTK_FILTER (bench.string_filter)));
  bench.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 800);
  pz_view_init_centered (&bench.view, 35.0, 105.0, 4.4, 1280, 800, 1);

  ours = median_us (our_text_filter, &bench);
  theirs = median_us (gtk_text_filter, &bench);
  filter_redraw = median_us (batch_filter_and_redraw, &bench);
  redraw = median_us (redraw_all, &bench);

  g_print ("| measure (%u zones, median of %u) | time | reference | ratio |\n", g_list_model_get_n_items (bench.zones), ROUNDS);
  g_print ("|---|---:|---:|---:|\n");
  g_print ("| text filter (zh/en/pinyin, accent-folded) vs GtkStringFilter (English name only) | %.0f us | %.0f us | %.2fx |\n",
           ours, theirs, ours / theirs);
  g_print ("| batch filter + redraw of all markers, 1280x800 | %.0f us | 16 667 us (60 Hz frame) | %.3f of a frame |\n",
           filter_redraw, filter_redraw / 16667.0);
  g_print ("| redraw of 165 markers, 1280x800 | %.0f us | 16 667 us (60 Hz frame) | %.3f of a frame |\n",
           redraw, redraw / 16667.0);

  cairo_surface_destroy (bench.surface);
  g_object_unref (bench.string_filtered);
  g_object_unref (bench.filtered);
  g_object_unref (bench.filter);
  return 0;
}
