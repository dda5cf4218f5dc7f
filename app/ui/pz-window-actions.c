/* pz-window-actions.c
 *
 * The window's actions: selection, filters, search, map mode, export, import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-window-actions"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pz-enterprise-list.h"
#include "pz-export-dialog.h"
#include "pz-file-chooser.h"
#include "pz-help.h"
#include "pz-import-dialog.h"
#include "pz-import-job.h"
#include "pz-import-problems.h"
#include "pz-imports-window.h"
#include "pz-locale.h"
#include "pz-window-private.h"

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

/* Selects a zone by id; a zone hidden by the filter cannot be selected. */
static void
select_zone_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  guint position = find_zone_position (self, id);

  if (position == GTK_INVALID_LIST_POSITION)
    {
      g_debug ("Zone “%s” is not among the zones shown", id);
      return;
    }

  gtk_single_selection_set_selected (self->selection, position);
  pz_zone_list_scroll_to (self->zone_list, position);
}

/* Selects a park's zone and opens the park's row in its details. */
static void
select_park_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GListModel *parks = pz_database_get_parks (self->database);

  for (guint i = 0; i < g_list_model_get_n_items (parks); i++)
    {
      g_autoptr(PzPark) park = g_list_model_get_item (parks, i);

      if (g_strcmp0 (pz_park_get_id (park), id) != 0)
        continue;
      gtk_widget_activate_action (widget, "win.select-zone", "s", pz_park_get_zone_id (park));
      pz_zone_details_show_park (self->details, id);
      return;
    }
  g_debug ("No park “%s”", id);
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
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);

  /* The timeline is a filter too; the search entry follows the filter. */
  pz_timeline_bar_set_active (self->timeline_bar, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  pz_zone_filter_clear (self->filter);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "zones");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
zoom_to_all_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  pz_map_view_zoom_to_all (PZ_WINDOW (widget)->map_view);
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* Opens an exported file in the user's viewer; through the OpenURI
 * portal in the Flatpak. */
static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  const char *uri = g_variant_get_string (parameter, NULL);

#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_launch (launcher, GTK_WINDOW (widget), NULL, NULL, NULL);
#else
  gtk_show_uri (GTK_WINDOW (widget), uri, GDK_CURRENT_TIME);
#endif
}

static void
exported (PzWindow *self,
          GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * pz_window_export:
 * @data: start on the zones as data rather than the map image
 *
 * Opens the export dialog on a copy of what the map shows now.
 */
void
pz_window_export (PzWindow *self,
                  gboolean  data)
{
  g_autoptr(PzMapComposition) map = NULL;
  GtkWidget *dialog;
  int scale;

  g_return_if_fail (PZ_IS_WINDOW (self));

  map = pz_map_view_dup_composition (self->map_view);
  scale = gtk_widget_get_scale_factor (GTK_WIDGET (self->map_view));
  dialog = pz_export_dialog_new (GTK_WINDOW (self), map,
                                 gtk_widget_get_width (GTK_WIDGET (self->map_view)) * scale,
                                 gtk_widget_get_height (GTK_WIDGET (self->map_view)) * scale, data);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pz_window_export (PZ_WINDOW (widget), g_str_equal (action_name, "win.export-data"));
}

/* "5,012 enterprises imported, 3 left out", with Show for the rows left
 * out: the toast keeps their list alive for it. */
static void
show_left_out (AdwToast *toast,
               PzWindow *self)
{
  GListModel *problems = g_object_get_data (G_OBJECT (toast), "problems");
  const char *file_name = g_object_get_data (G_OBJECT (toast), "file-name");
  guint n_left_out = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "n-left-out"));

  gtk_window_present (GTK_WINDOW (pz_import_problems_window_new (GTK_WINDOW (self), file_name, problems,
                                                                 n_left_out)));
}

static void
imported (PzWindow   *self,
          const char *file_name,
          guint       n_imported,
          guint       n_left_out,
          GListModel *problems)
{
  g_autofree char *count = pz_locale_format_count (n_imported);
  g_autofree char *left_out = pz_locale_format_count (n_left_out);
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (n_left_out == 0)
    /* Translators: a toast after an import, e.g. "5,012 enterprises imported" */
    text = g_strdup_printf (ngettext ("%s enterprise imported", "%s enterprises imported", n_imported), count);
  else
    /* Translators: a toast after an import, e.g. "5,012 enterprises imported, 3 left out"; it offers Show */
    text = g_strdup_printf (ngettext ("%s enterprise imported, %s left out", "%s enterprises imported, %s left out",
                                      n_imported),
                            count, left_out);
  toast = adw_toast_new (text);
  if (n_left_out > 0 && problems != NULL)
    {
      adw_toast_set_button_label (toast, _("_Show"));
      adw_toast_set_timeout (toast, 10);
      g_object_set_data_full (G_OBJECT (toast), "problems", g_object_ref (problems), g_object_unref);
      g_object_set_data_full (G_OBJECT (toast), "file-name", g_strdup (file_name), g_free);
      g_object_set_data (G_OBJECT (toast), "n-left-out", GUINT_TO_POINTER (n_left_out));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (show_left_out), self, 0);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * pz_window_import_file:
 * @file: a CSV file of enterprises
 *
 * Opens the import dialog on @file, which reads only its head at first;
 * a file that cannot be read at all gets a message instead.
 *
 * Returns: (transfer none) (nullable): the import dialog, shown
 */
GtkWidget *
pz_window_import_file (PzWindow *self,
                       GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  PzCsv *head;
  GtkWidget *dialog;

  g_return_val_if_fail (PZ_IS_WINDOW (self), NULL);

  head = pz_csv_read_head (file, PZ_IMPORT_PREVIEW_ROWS, NULL, &error);
  if (head == NULL)
    {
      g_autofree char *heading = NULL;

      name = g_file_get_basename (file);
      heading = g_strdup_printf (_("Cannot Import “%s”"), name);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return NULL;
    }

  dialog = pz_import_dialog_new (GTK_WINDOW (self), self->database, self->user_database, file, head);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
import_file_chosen (GFile    *file,
                    gpointer  user_data)
{
  pz_window_import_file (PZ_WINDOW (user_data), file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pz_choose_file (GTK_WINDOW (widget), FALSE, _("Import Enterprises"), NULL,
                  import_file_chosen, g_object_ref (widget), g_object_unref);
}

static void
manage_imports_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);

  if (self->user_database != NULL)
    gtk_window_present (GTK_WINDOW (pz_imports_window_new (GTK_WINDOW (self), self->user_database)));
}

/* A company chosen in the list: the map shows the imported enterprises
 * and centres on it. */
static void
enterprise_selected (PzEnterpriseList *list,
                     PzEnterprise     *enterprise,
                     PzWindow         *self)
{
  double latitude, longitude, centre_lat, centre_lon, zoom;

  if (!pz_enterprise_get_position (enterprise, &latitude, &longitude))
    return;
  g_object_set (self->map_view, "mode", "imported", NULL);
  adw_view_stack_set_visible_child_name (self->main_stack, "map");
  pz_map_view_get_center (self->map_view, &centre_lat, &centre_lon, &zoom);
  pz_map_view_go_to (self->map_view, latitude, longitude, MAX (zoom, 10));
  pz_map_view_mark_enterprise (self->map_view, TRUE, latitude, longitude);
}

/* The ring goes with the list it came from. */
static void
enterprise_list_closed (PzWindow *self)
{
  if (self->map_view != NULL)
    pz_map_view_mark_enterprise (self->map_view, FALSE, 0, 0);
}

/* The companies of the import with the id given, of every import for 0. */
static void
show_enterprises_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PzWindow *self = PZ_WINDOW (widget);
  GtkWidget *list;

  if (self->user_database == NULL)
    return;
  list = pz_enterprise_list_new (GTK_WINDOW (self), self->user_database, pz_database_get_zones (self->database),
                                 g_variant_get_int64 (parameter));
  g_signal_connect_object (list, "enterprise-selected", G_CALLBACK (enterprise_selected), self, 0);
  g_signal_connect_object (list, "destroy", G_CALLBACK (enterprise_list_closed), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (list));
}

/* F1: the help's index. */
static void
show_help_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pz_help_show (widget, NULL);
}

void
_pz_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.select-zone", "s", select_zone_action);
  gtk_widget_class_install_action (widget_class, "win.select-park", "s", select_park_action);
  gtk_widget_class_install_action (widget_class, "win.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-to-all", NULL, zoom_to_all_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.show-help", NULL, show_help_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.manage-imports", NULL, manage_imports_action);
  gtk_widget_class_install_action (widget_class, "win.show-enterprises", "x", show_enterprises_action);
  gtk_widget_class_install_action (widget_class, "win.export-data", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.compare", "as", _pz_window_compare_action);
  gtk_widget_class_install_action (widget_class, "win.compare-toggle", "s", _pz_window_compare_toggle_action);
  gtk_widget_class_install_action (widget_class, "win.compare-ticked", NULL, _pz_window_compare_ticked_action);
  gtk_widget_class_install_action (widget_class, "win.copy-link", NULL, _pz_window_copy_link_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.clear-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.show-help", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-to-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-data", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, GDK_CONTROL_MASK, "win.clear-filters", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.copy-link", NULL);
}

/* The timeline filters by its date; the province classes stay those of
 * its final date, so that colours compare from year to year. */
void
_pz_window_follow_timeline (PzWindow *self)
{
  const char *date = pz_timeline_bar_get_date (self->timeline_bar);
  guint n_steps = pz_timeline_bar_get_n_steps (self->timeline_bar);
  const char *final = n_steps > 0 ? pz_timeline_bar_get_step_date (self->timeline_bar, n_steps - 1) : NULL;
  GListModel *zones = pz_database_get_zones (self->database);
  g_autoptr(GListStore) reference = NULL;

  pz_zone_filter_set_date (self->filter, date);
  if (date != NULL && final != NULL)
    {
      reference = g_list_store_new (PZ_TYPE_ZONE);
      for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
        {
          g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
          const char *approved = pz_zone_get_text (zone, PZ_ZONE_APPROVED);
          const char *ended = pz_zone_get_text (zone, PZ_ZONE_ENDED);

          if (pz_zone_filter_match_except (self->filter, zone, PZ_ZONE_CRITERION_DATE) && approved != NULL &&
              strcmp (approved, final) <= 0 && (ended == NULL || *ended == '\0' || strcmp (ended, final) > 0))
            g_list_store_append (reference, zone);
        }
    }
  pz_map_view_set_class_reference (self->map_view, reference != NULL ? G_LIST_MODEL (reference) : NULL, final);
}

/* The table and the statistics get their data when first shown: hidden
 * behind the map the table would still build and rebind its rows on every
 * filter change (about 19 MiB at start in a release build), and the
 * statistics build their charts and figure rows, whose expander icon is an
 * SVG that brings librsvg into the process, for pages that may never be
 * seen. */
void
_pz_window_page_shown (GtkWidget *page,
                       PzWindow  *self)
{
  g_signal_handlers_disconnect_matched (page, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA,
                                        g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, NULL, NULL, self);
  if (page == GTK_WIDGET (self->table_view))
    pz_table_view_set_model (self->table_view, self->database, G_LIST_MODEL (self->filtered));
  else
    pz_stats_view_set_data (self->stats_view, self->database, G_LIST_MODEL (self->filtered));
}
