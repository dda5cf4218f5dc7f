/* pz-map-view-pointer.c
 *
 * The map view under the pointer: a click selects the zone or park
 * there (or, on a province map, opens the province, and Ctrl+click
 * gathers provinces to compare), hovering names what is there, and the
 * cursor shows what can be clicked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-map-view-private.h"

static void
map_pressed (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             PzMapView       *self)
{
  self->press_x = x;
  self->press_y = y;
}

/* A click that did not become a drag selects the marker under it; zones
 * are drawn over parks, so they are hit first, and a park selects its
 * zone, whose details open the park's row. GTK's click gesture still
 * reports the release of a drag: a map panned by a marker selected it. */
static void
map_clicked (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             PzMapView       *self)
{
  GtkWidget *map = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  if (n_press == 1 && !gtk_drag_check_threshold (map, (int) self->press_x, (int) self->press_y, (int) x, (int) y))
    pz_map_view_activate_at (self, x, y,
                             gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)));
}

/**
 * pz_map_view_activate_at:
 * @x: (in map coordinates)
 * @state: the modifier keys held
 *
 * What a click at @x, @y does: on a province map, a province opens its
 * details, or with Ctrl added to (or taken out of) the comparison open;
 * on the zone map, a zone or a park is selected.
 */
void
pz_map_view_activate_at (PzMapView       *self,
                         double           x,
                         double           y,
                         GdkModifierType  state)
{
  g_autoptr(PzZone) zone = NULL;
  g_autoptr(PzPark) park = NULL;
  const char *code;

  g_return_if_fail (PZ_IS_MAP_VIEW (self));

  /* A bubble of imported enterprises lies over the provinces: it zooms in. */
  if (_pz_map_view_enterprises_clicked (self, x, y))
    return;

  if (pz_map_composition_get_mode (self->composition) != PZ_MAP_MODE_ZONES &&
      (code = pz_province_layer_province_at (self->province_layer, x, y)) != NULL)
    {
      if (state & GDK_CONTROL_MASK)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.compare-toggle", "s", code);
      else
        gtk_widget_activate_action_variant (GTK_WIDGET (self), "win.compare", g_variant_new_strv (&code, 1));
    }
  else if ((zone = pz_zone_layer_zone_at (self->zone_layer, x, y)))
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
  /* Translators: map tooltip, province name, value and what is counted;
   * then what a click and a Ctrl+click on the province do */
  return g_strdup_printf (_("%s: %g (%s)\nClick for its details · Ctrl+click to compare up to four"),
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

  if ((text = _pz_map_view_enterprises_tooltip (self, x, y)) != NULL)
    ;
  else if (pz_map_composition_get_mode (self->composition) == PZ_MAP_MODE_ZONES)
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

  gtk_widget_set_cursor_from_name (_pz_map_view_get_map_widget (self), zone != NULL || park != NULL || _pz_map_view_enterprise_at (self, x, y) ? "pointer" : NULL);
}

/* The layers are laid out over the whole map, so map coordinates are
 * layer coordinates. */
void
_pz_map_view_init_pointer (PzMapView *self)
{
  GtkWidget *map = _pz_map_view_get_map_widget (self);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_signal_connect_object (click, "pressed", G_CALLBACK (map_pressed), self, 0);
  g_signal_connect_object (click, "released", G_CALLBACK (map_clicked), self, 0);
  gtk_widget_add_controller (map, GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (motion, "motion", G_CALLBACK (map_motion), self, 0);
  gtk_widget_add_controller (map, motion);
  gtk_widget_set_has_tooltip (map, TRUE);
  g_signal_connect_object (map, "query-tooltip", G_CALLBACK (map_query_tooltip), self, 0);
}
