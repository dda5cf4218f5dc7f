/* bench-labels.c
 *
 * Zone label placement for every zone ever approved: the placer alone
 * (sizes measured once) and the whole layout with Pango measuring, in a
 * national view where every zone asks for a name and in the Yangtze
 * delta at zoom 7. Prints a Markdown table in microseconds (us), against the
 * 16.7 ms of a 60 Hz frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pz-database.h"
#include "pz-zone-draw.h"
#include "pz-zone-labels.h"

#define ROUNDS 200

static void
bench_view (const char *name,
            cairo_t    *cr,
            GListModel *zones,
            PzBasemap  *basemap,
            double      latitude,
            double      longitude,
            double      zoom)
{
  g_autoptr(GArray) layout = NULL;
  g_autofree PzLabel *labels = NULL;
  g_autofree PzLabel *work = NULL;
  guint n = g_list_model_get_n_items (zones), n_labels = 0, placed = 0;
  double radius;
  PzView view;
  gint64 start;
  double place_us, layout_us;

  pz_view_init_centered (&view, latitude, longitude, zoom, 1600, 1000, 1);
  radius = pz_marker_radius (zoom);

  /* Every located zone in view, whatever its rank, sized as drawn. */
  layout = pz_zone_labels_layout (cr, &view, zones, NULL, basemap, NULL, 0);
  labels = g_new0 (PzLabel, n);
  work = g_new0 (PzLabel, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      double x, y;

      if (!pz_zone_has_location (zone))
        continue;
      pz_view_project (&view, pz_zone_get_latitude (zone), pz_zone_get_longitude (zone), &x, &y);
      if (x < 0 || y < 0 || x > view.width || y > view.height)
        continue;
      labels[n_labels++] = (PzLabel) { .x = x, .y = y, .radius = radius, .width = 8.0 * g_utf8_strlen (pz_zone_get_display_name (zone), -1),
                                       .height = 14, .priority = pz_zone_label_priority (basemap, zone, FALSE) };
    }

  start = g_get_monotonic_time ();
  for (guint r = 0; r < ROUNDS; r++)
    {
      memcpy (work, labels, n_labels * sizeof *labels);
      placed = pz_label_place (work, n_labels, view.width, view.height, NULL, 0);
    }
  place_us = (g_get_monotonic_time () - start) / (double) ROUNDS;

  start = g_get_monotonic_time ();
  for (guint r = 0; r < ROUNDS; r++)
    g_array_unref (pz_zone_labels_layout (cr, &view, zones, NULL, basemap, NULL, 0));
  layout_us = (g_get_monotonic_time () - start) / (double) ROUNDS;

  g_print ("| %s | %u | %u | %.0f us | %.0f us | %.1f %% |\n", name, n_labels, placed, place_us, layout_us,
           layout_us / 16667 * 100);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(PzDatabase) db = pz_database_open (path, &error);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 16, 16);
  cairo_t *cr = cairo_create (surface);

  if (db == NULL)
    {
      g_printerr ("bench-labels: %s\n", error->message);
      return 1;
    }

  g_print ("| view (1600 x 1000) | zones in view | named | placer | layout with text measuring | of a 60 Hz frame |\n");
  g_print ("| --- | ---: | ---: | ---: | ---: | ---: |\n");
  bench_view ("national, zoom 4.3", cr, pz_database_get_zones (db), pz_database_get_basemap (db), 35.0, 105.0, 4.3);
  bench_view ("Yangtze delta, zoom 7", cr, pz_database_get_zones (db), pz_database_get_basemap (db), 31.2, 120.5, 7);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}
