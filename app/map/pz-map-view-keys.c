/* pz-map-view-keys.c
 *
 * The map from the keyboard, while it has the focus: arrows pan by a
 * quarter of the view, + and − (with or without Ctrl) zoom by one level,
 * Home fits the zones the filter shows. A click on the map gives it the
 * focus. Keys pressed elsewhere in the map view (its buttons) go on to
 * their usual handlers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-view"

#include "config.h"

#include "pz-map-view-private.h"

static gboolean
map_has_focus (PzMapView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *map = _pz_map_view_get_map_widget (self);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == map || gtk_widget_is_ancestor (focus, map));
}

static gboolean
pan (GtkWidget *widget,
     GVariant  *args,
     gpointer   user_data)
{
  PzMapView *self = PZ_MAP_VIEW (widget);
  GtkWidget *map = _pz_map_view_get_map_widget (self);
  ShumateViewport *viewport = pz_map_view_get_viewport (self);
  double w = gtk_widget_get_width (map), h = gtk_widget_get_height (map);
  double latitude, longitude;
  int dx, dy;

  if (!map_has_focus (self))
    return FALSE;

  g_variant_get (args, "(ii)", &dx, &dy);
  shumate_viewport_widget_coords_to_location (viewport, map, w / 2 + dx * w / 4, h / 2 + dy * h / 4,
                                              &latitude, &longitude);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), latitude, longitude);
  return TRUE;
}

static gboolean
zoom (GtkWidget *widget,
      GVariant  *args,
      gpointer   user_data)
{
  PzMapView *self = PZ_MAP_VIEW (widget);
  ShumateViewport *viewport = pz_map_view_get_viewport (self);

  if (!map_has_focus (self))
    return FALSE;

  /* The viewport keeps the level within the source's limits. */
  shumate_viewport_set_zoom_level (viewport, round (shumate_viewport_get_zoom_level (viewport)) +
                                             g_variant_get_int32 (args));
  return TRUE;
}

static gboolean
fit_filter (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  PzMapView *self = PZ_MAP_VIEW (widget);
  double bounds[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  PzMapComposition *composition = pz_map_view_get_composition (self);
  GListModel *zones;
  gboolean any = FALSE;

  if (!map_has_focus (self) || composition == NULL)
    return FALSE;

  zones = pz_map_composition_get_zones (composition);
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      double lat = pz_zone_get_latitude (zone), lon = pz_zone_get_longitude (zone);

      if (!pz_zone_has_location (zone))
        continue;
      bounds[0] = MIN (bounds[0], lat);
      bounds[1] = MIN (bounds[1], lon);
      bounds[2] = MAX (bounds[2], lat);
      bounds[3] = MAX (bounds[3], lon);
      any = TRUE;
    }
  if (any)
    pz_map_view_zoom_to_bounds (self, bounds);
  else
    pz_map_view_zoom_to_all (self);
  return TRUE;
}

void
_pz_map_view_class_init_keys (GtkWidgetClass *widget_class)
{
  static const struct { guint key; int dx, dy; } arrows[] = {
    { GDK_KEY_Left, -1, 0 }, { GDK_KEY_KP_Left, -1, 0 }, { GDK_KEY_Right, 1, 0 }, { GDK_KEY_KP_Right, 1, 0 },
    { GDK_KEY_Up, 0, -1 }, { GDK_KEY_KP_Up, 0, -1 }, { GDK_KEY_Down, 0, 1 }, { GDK_KEY_KP_Down, 0, 1 },
  };
  static const struct { guint key; int step; } zooms[] = {
    { GDK_KEY_plus, 1 }, { GDK_KEY_equal, 1 }, { GDK_KEY_KP_Add, 1 },
    { GDK_KEY_minus, -1 }, { GDK_KEY_underscore, -1 }, { GDK_KEY_KP_Subtract, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    gtk_widget_class_add_binding (widget_class, arrows[i].key, 0, pan, "(ii)", arrows[i].dx, arrows[i].dy);
  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    {
      gtk_widget_class_add_binding (widget_class, zooms[i].key, 0, zoom, "i", zooms[i].step);
      gtk_widget_class_add_binding (widget_class, zooms[i].key, GDK_CONTROL_MASK, zoom, "i", zooms[i].step);
      gtk_widget_class_add_binding (widget_class, zooms[i].key, GDK_SHIFT_MASK, zoom, "i", zooms[i].step);
      gtk_widget_class_add_binding (widget_class, zooms[i].key, GDK_CONTROL_MASK | GDK_SHIFT_MASK, zoom, "i",
                                    zooms[i].step);
    }
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, fit_filter, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Home, 0, fit_filter, NULL);
}

static void
map_pressed (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             PzMapView       *self)
{
  gtk_widget_grab_focus (_pz_map_view_get_map_widget (self));
}

/* The map takes the focus like any control, and on a click. */
void
_pz_map_view_init_keys (PzMapView *self)
{
  GtkWidget *map = _pz_map_view_get_map_widget (self);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (map, TRUE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (map_pressed), self, 0);
  gtk_widget_add_controller (map, GTK_EVENT_CONTROLLER (click));
}
