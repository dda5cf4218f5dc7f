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
#include "pz-map-view-private.h"

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
  pz_overlay_layer_set_composition (PZ_OVERLAY_LAYER (self->province_layer), self->composition);
  pz_overlay_layer_set_composition (PZ_OVERLAY_LAYER (self->park_layer), self->composition);
  pz_overlay_layer_set_composition (PZ_OVERLAY_LAYER (self->zone_layer), self->composition);
  pz_overlay_layer_set_composition (PZ_OVERLAY_LAYER (self->sea_inset_layer), self->composition);
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
  g_autoptr(GHashTable) counts = NULL;

  if (self->composition == NULL)
    return;
  if (self->user_database != NULL)
    counts = pz_user_database_count_by_zone (self->user_database);
  pz_map_composition_set_imported (self->composition, counts);
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
    SHUMATE_LAYER (self->sea_inset_layer),
  };

  if (self->database == NULL)
    return;

  /* The online map is an option; the offline one never needs a network. */
  if (online)
    source = SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full_from_url (
      "osm-mapnik", "OpenStreetMap", _("Map data © OpenStreetMap contributors"),
      "https://www.openstreetmap.org/copyright", 0, 19, 256, SHUMATE_MAP_PROJECTION_MERCATOR,
      "https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
  else
    source = SHUMATE_MAP_SOURCE (pz_basemap_source_new (pz_database_get_basemap (self->database),
                                                        pz_map_style_get (dark), self->boundaries,
                                                        gtk_widget_get_scale_factor (GTK_WIDGET (self))));
  shumate_simple_map_set_map_source (self->map, source);
  if (PZ_IS_BASEMAP_SOURCE (source))
    g_signal_connect_object (source, "tiles-done", G_CALLBACK (_pz_map_view_report_first_frame), self, G_CONNECT_SWAPPED);
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

/* A click that did not become a drag selects the marker under it; zones
 * are drawn over parks, so they are hit first, and a park selects its
 * zone, whose details open the park's row. */
static void
map_clicked (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             PzMapView       *self)
{
  g_autoptr(PzZone) zone = NULL;
  g_autoptr(PzPark) park = NULL;

  if (n_press != 1)
    return;

  if ((zone = pz_zone_layer_zone_at (self->zone_layer, x, y)))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.select-zone", "s", pz_zone_get_id (zone));
  else if ((park = pz_park_layer_park_at (self->park_layer, x, y)))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.select-park", "s", pz_park_get_id (park));
}

static char *
province_tooltip (PzMapView *self,
                  double     x,
                  double     y)
{
  const char *code = pz_province_layer_province_at (self->province_layer, x, y);
  PzChoropleth *values = pz_map_composition_get_choropleth (self->composition);
  double value;

  if (!pz_choropleth_lookup (values, code, &value))
    return NULL;
  /* Translators: map tooltip, province name, value and what is counted */
  return g_strdup_printf (_("%s: %g (%s)"),
                          pz_basemap_get_province_name (pz_database_get_basemap (self->database), code),
                          value, pz_choropleth_get_title (values));
}

static char *
zone_tooltip (PzMapView *self,
              double     x,
              double     y)
{
  g_autoptr(GPtrArray) zones = pz_zone_layer_zones_at (self->zone_layer, x, y);
  g_autoptr(PzPark) park = NULL;

  /* Every zone under the pointer, one a line, where markers overlap. */
  if (zones->len > 0)
    {
      GString *text = g_string_new (NULL);

      for (guint i = 0; i < zones->len; i++)
        {
          PzZone *zone = g_ptr_array_index (zones, i);

          /* Translators: map tooltip, zone name, batch number and province */
          g_string_append_printf (text, _("%s · Batch %u · %s"), pz_zone_get_display_name (zone),
                                  pz_zone_get_batch (zone), pz_zone_get_display_province (zone));
          if (i + 1 < zones->len)
            g_string_append_c (text, '\n');
        }
      return g_string_free (text, FALSE);
    }
  if ((park = pz_park_layer_park_at (self->park_layer, x, y)))
    return g_strdup_printf (pz_park_is_approximate (park)
                            /* Translators: map tooltip of a park whose site is not known */
                            ? _("%s (industrial park; location approximate)")
                            : _("%s (industrial park)"), pz_park_get_display_name (park));
  return NULL;
}

static gboolean
map_query_tooltip (GtkWidget  *widget,
                   int         x,
                   int         y,
                   gboolean    keyboard_mode,
                   GtkTooltip *tooltip,
                   PzMapView  *self)
{
  g_autofree char *text = NULL;

  if (keyboard_mode || self->composition == NULL)
    return FALSE;

  if (pz_map_composition_get_mode (self->composition) == PZ_MAP_MODE_ZONES)
    text = zone_tooltip (self, x, y);
  else
    text = province_tooltip (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
map_motion (GtkEventControllerMotion *controller,
            double                    x,
            double                    y,
            PzMapView                *self)
{
  g_autoptr(PzZone) zone = pz_zone_layer_zone_at (self->zone_layer, x, y);
  g_autoptr(PzPark) park = zone == NULL ? pz_park_layer_park_at (self->park_layer, x, y) : NULL;

  gtk_widget_set_cursor_from_name (_pz_map_view_get_map_widget (self), zone != NULL || park != NULL ? "pointer" : NULL);
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
pz_map_view_class_init (PzMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_map_view_dispose;
  object_class->finalize = pz_map_view_finalize;
  object_class->get_property = pz_map_view_get_property;
  object_class->set_property = pz_map_view_set_property;

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

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  g_type_ensure (PZ_TYPE_LEGEND);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PzMapView, overlay);
  gtk_widget_class_bind_template_child (widget_class, PzMapView, map);
  gtk_widget_class_bind_template_child (widget_class, PzMapView, legend);
  gtk_widget_class_bind_template_callback (widget_class, overlay_child_position);
  _pz_map_view_class_init_keys (widget_class);
}

static void
pz_map_view_init (PzMapView *self)
{
  ShumateViewport *viewport;
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->basemap = g_strdup ("offline");
  gtk_widget_init_template (GTK_WIDGET (self));

  viewport = pz_map_view_get_viewport (self);
  self->province_layer = pz_province_layer_new (viewport);
  self->park_layer = pz_park_layer_new (viewport);
  self->zone_layer = pz_zone_layer_new (viewport);
  pz_zone_layer_set_furniture (self->zone_layer, GTK_WIDGET (self->overlay));
  pz_zone_layer_add_obstacle (self->zone_layer, GTK_WIDGET (shumate_simple_map_get_scale (self->map)));
  pz_zone_layer_add_obstacle (self->zone_layer, GTK_WIDGET (shumate_simple_map_get_license (self->map)));
  _pz_map_view_init_keys (self);
  self->sea_inset_layer = pz_sea_inset_layer_new (viewport);

  /* The layers are laid out over the whole map, so map coordinates are
   * layer coordinates. */
  g_signal_connect_object (click, "released", G_CALLBACK (map_clicked), self, 0);
  gtk_widget_add_controller (_pz_map_view_get_map_widget (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (motion, "motion", G_CALLBACK (map_motion), self, 0);
  gtk_widget_add_controller (_pz_map_view_get_map_widget (self), motion);
  gtk_widget_set_has_tooltip (_pz_map_view_get_map_widget (self), TRUE);
  g_signal_connect_object (_pz_map_view_get_map_widget (self), "query-tooltip", G_CALLBACK (map_query_tooltip), self, 0);
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
