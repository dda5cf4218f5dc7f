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
#include "pz-sea-inset.h"
#include "pz-zone-draw.h"

/* Keep a selected zone this far (logical px) from the map edges. */
#define EDGE_MARGIN 40.0

/* The largest zoom that fits @bounds into @area (x, y, w, h) of the map,
 * with the centre that puts them in the middle of @area. */
static double
fit_into (const double  bounds[4],
          const double  area[4],
          double        map_w,
          double        map_h,
          double       *latitude,
          double       *longitude)
{
  double zoom = pz_view_fit_zoom (bounds[0], bounds[1], bounds[2], bounds[3], area[2], area[3], EDGE_MARGIN / 2);
  double world = pz_world_size (zoom);
  double bx = (pz_mercator_x (bounds[1]) + pz_mercator_x (bounds[3])) / 2.0 * world;
  /* The centre of the box in Mercator, not the mean of the latitudes. */
  double by = (pz_mercator_y (bounds[0]) + pz_mercator_y (bounds[2])) / 2.0 * world;

  *longitude = pz_mercator_longitude ((bx + map_w / 2 - (area[0] + area[2] / 2)) / world);
  *latitude = pz_mercator_latitude ((by + map_h / 2 - (area[1] + area[3] / 2)) / world);
  return zoom;
}

/* Whether the markers of @zones inside @bounds, and the corners of
 * @bounds, keep off every piece of @furniture and inside the map in the
 * view of @zoom around @latitude, @longitude. */
static gboolean
fit_is_clear (const double  bounds[4],
              GListModel   *zones,
              double        zoom,
              double        latitude,
              double        longitude,
              double        map_w,
              double        map_h,
              const GArray *furniture)
{
  double radius = pz_marker_radius (zoom);
  guint n = zones != NULL ? g_list_model_get_n_items (zones) : 0;
  PzView view;
  double x0, y0, x1, y1;

  pz_view_init_centered (&view, latitude, longitude, zoom, map_w, map_h, 1);
  pz_view_project (&view, bounds[2], bounds[1], &x0, &y0);
  pz_view_project (&view, bounds[0], bounds[3], &x1, &y1);
  if (x0 < radius || y0 < radius || x1 > map_w - radius || y1 > map_h - radius)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      double lat = pz_zone_get_latitude (zone), lon = pz_zone_get_longitude (zone);
      PzBox marker;
      double x, y;

      if (!pz_zone_has_location (zone) || lat < bounds[0] || lat > bounds[2] || lon < bounds[1] || lon > bounds[3])
        continue;
      pz_view_project (&view, lat, lon, &x, &y);
      marker = (PzBox) { x - radius, y - radius, 2 * radius, 2 * radius };
      for (guint j = 0; j < furniture->len; j++)
        if (pz_box_intersects (&marker, &g_array_index (furniture, PzBox, j)))
          return FALSE;
    }
  return TRUE;
}

/* The largest zoom, and the centre near the plain fit, that shows @bounds
 * with no marker of the zones shown under the legend, the buttons or the
 * South China Sea inset; the plain fit when nothing keeps clear. */
static double
fit_free_area (PzMapView    *self,
               const double  bounds[4],
               GArray       *furniture,
               double       *latitude,
               double       *longitude)
{
  static const double shifts[] = { 0, 0.08, -0.08, 0.16, -0.16, 0.24, -0.24 };
  GtkWidget *map = _pz_map_view_get_map_widget (self);
  GListModel *zones = self->composition != NULL ? pz_map_composition_get_zones (self->composition) : NULL;
  double w = gtk_widget_get_width (map), h = gtk_widget_get_height (map);
  double full[4] = { 0, 0, w, h };
  double best, lat0, lon0;

  best = fit_into (bounds, full, w, h, &lat0, &lon0);
  *latitude = lat0;
  *longitude = lon0;
  /* Zoom out by tenths; at each zoom try centres shifted by up to a
   * quarter of the map. */
  for (double zoom = best; zoom > best - 2; zoom -= 0.1)
    {
      double world = pz_world_size (zoom);
      double cx = pz_mercator_x (lon0) * world, cy = pz_mercator_y (lat0) * world;

      for (guint i = 0; i < G_N_ELEMENTS (shifts); i++)
        for (guint j = 0; j < G_N_ELEMENTS (shifts); j++)
          {
            double lon = pz_mercator_longitude ((cx - shifts[i] * w) / world);
            double lat = pz_mercator_latitude ((cy - shifts[j] * h) / world);

            if (fit_is_clear (bounds, zones, zoom, lat, lon, w, h, furniture))
              {
                *latitude = lat;
                *longitude = lon;
                return zoom;
              }
          }
    }
  return best;
}

/* The pieces of the map view over the map: the legend and the buttons,
 * and the map's own zoom buttons, licence and scale. */
static GArray *
map_furniture (PzMapView *self)
{
  GtkWidget *map = _pz_map_view_get_map_widget (self);
  GArray *boxes = pz_widget_child_boxes (GTK_WIDGET (self->overlay), map);
  GtkWidget *parts[] = { GTK_WIDGET (shumate_simple_map_get_license (self->map)),
                         GTK_WIDGET (shumate_simple_map_get_scale (self->map)) };
  /* libshumate 1.0 has no getter for its zoom buttons, at the top right. */
  PzBox zoom_buttons = { gtk_widget_get_width (map) - 64, 0, 64, 96 };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      PzBox box;

      if (pz_widget_get_box (parts[i], map, &box))
        g_array_append_val (boxes, box);
    }
  g_array_append_val (boxes, zoom_buttons);
  return boxes;
}

/**
 * pz_map_view_zoom_to_bounds:
 * @bounds: south, west, north, east in degrees
 *
 * Fits @bounds into the part of the map that the legend, the buttons and
 * the South China Sea inset leave free.
 */
void
pz_map_view_zoom_to_bounds (PzMapView    *self,
                            const double  bounds[4])
{
  ShumateViewport *viewport;
  GtkWidget *map;
  g_autoptr(GArray) furniture = NULL;
  double zoom, latitude = 0, longitude = 0;
  PzView view;
  double inset[4];

  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  viewport = pz_map_view_get_viewport (self);
  map = _pz_map_view_get_map_widget (self);
  furniture = map_furniture (self);
  zoom = fit_free_area (self, bounds, furniture, &latitude, &longitude);

  /* A national view gets the inset at its lower right: keep clear of it too. */
  pz_view_init_centered (&view, latitude, longitude, zoom, gtk_widget_get_width (map), gtk_widget_get_height (map), 1);
  if (self->composition != NULL &&
      pz_sea_inset_get_frame (&view, pz_map_composition_get_boundaries (self->composition),
                              view.height - PZ_SEA_INSET_SCREEN_BOTTOM, inset))
    {
      PzBox box = { inset[0], inset[1], inset[2], inset[3] };

      g_array_append_val (furniture, box);
      zoom = fit_free_area (self, bounds, furniture, &latitude, &longitude);
    }

  zoom = CLAMP (zoom, shumate_viewport_get_min_zoom_level (viewport), shumate_viewport_get_max_zoom_level (viewport));
  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), latitude, longitude);
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
