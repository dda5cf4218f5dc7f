/* pz-window.c
 *
 * The main window: the zone list, the map and the details panel, all
 * following one selection object.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-basemap-source.h"
#include "pz-legend.h"
#include "pz-map-layer.h"
#include "pz-projection.h"
#include "pz-window-private.h"
#include "pz-zone-details.h"
#include "pz-zone-row.h"

/* Keep a selected zone this far (logical px) from the map edges. */
#define EDGE_MARGIN 40.0

struct _PzWindow
{
  AdwApplicationWindow  parent_instance;

  PzDatabase           *database;
  GtkSingleSelection   *selection;
  PzMapLayer           *zone_layer;
  PzMapLayer           *label_layer;
  guint                 fit_tick;
  int                   fit_width;
  int                   fit_height;
  guint                 fit_stable_frames;

  AdwWindowTitle       *window_title;
  AdwFlap              *flap;
  GtkListView          *zone_list;
  ShumateSimpleMap     *map;
  PzLegend             *legend;
  GtkRevealer          *details_revealer;
  PzZoneDetails        *details;
};

G_DEFINE_FINAL_TYPE (PzWindow, pz_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ShumateViewport *
get_viewport (PzWindow *self)
{
  return shumate_simple_map_get_viewport (self->map);
}

/* Tiles are cached per source, so a new style or scale needs a new
 * source; the overlays and legend just redraw. */
static void
apply_style (PzWindow *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const PzMapStyle *style = pz_map_style_get (dark);
  g_autoptr(PzBasemapSource) source = NULL;
  double zoom = shumate_viewport_get_zoom_level (get_viewport (self));
  ShumateLayer *overlays[] = { SHUMATE_LAYER (self->label_layer), SHUMATE_LAYER (self->zone_layer) };

  source = pz_basemap_source_new (pz_database_get_basemap (self->database), style,
                                  gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  shumate_simple_map_set_map_source (self->map, SHUMATE_MAP_SOURCE (source));
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
  pz_map_layer_set_style (self->label_layer, style);
  pz_legend_set_style (self->legend, style);
}

static gboolean
zone_bounds (GListModel *zones,
             double      bounds[4])
{
  guint n = g_list_model_get_n_items (zones);
  gboolean any = FALSE;

  bounds[0] = bounds[1] = G_MAXDOUBLE;
  bounds[2] = bounds[3] = -G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (!pz_zone_has_location (zone))
        continue;
      bounds[0] = MIN (bounds[0], pz_zone_get_latitude (zone));
      bounds[1] = MIN (bounds[1], pz_zone_get_longitude (zone));
      bounds[2] = MAX (bounds[2], pz_zone_get_latitude (zone));
      bounds[3] = MAX (bounds[3], pz_zone_get_longitude (zone));
      any = TRUE;
    }

  return any;
}

static void
zoom_to_all (PzWindow *self)
{
  GtkWidget *map = GTK_WIDGET (self->map);
  ShumateViewport *viewport = get_viewport (self);
  double bounds[4];
  double zoom;
  double centre_y;

  if (!zone_bounds (pz_database_get_zones (self->database), bounds))
    return;

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
      zoom_to_all (self);
      return G_SOURCE_CONTINUE;
    }

  if (++self->fit_stable_frames < 3)
    return G_SOURCE_CONTINUE;

  self->fit_tick = 0;
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

static void
selection_changed (PzWindow *self)
{
  PzZone *zone = gtk_single_selection_get_selected_item (self->selection);

  pz_map_layer_set_selected (self->zone_layer, zone);
  gtk_revealer_set_reveal_child (self->details_revealer, zone != NULL);
  if (zone != NULL)
    {
      pz_zone_details_set_zone (self->details, zone);
      reveal_zone (self, zone);
    }
}

static guint
find_zone_position (PzWindow   *self,
                    const char *id)
{
  GListModel *zones = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (zones);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (g_strcmp0 (pz_zone_get_id (zone), id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
select_zone_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);
  guint position = find_zone_position (self, g_variant_get_string (parameter, NULL));

  if (position == GTK_INVALID_LIST_POSITION)
    {
      g_warning ("No zone with id “%s”", g_variant_get_string (parameter, NULL));
      return;
    }

  gtk_single_selection_set_selected (self->selection, position);
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_list_view_scroll_to (self->zone_list, position, GTK_LIST_SCROLL_NONE, NULL);
#else
  gtk_widget_activate_action (GTK_WIDGET (self->zone_list), "list.scroll-to-item", "u", position);
#endif
}

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
zoom_to_all_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  zoom_to_all (PZ_WINDOW (widget));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
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

  if (n_press != 1)
    return;

  zone = pz_map_layer_zone_at (self->zone_layer, x, y);
  if (zone != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.select-zone", "s", pz_zone_get_id (zone));
}

static gboolean
map_query_tooltip (GtkWidget  *widget,
                   int         x,
                   int         y,
                   gboolean    keyboard_mode,
                   GtkTooltip *tooltip,
                   PzWindow   *self)
{
  g_autoptr(PzZone) zone = NULL;
  g_autofree char *text = NULL;

  if (keyboard_mode || !(zone = pz_map_layer_zone_at (self->zone_layer, x, y)))
    return FALSE;

  /* Translators: map tooltip, zone name, batch number and province */
  text = g_strdup_printf (_("%s · Batch %u · %s"), pz_zone_get_display_name (zone),
                          pz_zone_get_batch (zone), pz_zone_get_display_province (zone));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
map_motion (GtkEventControllerMotion *controller,
            double                    x,
            double                    y,
            PzWindow                 *self)
{
  g_autoptr(PzZone) zone = pz_map_layer_zone_at (self->zone_layer, x, y);
  GtkWidget *map = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  gtk_widget_set_cursor_from_name (map, zone != NULL ? "pointer" : NULL);
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
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
setup_map (PzWindow *self)
{
  ShumateViewport *viewport = get_viewport (self);
  GtkWidget *map = GTK_WIDGET (shumate_simple_map_get_map (self->map));
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->label_layer = pz_map_layer_new_labels (viewport, pz_database_get_basemap (self->database));
  self->zone_layer = pz_map_layer_new_zones (viewport, pz_database_get_zones (self->database));

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

  self->fit_tick = gtk_widget_add_tick_callback (map, fit_while_settling, self, NULL);
}

static void
pz_window_constructed (GObject *object)
{
  PzWindow *self = (PzWindow *)object;
  GListModel *zones = pz_database_get_zones (self->database);

  G_OBJECT_CLASS (pz_window_parent_class)->constructed (object);

  self->selection = gtk_single_selection_new (g_object_ref (zones));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->zone_list, GTK_SELECTION_MODEL (self->selection));

  pz_zone_details_set_batches (self->details, pz_database_get_batches (self->database));
  pz_zone_details_set_zones (self->details, zones);
  pz_legend_set_batches (self->legend, pz_database_get_batches (self->database));

  setup_map (self);
  update_title (self);
}

static void
pz_window_dispose (GObject *object)
{
  PzWindow *self = (PzWindow *)object;

  if (self->fit_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (shumate_simple_map_get_map (self->map)), self->fit_tick);
      self->fit_tick = 0;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->database);

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

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, PZ_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  g_type_ensure (PZ_TYPE_LEGEND);
  g_type_ensure (PZ_TYPE_ZONE_DETAILS);
  g_type_ensure (PZ_TYPE_ZONE_ROW);
  g_type_ensure (PZ_TYPE_ZONE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PzWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, zone_list);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, map);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, details_revealer);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, details);

  gtk_widget_class_install_action (widget_class, "win.select-zone", "s", select_zone_action);
  gtk_widget_class_install_action (widget_class, "win.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-to-all", NULL, zoom_to_all_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.clear-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-to-all", NULL);
}

static void
pz_window_init (PzWindow *self)
{
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
