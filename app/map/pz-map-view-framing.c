/* pz-map-view-framing.c
 *
 * Where the map view looks: fitting bounds, every zone or chosen
 * provinces into the map, bringing a selected zone into sight, and the
 * first fit while the window settles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-view"

#include "config.h"

#include "pz-map-view-private.h"
#include "pz-projection.h"

/* Keep a selected zone this far (logical px) from the map edges. */
#define EDGE_MARGIN 40.0

/**
 * pz_map_view_zoom_to_bounds:
 * @bounds: south, west, north, east in degrees
 */
void
pz_map_view_zoom_to_bounds (PzMapView    *self,
                            const double  bounds[4])
{
  ShumateViewport *viewport;
  GtkWidget *map;
  double zoom, centre_y;

  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  viewport = pz_map_view_get_viewport (self);
  map = _pz_map_view_get_map_widget (self);
  zoom = pz_view_fit_zoom (bounds[0], bounds[1], bounds[2], bounds[3],
                           gtk_widget_get_width (map), gtk_widget_get_height (map), EDGE_MARGIN);
  zoom = CLAMP (zoom, shumate_viewport_get_min_zoom_level (viewport), shumate_viewport_get_max_zoom_level (viewport));
  /* The centre of the box in Mercator, not the mean of the latitudes. */
  centre_y = (pz_mercator_y (bounds[0]) + pz_mercator_y (bounds[2])) / 2.0;

  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), pz_mercator_latitude (centre_y),
                                 (bounds[1] + bounds[3]) / 2.0);
}

static void
extend_bounds (double       bounds[4],
               const double other[4])
{
  bounds[0] = MIN (bounds[0], other[0]);
  bounds[1] = MIN (bounds[1], other[1]);
  bounds[2] = MAX (bounds[2], other[2]);
  bounds[3] = MAX (bounds[3], other[3]);
}

/**
 * pz_map_view_zoom_to_all:
 *
 * Zooms to every zone ever approved, so the view does not jump while a
 * filter or the timeline changes what is shown.
 */
void
pz_map_view_zoom_to_all (PzMapView *self)
{
  GListModel *zones;
  double bounds[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  gboolean any = FALSE;

  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  if (self->database == NULL)
    return;
  zones = pz_database_get_zones (self->database);
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      double lat = pz_zone_get_latitude (zone), lon = pz_zone_get_longitude (zone);
      double point[4] = { lat, lon, lat, lon };

      if (!pz_zone_has_location (zone))
        continue;
      extend_bounds (bounds, point);
      any = TRUE;
    }

  if (any)
    pz_map_view_zoom_to_bounds (self, bounds);
}

/**
 * pz_map_view_zoom_to_provinces:
 * @codes: province codes; provinces not in the base map are skipped
 */
void
pz_map_view_zoom_to_provinces (PzMapView          *self,
                               const char * const *codes)
{
  double bounds[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  gboolean any = FALSE;

  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  for (guint i = 0; self->database != NULL && codes[i] != NULL; i++)
    {
      double province[4];

      if (pz_basemap_get_province_bounds (pz_database_get_basemap (self->database), codes[i], province))
        {
          extend_bounds (bounds, province);
          any = TRUE;
        }
    }

  if (any)
    pz_map_view_zoom_to_bounds (self, bounds);
}

/* The map's size is known only once it is laid out, and it changes over
 * the first frames while the sidebar and header settle: fit again until
 * the size has held for a few frames. */
static gboolean
fit_while_settling (GtkWidget     *widget,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  PzMapView *self = PZ_MAP_VIEW (user_data);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (width <= 0 || height <= 0)
    return G_SOURCE_CONTINUE;

  if (width != self->fit_width || height != self->fit_height)
    {
      self->fit_width = width;
      self->fit_height = height;
      self->fit_stable_frames = 0;
      pz_map_view_zoom_to_all (self);
      return G_SOURCE_CONTINUE;
    }

  if (++self->fit_stable_frames < 3)
    return G_SOURCE_CONTINUE;

  self->fit_tick = 0;
  _pz_map_view_report_first_frame (self);
  return G_SOURCE_REMOVE;
}

/* Fits every zone once the map's size has settled: the first view of a
 * first run. */
void
pz_map_view_fit_when_settled (PzMapView *self)
{
  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  if (self->fit_tick == 0)
    self->fit_tick = gtk_widget_add_tick_callback (_pz_map_view_get_map_widget (self), fit_while_settling, self, NULL);
}

/* Brings @zone into view, unless it already is, away from the edges. */
void
pz_map_view_reveal_zone (PzMapView *self,
                         PzZone    *zone)
{
  PzView view;
  double x, y;

  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  if (zone == NULL || !pz_zone_has_location (zone))
    return;

  pz_overlay_layer_get_view (PZ_OVERLAY_LAYER (self->zone_layer), &view);
  pz_view_project (&view, pz_zone_get_latitude (zone), pz_zone_get_longitude (zone), &x, &y);
  if (x >= EDGE_MARGIN && y >= EDGE_MARGIN && x <= view.width - EDGE_MARGIN && y <= view.height - EDGE_MARGIN)
    return;

  shumate_map_go_to_full (shumate_simple_map_get_map (self->map),
                          pz_zone_get_latitude (zone), pz_zone_get_longitude (zone), view.zoom);
}

void
pz_map_view_get_center (PzMapView *self,
                        double    *latitude,
                        double    *longitude,
                        double    *zoom)
{
  ShumateViewport *viewport;

  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  viewport = pz_map_view_get_viewport (self);
  *latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  *longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  *zoom = shumate_viewport_get_zoom_level (viewport);
}

/* Sets the view at once, e.g. the one saved when the window closed. */
void
pz_map_view_go_to (PzMapView *self,
                   double     latitude,
                   double     longitude,
                   double     zoom)
{
  ShumateViewport *viewport;

  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  /* A view asked for replaces the first run's fit. */
  if (self->fit_tick != 0)
    {
      gtk_widget_remove_tick_callback (_pz_map_view_get_map_widget (self), self->fit_tick);
      self->fit_tick = 0;
    }
  viewport = pz_map_view_get_viewport (self);
  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), latitude, longitude);
}

/**
 * pz_map_view_restore_view:
 * @settings: (nullable): the application's settings, or %NULL without a
 *   schema
 *
 * Shows the view saved when the last window closed, or on a first run
 * every zone once the map has its size.
 */
void
pz_map_view_restore_view (PzMapView *self,
                          GSettings *settings)
{
  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  if (settings != NULL && g_settings_get_boolean (settings, "map-restored"))
    pz_map_view_go_to (self, g_settings_get_double (settings, "map-latitude"),
                       g_settings_get_double (settings, "map-longitude"),
                       g_settings_get_double (settings, "map-zoom"));
  else
    pz_map_view_fit_when_settled (self);
}

void
pz_map_view_save_view (PzMapView *self,
                       GSettings *settings)
{
  double latitude, longitude, zoom;

  g_return_if_fail (PZ_IS_MAP_VIEW (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  pz_map_view_get_center (self, &latitude, &longitude, &zoom);
  g_settings_set_double (settings, "map-latitude", latitude);
  g_settings_set_double (settings, "map-longitude", longitude);
  g_settings_set_double (settings, "map-zoom", zoom);
  g_settings_set_boolean (settings, "map-restored", TRUE);
}
