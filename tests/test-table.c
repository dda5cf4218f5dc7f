/* test-table.c
 *
 * The table view in the window: it follows the filter, every column sorts,
 * a row selects its zone, Ctrl+C copies rows as tab-separated text, and a
 * filter that leaves nothing shows the empty state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <shumate/shumate.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pz-compare-view.h"
#include "pz-table-view.h"
#include "pz-test-window.h"
#include "pz-view-link.h"
#include "pz-window.h"

typedef struct
{
  PzDatabase  *database;
  PzWindow    *window;
  PzTableView *table;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  AdwViewStack *stack;

  fixture->window = pz_test_window_new (&fixture->database);
  fixture->table = PZ_TABLE_VIEW (find_widget_of_type (GTK_WIDGET (fixture->window), PZ_TYPE_TABLE_VIEW));
  g_assert_nonnull (fixture->table);
  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (fixture->table), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "table");
  wait_frames (GTK_WIDGET (fixture->window), 3);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->database);
}

static guint
n_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pz_table_view_get_rows (fixture->table)));
}

/* Sorting by "Approved" puts the first zone, Hangzhou (2015), on top;
 * descending puts a batch 7 zone there. */
static void
test_table_sort (Fixture       *fixture,
                 gconstpointer  user_data)
{
  guint n_zones = g_list_model_get_n_items (pz_database_get_zones (fixture->database));
  g_autofree char *first = NULL;
  g_autofree char *last_batch = NULL;
  g_autofree char *batch = NULL;
  g_autofree char *parks = NULL;

  g_assert_cmpuint (n_rows (fixture), ==, n_zones);
  g_assert_true (pz_table_view_sort_by (fixture->table, "Approved", GTK_SORT_ASCENDING));
  first = pz_table_view_dup_cell (fixture->table, 0, "Name");
  g_assert_cmpstr (first, ==, "Hangzhou");
  batch = pz_table_view_dup_cell (fixture->table, 0, "Batch");
  g_assert_cmpstr (batch, ==, "1");

  g_assert_true (pz_table_view_sort_by (fixture->table, "Batch", GTK_SORT_DESCENDING));
  last_batch = pz_table_view_dup_cell (fixture->table, 0, "Batch");
  g_assert_cmpuint (g_ascii_strtoull (last_batch, NULL, 10), >=, 7);

  /* Numbers sort as numbers: the most parks first. */
  g_assert_true (pz_table_view_sort_by (fixture->table, "Parks", GTK_SORT_DESCENDING));
  parks = pz_table_view_dup_cell (fixture->table, 0, "Parks");
  for (guint i = 1; i < n_rows (fixture); i++)
    {
      g_autofree char *cell = pz_table_view_dup_cell (fixture->table, i, "Parks");

      g_assert_cmpuint (g_ascii_strtoull (cell, NULL, 10), <=, g_ascii_strtoull (parks, NULL, 10));
    }
  g_assert_false (pz_table_view_sort_by (fixture->table, "No Such Column", GTK_SORT_ASCENDING));
}

/* The figure a cell shows, or -1 for "No data"; the value is the first
 * number of the text ("more than 180 billion CNY (2022)"). */
static double
figure_value (const char *cell)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p = cell;

  if (g_strcmp0 (cell, "No data") == 0)
    return -1;
  while (*p != '\0' && !g_ascii_isdigit (*p))
    p++;
  for (; g_ascii_isdigit (*p) || *p == '.' || *p == ','; p++)
    if (*p != ',')
      g_string_append_c (digits, *p);
  g_assert_cmpuint (digits->len, >, 0);
  return g_ascii_strtod (digits->str, NULL);
}

/* The rows sorted by a figure column are in order of the values, and
 * those without a figure, which say "No data" rather than 0, come last
 * whichever way the column sorts. */
static void
assert_sorted_figures (Fixture     *fixture,
                       const char  *title,
                       GtkSortType  order)
{
  double previous = order == GTK_SORT_ASCENDING ? -G_MAXDOUBLE : G_MAXDOUBLE;
  guint n_data = 0, n_none = 0;

  g_assert_true (pz_table_view_sort_by (fixture->table, title, order));
  for (guint i = 0; i < n_rows (fixture); i++)
    {
      g_autofree char *cell = pz_table_view_dup_cell (fixture->table, i, title);
      double value = figure_value (cell);

      g_assert_cmpstr (cell, !=, "0");
      if (value < 0)
        {
          n_none++;
          continue;
        }
      g_assert_cmpuint (n_none, ==, 0);
      if (order == GTK_SORT_ASCENDING)
        g_assert_cmpfloat (value, >=, previous);
      else
        g_assert_cmpfloat (value, <=, previous);
      previous = value;
      n_data++;
    }
  g_assert_cmpuint (n_data, >, 1);
  g_assert_cmpuint (n_none, >, 0);
}

/* The latest published figures of each zone and province, with unit and
 * year, sortable as numbers with no data last. */
static void
test_table_figures (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *name = NULL;
  g_autofree char *trade = NULL;
  gboolean found = FALSE;

  assert_sorted_figures (fixture, "Latest Trade", GTK_SORT_DESCENDING);
  /* Shenzhen's 2022 figure is the largest a zone published. */
  name = pz_table_view_dup_cell (fixture->table, 0, "Name");
  trade = pz_table_view_dup_cell (fixture->table, 0, "Latest Trade");
  g_assert_cmpstr (name, ==, "Shenzhen");
  g_assert_cmpstr (trade, ==, "more than 180 billion CNY (2022)");
  assert_sorted_figures (fixture, "Latest Trade", GTK_SORT_ASCENDING);
  /* Turned round, as a second click on the header does. */
  assert_sorted_figures (fixture, "Latest Trade", GTK_SORT_DESCENDING);
  g_clear_pointer (&name, g_free);
  name = pz_table_view_dup_cell (fixture->table, 0, "Name");
  g_assert_cmpstr (name, ==, "Shenzhen");
  assert_sorted_figures (fixture, "Latest Enterprises", GTK_SORT_DESCENDING);
  assert_sorted_figures (fixture, "Latest Enterprises", GTK_SORT_ASCENDING);

  pz_table_view_set_provinces (fixture->table, TRUE);
  assert_sorted_figures (fixture, "Latest Trade", GTK_SORT_DESCENDING);
  assert_sorted_figures (fixture, "Latest Exports", GTK_SORT_ASCENDING);
  for (guint i = 0; i < n_rows (fixture); i++)
    {
      g_autofree char *province = pz_table_view_dup_cell (fixture->table, i, "Province");
      g_autofree char *exports = NULL;
      g_autofree char *enterprises = NULL;

      if (g_strcmp0 (province, "Zhejiang") != 0)
        continue;
      exports = pz_table_view_dup_cell (fixture->table, i, "Latest Exports");
      enterprises = pz_table_view_dup_cell (fixture->table, i, "Latest Enterprises");
      g_assert_cmpstr (exports, ==, "291.13 billion CNY (2022)");
      g_assert_cmpstr (enterprises, ==, "No data");
      found = TRUE;
    }
  g_assert_true (found);
}

/* The table follows the filter; nothing left shows the empty state. */
static void
test_table_filter (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkWidget *status = find_widget_of_type (GTK_WIDGET (fixture->table), ADW_TYPE_STATUS_PAGE);
  GtkEditable *search = GTK_EDITABLE (find_widget_of_type (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY));

  g_assert_false (gtk_widget_get_mapped (status));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_editable_set_text (search, "Hangzhou");
  g_signal_emit_by_name (search, "search-changed");
  wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_cmpuint (n_rows (fixture), ==, 1);

  gtk_editable_set_text (search, "no zone is called this");
  g_signal_emit_by_name (search, "search-changed");
  wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No zone matches");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.clear-filters", NULL);
  wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_false (gtk_widget_get_mapped (status));
  g_assert_cmpuint (n_rows (fixture), >, 1);
}

static void
text_read (GObject      *clipboard,
           GAsyncResult *result,
           gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

/* Ctrl+C of two rows: a header and two lines of tab-separated cells. A
 * single row selected selects its zone in the window. */
static void
test_table_copy (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GtkSelectionModel *rows = pz_table_view_get_rows (fixture->table);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->table));
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  g_auto(GStrv) first = NULL;

  pz_table_view_sort_by (fixture->table, "Approved", GTK_SORT_ASCENDING);
  gtk_selection_model_select_item (rows, 0, TRUE);
  wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_nonnull (pz_window_get_selected (fixture->window));
  g_assert_cmpstr (pz_zone_get_id (pz_window_get_selected (fixture->window)), ==, "hangzhou");

  gtk_selection_model_select_item (rows, 1, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->table), "table.copy", NULL);
  gdk_clipboard_read_text_async (clipboard, NULL, text_read, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);  /* header, two rows, and after the last newline */
  g_assert_cmpstr (lines[3], ==, "");
  header = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpstr (header[0], ==, "Name");
  g_assert_true (g_strv_contains ((const char * const *) header, "Approved"));
  /* No user database: no imported column. */
  g_assert_false (g_strv_contains ((const char * const *) header, "Imported Enterprises"));
  first = g_strsplit (lines[1], "\t", -1);
  g_assert_cmpuint (g_strv_length (first), ==, g_strv_length (header));
  g_assert_cmpstr (first[0], ==, "Hangzhou");
  g_assert_cmpstr (first[1], ==, "杭州市");
}

/* A row per province: Zhejiang's zones; imported enterprises once a user
 * database is set. */
static void
test_table_provinces (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pz-table-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "user.sqlite", NULL);
  g_autoptr(PzUserDatabase) user = pz_user_database_open (path, &error);
  g_autoptr(GArray) import_rows = g_array_new (FALSE, TRUE, sizeof (PzImportRow));
  PzImportRow row = { 0 };
  gboolean found = FALSE;

  g_assert_no_error (error);
  pz_table_view_set_provinces (fixture->table, TRUE);
  pz_window_set_user_database (fixture->window, user);
  row.name = (char *) "One Ltd";
  row.zone_id = (char *) "hangzhou";
  g_array_append_val (import_rows, row);
  row.name = (char *) "Two Ltd";
  row.zone_id = (char *) "ningbo";
  g_array_append_val (import_rows, row);
  pz_user_database_add_import (user, "list.csv", import_rows, &error);
  g_assert_no_error (error);
  wait_frames (GTK_WIDGET (fixture->window), 2);

  for (guint i = 0; i < n_rows (fixture); i++)
    {
      g_autofree char *name = pz_table_view_dup_cell (fixture->table, i, "Province");
      g_autofree char *zones = NULL;
      g_autofree char *imported = NULL;

      if (g_strcmp0 (name, "Zhejiang") != 0)
        continue;
      zones = pz_table_view_dup_cell (fixture->table, i, "Zones");
      imported = pz_table_view_dup_cell (fixture->table, i, "Imported Enterprises");
      g_assert_cmpstr (zones, ==, "12");
      g_assert_cmpstr (imported, ==, "2");
      found = TRUE;
    }
  g_assert_true (found);

  pz_window_set_user_database (fixture->window, NULL);
  g_unlink (path);
  g_rmdir (dir);
}

static PzCompareView *
find_compare_view (void)
{
  return PZ_COMPARE_VIEW (find_toplevel_of_type (PZ_TYPE_COMPARE_VIEW));
}

/* What the database says about a province, counted here independently. */
static void
count_province (PzDatabase *database,
                const char *code,
                guint      *n_zones,
                guint      *n_parks)
{
  GListModel *zones = pz_database_get_zones (database);

  *n_zones = *n_parks = 0;
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (g_strcmp0 (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE), code) != 0)
        continue;
      (*n_zones)++;
      *n_parks += pz_zone_get_n_parks (zone);
    }
}

/* Zhejiang and Guangdong picked in the province table: the comparison
 * shows their zones (12 and 21 in the bundled data of batches 1-7) and
 * their parks. */
static void
test_table_compare (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const char *codes[] = { "330000", "440000" };
  GtkSelectionModel *rows;
  PzCompareView *compare;
  PzComparison *comparison;
  guint n_zones, n_parks, batches = 0;

  pz_table_view_set_provinces (fixture->table, TRUE);
  rows = pz_table_view_get_rows (fixture->table);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autofree char *name = pz_table_view_dup_cell (fixture->table, i, "Province");

      if (g_strcmp0 (name, "Zhejiang") == 0 || g_strcmp0 (name, "Guangdong") == 0)
        gtk_selection_model_select_item (rows, i, FALSE);
    }
  g_assert_null (find_compare_view ());
  gtk_widget_activate_action (GTK_WIDGET (fixture->table), "table.compare", NULL);
  compare = find_compare_view ();
  g_assert_nonnull (compare);
  wait_frames (GTK_WIDGET (compare), 2);
  comparison = pz_compare_view_get_comparison (compare);

  g_assert_cmpuint (pz_comparison_get_n_items (comparison), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      /* The table lists provinces in its own order. */
      const char *code = pz_comparison_get_id (comparison, i);

      g_assert_true (g_strcmp0 (code, codes[0]) == 0 || g_strcmp0 (code, codes[1]) == 0);
      count_province (fixture->database, code, &n_zones, &n_parks);
      g_assert_cmpuint (g_list_model_get_n_items (pz_comparison_get_zones (comparison, i)), ==, n_zones);
      g_assert_cmpuint (pz_comparison_get_n_parks (comparison, i), ==, n_parks);
      g_assert_cmpuint (n_parks, >, 0);
      if (g_str_equal (code, "330000"))
        {
          g_assert_cmpuint (n_zones, >=, 12);
          /* Hangzhou, the first zone, is Zhejiang's batch 1. */
          g_assert_cmpuint (pz_comparison_get_n_in_batch (comparison, i, 1), ==, 1);
        }
      else
        g_assert_cmpuint (n_zones, >=, 21);
    }
  for (guint b = 0; b < 16; b++)
    batches += pz_comparison_get_n_in_batch (comparison, 0, b);
  g_assert_cmpuint (batches, ==, g_list_model_get_n_items (pz_comparison_get_zones (comparison, 0)));
  gtk_window_destroy (GTK_WINDOW (compare));
}

/* A province clicked on the choropleth opens alone: its details. */
static void
test_table_compare_one (Fixture       *fixture,
                        gconstpointer  user_data)
{
  const char *codes[] = { "330000", NULL };
  PzCompareView *compare;

  gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window), "win.compare",
                                      g_variant_new_strv (codes, -1));
  compare = find_compare_view ();
  g_assert_nonnull (compare);
  wait_frames (GTK_WIDGET (compare), 2);
  g_assert_cmpuint (pz_comparison_get_n_items (pz_compare_view_get_comparison (compare)), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (compare)), ==, "Zhejiang");
  gtk_window_destroy (GTK_WINDOW (compare));
}

/* A press at @x0, @y0 and a release at @x1, @y1 on @map's click
 * gestures, as the pointer makes them: a click where they are the same
 * place, the end of a drag where not. */
static void
press_and_release (GtkWidget *map,
                   double     x0,
                   double     y0,
                   double     x1,
                   double     y1)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (map);
  guint n_clicks = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_GESTURE_CLICK (controller))
        continue;
      g_signal_emit_by_name (controller, "pressed", 1, x0, y0);
      g_signal_emit_by_name (controller, "released", 1, x1, y1);
      n_clicks++;
    }
  g_assert_cmpuint (n_clicks, >, 0);
}

/* The province map centred on Jinhua, inside Zhejiang; returns the map. */
static GtkWidget *
show_zhejiang (Fixture *fixture)
{
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (fixture->table), ADW_TYPE_VIEW_STACK));
  GtkWidget *map;

  adw_view_stack_set_visible_child_name (stack, "map");
  g_assert_true (pz_window_open_view_uri (fixture->window, "pilotzones:?mode=provinces&zoom=6&center=29.1,119.65", NULL));
  wait_frames (GTK_WIDGET (fixture->window), 5);
  map = find_widget_of_type (GTK_WIDGET (pz_window_get_map_view (fixture->window)), SHUMATE_TYPE_MAP);
  g_assert_nonnull (map);
  return map;
}

/* A click on a province of the province map opens its details: the
 * comparison with that province alone. */
static void
test_table_choropleth_click (Fixture       *fixture,
                             gconstpointer  user_data)
{
  GtkWidget *map = show_zhejiang (fixture);
  double x = gtk_widget_get_width (map) / 2.0, y = gtk_widget_get_height (map) / 2.0;
  PzCompareView *compare;

  press_and_release (map, x, y, x, y);
  compare = find_compare_view ();
  g_assert_nonnull (compare);
  g_assert_cmpuint (pz_comparison_get_n_items (pz_compare_view_get_comparison (compare)), ==, 1);
  g_assert_cmpstr (pz_comparison_get_id (pz_compare_view_get_comparison (compare), 0), ==, "330000");
  gtk_window_destroy (GTK_WINDOW (compare));
}

/* A drag that begins on a province pans the map and opens nothing: GTK's
 * click gesture reports its release all the same. */
static void
test_table_choropleth_drag (Fixture       *fixture,
                            gconstpointer  user_data)
{
  GtkWidget *map = show_zhejiang (fixture);
  double x = gtk_widget_get_width (map) / 2.0, y = gtk_widget_get_height (map) / 2.0;

  press_and_release (map, x, y, x + 40, y + 30);
  g_assert_null (find_compare_view ());
}

/* A view link opened in the window sets the filter, the mode, the centre
 * and the zoom; the window's own link reads back the same. */
static void
test_table_view_link (Fixture       *fixture,
                      gconstpointer  user_data)
{
  const char *uri = "pilotzones:?batch=5&province=440000&zoom=7&center=23.1,113.3&mode=provinces&date=2022-12-31";
  PzMapView *map = pz_window_get_map_view (fixture->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzViewLink) sent = pz_view_link_parse (uri, NULL);
  g_autoptr(PzViewLink) shown = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *mode = NULL;
  double latitude, longitude, zoom;

  g_assert_true (pz_window_open_view_uri (fixture->window, uri, &error));
  g_assert_no_error (error);
  wait_frames (GTK_WIDGET (fixture->window), 5);

  /* Batch 5 in Guangdong, in force at the end of 2022, are the rows. */
  g_assert_cmpuint (n_rows (fixture), >, 0);
  for (guint i = 0; i < n_rows (fixture); i++)
    {
      g_autofree char *batch = pz_table_view_dup_cell (fixture->table, i, "Batch");
      g_autofree char *province = pz_table_view_dup_cell (fixture->table, i, "Province");

      g_assert_cmpstr (batch, ==, "5");
      g_assert_cmpstr (province, ==, "Guangdong");
    }
  g_object_get (map, "mode", &mode, NULL);
  g_assert_cmpstr (mode, ==, "provinces");
  pz_map_view_get_center (map, &latitude, &longitude, &zoom);
  g_assert_cmpfloat_with_epsilon (latitude, 23.1, 1e-4);
  g_assert_cmpfloat_with_epsilon (longitude, 113.3, 1e-4);
  g_assert_cmpfloat_with_epsilon (zoom, 7, 1e-6);

  copied = pz_window_dup_view_uri (fixture->window);
  shown = pz_view_link_parse (copied, &error);
  g_assert_no_error (error);
  g_assert_true (pz_view_link_equal (sent, shown));
}

/* A link with a mistake: the default view and a message, never a crash. */
static void
test_table_view_link_refused (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mode = NULL;
  guint n_zones = g_list_model_get_n_items (pz_database_get_zones (fixture->database));

  g_assert_true (pz_window_open_view_uri (fixture->window, "pilotzones:?batch=2&mode=provinces", NULL));
  g_assert_cmpuint (n_rows (fixture), <, n_zones);
  g_assert_false (pz_window_open_view_uri (fixture->window, "pilotzones:?batch=5&zoom=lots", &error));
  g_assert_error (error, PZ_VIEW_LINK_ERROR, PZ_VIEW_LINK_ERROR_BAD_VALUE);
  wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_cmpuint (n_rows (fixture), ==, n_zones);
  g_object_get (pz_window_get_map_view (fixture->window), "mode", &mode, NULL);
  g_assert_cmpstr (mode, ==, "zones");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/table/sort", Fixture, NULL, fixture_set_up, test_table_sort, fixture_tear_down);
  g_test_add ("/table/figures", Fixture, NULL, fixture_set_up, test_table_figures, fixture_tear_down);
  g_test_add ("/table/filter", Fixture, NULL, fixture_set_up, test_table_filter, fixture_tear_down);
  g_test_add ("/table/copy", Fixture, NULL, fixture_set_up, test_table_copy, fixture_tear_down);
  g_test_add ("/table/compare", Fixture, NULL, fixture_set_up, test_table_compare, fixture_tear_down);
  g_test_add ("/table/compare-one", Fixture, NULL, fixture_set_up, test_table_compare_one, fixture_tear_down);
  g_test_add ("/table/choropleth-click", Fixture, NULL, fixture_set_up, test_table_choropleth_click, fixture_tear_down);
  g_test_add ("/table/choropleth-drag", Fixture, NULL, fixture_set_up, test_table_choropleth_drag, fixture_tear_down);
  g_test_add ("/table/view-link", Fixture, NULL, fixture_set_up, test_table_view_link, fixture_tear_down);
  g_test_add ("/table/view-link-refused", Fixture, NULL, fixture_set_up, test_table_view_link_refused, fixture_tear_down);
  g_test_add ("/table/provinces", Fixture, NULL, fixture_set_up, test_table_provinces, fixture_tear_down);

  return g_test_run ();
}
