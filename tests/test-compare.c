/* test-compare.c
 *
 * Comparing from more places: Ctrl+click on the province map gathers
 * provinces into one comparison, zones picked in the table are compared
 * side by side with their own values, and a comparison exports to a page
 * (PDF or PNG) that says what the window says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <shumate/shumate.h>
#include <string.h>

#include "pz-compare-view.h"
#include "pz-table-view.h"
#include "pz-test-bundled.h"
#include "pz-test-window.h"

typedef PzWindowFixture Fixture;

static PzCompareView *
find_compare_view (void)
{
  return PZ_COMPARE_VIEW (find_toplevel_of_type (PZ_TYPE_COMPARE_VIEW));
}

/* A click on the map at a place, as the user's pointer would make it. */
static void
click_at (Fixture         *fixture,
          double           latitude,
          double           longitude,
          GdkModifierType  state)
{
  PzMapView *map = pz_window_get_map_view (fixture->window);
  GtkWidget *widget = find_widget_of_type (GTK_WIDGET (map), SHUMATE_TYPE_MAP);
  double x, y;

  shumate_viewport_location_to_widget_coords (pz_map_view_get_viewport (map), widget, latitude, longitude, &x, &y);
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (y, >, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (widget));
  g_assert_cmpfloat (y, <, gtk_widget_get_height (widget));
  pz_map_view_activate_at (map, x, y, state);
  wait_frames (GTK_WIDGET (fixture->window), 1);
}

static void
assert_compared (const char *first,
                 const char *second)
{
  PzCompareView *compare = find_compare_view ();
  PzComparison *comparison;

  g_assert_nonnull (compare);
  comparison = pz_compare_view_get_comparison (compare);
  g_assert_cmpuint (pz_comparison_get_n_items (comparison), ==, second != NULL ? 2 : 1);
  g_assert_cmpstr (pz_comparison_get_id (comparison, 0), ==, first);
  if (second != NULL)
    g_assert_cmpstr (pz_comparison_get_id (comparison, 1), ==, second);
}

/* Ctrl+click on Zhejiang, then on Guangdong: one comparison of the two;
 * Ctrl+click on Zhejiang again takes it out; a plain click opens a
 * province alone. */
static void
test_compare_ctrl_click (Fixture       *fixture,
                         gconstpointer  user_data)
{
  /* Hangzhou and Guangzhou, in the same province map. */
  g_assert_true (pz_window_open_view_uri (fixture->window, "pilotzones:?mode=provinces&zoom=5&center=26.7,116.7", NULL));
  wait_frames (GTK_WIDGET (fixture->window), 5);
  g_assert_null (find_compare_view ());

  click_at (fixture, 30.27, 120.15, GDK_CONTROL_MASK);
  assert_compared ("330000", NULL);
  click_at (fixture, 23.13, 113.26, GDK_CONTROL_MASK);
  assert_compared ("330000", "440000");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (find_compare_view ())), ==, "Compare Provinces");

  click_at (fixture, 30.27, 120.15, GDK_CONTROL_MASK);
  assert_compared ("440000", NULL);
  click_at (fixture, 30.27, 120.15, 0);
  assert_compared ("330000", NULL);

  /* Four at most: a fifth province takes the place of the first. */
  click_at (fixture, 23.13, 113.26, GDK_CONTROL_MASK);  /* Guangzhou */
  click_at (fixture, 28.68, 115.86, GDK_CONTROL_MASK);  /* Nanchang */
  click_at (fixture, 26.07, 119.30, GDK_CONTROL_MASK);  /* Fuzhou */
  click_at (fixture, 28.20, 112.97, GDK_CONTROL_MASK);  /* Changsha */
  {
    PzComparison *comparison = pz_compare_view_get_comparison (find_compare_view ());
    const char *expected[] = { "440000", "360000", "350000", "430000" };

    g_assert_cmpuint (pz_comparison_get_n_items (comparison), ==, PZ_COMPARE_MAX_ITEMS);
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpstr (pz_comparison_get_id (comparison, i), ==, expected[i]);
  }
  gtk_window_destroy (GTK_WINDOW (find_compare_view ()));
}

static guint
count_zone_figures (PzDatabase *database,
                    const char *id)
{
  GListModel *figures = pz_database_get_indicators (database);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(PzIndicator) figure = g_list_model_get_item (figures, i);

      n += g_strcmp0 (pz_indicator_get_scope (figure), "zone") == 0 &&
           g_strcmp0 (pz_indicator_get_scope_id (figure), id) == 0;
    }
  return n;
}

/* Hangzhou and Shenzhen picked in the zone table: their comparison shows
 * each zone's own batch, approval, document, parks, figures and the
 * enterprises imported into it. */
static void
test_compare_zones (Fixture       *fixture,
                    gconstpointer  user_data)
{
  PzTableView *table = PZ_TABLE_VIEW (find_widget_of_type (GTK_WIDGET (fixture->window), PZ_TYPE_TABLE_VIEW));
  GtkSelectionModel *rows = pz_table_view_get_rows (table);
  g_autofree char *dir = g_dir_make_tmp ("pz-compare-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "user.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzUserDatabase) user = pz_user_database_open (path, &error);
  g_autoptr(GArray) import_rows = g_array_new (FALSE, TRUE, sizeof (PzImportRow));
  PzImportRow row = { 0 };
  PzComparison *comparison;
  PzCompareView *compare;

  g_assert_no_error (error);
  /* The table gets its rows when first shown. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (table), ADW_TYPE_VIEW_STACK)),
                                         "table");
  wait_frames (GTK_WIDGET (fixture->window), 3);
  pz_window_set_user_database (fixture->window, user);
  row.name = (char *) "One Ltd";
  row.zone_id = (char *) "hangzhou";
  g_array_append_val (import_rows, row);
  pz_user_database_add_import (user, "list.csv", import_rows, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autofree char *name = pz_table_view_dup_cell (table, i, "Name");

      if (g_strcmp0 (name, "Hangzhou") == 0 || g_strcmp0 (name, "Shenzhen") == 0)
        gtk_selection_model_select_item (rows, i, FALSE);
    }
  gtk_widget_activate_action (GTK_WIDGET (table), "table.compare", NULL);
  compare = find_compare_view ();
  g_assert_nonnull (compare);
  wait_frames (GTK_WIDGET (compare), 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (compare)), ==, "Compare Zones");

  comparison = pz_compare_view_get_comparison (compare);
  g_assert_cmpuint (pz_comparison_get_n_items (comparison), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      PzZone *zone = pz_comparison_get_zone (comparison, i);
      const char *id = pz_comparison_get_id (comparison, i);
      guint n_imported;

      g_assert_nonnull (zone);
      g_assert_cmpstr (pz_zone_get_id (zone), ==, id);
      g_assert_cmpuint (g_list_model_get_n_items (pz_comparison_get_zones (comparison, i)), ==, 1);
      g_assert_cmpuint (pz_comparison_get_n_parks (comparison, i), ==, pz_zone_get_n_parks (zone));
      g_assert_cmpuint (g_list_model_get_n_items (pz_comparison_get_figures (comparison, i)), ==,
                        count_zone_figures (fixture->database, id));
      g_assert_cmpuint (g_list_model_get_n_items (pz_comparison_get_figures (comparison, i)), >, 0);
      g_assert_true (pz_comparison_get_imported (comparison, i, &n_imported));
      g_assert_cmpuint (n_imported, ==, g_str_equal (id, "hangzhou") ? 1 : 0);
      if (g_str_equal (id, "hangzhou"))
        {
          g_assert_cmpstr (pz_comparison_get_name (comparison, i), ==, "Hangzhou");
          g_assert_cmpuint (pz_zone_get_batch (zone), ==, 1);
          g_assert_cmpstr (pz_zone_get_text (zone, PZ_ZONE_APPROVED), ==, "2015-03-07");
          g_assert_cmpstr (pz_zone_get_text (zone, PZ_ZONE_DOCUMENT), ==, "国函〔2015〕44号");
          g_assert_cmpuint (pz_comparison_get_n_in_batch (comparison, i, 1), ==, 1);
        }
      else
        {
          g_assert_cmpstr (id, ==, "shenzhen");
          g_assert_cmpuint (pz_zone_get_batch (zone), ==, 2);
          g_assert_cmpuint (pz_comparison_get_n_in_batch (comparison, i, 2), ==, 1);
        }
    }
  /* A second import is counted in the comparison open. */
  pz_user_database_add_import (user, "more.csv", import_rows, &error);
  g_assert_no_error (error);
  comparison = pz_compare_view_get_comparison (compare);
  for (guint i = 0; i < 2; i++)
    {
      guint n_imported;

      g_assert_true (pz_comparison_get_imported (comparison, i, &n_imported));
      g_assert_cmpuint (n_imported, ==, g_str_equal (pz_comparison_get_id (comparison, i), "hangzhou") ? 2 : 0);
    }
  gtk_window_destroy (GTK_WINDOW (compare));
  pz_window_set_user_database (fixture->window, NULL);
  g_unlink (path);
  g_rmdir (dir);
}

/* The text of a PDF, as a reader's tools extract it. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, &error))
    return NULL;
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static gboolean
has_word (const char *text,
          const char *word)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);

  return g_strv_contains ((const char * const *) words, word);
}

/* Zhejiang and Guangdong exported to a PDF on A4: both names and their
 * zones (12 and 21 in the bundled data) are in its text, the counts
 * standing as words of their own; a PNG is an A4
 * page at 300 dpi; an existing file is not replaced unless asked. */
static void
test_compare_export (Fixture       *fixture,
                     gconstpointer  user_data)
{
  const char *codes[] = { "330000", "440000", NULL };
  g_autofree char *dir = g_dir_make_tmp ("pz-compare-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "compare.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "compare.png", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *text = NULL;
  PzCompareView *compare;

  gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window), "win.compare", g_variant_new_strv (codes, -1));
  compare = find_compare_view ();
  g_assert_nonnull (compare);

  g_assert_true (pz_compare_view_export_to (compare, pdf_file, FALSE, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  if (text == NULL)
    g_test_skip ("pdftotext is not installed");
  else
    {
      g_autofree char *zhejiang = g_strdup_printf ("%u", PZ_TEST_BUNDLED_ZONES_ZHEJIANG);
      g_autofree char *guangdong = g_strdup_printf ("%u", PZ_TEST_BUNDLED_ZONES_GUANGDONG);

      g_assert_nonnull (strstr (text, "Zhejiang"));
      g_assert_nonnull (strstr (text, "Guangdong"));
      g_assert_nonnull (strstr (text, "All zones"));
      g_assert_true (has_word (text, zhejiang));
      g_assert_true (has_word (text, guangdong));
    }

  /* The file is whole or absent: asked not to replace it, it stays. */
  g_assert_false (pz_compare_view_export_to (compare, pdf_file, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);

  g_assert_true (pz_compare_view_export_to (compare, png_file, FALSE, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_file (png_file, &error);
  g_assert_no_error (error);
  /* A4 portrait at 300 dpi. */
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2480);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 3508);

  gtk_window_destroy (GTK_WINDOW (compare));
  g_unlink (pdf);
  g_unlink (png);
  g_rmdir (dir);
}

static gboolean
is_compare_ticked (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                                              "win.compare-ticked") == 0;
}

/* The sidebar's provinces: Compare Ticked Provinces waits for two to
 * four ticks, and compares those. */
static void
test_compare_ticked (Fixture       *fixture,
                     gconstpointer  user_data)
{
  GtkWidget *button = find_widget (GTK_WIDGET (fixture->window), is_compare_ticked, NULL);
  GtkWidget *panel;

  g_assert_nonnull (button);
  panel = gtk_widget_get_prev_sibling (button);
  g_assert_false (gtk_widget_get_sensitive (button));
  pz_facet_set_active (find_facet (panel, "330000"), TRUE);
  g_assert_false (gtk_widget_get_sensitive (button));
  pz_facet_set_active (find_facet (panel, "440000"), TRUE);
  g_assert_true (gtk_widget_get_sensitive (button));

  g_signal_emit_by_name (button, "clicked");
  assert_compared ("330000", "440000");
  gtk_window_destroy (GTK_WINDOW (find_compare_view ()));

  for (const char * const *code = (const char *[]) { "320000", "310000", "350000", NULL }; *code; code++)
    pz_facet_set_active (find_facet (panel, *code), TRUE);
  g_assert_false (gtk_widget_get_sensitive (button));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, test) \
  g_test_add (path, Fixture, NULL, pz_window_fixture_set_up, test, pz_window_fixture_tear_down)
  ADD ("/compare/ctrl-click", test_compare_ctrl_click);
  ADD ("/compare/zones", test_compare_zones);
  ADD ("/compare/export", test_compare_export);
  ADD ("/compare/ticked", test_compare_ticked);
#undef ADD

  return g_test_run ();
}
