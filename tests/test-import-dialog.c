/* test-import-dialog.c
 *
 * The import UI under a real display (Xvfb in CI): the dialog's summary
 * first, the rows left out in a list view (20,000 of them without a
 * freeze: the check runs on a worker thread), the reason for a greyed
 * Import, the question before a file is imported a second time, a
 * cancelled import that stores nothing, an import waiting for another
 * one, a user database that cannot be opened told in words, the toast after an import with
 * its numbers and Show; Manage Imports with local dates, Remove with Undo
 * and an empty state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "pz-database.h"
#include "pz-import-dialog.h"
#include "pz-import-job.h"
#include "pz-imports-window.h"
#include "pz-test-user.h"
#include "pz-test-window.h"
#include "pz-user-database.h"

static PzDatabase *database;

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

/* Five rows: two by name, one by coordinates, two left out (lines 4, 6). */
static const char five_rows[] =
  "企业名称,城市,lat,lon\n"
  "杭州云贸有限公司,杭州,,\n"
  "义乌出口公司,义乌,,\n"
  ",Ningbo,,\n"
  "Good Two,,30.30,120.20\n"
  "Lost Ltd,Atlantis,,\n";

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static GtkWidget *
new_dialog (GtkWindow      *parent,
            PzUserDatabase *user,
            GFile          *file)
{
  g_autoptr(GError) error = NULL;
  PzCsv *head = pz_csv_read_head (file, PZ_IMPORT_PREVIEW_ROWS, NULL, &error);

  g_assert_no_error (error);
  return pz_import_dialog_new (parent, database, user, file, head);
}

static void
wait_idle (GtkWidget *dialog)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;

  while (pz_import_dialog_is_busy (PZ_IMPORT_DIALOG (dialog)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  wait_frames (dialog, 2);
}

/* Runs the main loop until @widget is destroyed. */
static void
wait_destroyed (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;
  GtkWidget *watched = widget;

  g_object_add_weak_pointer (G_OBJECT (watched), (gpointer *) &watched);
  while (watched != NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
is_plain_label (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         gtk_widget_get_ancestor (widget, ADW_TYPE_HEADER_BAR) == NULL;
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
import_enabled (GtkWidget *dialog)
{
  GtkWidget *button = GTK_WIDGET (gtk_widget_get_template_child (dialog, PZ_TYPE_IMPORT_DIALOG, "import_button"));

  return gtk_widget_get_sensitive (button);
}

static gboolean
is_problem_list (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "pz-problem-list");
}

/* How many rows the list view of the rows left out holds. */
static guint
n_problems_listed (GtkWidget *window)
{
  GtkWidget *view = find_widget (window, is_problem_list, NULL);
  GtkSelectionModel *model;

  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  model = gtk_list_view_get_model (GTK_LIST_VIEW (view));
  return model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
}

/* The summary is the first thing under the header bar and reads the
 * counts of the whole file; the rows left out are a list view; without
 * a name column Import is greyed and a visible line says why. */
static void
test_dialog_summary (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_file (fixture, "list.csv", five_rows, -1);
  GtkWidget *dialog = show (new_dialog (NULL, fixture->user, file));
  GObject *name_row = gtk_widget_get_template_child (dialog, PZ_TYPE_IMPORT_DIALOG, "name_row");
  GtkWidget *first;

  wait_idle (dialog);
  first = find_widget (adw_window_get_content (ADW_WINDOW (dialog)), is_plain_label, NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (first)), ==,
                   "3 of 5 rows match a zone — 2 by name, 1 by coordinates; 2 left out");
  g_assert_cmpuint (n_problems_listed (dialog), ==, 2);
  g_assert_nonnull (find_widget (dialog, is_label_reading, "2 rows left out"));
  g_assert_nonnull (find_widget (dialog, is_label_reading, "Line 6"));
  g_assert_true (import_enabled (dialog));

  adw_combo_row_set_selected (ADW_COMBO_ROW (name_row), 0);
  wait_idle (dialog);
  g_assert_false (import_enabled (dialog));
  g_assert_nonnull (find_widget (dialog, is_label_containing, "No column holds the enterprise name"));

  adw_combo_row_set_selected (ADW_COMBO_ROW (name_row), 1);
  wait_idle (dialog);
  g_assert_true (import_enabled (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* 20,000 rows that match nothing: the dialog is built before the check
 * has read them (it runs on a worker thread, so nothing of it is known
 * until the main loop runs), then lists the first PZ_IMPORT_MAX_PROBLEMS
 * in a list view and counts them all; Import is greyed, saying why. */
static void
test_dialog_many_bad_rows (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GString) data = g_string_new ("name,city\n");
  g_autoptr(GFile) file = NULL;
  g_autofree char *listed = g_strdup_printf ("Showing the first %u of 20000 rows left out", PZ_IMPORT_MAX_PROBLEMS);
  GtkWidget *dialog;
  GObject *summary;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (data, "Lost %u Ltd,Atlantis\n", i);
  file = write_file (fixture, "bad.csv", data->str, (gssize) data->len);

  dialog = new_dialog (NULL, fixture->user, file);
  summary = gtk_widget_get_template_child (dialog, PZ_TYPE_IMPORT_DIALOG, "summary_label");
  g_assert_true (pz_import_dialog_is_busy (PZ_IMPORT_DIALOG (dialog)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==, "Checking every row of the file…");
  show (dialog);
  g_assert_false (import_enabled (dialog));

  wait_idle (dialog);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==, "None of the 20000 rows matches a zone");
  g_assert_cmpuint (n_problems_listed (dialog), ==, PZ_IMPORT_MAX_PROBLEMS);
  g_assert_nonnull (find_widget (dialog, is_label_reading, listed));
  g_assert_false (import_enabled (dialog));
  g_assert_nonnull (find_widget (dialog, is_label_containing, "No row matches a zone"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static void
answer (const char *response)
{
  GtkWidget *message = find_message_dialog ();

  g_assert_nonnull (message);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), response);
  if (find_message_dialog () == message)
    gtk_window_destroy (GTK_WINDOW (message));
}

/* The same file a second time: Import asks first; Cancel stores nothing,
 * Import Again stores a second import. */
static void
test_dialog_reimport (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_file (fixture, "list.csv", five_rows, -1);
  g_autoptr(GFile) copy = write_file (fixture, "copy.csv", five_rows, -1);
  GtkWidget *dialog = show (new_dialog (NULL, fixture->user, file));

  wait_idle (dialog);
  gtk_widget_activate_action (dialog, "import.import", NULL);
  g_assert_null (find_message_dialog ());
  wait_destroyed (dialog);
  g_assert_cmpuint (n_imports (fixture), ==, 1);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 3);

  /* The same bytes under another name are the same file. */
  dialog = show (new_dialog (NULL, fixture->user, copy));
  wait_idle (dialog);
  gtk_widget_activate_action (dialog, "import.import", NULL);
  wait_frames (dialog, 2);
  g_assert_nonnull (find_message_dialog ());
  g_assert_nonnull (find_widget (find_message_dialog (), is_label_containing,
                                 "This file was already imported today at "));
  g_assert_nonnull (find_widget (find_message_dialog (), is_label_containing, "as “list.csv” (3 enterprises)"));
  answer ("cancel");
  wait_frames (dialog, 2);
  g_assert_false (pz_import_dialog_is_busy (PZ_IMPORT_DIALOG (dialog)));
  g_assert_cmpuint (n_imports (fixture), ==, 1);

  gtk_widget_activate_action (dialog, "import.import", NULL);
  wait_frames (dialog, 2);
  answer ("again");
  wait_destroyed (dialog);
  g_assert_cmpuint (n_imports (fixture), ==, 2);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 6);
}

/* An import cancelled stores nothing and says so in the dialog. */
static void
test_dialog_cancel_import (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_file (fixture, "list.csv", five_rows, -1);
  GtkWidget *dialog = show (new_dialog (NULL, fixture->user, file));

  wait_idle (dialog);
  gtk_widget_activate_action (dialog, "import.import", NULL);
  g_assert_true (pz_import_dialog_is_busy (PZ_IMPORT_DIALOG (dialog)));
  gtk_widget_activate_action (dialog, "import.stop", NULL);
  wait_idle (dialog);
  g_assert_nonnull (find_widget (dialog, is_label_reading, "The import was cancelled; nothing was stored."));
  g_assert_cmpuint (n_imports (fixture), ==, 0);
  g_assert_true (import_enabled (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Another import keeps the user database busy: the import says it waits
 * for it (the engine retries past SQLite's 5 s), can be cancelled meanwhile with
 * nothing stored, and goes through once the other one has finished. */
static void
test_dialog_busy (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_file (fixture, "list.csv", five_rows, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzUserDatabase) other = pz_user_database_open (pz_user_database_get_path (fixture->user), &error);
  g_autoptr(PzUserImportWriter) writer = NULL;
  GtkWidget *dialog;
  gint64 until;

  g_assert_no_error (error);
  writer = pz_user_database_begin_import (other, "other.csv", NULL, &error);
  g_assert_no_error (error);

  dialog = show (new_dialog (NULL, fixture->user, file));
  wait_idle (dialog);
  gtk_widget_activate_action (dialog, "import.import", NULL);
  until = g_get_monotonic_time () + G_TIME_SPAN_SECOND;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (pz_import_dialog_is_busy (PZ_IMPORT_DIALOG (dialog)));
  g_assert_cmpstr (gtk_progress_bar_get_text (GTK_PROGRESS_BAR (find_widget_of_type (dialog, GTK_TYPE_PROGRESS_BAR))),
                   ==, "Waiting for another import to finish…");

  gtk_widget_activate_action (dialog, "import.stop", NULL);
  wait_idle (dialog);
  g_assert_nonnull (find_widget (dialog, is_label_reading, "The import was cancelled; nothing was stored."));
  g_assert_true (import_enabled (dialog));

  /* The other import is over (rolled back): this one goes through. */
  g_clear_pointer (&writer, pz_user_import_writer_free);
  gtk_widget_activate_action (dialog, "import.import", NULL);
  wait_destroyed (dialog);
  g_assert_cmpuint (n_imports (fixture), ==, 1);
  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 3);
}

/* Without a user database (it did not open), the preview still works and
 * the greyed Import says why, with the reason. */
static void
test_dialog_no_user_data (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_file (fixture, "list.csv", five_rows, -1);
  g_autoptr(GFile) blocker = write_file (fixture, "not-a-folder", "", 0);
  g_autofree char *path = g_build_filename (fixture->dir, "not-a-folder", "user.sqlite", NULL);
  GtkWidget *dialog;
  GtkWidget *reason;

  g_setenv ("PZ_USER_DATABASE", path, TRUE);
  dialog = show (new_dialog (NULL, NULL, file));
  wait_idle (dialog);
  g_unsetenv ("PZ_USER_DATABASE");

  g_assert_false (import_enabled (dialog));
  reason = find_widget (dialog, is_label_containing, "Your imported data cannot be opened");
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (reason)), "not-a-folder"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GtkWidget *
find_window_titled (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (window)), title) == 0)
        return window;
    }
  return NULL;
}

/* Through the main window: after the import the dialog closes, the
 * window's user database has the rows, and a toast carries the numbers
 * with Show, which lists the rows left out. */
static void
test_dialog_toast (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_file (fixture, "list.csv", five_rows, -1);
  g_autoptr(PzDatabase) window_database = NULL;
  PzWindow *window = pz_test_window_new (&window_database);
  GtkWidget *dialog;
  GtkWidget *problems;

  pz_window_set_user_database (window, fixture->user);
  dialog = pz_window_import_file (window, file);
  g_assert_nonnull (dialog);
  wait_idle (dialog);
  gtk_widget_activate_action (dialog, "import.import", NULL);
  wait_destroyed (dialog);
  wait_frames (GTK_WIDGET (window), 3);

  g_assert_cmpuint (pz_user_database_count_enterprises (fixture->user), ==, 3);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_label_reading, "3 enterprises imported, 2 left out"));
  g_signal_emit_by_name (find_widget (GTK_WIDGET (window), is_button_labelled, "_Show"), "clicked");
  problems = find_window_titled ("Rows Left Out");
  g_assert_nonnull (problems);
  wait_frames (problems, 3);
  g_assert_cmpuint (n_problems_listed (problems), ==, 2);

  gtk_window_destroy (GTK_WINDOW (problems));
  pz_window_set_user_database (window, NULL);
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

  g_test_add ("/import-ui/dialog-summary", Fixture, NULL, fixture_set_up, test_dialog_summary, fixture_tear_down);
  g_test_add ("/import-ui/dialog-many-bad-rows", Fixture, NULL, fixture_set_up, test_dialog_many_bad_rows, fixture_tear_down);
  g_test_add ("/import-ui/dialog-reimport", Fixture, NULL, fixture_set_up, test_dialog_reimport, fixture_tear_down);
  g_test_add ("/import-ui/dialog-cancel-import", Fixture, NULL, fixture_set_up, test_dialog_cancel_import, fixture_tear_down);
  g_test_add ("/import-ui/dialog-busy", Fixture, NULL, fixture_set_up, test_dialog_busy, fixture_tear_down);
  g_test_add ("/import-ui/dialog-no-user-data", Fixture, NULL, fixture_set_up, test_dialog_no_user_data, fixture_tear_down);
  g_test_add ("/import-ui/dialog-toast", Fixture, NULL, fixture_set_up, test_dialog_toast, fixture_tear_down);
  g_test_add ("/import-ui/imports-date", Fixture, NULL, fixture_set_up, test_imports_date, fixture_tear_down);
  g_test_add ("/import-ui/imports-remove-undo", Fixture, NULL, fixture_set_up, test_imports_remove_undo, fixture_tear_down);
  g_test_add ("/import-ui/imports-empty", Fixture, NULL, fixture_set_up, test_imports_empty, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&database);
  return status;
}
