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

#include "pz-batch.h"
#include "pz-timeline-bar.h"
#include "pz-window-private.h"
#include "pz-zone-row.h"

G_DEFINE_FINAL_TYPE (PzWindow, pz_window, ADW_TYPE_APPLICATION_WINDOW)

/* The map's settings as window actions (win.map-mode…). */
static const struct { const char *name; const char *property; } map_actions[] = {
  { "map-mode", "mode" }, { "show-parks", "show-parks" }, { "basemap", "basemap" }, { "boundaries", "boundaries" },
};

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The details panel takes room from the map as it opens: keep the
 * selected zone in sight once it is open. */
static void
details_progress_changed (PzWindow *self)
{
  PzZone *zone = gtk_single_selection_get_selected_item (self->selection);

  if (zone != NULL && adw_flap_get_reveal_progress (self->details_flap) >= 1.0)
    pz_map_view_reveal_zone (self->map_view, zone);
}

static void
selection_changed (PzWindow *self)
{
  PzZone *zone = gtk_single_selection_get_selected_item (self->selection);

  pz_map_view_set_selected (self->map_view, zone);
  adw_flap_set_reveal_flap (self->details_flap, zone != NULL);
  if (zone != NULL)
    {
      pz_zone_details_set_zone (self->details, zone);
      pz_map_view_reveal_zone (self->map_view, zone);
      /* On a narrow window the sidebar covers the details: step aside. */
      if (adw_flap_get_folded (self->flap))
        adw_flap_set_reveal_flap (self->flap, FALSE);
    }
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

  if (g_strcmp0 (joined, self->shown_provinces) == 0)
    return;
  g_free (self->shown_provinces);
  self->shown_provinces = g_steal_pointer (&joined);
  pz_map_view_zoom_to_provinces (self->map_view, (const char * const *) codes);
}

static void
filter_changed (PzWindow *self)
{
  g_autofree char *description = pz_zone_filter_describe (self->filter, pz_database_get_zones (self->database));

  pz_map_view_set_description (self->map_view, description);
  update_status (self);
  zoom_to_chosen_provinces (self);
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

static void
timeline_date_changed (PzWindow *self)
{
  _pz_window_follow_timeline (self);
}

/* "178 zones in force · 181 approved since 2015", from the data. */
static void
update_title (PzWindow *self)
{
  GListModel *zones = pz_database_get_zones (self->database);
  g_autoptr(PzBatch) first = g_list_model_get_item (pz_database_get_batches (self->database), 0);
  guint n_zones = g_list_model_get_n_items (zones), in_force = 0;
  g_autofree char *approved = NULL;
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < n_zones; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      in_force += !pz_zone_is_ended (zone);
    }
  /* Translators: the end of the window subtitle, e.g. "181 approved since 2015" */
  approved = g_strdup_printf (ngettext ("%u approved since %u", "%u approved since %u", n_zones),
                              n_zones, first != NULL ? pz_batch_get_year (first) : 0);
  /* Translators: window subtitle, e.g. "178 zones in force · 181 approved since 2015" */
  subtitle = g_strdup_printf (ngettext ("%u zone in force · %s", "%u zones in force · %s", in_force),
                              in_force, approved);
  adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
}

static void
map_went_offline (PzWindow *self)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Offline — showing the built-in map")));
}

static void
setup_map (PzWindow *self)
{
  pz_map_view_set_data (self->map_view, self->database, G_LIST_MODEL (self->filtered));
  g_signal_connect_object (self->map_view, "offline", G_CALLBACK (map_went_offline), self, G_CONNECT_SWAPPED);
  /* win.map-mode and its kin: the header's menu reaches the window's
   * actions, not the map's. */
  for (guint i = 0; i < G_N_ELEMENTS (map_actions); i++)
    {
      g_autoptr(GPropertyAction) action = g_property_action_new (map_actions[i].name, self->map_view,
                                                                 map_actions[i].property);

      g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
    }
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
  g_settings_bind (self->settings, "map-mode", self->map_view, "mode", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "basemap", self->map_view, "basemap", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "boundaries", self->map_view, "boundaries", G_SETTINGS_BIND_DEFAULT);
}

static gboolean
pz_window_close_request (GtkWindow *window)
{
  PzWindow *self = PZ_WINDOW (window);

  if (self->settings != NULL)
    pz_map_view_save_view (self->map_view, self->settings);
  return GTK_WINDOW_CLASS (pz_window_parent_class)->close_request (window);
}

static GtkWidget *
add_panel (PzWindow          *self,
           PzFilterPanelKind  kind,
           GtkBox            *page,
           GtkWidget         *after)
{
  GtkWidget *panel = pz_filter_panel_new (kind, self->database, self->filter);

  gtk_widget_set_vexpand (panel, TRUE);
  gtk_box_insert_child_after (page, panel, after);
  return panel;
}

static void
setup_sidebar (PzWindow *self)
{
  self->batch_panel = add_panel (self, PZ_FILTER_PANEL_BATCHES, self->batch_page, NULL);
  self->province_panel = add_panel (self, PZ_FILTER_PANEL_PROVINCES, self->province_page,
                                    GTK_WIDGET (self->province_sort));
  g_signal_connect_object (self->province_sort, "notify::selected",
                           G_CALLBACK (province_sort_changed), self, G_CONNECT_SWAPPED);

  /* Typing anywhere in the window starts a search, as in GNOME's apps. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (search_stopped), self, G_CONNECT_SWAPPED);
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
  pz_zone_list_set_model (self->zone_list, GTK_SELECTION_MODEL (self->selection), self->filter);

  pz_zone_details_set_batches (self->details, pz_database_get_batches (self->database));
  pz_zone_details_set_zones (self->details, zones);
  pz_zone_details_set_parks (self->details, pz_database_get_parks (self->database));
  pz_zone_details_set_indicators (self->details, self->database);
  g_signal_connect_object (self->table_view, "map", G_CALLBACK (_pz_window_page_shown), self, 0);
  g_signal_connect_object (self->stats_view, "map", G_CALLBACK (_pz_window_page_shown), self, 0);

  setup_sidebar (self);
  _pz_window_init_compare (self);
  setup_map (self);
  setup_settings (self);
  pz_map_view_restore_view (self->map_view, self->settings);
  filter_changed (self);
  pz_timeline_bar_set_zones (self->timeline_bar, zones, G_LIST_MODEL (self->filtered));
  g_signal_connect_object (self->timeline_bar, "notify::date", G_CALLBACK (timeline_date_changed),
                           self, G_CONNECT_SWAPPED);
  update_title (self);
  update_status (self);
}

static void
pz_window_dispose (GObject *object)
{
  PzWindow *self = (PzWindow *)object;

  /* They follow the map, which goes with the template. */
  for (guint i = 0; i < G_N_ELEMENTS (map_actions); i++)
    g_action_map_remove_action (G_ACTION_MAP (self), map_actions[i].name);
  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_object (&self->user_database);
  g_clear_pointer (&self->shown_provinces, g_free);

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
  GTK_WINDOW_CLASS (klass)->close_request = pz_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, PZ_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PZ_TYPE_MAP_VIEW);
  g_type_ensure (PZ_TYPE_TIMELINE_BAR);
  g_type_ensure (PZ_TYPE_STATS_VIEW);
  g_type_ensure (PZ_TYPE_TABLE_VIEW);
  g_type_ensure (PZ_TYPE_ZONE_DETAILS);
  g_type_ensure (PZ_TYPE_ZONE_ROW);
  g_type_ensure (PZ_TYPE_ZONE_LIST);
  g_type_ensure (PZ_TYPE_ZONE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PzWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, zone_list);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, batch_page);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, province_page);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, province_sort);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, timeline_bar);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, details_flap);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, details);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, stats_view);
  gtk_widget_class_bind_template_child (widget_class, PzWindow, table_view);

  _pz_window_class_init_actions (widget_class);
}

/* The main menu's popover is built when first opened (by click or F10):
 * built with the window, its widgets took 0.35 MiB from the start. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  PzWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
pz_window_init (PzWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);
}

PzWindow *
pz_window_new (GtkApplication *application,
               PzDatabase     *database)
{
  g_return_val_if_fail (PZ_IS_DATABASE (database), NULL);

  return g_object_new (PZ_TYPE_WINDOW, "application", application, "database", database, NULL);
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

  g_set_object (&self->user_database, user_database);
  pz_map_view_set_user_database (self->map_view, user_database);
  pz_zone_details_set_user_database (self->details, user_database);
  pz_table_view_set_user_database (self->table_view, user_database);
  pz_filter_panel_set_user_database (PZ_FILTER_PANEL (self->batch_panel), user_database);
  pz_filter_panel_set_user_database (PZ_FILTER_PANEL (self->province_panel), user_database);
}

PzUserDatabase *
pz_window_get_user_database (PzWindow *self)
{
  g_return_val_if_fail (PZ_IS_WINDOW (self), NULL);

  return self->user_database;
}

/**
 * pz_window_get_timeline_bar:
 *
 * Returns: (transfer none): the timeline under the map
 */
PzTimelineBar *
pz_window_get_timeline_bar (PzWindow *self)
{
  g_return_val_if_fail (PZ_IS_WINDOW (self), NULL);

  return self->timeline_bar;
}

/**
 * pz_window_get_map_view:
 *
 * Returns: (transfer none): the map
 */
PzMapView *
pz_window_get_map_view (PzWindow *self)
{
  g_return_val_if_fail (PZ_IS_WINDOW (self), NULL);

  return self->map_view;
}

/**
 * pz_window_get_details:
 *
 * Returns: (transfer none): the details of the selected zone
 */
PzZoneDetails *
pz_window_get_details (PzWindow *self)
{
  g_return_val_if_fail (PZ_IS_WINDOW (self), NULL);

  return self->details;
}

/**
 * pz_window_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected zone
 */
PzZone *
pz_window_get_selected (PzWindow *self)
{
  g_return_val_if_fail (PZ_IS_WINDOW (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}
