/* pz-window.c
 *
 * The main window: the sidebar (search, zones, batches, provinces), the
 * map with its timeline, the statistics and the details panel. One filter
 * and one selection drive them all: database → models → filter → views.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-basemap-source.h"
#include "pz-choropleth.h"
#include "pz-projection.h"
#include "pz-window-private.h"
#include "pz-zone-row.h"

/* Keep a selected zone this far (logical px) from the map edges. */
#define EDGE_MARGIN 40.0

G_DEFINE_FINAL_TYPE (PzWindow, pz_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_MAP_MODE,
  PROP_TIMELINE,
  PROP_SHOW_PARKS,
  PROP_BASEMAP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ShumateViewport *
get_viewport (PzWindow *self)
{
  return shumate_simple_map_get_viewport (self->map);
}

/* "provinces" and "enterprises" colour provinces; "zones" marks zones. */
static gboolean
is_province_mode (PzWindow *self)
{
  return g_strcmp0 (self->map_mode, "zones") != 0;
}

/* Provinces valued by the zones shown, or by the enterprises imported
 * into them; NULL in zone mode. */
static PzChoropleth *
current_choropleth (PzWindow *self)
{
  GListModel *all = pz_database_get_zones (self->database);
  g_autoptr(GHashTable) imported = NULL;

  if (!is_province_mode (self))
    return NULL;
  if (g_strcmp0 (self->map_mode, "enterprises") != 0)
    return pz_choropleth_new_zone_counts (all, G_LIST_MODEL (self->filtered), NULL, _("Zones per province"));

  imported = self->user_database != NULL ? pz_user_database_count_by_zone (self->user_database)
                                         : g_hash_table_new (g_str_hash, g_str_equal);
  return pz_choropleth_new_zone_counts (all, G_LIST_MODEL (self->filtered), imported,
                                        _("Imported enterprises per province"));
}

/* For benchmarks: the moment the first view is complete — fitted, and
 * every visible tile rendered — on the system's monotonic clock. */
static void
report_first_frame (PzWindow *self)
{
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (get_viewport (self));

  if (g_getenv ("PZ_REPORT_FIRST_FRAME") == NULL || self->first_frame_reported || self->fit_tick != 0 ||
      !PZ_IS_BASEMAP_SOURCE (source) || pz_basemap_source_get_pending (PZ_BASEMAP_SOURCE (source)) > 0)
    return;
  self->first_frame_reported = TRUE;
  g_print ("first-complete-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
}

/* Tiles are cached per source, so a new style or scale needs a new
 * source; the overlays and legend just redraw. */
static void
apply_style (PzWindow *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const PzMapStyle *style = pz_map_style_get (dark);
  g_autoptr(ShumateMapSource) source = NULL;
  double zoom = shumate_viewport_get_zoom_level (get_viewport (self));
  ShumateLayer *overlays[] = {
    SHUMATE_LAYER (self->province_layer), SHUMATE_LAYER (self->park_layer), SHUMATE_LAYER (self->zone_layer),
  };

  /* The online map is an option; the offline one never needs a network. */
  if (g_strcmp0 (self->basemap, "openstreetmap") == 0)
    source = SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full_from_url (
      "osm-mapnik", "OpenStreetMap", _("Map data © OpenStreetMap contributors"),
      "https://www.openstreetmap.org/copyright", 0, 19, 256, SHUMATE_MAP_PROJECTION_MERCATOR,
      "https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
  else
    source = SHUMATE_MAP_SOURCE (pz_basemap_source_new (pz_database_get_basemap (self->database), style,
                                                        gtk_widget_get_scale_factor (GTK_WIDGET (self))));
  shumate_simple_map_set_map_source (self->map, source);
  if (PZ_IS_BASEMAP_SOURCE (source))
    g_signal_connect_object (source, "tiles-done", G_CALLBACK (report_first_frame), self, G_CONNECT_SWAPPED);
  /* OpenStreetMap tiles carry their own place names. */
  pz_map_layer_set_show_labels (self->province_layer, g_strcmp0 (self->basemap, "openstreetmap") != 0);
  /* Setting a source resets the viewport's zoom limits; keep the view. */
  shumate_viewport_set_zoom_level (get_viewport (self), zoom);

  /* libshumate 1.0 puts the new base layer on top of the overlays;
   * stack them again above it. */
  for (guint i = 0; i < G_N_ELEMENTS (overlays); i++)
    {
      g_object_ref (overlays[i]);
      if (gtk_widget_get_parent (GTK_WIDGET (overlays[i])) != NULL)
        shumate_simple_map_remove_overlay_layer (self->map, overlays[i]);
      shumate_simple_map_add_overlay_layer (self->map, overlays[i]);
      g_object_unref (overlays[i]);
    }

  pz_map_layer_set_style (self->zone_layer, style);
  pz_map_layer_set_style (self->park_layer, style);
  pz_map_layer_set_style (self->province_layer, style);
  pz_legend_set_style (self->legend, style);
}

void
_pz_window_zoom_to_bounds (PzWindow     *self,
                           const double  bounds[4])
{
  GtkWidget *map = GTK_WIDGET (self->map);
  ShumateViewport *viewport = get_viewport (self);
  double zoom;
  double centre_y;

  zoom = pz_view_fit_zoom (bounds[0], bounds[1], bounds[2], bounds[3],
                           gtk_widget_get_width (map), gtk_widget_get_height (map),
                           EDGE_MARGIN);
  zoom = CLAMP (zoom, shumate_viewport_get_min_zoom_level (viewport),
                shumate_viewport_get_max_zoom_level (viewport));
  /* The centre of the box in Mercator, not the mean of the latitudes. */
  centre_y = (pz_mercator_y (bounds[0]) + pz_mercator_y (bounds[2])) / 2.0;

  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 pz_mercator_latitude (centre_y),
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

/* Zooms to every zone ever approved, so the view does not jump while a
 * filter or the timeline changes what is shown. */
void
_pz_window_zoom_to_all (PzWindow *self)
{
  GListModel *zones = pz_database_get_zones (self->database);
  double bounds[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  gboolean any = FALSE;

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
    _pz_window_zoom_to_bounds (self, bounds);
}

/* The map's size is known only once it is laid out, and it changes over
 * the first frames while the sidebar and header settle: fit again until
 * the size has held for a few frames. */
static gboolean
fit_while_settling (GtkWidget     *widget,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  PzWindow *self = PZ_WINDOW (user_data);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (width <= 0 || height <= 0)
    return G_SOURCE_CONTINUE;

  if (width != self->fit_width || height != self->fit_height)
    {
      self->fit_width = width;
      self->fit_height = height;
      self->fit_stable_frames = 0;
      _pz_window_zoom_to_all (self);
      return G_SOURCE_CONTINUE;
    }

  if (++self->fit_stable_frames < 3)
    return G_SOURCE_CONTINUE;

  self->fit_tick = 0;
  report_first_frame (self);
  return G_SOURCE_REMOVE;
}

static void
reveal_zone (PzWindow *self,
             PzZone   *zone)
{
  PzView view;
  double x, y;

  if (!pz_zone_has_location (zone))
    return;

  pz_map_layer_get_view (self->zone_layer, &view);
  pz_view_project (&view, pz_zone_get_latitude (zone), pz_zone_get_longitude (zone), &x, &y);
  if (x >= EDGE_MARGIN && y >= EDGE_MARGIN &&
      x <= view.width - EDGE_MARGIN && y <= view.height - EDGE_MARGIN)
    return;

  shumate_map_go_to_full (shumate_simple_map_get_map (self->map),
                          pz_zone_get_latitude (zone), pz_zone_get_longitude (zone),
                          view.zoom);
}

/* The details panel takes room from the map as it opens: keep the
 * selected zone in sight once it is open. */
static void
details_progress_changed (PzWindow *self)
{
  PzZone *zone = gtk_single_selection_get_selected_item (self->selection);

  if (zone != NULL && adw_flap_get_reveal_progress (self->details_flap) >= 1.0)
    reveal_zone (self, zone);
}

static void
selection_changed (PzWindow *self)
{
  PzZone *zone = gtk_single_selection_get_selected_item (self->selection);

  pz_map_layer_set_selected (self->zone_layer, zone);
  adw_flap_set_reveal_flap (self->details_flap, zone != NULL);
  if (zone != NULL)
    {
      pz_zone_details_set_zone (self->details, zone);
      reveal_zone (self, zone);
      /* On a narrow window the sidebar covers the details: step aside. */
      if (adw_flap_get_folded (self->flap))
        adw_flap_set_reveal_flap (self->flap, FALSE);
    }
}

/* A click that did not become a drag selects the marker under it. */
static void
map_clicked (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             PzWindow        *self)
{
  g_autoptr(PzZone) zone = NULL;
  g_autoptr(PzPark) park = NULL;

  if (n_press != 1 || !gtk_widget_get_visible (GTK_WIDGET (self->zone_layer)))
    return;

  /* Zones are drawn over parks, so they are hit first; a park selects its
   * zone, whose details open the park's row. */
  if ((zone = pz_map_layer_zone_at (self->zone_layer, x, y)))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.select-zone", "s", pz_zone_get_id (zone));
  else if ((park = pz_map_layer_park_at (self->park_layer, x, y)))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.select-park", "s", pz_park_get_id (park));
}

static gboolean
map_query_tooltip (GtkWidget  *widget,
                   int         x,
                   int         y,
                   gboolean    keyboard_mode,
                   GtkTooltip *tooltip,
                   PzWindow   *self)
{
  g_autofree char *text = NULL;

  if (keyboard_mode)
    return FALSE;

  if (is_province_mode (self))
    {
      const char *code = pz_map_layer_province_at (self->province_layer, x, y);
      g_autoptr(PzChoropleth) values = current_choropleth (self);
      double value;

      if (!pz_choropleth_lookup (values, code, &value))
        return FALSE;
      /* Translators: map tooltip, province name, value and what is counted */
      text = g_strdup_printf (_("%s: %g (%s)"),
                              pz_basemap_get_province_name (pz_database_get_basemap (self->database), code),
                              value, pz_choropleth_get_title (values));
    }
  else
    {
      g_autoptr(PzZone) zone = pz_map_layer_zone_at (self->zone_layer, x, y);
      g_autoptr(PzPark) park = NULL;

      if (zone != NULL)
        /* Translators: map tooltip, zone name, batch number and province */
        text = g_strdup_printf (_("%s · Batch %u · %s"), pz_zone_get_display_name (zone),
                                pz_zone_get_batch (zone), pz_zone_get_display_province (zone));
      else if ((park = pz_map_layer_park_at (self->park_layer, x, y)))
        text = g_strdup_printf (pz_park_is_approximate (park)
                                /* Translators: map tooltip of a park whose site is not known */
                                ? _("%s (industrial park; location approximate)")
                                : _("%s (industrial park)"), pz_park_get_display_name (park));
      else
        return FALSE;
    }

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
map_motion (GtkEventControllerMotion *controller,
            double                    x,
            double                    y,
            PzWindow                 *self)
{
  GtkWidget *map = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  g_autoptr(PzZone) zone = NULL;
  g_autoptr(PzPark) park = NULL;

  if (!is_province_mode (self) &&
      !(zone = pz_map_layer_zone_at (self->zone_layer, x, y)))
    park = pz_map_layer_park_at (self->park_layer, x, y);
  gtk_widget_set_cursor_from_name (map, zone != NULL || park != NULL ? "pointer" : NULL);
}

/* In province mode the provinces are filled by the number of zones the
 * filter shows, and the markers are hidden. */
void
_pz_window_update_map_mode (PzWindow *self)
{
  g_autoptr(PzChoropleth) choropleth = current_choropleth (self);

  gtk_widget_set_visible (GTK_WIDGET (self->zone_layer), !is_province_mode (self));
  gtk_widget_set_visible (GTK_WIDGET (self->park_layer), !is_province_mode (self) && self->show_parks);
  pz_legend_set_parks (self->legend, !is_province_mode (self) && self->show_parks);

  pz_map_layer_set_choropleth (self->province_layer, choropleth);
  pz_legend_set_choropleth (self->legend, choropleth);
}

static void
update_status (PzWindow *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = g_list_model_get_n_items (pz_database_get_zones (self->database));
  g_autofree char *text = NULL;

  if (pz_zone_filter_is_empty (self->filter))
    text = g_strdup_printf (ngettext ("All %u zone", "All %u zones", total), total);
  else
    /* Translators: "46 of 165 zones" shown */
    text = g_strdup_printf (ngettext ("%u of %u zone", "%u of %u zones", total), shown, total);
  gtk_label_set_text (self->status_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters", !pz_zone_filter_is_empty (self->filter));
}

/* Choosing provinces zooms the map to them. */
static void
zoom_to_chosen_provinces (PzWindow *self)
{
  g_auto(GStrv) codes = pz_zone_filter_get_provinces (self->filter);
  g_autofree char *joined = g_strjoinv (",", codes);
  double bounds[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  gboolean any = FALSE;

  if (g_strcmp0 (joined, self->shown_provinces) == 0)
    return;
  g_free (self->shown_provinces);
  self->shown_provinces = g_steal_pointer (&joined);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      double province[4];

      if (pz_basemap_get_province_bounds (pz_database_get_basemap (self->database), codes[i], province))
        {
          extend_bounds (bounds, province);
          any = TRUE;
        }
    }

  if (any)
    _pz_window_zoom_to_bounds (self, bounds);
}

static void
filter_changed (PzWindow *self)
{
  update_status (self);
  zoom_to_chosen_provinces (self);
  if (is_province_mode (self))
    _pz_window_update_map_mode (self);
}

static void
search_changed (PzWindow *self)
{
  pz_zone_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Enter jumps to the best match. */
static void
search_activated (PzWindow *self)
{
  g_autoptr(PzZone) zone = NULL;

  search_changed (self);
  zone = pz_zone_filter_best_match (self->filter, pz_database_get_zones (self->database));
  if (zone != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.select-zone", "s", pz_zone_get_id (zone));
}

static void
search_stopped (PzWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
province_sort_changed (PzWindow *self)
{
  pz_filter_panel_set_sort_by_count (PZ_FILTER_PANEL (self->province_panel),
                                     gtk_drop_down_get_selected (self->province_sort) == 1);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The timeline steps through every date on which the zones in force
 * changed: approvals and ends. */
static void
setup_timeline (PzWindow *self)
{
  GListModel *zones = pz_database_get_zones (self->database);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  self->timeline_dates = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      const char *dates[] = { pz_zone_get_text (zone, PZ_ZONE_APPROVED), pz_zone_get_text (zone, PZ_ZONE_ENDED) };

      for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
        if (dates[d] != NULL && !g_hash_table_contains (seen, dates[d]))
          {
            char *copy = g_strdup (dates[d]);

            g_hash_table_add (seen, copy);
            g_ptr_array_add (self->timeline_dates, copy);
          }
    }
  g_ptr_array_sort (self->timeline_dates, compare_dates);

  gtk_adjustment_set_lower (self->timeline_adjustment, 0);
  gtk_adjustment_set_upper (self->timeline_adjustment, MAX (self->timeline_dates->len, 1) - 1);
  gtk_adjustment_set_value (self->timeline_adjustment, gtk_adjustment_get_upper (self->timeline_adjustment));
  for (guint i = 0; i < self->timeline_dates->len; i++)
    gtk_scale_add_mark (self->timeline_scale, i, GTK_POS_BOTTOM, NULL);

  g_signal_connect_object (self->timeline_adjustment, "value-changed",
                           G_CALLBACK (_pz_window_update_timeline), self, G_CONNECT_SWAPPED);
  _pz_window_update_timeline (self);
}

void
_pz_window_update_timeline (PzWindow *self)
{
  guint index = (guint) gtk_adjustment_get_value (self->timeline_adjustment);
  const char *date = index < self->timeline_dates->len ? g_ptr_array_index (self->timeline_dates, index) : NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->timeline_scale), self->timeline);
  pz_zone_filter_set_date (self->filter, self->timeline ? date : NULL);

  if (!self->timeline || date == NULL)
    text = g_strdup (_("Every zone ever approved"));
  else
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

      /* Translators: timeline label, e.g. "2018-07-24: 35 zones" */
      text = g_strdup_printf (ngettext ("%s: %u zone", "%s: %u zones", n), date, n);
    }
  gtk_label_set_text (self->timeline_label, text);
}

void
_pz_window_stop_playing (PzWindow *self)
{
  g_clear_handle_id (&self->play_source, g_source_remove);
  gtk_button_set_icon_name (self->play_button, "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), _("Play the growth of the zones"));
}

static void
update_title (PzWindow *self)
{
  guint n_zones = g_list_model_get_n_items (pz_database_get_zones (self->database));
  guint n_batches = g_list_model_get_n_items (pz_database_get_batches (self->database));
  g_autofree char *zones = g_strdup_printf (ngettext ("%u zone", "%u zones", n_zones), n_zones);
  g_autofree char *subtitle = NULL;

  /* Translators: window subtitle, e.g. "165 zones in 7 batches" */
  subtitle = g_strdup_printf (ngettext ("%s in %u batch", "%s in %u batches", n_batches),
                              zones, n_batches);
  adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
}

static void
setup_map (PzWindow *self)
{
  ShumateViewport *viewport = get_viewport (self);
  GtkWidget *map = GTK_WIDGET (shumate_simple_map_get_map (self->map));
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->province_layer = pz_map_layer_new_provinces (viewport, pz_database_get_basemap (self->database));
  self->park_layer = pz_map_layer_new_parks (viewport, pz_database_get_parks (self->database),
                                             G_LIST_MODEL (self->filtered));
  self->zone_layer = pz_map_layer_new_zones (viewport, G_LIST_MODEL (self->filtered));

  /* The layers are laid out over the whole map, so map coordinates are
   * layer coordinates. */
  g_signal_connect_object (click, "released", G_CALLBACK (map_clicked), self, 0);
  gtk_widget_add_controller (map, GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (motion, "motion", G_CALLBACK (map_motion), self, 0);
  gtk_widget_add_controller (map, motion);
  gtk_widget_set_has_tooltip (map, TRUE);
  g_signal_connect_object (map, "query-tooltip", G_CALLBACK (map_query_tooltip), self, 0);

  apply_style (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (apply_style), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::scale-factor",
                           G_CALLBACK (apply_style), self, G_CONNECT_SWAPPED);

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "map-restored"))
    {
      /* Set the saved view after the source, whose zoom limits apply. */
      shumate_viewport_set_zoom_level (viewport, g_settings_get_double (self->settings, "map-zoom"));
      shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                     g_settings_get_double (self->settings, "map-latitude"),
                                     g_settings_get_double (self->settings, "map-longitude"));
    }
  else
    self->fit_tick = gtk_widget_add_tick_callback (map, fit_while_settling, self, NULL);


}

/* Window size, panels and mode are bound to settings; the map's view is
 * saved when the window closes and restored when it opens. */
static void
setup_settings (PzWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

  if (schema == NULL)
    {
      g_debug ("Settings schema %s not installed; the window will not remember its state", APPLICATION_ID);
      return;
    }

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sidebar-visible", self->flap, "reveal-flap", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "map-mode", self, "map-mode", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "basemap", self, "basemap", G_SETTINGS_BIND_DEFAULT);
}

static void
save_view (PzWindow *self)
{
  ShumateViewport *viewport;

  if (self->settings == NULL || self->map == NULL)
    return;
  viewport = get_viewport (self);
  g_settings_set_double (self->settings, "map-latitude", shumate_location_get_latitude (SHUMATE_LOCATION (viewport)));
  g_settings_set_double (self->settings, "map-longitude", shumate_location_get_longitude (SHUMATE_LOCATION (viewport)));
  g_settings_set_double (self->settings, "map-zoom", shumate_viewport_get_zoom_level (viewport));
  g_settings_set_boolean (self->settings, "map-restored", TRUE);
}

static gboolean
pz_window_close_request (GtkWindow *window)
{
  save_view (PZ_WINDOW (window));
  return GTK_WINDOW_CLASS (pz_window_parent_class)->close_request (window);
}

static void
setup_sidebar (PzWindow *self)
{
  self->batch_panel = pz_filter_panel_new (PZ_FILTER_PANEL_BATCHES, self->database, self->filter);
  gtk_widget_set_vexpand (self->batch_panel, TRUE);
  gtk_box_append (self->batch_page, self->batch_panel);

  self->province_panel = pz_filter_panel_new (PZ_FILTER_PANEL_PROVINCES, self->database, self->filter);
  gtk_widget_set_vexpand (self->province_panel, TRUE);
  gtk_box_append (self->province_page, self->province_panel);
  g_signal_connect_object (self->province_sort, "notify::selected",
                           G_CALLBACK (province_sort_changed), self, G_CONNECT_SWAPPED);

  /* Typing anywhere in the window starts a search, as in GNOME's apps. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (search_stopped), self, G_CONNECT_SWAPPED);
}

/* A full legend over a small map hides the zones beneath it (Yunnan's,
 * with the details open in a 1280 px window), so a small map gets the
 * compact legend. The user's own choice holds until the map's size
 * crosses the threshold again. */
#define LEGEND_FULL_MIN_WIDTH  640
#define LEGEND_FULL_MIN_HEIGHT 560

/* Only a crossing of the threshold changes the form: a size that went
 * back and forth before this ran leaves the user's choice alone. */
static void
apply_legend_size (gpointer data)
{
  PzWindow *self = data;

  self->legend_idle = 0;
  if (self->map_small == self->map_small_applied)
    return;
  self->map_small_applied = self->map_small;
  pz_legend_set_compact (self->legend, self->map_small);
}

/* Called as the overlay lays out its children; the legend's form changes
 * after the layout, not during it. */
static gboolean
map_overlay_child_position (PzWindow     *self,
                            GtkWidget    *child,
                            GdkRectangle *allocation,
                            GtkOverlay   *overlay)
{
  gboolean small;

  if (child != GTK_WIDGET (self->legend))
    return FALSE;

  small = gtk_widget_get_width (GTK_WIDGET (overlay)) < LEGEND_FULL_MIN_WIDTH ||
          gtk_widget_get_height (GTK_WIDGET (overlay)) < LEGEND_FULL_MIN_HEIGHT;
  if (small != self->map_small)
    {
      self->map_small = small;
      if (self->legend_idle == 0)
        self->legend_idle = g_idle_add_once (apply_legend_size, self);
    }
  return FALSE;
}

static void
pz_window_constructed (GObject *object)
{
  PzWindow *self = (PzWindow *)object;
  GListModel *zones = pz_database_get_zones (self->database);

  G_OBJECT_CLASS (pz_window_parent_class)->constructed (object);

  self->filter = pz_zone_filter_new ();
  self->filtered = gtk_filter_list_model_new (g_object_ref (zones), g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (filter_changed), self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->details_flap, "notify::reveal-progress",
                           G_CALLBACK (details_progress_changed), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->zone_list, GTK_SELECTION_MODEL (self->selection));

  pz_zone_details_set_batches (self->details, pz_database_get_batches (self->database));
  pz_zone_details_set_zones (self->details, zones);
  pz_zone_details_set_parks (self->details, pz_database_get_parks (self->database));
  pz_zone_details_set_indicators (self->details, self->database);
  pz_legend_set_batches (self->legend, pz_database_get_batches (self->database));
  pz_stats_view_set_data (self->stats_view, self->database, G_LIST_MODEL (self->filtered));

  setup_sidebar (self);
  setup_settings (self);
  setup_map (self);
  setup_timeline (self);
  update_title (self);
  update_status (self);
}

static void
pz_window_dispose (GObject *object)
{
  PzWindow *self = (PzWindow *)object;

  g_clear_handle_id (&self->play_source, g_source_remove);
  if (self->fit_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (shumate_simple_map_get_map (self->map)), self->fit_tick);
      self->fit_tick = 0;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_WINDOW);
  /* The legend it would change is gone. */
  g_clear_handle_id (&self->legend_idle, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_object (&self->user_database);
  g_clear_pointer (&self->map_mode, g_free);
  g_clear_pointer (&self->basemap, g_free);
  g_clear_pointer (&self->shown_provinces, g_free);
  g_clear_pointer (&self->timeline_dates, g_ptr_array_unref);

  G_OBJECT_CLASS (pz_window_parent_class)->dispose (object);
}

static void
pz_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PzWindow *self = PZ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_MAP_MODE:
      g_value_set_string (value, self->map_mode);
      break;

    case PROP_TIMELINE:
      g_value_set_boolean (value, self->timeline);
      break;

    case PROP_SHOW_PARKS:
      g_value_set_boolean (value, self->show_parks);
      break;

    case PROP_BASEMAP:
      g_value_set_string (value, self->basemap);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PzWindow *self = PZ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_MAP_MODE:
      if (g_strcmp0 (self->map_mode, g_value_get_string (value)) == 0)
        break;
      g_free (self->map_mode);
      self->map_mode = g_value_dup_string (value);
      if (self->zone_layer != NULL)
        _pz_window_update_map_mode (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_TIMELINE:
      if (self->timeline == g_value_get_boolean (value))
        break;
      self->timeline = g_value_get_boolean (value);
      if (!self->timeline)
        _pz_window_stop_playing (self);
      if (self->timeline_dates != NULL)
        _pz_window_update_timeline (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_BASEMAP:
      if (g_strcmp0 (self->basemap, g_value_get_string (value)) == 0)
        break;
      g_free (self->basemap);
      self->basemap = g_value_dup_string (value);
      if (self->zone_layer != NULL)
        apply_style (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_SHOW_PARKS:
      if (self->show_parks == g_value_get_boolean (value))
        break;
      self->show_parks = g_value_get_boolean (value);
      if (self->zone_layer != NULL)
        _pz_window_update_map_mode (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_window_class_init (PzWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pz_window_constructed;
  object_class->dispose = pz_window_dispose;
  object_class->get_property = pz_window_get_property;
  object_class->set_property = pz_window_set_property;
  GTK_WINDOW_CLASS (klass)->close_request = pz_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, PZ_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAP_MODE] =
    g_param_spec_string ("map-mode", NULL, NULL, "zones",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMELINE] =
    g_param_spec_boolean ("timeline", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PARKS] =
    g_param_spec_boolean ("show-parks", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASEMAP] =
    g_param_spec_string ("basemap", NULL, NULL, "offline",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  g_type_ensure (PZ_TYPE_LEGEND);
  g_type_ensure (PZ_TYPE_STATS_VIEW);
  g_type_ensure (PZ_TYPE_ZONE_DETAILS);
  g_type_ensure (PZ_TYPE_ZONE_ROW);
  g_type_ensure (PZ_TYPE_ZONE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PzWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, zone_list);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, batch_page);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, province_page);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, province_sort);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, map);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, timeline_adjustment);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, timeline_scale);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, timeline_label);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, play_button);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, details_flap);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, details);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, stats_view);
  gtk_widget_class_bind_template_callback (widget_class, map_overlay_child_position);

  _pz_window_class_init_actions (widget_class);
}

static void
pz_window_init (PzWindow *self)
{
  self->map_mode = g_strdup ("zones");
  self->show_parks = TRUE;
  self->basemap = g_strdup ("offline");
  gtk_widget_init_template (GTK_WIDGET (self));
}

PzWindow *
pz_window_new (GtkApplication *application,
               PzDatabase     *database)
{
  g_return_val_if_fail (PZ_IS_DATABASE (database), NULL);

  return g_object_new (PZ_TYPE_WINDOW,
                       "application", application,
                       "database", database,
                       NULL);
}

/**
 * pz_window_get_database:
 *
 * Returns: (transfer none): the database the window shows
 */
PzDatabase *
pz_window_get_database (PzWindow *self)
{
  g_return_val_if_fail (PZ_IS_WINDOW (self), NULL);

  return self->database;
}

void
_pz_window_show_toast (PzWindow   *self,
                       const char *file_name)
{
  g_autofree char *text = g_strdup_printf (_("Exported “%s”"), file_name);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/**
 * pz_window_set_user_database:
 * @user_database: (nullable): the user's imported data
 *
 * Counts of imported enterprises appear in the panels, the details and
 * the province map, and follow new imports.
 */
void
pz_window_set_user_database (PzWindow       *self,
                             PzUserDatabase *user_database)
{
  g_return_if_fail (PZ_IS_WINDOW (self));

  if (self->user_database != NULL)
    g_signal_handlers_disconnect_by_data (self->user_database, self);
  g_set_object (&self->user_database, user_database);
  if (user_database != NULL)
    g_signal_connect_object (user_database, "changed", G_CALLBACK (_pz_window_update_map_mode),
                             self, G_CONNECT_SWAPPED);

  pz_zone_details_set_user_database (self->details, user_database);
  pz_filter_panel_set_user_database (PZ_FILTER_PANEL (self->batch_panel), user_database);
  pz_filter_panel_set_user_database (PZ_FILTER_PANEL (self->province_panel), user_database);
  _pz_window_update_map_mode (self);
}

PzUserDatabase *
pz_window_get_user_database (PzWindow *self)
{
  g_return_val_if_fail (PZ_IS_WINDOW (self), NULL);

  return self->user_database;
}

PzMapLayer *
_pz_window_get_park_layer (PzWindow *self)
{
  return self->park_layer;
}

PzMapLayer *
_pz_window_get_zone_layer (PzWindow *self)
{
  return self->zone_layer;
}

PzZoneDetails *
_pz_window_get_details (PzWindow *self)
{
  return self->details;
}

PzZone *
_pz_window_get_selected (PzWindow *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}
