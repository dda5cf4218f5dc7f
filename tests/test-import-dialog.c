/* test-import-dialog.c
 *
 * The import UI under a real display (Xvfb in CI): Manage Imports with
 * local dates, Remove with Undo and an empty state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "pz-database.h"
#include "pz-imports-window.h"
#include "pz-test-window.h"
#include "pz-user-database.h"

static PzDatabase *database;

typedef struct
{
  char           *dir;
  PzUserDatabase *user;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("pz-import-dialog-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "user.sqlite", NULL);
  fixture->user = pz_user_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_clear_object (&fixture->user);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->dir);
}

/* Stores @n enterprises in Hangzhou as one import named @file_name. */
static gint64
add_import (Fixture    *fixture,
            const char *file_name,
            guint       n)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (PzImportRow));
  g_autoptr(GError) error = NULL;
  gint64 id;

  for (guint i = 0; i < n; i++)
    {
      PzImportRow row = { .name = (char *) "Acme", .zone_id = (char *) "hangzhou", .line = i + 2 };

      g_array_append_val (rows, row);
    }
  id = pz_user_database_add_import (fixture->user, file_name, rows, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static GtkWidget *
find_row (GtkWidget  *window,
          const char *title)
{
  return find_widget (window, is_row_titled, title);
}

static GtkWidget *
show (GtkWidget *window)
{
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (window, 3);
  return window;
}

static guint
n_imports (Fixture *fixture)
{
  return g_list_model_get_n_items (pz_user_database_get_imports (fixture->user));
}

/* An import made now reads "Today HH:MM" in local time, never an ISO
 * timestamp; yesterday's "Yesterday HH:MM". */
static void
test_imports_date (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(PzImport) import = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) older = g_date_time_new_local (2025, 4, 3, 9, 5, 0);
  g_autofree char *time = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  GtkWidget *window;
  GtkWidget *row;

  add_import (fixture, "list.csv", 1234);
  import = g_list_model_get_item (pz_user_database_get_imports (fixture->user), 0);
  time = g_date_time_format (pz_import_get_imported (import), "%H:%M");
  expected = g_strdup_printf ("1234 enterprises · Today %s", time);

  window = show (pz_imports_window_new (NULL, fixture->user));
  row = find_row (window, "list.csv");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, expected);
  gtk_window_destroy (GTK_WINDOW (window));

  text = pz_format_import_date (yesterday, now);
  g_clear_pointer (&time, g_free);
  time = g_date_time_format (yesterday, "%H:%M");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Yesterday %s", time);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);

  /* C.UTF-8's date format, with the time. */
  text = pz_format_import_date (older, now);
  g_assert_cmpstr (text, ==, "04/03/25 09:05");
}

/* Remove acts at once, the toast's Undo brings the list and its counts
 * back; closing the window while a toast offers Undo keeps the removal. */
static void
test_imports_remove_undo (Fixture       *fixture,
                          gconstpointer  user_data)
{
  GtkWidget *window;
  GtkWidget *row;
  GtkWidget *remove;
  GtkWidget *undo;
  gint64 id;

  add_import (fixture, "one.csv", 2);
  id = add_import (fixture, "two.csv", 3);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 5);

  window = show (pz_imports_window_new (NULL, fixture->user));
  row = find_row (window, "two.csv");
  remove = find_widget (row, is_button_labelled, "_Remove");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  wait_frames (window, 3);

  g_assert_cmpuint (n_imports (fixture), ==, 1);
  g_assert_cmpuint (pz_user_database_get_zone_count (fixture->user, "hangzhou"), ==, 2);
  g_assert_null (find_row (window, "two.csv"));
  g_assert_nonnull (find_widget (window, is_label_reading, "Removed “two.csv”"));

  undo = find_widget (window, is_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  wait_frames (window, 3);
  g_assert_cmpuint (n_imports (fixture), ==, 2);
  g_assert_cmpuint (pz_user_database_get_zone_count (fixture->user, "hangzhou"), ==, 5);
  g_assert_nonnull (find_row (window, "two.csv"));

  /* Removed again and the window closed: the removal is purged for good. */
  row = find_row (window, "two.csv");
  g_signal_emit_by_name (find_widget (row, is_button_labelled, "_Remove"), "clicked");
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 2);
  g_assert_false (pz_user_database_restore_import (fixture->user, id, NULL));
}

/* With nothing imported the window says so, and says how to import. */
static void
test_imports_empty (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GtkWidget *window = show (pz_imports_window_new (NULL, fixture->user));
  GtkWidget *status = find_widget_of_type (window, ADW_TYPE_STATUS_PAGE);

  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Nothing Imported Yet");

  add_import (fixture, "one.csv", 1);
  wait_frames (window, 2);
  g_assert_false (gtk_widget_get_mapped (status));
  g_assert_nonnull (find_row (window, "one.csv"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  path = pz_database_default_path ();
  database = pz_database_open (path, &error);
  g_assert_no_error (error);

  g_test_add ("/import-ui/imports-date", Fixture, NULL, fixture_set_up, test_imports_date, fixture_tear_down);
  g_test_add ("/import-ui/imports-remove-undo", Fixture, NULL, fixture_set_up, test_imports_remove_undo, fixture_tear_down);
  g_test_add ("/import-ui/imports-empty", Fixture, NULL, fixture_set_up, test_imports_empty, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&database);
  return status;
}
