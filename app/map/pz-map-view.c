/* pz-map-view.c
 *
 * The map on screen: libshumate's map with the offline base map (or
 * optional online tiles), the zone, park and province overlays, the
 * legend and the mode buttons. It owns the map composition that all of
 * them draw, keeps it current as the filter, mode, style and imports
 * change, and hands copies of it to whoever exports the view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pz-basemap-source.h"
#include "pz-locale.h"
#include "pz-map-rest.h"
#include "pz-map-view-private.h"
#include "pz-tile-paintable.h"
#include "pz-xlib-pool.h"

/* A full legend over a small map hides the zones beneath it (Yunnan's,
 * with the details open in a 1280 px window), so a small map gets the
 * compact legend. The user's own choice holds until the map's size
 * crosses the threshold again. */
#define LEGEND_FULL_MIN_WIDTH  640
#define LEGEND_FULL_MIN_HEIGHT 560


G_DEFINE_FINAL_TYPE (PzMapView, pz_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODE,
  PROP_SHOW_PARKS,
  PROP_BASEMAP,
  PROP_BOUNDARIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ShumateViewport *
pz_map_view_get_viewport (PzMapView *self)
{
  g_return_val_if_fail (PZ_IS_MAP_VIEW (self), NULL);

  return shumate_simple_map_get_viewport (self->map);
}

GtkWidget *
_pz_map_view_get_map_widget (PzMapView *self)
{
  return GTK_WIDGET (shumate_simple_map_get_map (self->map));
}

/* Every layer and the legend draw the one composition: tell them all. */
static void
composition_changed (PzMapView *self)
{
  PzMapMode mode;

  if (self->composition == NULL)
    return;

  mode = pz_map_composition_get_mode (self->composition);
  gtk_widget_set_visible (GTK_WIDGET (self->zone_layer), mode == PZ_MAP_MODE_ZONES);
  gtk_widget_set_visible (GTK_WIDGET (self->park_layer), pz_map_composition_get_parks (self->composition) != NULL);
  gtk_widget_set_visible (self->empty_banner,
                          g_list_model_get_n_items (pz_map_composition_get_zones (self->composition)) == 0);
  pz_overlay_layer_set_composition (PZ_OVERLAY_LAYER (self->province_layer), self->composition);
  pz_overlay_layer_set_composition (PZ_OVERLAY_LAYER (self->park_layer), self->composition);
  pz_overlay_layer_set_composition (PZ_OVERLAY_LAYER (self->zone_layer), self->composition);
  pz_overlay_layer_set_composition (PZ_OVERLAY_LAYER (self->sea_inset_layer), self->composition);
  gtk_widget_set_visible (GTK_WIDGET (self->enterprise_layer),
                          pz_map_composition_get_enterprise_clusters (self->composition) != NULL);
  pz_overlay_layer_set_composition (PZ_OVERLAY_LAYER (self->enterprise_layer), self->composition);
  pz_legend_set_composition (self->legend, self->composition);
}

/* The zones shown or the imported counts changed: the province values
 * follow, computed once here rather than on every frame or hover. */
static void
data_changed (PzMapView *self)
{
  if (self->composition == NULL)
    return;
  pz_map_composition_changed (self->composition);
  composition_changed (self);
}

static void
imports_changed (PzMapView *self)
{
  if (self->composition == NULL)
    return;
  pz_map_composition_set_imported (self->composition, self->user_database != NULL
                                   ? pz_user_database_get_counts_by_zone (self->user_database) : NULL);
  _pz_map_view_update_enterprises (self);
  composition_changed (self);
}

/* For benchmarks: the moment the first view is complete — fitted, and
 * every visible tile rendered — on the system's monotonic clock. */
void
_pz_map_view_report_first_frame (PzMapView *self)
{
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (pz_map_view_get_viewport (self));

  if (g_getenv ("PZ_REPORT_FIRST_FRAME") == NULL || self->first_frame_reported || self->fit_tick != 0 ||
      !PZ_IS_BASEMAP_SOURCE (source) || pz_basemap_source_get_pending (PZ_BASEMAP_SOURCE (source)) > 0)
    return;
  self->first_frame_reported = TRUE;
  g_print ("first-complete-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
}

enum {
  OFFLINE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The online map's address; a test points it at a closed port. */
static const char *
online_tile_url (void)
{
  const char *url = g_getenv ("PZ_ONLINE_TILE_URL");

  return url != NULL ? url : "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
}

/* Without a connection the online map would stay blank: go back to the
 * built-in one, with its province names, and say why. */
static void
online_checked (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PzMapView) self = user_data;
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  connection = g_socket_client_connect_to_uri_finish (G_SOCKET_CLIENT (source), result, &error);
  if (connection != NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_debug ("Online map unreachable: %s", error->message);
  g_object_set (self, "basemap", "offline", NULL);
  g_signal_emit (self, signals[OFFLINE], 0);
}

static void
check_online (PzMapView *self)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GString) uri = g_string_new (online_tile_url ());

  g_string_replace (uri, "{z}/{x}/{y}", "0/0/0", 1);
  g_socket_client_set_timeout (client, 8);
  g_cancellable_cancel (self->online_check);
  g_clear_object (&self->online_check);
  self->online_check = g_cancellable_new ();
  g_socket_client_connect_to_uri_async (client, uri->str, 443, self->online_check, online_checked,
                                        g_object_ref (self));
}

/* A cached tile whose image was released (pz-tile-paintable.c) is
 * rendered again; the base layer shows it once it draws again. */
static void
redraw_base_layer (PzMapView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (_pz_map_view_get_map_widget (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (SHUMATE_IS_MAP_LAYER (child))
      gtk_widget_queue_draw (child);
}

/* Only a moving map needs the tiles around its view. */
static void
map_rested (gpointer instance)
{
  PzMapView *self = instance;
  ShumateMapSource *source = shumate_simple_map_get_map_source (self->map);
  GtkWidget *map = _pz_map_view_get_map_widget (self);

  if (PZ_IS_BASEMAP_SOURCE (source) &&
      pz_basemap_source_rest (PZ_BASEMAP_SOURCE (source), pz_map_view_get_viewport (self),
                              gtk_widget_get_width (map), gtk_widget_get_height (map)) > 0)
    redraw_base_layer (self);
}

static void
view_moved (PzMapView *self)
{
  pz_map_rest_moved ();
}

/* Tiles are cached per source, so a new style or scale needs a new
 * source; the overlays and legend just redraw. */
static void
apply_style (PzMapView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  ShumateViewport *viewport = pz_map_view_get_viewport (self);
  double zoom = shumate_viewport_get_zoom_level (viewport);
  gboolean online = g_strcmp0 (self->basemap, "openstreetmap") == 0;
  g_autoptr(ShumateMapSource) source = NULL;
  ShumateLayer *overlays[] = {
    SHUMATE_LAYER (self->province_layer), SHUMATE_LAYER (self->park_layer), SHUMATE_LAYER (self->zone_layer),
    SHUMATE_LAYER (self->enterprise_layer), SHUMATE_LAYER (self->sea_inset_layer),
  };

  if (self->database == NULL)
    return;

  /* The online map is an option; the offline one never needs a network. */
  if (online)
    source = SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full_from_url (
      "osm-mapnik", "OpenStreetMap", _("Map data © OpenStreetMap contributors"),
      "https://www.openstreetmap.org/copyright", 0, 19, 256, SHUMATE_MAP_PROJECTION_MERCATOR,
      online_tile_url ()));
  else
    source = SHUMATE_MAP_SOURCE (pz_basemap_source_new (pz_database_get_basemap (self->database),
                                                        pz_map_style_get (dark), self->boundaries,
                                                        gtk_widget_get_scale_factor (GTK_WIDGET (self))));
  shumate_simple_map_set_map_source (self->map, source);
  if (online)
    check_online (self);
  if (PZ_IS_BASEMAP_SOURCE (source))
    {
      g_signal_connect_object (source, "tiles-done", G_CALLBACK (_pz_map_view_report_first_frame), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (source, "tiles-done", G_CALLBACK (redraw_base_layer), self, G_CONNECT_SWAPPED);
    }
  /* Setting a source resets the viewport's zoom limits; keep the view. */
  shumate_viewport_set_zoom_level (viewport, zoom);

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

  pz_map_composition_set_dark (self->composition, dark);
  pz_map_composition_set_boundaries (self->composition, self->boundaries);
  /* OpenStreetMap tiles carry their own place names. */
  pz_map_composition_set_show_labels (self->composition, !online);
  composition_changed (self);
}

/* Only a crossing of the threshold changes the form: a size that went
 * back and forth before this ran leaves the user's choice alone. */
static void
apply_legend_size (gpointer data)
{
  PzMapView *self = data;

  self->legend_idle = 0;
  if (self->map_small == self->map_small_applied)
    return;
  self->map_small_applied = self->map_small;
  pz_legend_set_compact (self->legend, self->map_small);
}

/* Called as the overlay lays out its children; the legend's form changes
 * after the layout, not during it. */
static gboolean
overlay_child_position (PzMapView    *self,
                        GtkWidget    *child,
                        GdkRectangle *allocation,
                        GtkOverlay   *overlay)
{
  int width = gtk_widget_get_width (GTK_WIDGET (overlay));
  int height = gtk_widget_get_height (GTK_WIDGET (overlay));
  gboolean small;

  if (child != GTK_WIDGET (self->legend))
    return FALSE;

  /* A map that grew shows tiles that were off screen. */
  if (width != self->laid_out_width || height != self->laid_out_height)
    {
      self->laid_out_width = width;
      self->laid_out_height = height;
      pz_map_rest_moved ();
    }
  small = width < LEGEND_FULL_MIN_WIDTH || height < LEGEND_FULL_MIN_HEIGHT;
  if (small != self->map_small)
    {
      self->map_small = small;
      if (self->legend_idle == 0)
        self->legend_idle = g_idle_add_once (apply_legend_size, self);
    }
  return FALSE;
}

static void
legend_compact_changed (PzMapView *self)
{
  if (self->composition != NULL)
    pz_map_composition_set_compact_legend (self->composition, pz_legend_get_compact (self->legend));
}

static void
pz_map_view_dispose (GObject *object)
{
  PzMapView *self = (PzMapView *)object;

  if (self->fit_tick != 0)
    {
      gtk_widget_remove_tick_callback (_pz_map_view_get_map_widget (self), self->fit_tick);
      self->fit_tick = 0;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_MAP_VIEW);
  /* The template's root child is ours to unparent on GTK 4.8. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self)));)
    gtk_widget_unparent (child);
  /* The legend it would change is gone. */
  g_clear_handle_id (&self->legend_idle, g_source_remove);
  g_cancellable_cancel (self->online_check);
  g_clear_object (&self->online_check);
  g_clear_object (&self->database);
  g_clear_object (&self->user_database);
  g_clear_pointer (&self->composition, pz_map_composition_unref);

  G_OBJECT_CLASS (pz_map_view_parent_class)->dispose (object);
}

static void
pz_map_view_finalize (GObject *object)
{
  PzMapView *self = (PzMapView *)object;

  g_free (self->basemap);

  G_OBJECT_CLASS (pz_map_view_parent_class)->finalize (object);
}

static void
pz_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PzMapView *self = PZ_MAP_VIEW (object);

  g_return_if_fail (self->composition != NULL || prop_id == PROP_BASEMAP || prop_id == PROP_BOUNDARIES);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_string (value, pz_map_mode_to_string (pz_map_composition_get_mode (self->composition)));
      break;

    case PROP_SHOW_PARKS:
      g_value_set_boolean (value, pz_map_composition_get_show_parks (self->composition));
      break;

    case PROP_BASEMAP:
      g_value_set_string (value, self->basemap);
      break;

    case PROP_BOUNDARIES:
      g_value_set_string (value, pz_boundaries_to_string (self->boundaries));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PzMapView *self = PZ_MAP_VIEW (object);
  PzBoundaries boundaries;
  PzMapMode mode;

  /* The map's own settings live in its composition, made with its data. */
  g_return_if_fail (self->composition != NULL || prop_id == PROP_BASEMAP || prop_id == PROP_BOUNDARIES);

  switch (prop_id)
    {
    case PROP_MODE:
      if (!pz_map_mode_from_string (g_value_get_string (value), &mode))
        mode = PZ_MAP_MODE_ZONES;
      if (mode == pz_map_composition_get_mode (self->composition))
        break;
      pz_map_composition_set_mode (self->composition, mode);
      composition_changed (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_SHOW_PARKS:
      if (g_value_get_boolean (value) == pz_map_composition_get_show_parks (self->composition))
        break;
      pz_map_composition_set_show_parks (self->composition, g_value_get_boolean (value));
      composition_changed (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_BASEMAP:
      if (g_strcmp0 (self->basemap, g_value_get_string (value)) == 0)
        break;
      g_free (self->basemap);
      self->basemap = g_value_dup_string (value);
      apply_style (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_BOUNDARIES:
      if (!pz_boundaries_from_string (g_value_get_string (value), &boundaries) || boundaries == self->boundaries)
        break;
      self->boundaries = boundaries;
      apply_style (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_map_view_realize (GtkWidget *widget)
{
  gboolean as_cairo;

  GTK_WIDGET_CLASS (pz_map_view_parent_class)->realize (widget);

  as_cairo = GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (gtk_widget_get_native (widget)));
  pz_tile_paintable_set_draw_as_cairo (as_cairo);
  if (as_cairo)
    pz_xlib_pool_keep (widget);
}

static void
pz_map_view_class_init (PzMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_map_view_dispose;
  object_class->finalize = pz_map_view_finalize;
  object_class->get_property = pz_map_view_get_property;
  object_class->set_property = pz_map_view_set_property;
  widget_class->realize = pz_map_view_realize;

  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL, "zones",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PARKS] =
    g_param_spec_boolean ("show-parks", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASEMAP] =
    g_param_spec_string ("basemap", NULL, NULL, "offline",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BOUNDARIES] =
    g_param_spec_string ("boundaries", NULL, NULL, "china",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PzMapView::offline:
   *
   * The online map could not be reached; the built-in map is back.
   */
  signals[OFFLINE] =
    g_signal_new ("offline", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  g_type_ensure (PZ_TYPE_LEGEND);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PzMapView, overlay);
  gtk_widget_class_bind_template_child (widget_class, PzMapView, map);
  gtk_widget_class_bind_template_child (widget_class, PzMapView, legend);
  gtk_widget_class_bind_template_child (widget_class, PzMapView, empty_banner);
  gtk_widget_class_bind_template_callback (widget_class, overlay_child_position);
  _pz_map_view_class_init_keys (widget_class);
}

/* libshumate's compass is an SVG icon: loading it brings librsvg into
 * the process (6.5 MiB). It only says something once the map is turned
 * (a rotate gesture), so it is there from then on. */
static void
rotation_changed (PzMapView *self)
{
  if (shumate_viewport_get_rotation (pz_map_view_get_viewport (self)) != 0)
    gtk_widget_set_visible (GTK_WIDGET (shumate_simple_map_get_compass (self->map)), TRUE);
}

static void
pz_map_view_init (PzMapView *self)
{
  static const char * const view_signals[] = {
    "notify::latitude", "notify::longitude", "notify::zoom-level", "notify::rotation",
  };
  ShumateViewport *viewport;

  self->basemap = g_strdup ("offline");
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Chinese planners read kilometres; miles only where the locale uses them. */
  shumate_scale_set_unit (shumate_simple_map_get_scale (self->map),
                          pz_locale_uses_miles () ? SHUMATE_UNIT_BOTH : SHUMATE_UNIT_METRIC);

  viewport = pz_map_view_get_viewport (self);
  gtk_widget_set_visible (GTK_WIDGET (shumate_simple_map_get_compass (self->map)), FALSE);
  g_signal_connect_object (viewport, "notify::rotation", G_CALLBACK (rotation_changed), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (view_signals); i++)
    g_signal_connect_object (viewport, view_signals[i], G_CALLBACK (view_moved), self, G_CONNECT_SWAPPED);
  pz_map_rest_watch (G_OBJECT (self), map_rested);
  self->province_layer = pz_province_layer_new (viewport);
  self->park_layer = pz_park_layer_new (viewport);
  self->zone_layer = pz_zone_layer_new (viewport);
  pz_zone_layer_set_furniture (self->zone_layer, GTK_WIDGET (self->overlay));
  pz_zone_layer_add_obstacle (self->zone_layer, GTK_WIDGET (shumate_simple_map_get_scale (self->map)));
  pz_zone_layer_add_obstacle (self->zone_layer, GTK_WIDGET (shumate_simple_map_get_license (self->map)));
  _pz_map_view_init_keys (self);
  self->sea_inset_layer = pz_sea_inset_layer_new (viewport);
  self->enterprise_layer = pz_enterprise_layer_new (viewport);

  _pz_map_view_init_pointer (self);
  g_signal_connect_object (self->legend, "notify::compact", G_CALLBACK (legend_compact_changed),
                           self, G_CONNECT_SWAPPED);
}

/**
 * pz_map_view_set_data:
 * @shown: the zones the filter shows; followed as it changes
 *
 * Starts the map on @database. Call once.
 */
void
pz_map_view_set_data (PzMapView  *self,
                      PzDatabase *database,
                      GListModel *shown)
{
  g_return_if_fail (PZ_IS_MAP_VIEW (self));
  g_return_if_fail (PZ_IS_DATABASE (database));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  self->composition = pz_map_composition_new (database, shown);
  g_signal_connect_object (shown, "items-changed", G_CALLBACK (data_changed), self, G_CONNECT_SWAPPED);

  apply_style (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (apply_style), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::scale-factor", G_CALLBACK (apply_style), self, G_CONNECT_SWAPPED);
}

/**
 * pz_map_view_set_user_database:
 * @user_database: (nullable): the imports the "Imported" mode counts
 */
void
pz_map_view_set_user_database (PzMapView      *self,
                               PzUserDatabase *user_database)
{
  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  if (self->user_database != NULL)
    g_signal_handlers_disconnect_by_data (self->user_database, self);
  g_set_object (&self->user_database, user_database);
  if (user_database != NULL)
    g_signal_connect_object (user_database, "changed", G_CALLBACK (imports_changed), self, G_CONNECT_SWAPPED);
  imports_changed (self);
}

/* The filter in words, for the titles and file names of exports. */
void
pz_map_view_set_description (PzMapView  *self,
                             const char *description)
{
  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  pz_map_composition_set_description (self->composition, description);
}

void
pz_map_view_set_selected (PzMapView *self,
                          PzZone    *zone)
{
  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  pz_map_composition_set_selected (self->composition, zone);
  composition_changed (self);
}

/**
 * pz_map_view_get_composition:
 *
 * Returns: (transfer none): what the map shows, following every change
 */
PzMapComposition *
pz_map_view_get_composition (PzMapView *self)
{
  g_return_val_if_fail (PZ_IS_MAP_VIEW (self), NULL);

  return self->composition;
}

/**
 * pz_map_view_dup_composition:
 *
 * Returns: (transfer full): what the map shows now, with its view, as a
 *   copy that no longer follows the filter: for a dialog or an export
 */
PzMapComposition *
pz_map_view_dup_composition (PzMapView *self)
{
  PzMapComposition *copy;
  double latitude, longitude, zoom;

  g_return_val_if_fail (PZ_IS_MAP_VIEW (self), NULL);

  copy = pz_map_composition_snapshot (self->composition);
  pz_map_view_get_center (self, &latitude, &longitude, &zoom);
  pz_map_composition_set_view (copy, latitude, longitude, zoom, gtk_widget_get_width (_pz_map_view_get_map_widget (self)));
  return copy;
}

PzZoneLayer *
pz_map_view_get_zone_layer (PzMapView *self)
{
  g_return_val_if_fail (PZ_IS_MAP_VIEW (self), NULL);

  return self->zone_layer;
}

PzParkLayer *
pz_map_view_get_park_layer (PzMapView *self)
{
  g_return_val_if_fail (PZ_IS_MAP_VIEW (self), NULL);

  return self->park_layer;
}

PzProvinceLayer *
pz_map_view_get_province_layer (PzMapView *self)
{
  g_return_val_if_fail (PZ_IS_MAP_VIEW (self), NULL);

  return self->province_layer;
}

PzEnterpriseLayer *
pz_map_view_get_enterprise_layer (PzMapView *self)
{
  g_return_val_if_fail (PZ_IS_MAP_VIEW (self), NULL);

  return self->enterprise_layer;
}

PzLegend *
pz_map_view_get_legend (PzMapView *self)
{
  g_return_val_if_fail (PZ_IS_MAP_VIEW (self), NULL);

  return self->legend;
}

/**
 * pz_map_view_set_class_reference:
 * @zones: (nullable): the zones whose province classes the map keeps,
 *   e.g. those of a timeline's final date
 * @date: (nullable): that date, named in the legend
 */
void
pz_map_view_set_class_reference (PzMapView  *self,
                                 GListModel *zones,
                                 const char *date)
{
  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  if (self->composition == NULL)
    return;
  pz_map_composition_set_class_reference (self->composition, zones, date);
  composition_changed (self);
}
