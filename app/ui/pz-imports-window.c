/* pz-imports-window.c
 *
 * Manage Imports: the user's enterprise lists, each with its file name,
 * number of enterprises and a local date, and a Remove button that acts
 * at once and offers Undo in a toast. A removal is only a mark in the
 * user database until the toast goes without Undo; then it is purged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-imports-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-import-problems.h"
#include "pz-imports-window.h"
#include "pz-locale.h"

struct _PzImportsWindow
{
  AdwWindow        parent_instance;

  PzUserDatabase  *user_database;
  guint            n_undoable;   /* toasts still offering Undo */

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkListBox      *list_box;
};

G_DEFINE_FINAL_TYPE (PzImportsWindow, pz_imports_window, ADW_TYPE_WINDOW)

/**
 * pz_days_ago:
 * @when: a moment
 * @now: the present
 *
 * Returns: how many calendar days, in local time, @when lies before @now
 *   (0 for today, 1 for yesterday)
 */
int
pz_days_ago (GDateTime *when,
             GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (when);
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                                                    g_date_time_get_day_of_month (local), 12, 0, 0);
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (local_now),
                                                      g_date_time_get_month (local_now),
                                                      g_date_time_get_day_of_month (local_now), 12, 0, 0);

  /* Noon to noon, so that a change of daylight saving time cannot move a day. */
  return (int) ((g_date_time_difference (today, day) + G_TIME_SPAN_HOUR * 12) / G_TIME_SPAN_DAY);
}

/**
 * pz_format_import_date:
 * @imported: when a list was imported
 * @now: the present
 *
 * Returns: (transfer full): "Today 13:27", "Yesterday 09:05", or an older
 *   date in the locale's format with its time, in local time
 */
char *
pz_format_import_date (GDateTime *imported,
                       GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (imported);
  g_autofree char *time = g_date_time_format (local, "%H:%M");

  switch (pz_days_ago (imported, now))
    {
    case 0:
      /* Translators: when a list was imported, e.g. "Today 13:27" */
      return g_strdup_printf (_("Today %s"), time);
    case 1:
      /* Translators: when a list was imported, e.g. "Yesterday 13:27" */
      return g_strdup_printf (_("Yesterday %s"), time);
    default:
      /* The locale's date (%x), then the time. */
      return g_date_time_format (local, "%x %H:%M");
    }
}

static void
update_page (PzImportsWindow *self)
{
  GListModel *imports = pz_user_database_get_imports (self->user_database);

  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (imports) > 0 ? "list" : "empty");
}

static void
show_error (PzImportsWindow *self,
            const GError    *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
undo_clicked (AdwToast        *toast,
              PzImportsWindow *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (toast), "import-id");
  g_autoptr(GError) error = NULL;

  g_object_set_data (G_OBJECT (toast), "undone", GINT_TO_POINTER (TRUE));
  if (self->user_database != NULL && !pz_user_database_restore_import (self->user_database, id, &error))
    show_error (self, error);
}

/* A removal is kept until no toast can undo one any more: purging
 * deletes every marked import, so it waits for the last toast. */
static void
toast_dismissed (AdwToast        *toast,
                 PzImportsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->n_undoable > 0)
    self->n_undoable--;
  if (self->n_undoable == 0 && self->user_database != NULL &&
      !pz_user_database_purge_removed (self->user_database, &error))
    g_warning ("Cannot delete removed imports: %s", error->message);
}

static void
remove_clicked (GtkButton *button,
                PzImport  *import)
{
  PzImportsWindow *self = PZ_IMPORTS_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  g_autoptr(PzImport) kept = g_object_ref (import);  /* the list drops it on removal */
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 *id;
  AdwToast *toast;

  if (!pz_user_database_remove_import (self->user_database, pz_import_get_id (import), &error))
    {
      show_error (self, error);
      return;
    }

  /* Translators: a toast after removing an imported list; it offers Undo */
  title = g_strdup_printf (_("Removed “%s”"), pz_import_get_file_name (import));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  id = g_new (gint64, 1);
  *id = pz_import_get_id (import);
  g_object_set_data_full (G_OBJECT (toast), "import-id", id, g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed), self, 0);
  self->n_undoable++;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The list's companies, in the main window that opened this one. */
static void
show_clicked (GtkButton *button,
              PzImport  *import)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-enterprises", "x", pz_import_get_id (import));
}

static GtkWidget *
create_import_row (gpointer item,
                   gpointer user_data)
{
  PzImport *import = item;
  guint n_rows = pz_import_get_n_rows (import);
  GDateTime *imported = pz_import_get_imported (import);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = imported != NULL ? pz_format_import_date (imported, now) : g_strdup ("");
  g_autofree char *count = pz_locale_format_count (n_rows);
  /* Translators: an imported list's row: its number of enterprises and when it was imported */
  g_autofree char *subtitle = g_strdup_printf (ngettext ("%s enterprise · %s", "%s enterprises · %s", n_rows),
                                               count, when);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *show = gtk_button_new_with_mnemonic (_("_Show Enterprises"));
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pz_import_get_file_name (import));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (show, GTK_ALIGN_CENTER);
  g_signal_connect_object (show, "clicked", G_CALLBACK (show_clicked), import, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), show);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked), import, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
pz_imports_window_dispose (GObject *object)
{
  PzImportsWindow *self = (PzImportsWindow *)object;

  /* Closed while a toast still offered Undo: the removal stands. */
  if (self->n_undoable > 0 && self->user_database != NULL)
    {
      g_autoptr(GError) error = NULL;

      self->n_undoable = 0;
      if (!pz_user_database_purge_removed (self->user_database, &error))
        g_warning ("Cannot delete removed imports: %s", error->message);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_IMPORTS_WINDOW);
  g_clear_object (&self->user_database);

  G_OBJECT_CLASS (pz_imports_window_parent_class)->dispose (object);
}

static void
pz_imports_window_class_init (PzImportsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_imports_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-imports-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PzImportsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PzImportsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PzImportsWindow, list_box);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pz_imports_window_init (PzImportsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pz_imports_window_new:
 *
 * Lists the user's imports with a button to remove each one (with Undo);
 * the list follows the user database.
 */
GtkWidget *
pz_imports_window_new (GtkWindow      *parent,
                       PzUserDatabase *user_database)
{
  PzImportsWindow *self;
  GListModel *imports;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (user_database), NULL);

  self = g_object_new (PZ_TYPE_IMPORTS_WINDOW, "transient-for", parent, NULL);
  self->user_database = g_object_ref (user_database);
  imports = pz_user_database_get_imports (user_database);
  gtk_list_box_bind_model (self->list_box, imports, create_import_row, NULL, NULL);
  g_signal_connect_object (imports, "items-changed", G_CALLBACK (update_page), self, G_CONNECT_SWAPPED);
  update_page (self);
  return GTK_WIDGET (self);
}
