/* pz-window-link.c
 *
 * The window's view as a link and back: "Copy Link to This View" writes
 * the filter, the map's mode, centre and zoom as a pilotzones: URI;
 * opening one sets them. A link that cannot be read leaves the default
 * view and says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-window-link"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-view-link-filter.h"
#include "pz-window-private.h"

/**
 * pz_window_dup_view_uri:
 *
 * Returns: (transfer full): a link to what the window shows
 */
char *
pz_window_dup_view_uri (PzWindow *self)
{
  g_autoptr(PzViewLink) link = pz_view_link_new ();
  PzMapMode mode;

  g_return_val_if_fail (PZ_IS_WINDOW (self), NULL);

  pz_view_link_set_filter (link, self->filter);
  mode = pz_map_composition_get_mode (pz_map_view_get_composition (self->map_view));
  link->mode = g_strdup (pz_map_mode_to_string (mode));
  pz_map_view_get_center (self->map_view, &link->latitude, &link->longitude, &link->zoom);
  link->has_center = link->has_zoom = TRUE;
  return pz_view_link_to_string (link);
}

/* The timeline shows the last step on or before the link's day; the
 * filter takes the day itself. */
static void
apply_date (PzWindow   *self,
            const char *date)
{
  guint n_steps = pz_timeline_bar_get_n_steps (self->timeline_bar);
  guint step = 0;

  if (date == NULL)
    return;
  for (guint i = 0; i < n_steps; i++)
    if (g_strcmp0 (pz_timeline_bar_get_step_date (self->timeline_bar, i), date) <= 0)
      step = i;
  pz_timeline_bar_set_active (self->timeline_bar, TRUE);
  pz_timeline_bar_set_step (self->timeline_bar, step);
  pz_zone_filter_set_date (self->filter, date);
}

static void
apply_link (PzWindow         *self,
            const PzViewLink *link)
{
  double latitude, longitude, zoom;

  pz_timeline_bar_set_active (self->timeline_bar, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), link->text != NULL ? link->text : "");
  pz_view_link_apply_filter (link, self->filter);
  apply_date (self, link->date);
  g_object_set (self->map_view, "mode", link->mode != NULL ? link->mode : "zones", NULL);

  if (!link->has_center && !link->has_zoom)
    {
      if (link->provinces->len == 0)
        pz_map_view_zoom_to_all (self->map_view);
      return;
    }
  pz_map_view_get_center (self->map_view, &latitude, &longitude, &zoom);
  if (link->has_center)
    {
      latitude = link->latitude;
      longitude = link->longitude;
    }
  if (link->has_zoom)
    zoom = link->zoom;
  pz_map_view_go_to (self->map_view, latitude, longitude, zoom);
}

/**
 * pz_window_open_view_uri:
 * @uri: a link as pz_window_dup_view_uri() writes it
 *
 * Shows the view of @uri. A link with an unknown parameter or a value out
 * of form shows the default view (every zone, zone markers) instead, and
 * a toast says what is wrong.
 *
 * Returns: whether the link's view is shown
 */
gboolean
pz_window_open_view_uri (PzWindow    *self,
                         const char  *uri,
                         GError     **error)
{
  g_autoptr(PzViewLink) link = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_return_val_if_fail (PZ_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (uri != NULL, FALSE);

  if ((link = pz_view_link_parse (uri, &local_error)) != NULL)
    {
      apply_link (self, link);
      return TRUE;
    }

  link = pz_view_link_new ();
  apply_link (self, link);
  /* Translators: shown when a view link cannot be read; the reason follows */
  message = g_strdup_printf (_("Cannot open the link: %s"), local_error->message);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

void
_pz_window_copy_link_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);
  g_autofree char *uri = pz_window_dup_view_uri (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), uri);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Link to this view copied")));
}
