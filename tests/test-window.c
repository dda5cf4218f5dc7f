/* test-window.c
 *
 * The main window under a real display (Xvfb in CI): the zone layer holds
 * every zone, selecting a zone shows its details, Escape clears it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pz-database.h"
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "pz-export.h"
#include "pz-export-dialog-private.h"
#include "pz-facet.h"
#include "pz-import-dialog.h"
#include "pz-park.h"
#include "pz-filter-panel.h"
#include "pz-stats-view.h"
#include "pz-test-bundled.h"
#include "pz-test-window.h"
#include "pz-window.h"
#include "pz-zone-list.h"
#include "pz-zone-row.h"
#include "pz-zone-labels.h"

typedef PzWindowFixture Fixture;
#define fixture_set_up pz_window_fixture_set_up
#define fixture_tear_down pz_window_fixture_tear_down

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return (ADW_IS_ACTION_ROW (widget) || ADW_IS_EXPANDER_ROW (widget)) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_label_starting (GtkWidget     *widget,
                   gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static GtkWidget *
find_action_row (GtkWidget  *widget,
                 const char *title)
{
  return find_widget (widget, is_row_titled, title);
}

static const char *
template_label_text (GtkWidget  *widget,
                     GType       type,
                     const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, type, name);

  g_assert_true (GTK_IS_LABEL (child));
  return gtk_label_get_text (GTK_LABEL (child));
}

static PzZoneLayer *
zone_layer (PzWindow *window)
{
  return pz_map_view_get_zone_layer (pz_window_get_map_view (window));
}

/* The zone the map rings as selected. */
static PzZone *
selected_on_map (PzWindow *window)
{
  return pz_map_composition_get_selected (pz_map_view_get_composition (pz_window_get_map_view (window)));
}

static gboolean
is_panel_with_key (GtkWidget     *widget,
                   gconstpointer  key)
{
  GListModel *facets;

  if (!PZ_IS_FILTER_PANEL (widget))
    return FALSE;
  facets = pz_filter_panel_get_facets (PZ_FILTER_PANEL (widget));
  for (guint i = 0; i < g_list_model_get_n_items (facets); i++)
    {
      g_autoptr(PzFacet) facet = g_list_model_get_item (facets, i);

      if (g_strcmp0 (pz_facet_get_key (facet), key) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The sidebar's panels, told apart by their facets: batch "3", Zhejiang. */
static GtkWidget *
batch_panel (PzWindow *window)
{
  return find_widget (GTK_WIDGET (window), is_panel_with_key, "3");
}

/* A panel builds its rows when first shown: its sidebar page is opened,
 * as a user does to click a row. */
static GtkWidget *
shown (GtkWidget *panel)
{
  GtkWidget *page = gtk_widget_get_parent (panel);

  adw_view_stack_set_visible_child (ADW_VIEW_STACK (gtk_widget_get_parent (page)), page);
  while (!gtk_widget_get_mapped (panel))
    g_main_context_iteration (NULL, TRUE);
  return panel;
}

static GtkWidget *
province_panel (PzWindow *window)
{
  return find_widget (GTK_WIDGET (window), is_panel_with_key, "330000");
}

static void
test_window_zone_layer (Fixture       *fixture,
                        gconstpointer  user_data)
{
  PzZoneLayer *layer = zone_layer (fixture->window);

  g_assert_nonnull (layer);
  g_assert_cmpuint (pz_zone_layer_get_n_zones (layer), ==, PZ_TEST_BUNDLED_ZONES);
  /* The window opens on all zones: every marker is drawn. */
  g_assert_cmpuint (pz_overlay_layer_get_n_drawn (PZ_OVERLAY_LAYER (layer)), ==, PZ_TEST_BUNDLED_ZONES);
}

/* The title counts from the data: the zones in force and every zone ever
 * approved, since the first approval. */
static void
test_window_title (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GObject *title = gtk_widget_get_template_child (GTK_WIDGET (fixture->window), PZ_TYPE_WINDOW, "window_title");
  g_autofree char *expected = g_strdup_printf ("%u zones in force · %u approved since 2015",
                                               PZ_TEST_BUNDLED_ZONES_IN_FORCE, PZ_TEST_BUNDLED_ZONES);

  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (ADW_VIEW_SWITCHER_TITLE (title)), ==, expected);
}

static void
test_window_select_hangzhou (Fixture       *fixture,
                             gconstpointer  user_data)
{
  PzZoneDetails *details = pz_window_get_details (fixture->window);
  GtkWidget *figures, *row;
  PzZone *selected;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.select-zone", "s", "hangzhou");
  wait_frames (GTK_WIDGET (fixture->window), 2);

  selected = pz_window_get_selected (fixture->window);
  g_assert_nonnull (selected);
  g_assert_cmpstr (pz_zone_get_id (selected), ==, "hangzhou");
  g_assert_true (pz_zone_details_get_zone (details) == selected);
  g_assert_true (selected_on_map (fixture->window) == selected);

  g_assert_true (g_str_has_prefix (template_label_text (GTK_WIDGET (details), PZ_TYPE_ZONE_DETAILS, "batch_label"), "1 "));
  g_assert_cmpstr (template_label_text (GTK_WIDGET (details), PZ_TYPE_ZONE_DETAILS, "document_label"), ==, "国函〔2015〕44号");
  g_assert_cmpstr (template_label_text (GTK_WIDGET (details), PZ_TYPE_ZONE_DETAILS, "approved_label"), ==, "2015-03-07");
  g_assert_cmpstr (template_label_text (GTK_WIDGET (details), PZ_TYPE_ZONE_DETAILS, "province_label"), ==, "Zhejiang");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (details)));
  /* The reply's link says it is an official page, and whose. */
  g_assert_true (g_str_has_prefix (gtk_button_get_label (GTK_BUTTON (gtk_widget_get_template_child (
    GTK_WIDGET (details), PZ_TYPE_ZONE_DETAILS, "source_button"))), "Official: "));

  /* Every published figure of the zone, with its year and a link to its
   * source; a zone with none reads "No data". */
  figures = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (details), PZ_TYPE_ZONE_DETAILS, "figures_group"));
  row = find_action_row (figures, "Cross-border e-commerce enterprises");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "49,000 enterprises (2022)");
  g_assert_nonnull (find_widget_of_type (row, GTK_TYPE_LINK_BUTTON));
  /* Three years of trade: one row with the latest, opening onto each. */
  row = find_action_row (figures, "Cross-border e-commerce trade");
  g_assert_nonnull (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "124.805 billion CNY (2023; January-November only)");
  g_assert_nonnull (find_action_row (row, "more than 60 billion CNY (2017)"));
  /* Figures in US dollars are an indicator of their own, never mixed. */
  row = find_action_row (figures, "Cross-border e-commerce trade in US dollars");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "3.464 billion USD (2015)");
  g_assert_nonnull (find_widget_of_type (row, GTK_TYPE_LINK_BUTTON));
  g_assert_null (find_action_row (figures, "No data"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.select-zone", "s", "kunming");
  wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_null (find_action_row (figures, "Cross-border e-commerce enterprises"));
  g_assert_nonnull (find_action_row (figures, "No data"));

  /* Escape clears the selection and hides the panel's zone. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.clear-selection", NULL);
  g_assert_null (pz_window_get_selected (fixture->window));
  g_assert_null (selected_on_map (fixture->window));
}

/* A click on Hangzhou's marker finds Hangzhou: the same hit test the
 * map's click gesture uses. */
static void
test_window_hit_test (Fixture       *fixture,
                      gconstpointer  user_data)
{
  PzZoneLayer *layer = zone_layer (fixture->window);
  ShumateViewport *viewport = pz_map_view_get_viewport (pz_window_get_map_view (fixture->window));
  g_autoptr(PzZone) zone = NULL;
  double x, y;

  shumate_location_set_location (SHUMATE_LOCATION (viewport), 30.29, 120.16);
  shumate_viewport_set_zoom_level (viewport, 7);
  wait_frames (GTK_WIDGET (fixture->window), 2);

  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), 30.29365, 120.16142, &x, &y);
  zone = pz_zone_layer_zone_at (layer, x + 2, y - 2);
  g_assert_nonnull (zone);
  g_assert_cmpstr (pz_zone_get_id (zone), ==, "hangzhou");

  g_clear_object (&zone);
  zone = pz_zone_layer_zone_at (layer, x + 60, y + 60);
  g_assert_null (zone);
}

static guint
count_zones (PzDatabase *database,
             guint       batch,
             const char *province_code)
{
  GListModel *zones = pz_database_get_zones (database);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      n += (batch == 0 || pz_zone_get_batch (zone) == batch) &&
           (province_code == NULL || g_strcmp0 (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE), province_code) == 0);
    }
  return n;
}

/* Clicking batch 3's row in the batch panel leaves its 22 zones on the
 * map, and the province panel counts only batch 3. */
static void
test_window_batch_panel (Fixture       *fixture,
                         gconstpointer  user_data)
{
  static const guint batch_sizes[] = PZ_TEST_BUNDLED_BATCH_SIZES;
  PzWindow *window = fixture->window;
  PzZoneLayer *layer = zone_layer (window);
  GtkWidget *row;
  g_autofree char *count_text = NULL;

  /* Its rows are built only once its page is opened. */
  g_assert_null (find_widget (batch_panel (window), is_of_type, GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW)));
  row = find_action_row (shown (batch_panel (window)), "Batch 3 · 2018");

  g_assert_cmpuint (pz_facet_get_count (find_facet (province_panel (window), "440000")), ==,
                    count_zones (fixture->database, 0, "440000"));

  g_assert_nonnull (row);
  gtk_widget_activate (row);
  wait_frames (GTK_WIDGET (window), 3);

  g_assert_true (pz_facet_get_active (find_facet (batch_panel (window), "3")));
  g_assert_cmpuint (pz_zone_layer_get_n_zones (layer), ==, batch_sizes[2]);
  g_assert_cmpuint (pz_overlay_layer_get_n_drawn (PZ_OVERLAY_LAYER (layer)), ==, batch_sizes[2]);
  g_assert_cmpuint (pz_facet_get_count (find_facet (province_panel (window), "440000")), ==,
                    count_zones (fixture->database, 3, "440000"));
  g_assert_cmpuint (pz_facet_get_count (find_facet (province_panel (window), "330000")), ==,
                    count_zones (fixture->database, 3, "330000"));
  /* The batch panel's own counts do not depend on the batch choice. */
  g_assert_cmpuint (pz_facet_get_count (find_facet (batch_panel (window), "5")), ==, batch_sizes[4]);

  /* Park counts follow the filter too: Zhejiang's batch-3 zone is Yiwu,
   * with two parks; batch 1 is Hangzhou, with three. */
  count_text = pz_facet_dup_count_text (find_facet (province_panel (window), "330000"));
  g_assert_cmpstr (count_text, ==, "1 zone\n2 parks");
  g_clear_pointer (&count_text, g_free);
  count_text = pz_facet_dup_count_text (find_facet (batch_panel (window), "1"));
  g_assert_cmpstr (count_text, ==, "1 zone\n3 parks");
  g_clear_pointer (&count_text, g_free);

  /* Clearing the filters brings every zone back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpuint (pz_zone_layer_get_n_zones (layer), ==, PZ_TEST_BUNDLED_ZONES);
  g_assert_false (pz_facet_get_active (find_facet (batch_panel (window), "3")));
}

/* Enter in the search entry selects the best match. */
static void
test_window_search (Fixture       *fixture,
                    gconstpointer  user_data)
{
  PzWindow *window = fixture->window;
  PzZone *selected;

  GtkWidget *entry = find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (entry), "yiwu");
  g_signal_emit_by_name (entry, "activate");
  wait_frames (GTK_WIDGET (window), 2);

  selected = pz_window_get_selected (window);
  g_assert_nonnull (selected);
  g_assert_cmpstr (pz_zone_get_id (selected), ==, "yiwu");
  g_assert_cmpuint (pz_zone_layer_get_n_zones (zone_layer (window)), ==, 1);
  g_assert_cmpstr (template_label_text (GTK_WIDGET (pz_window_get_details (window)), PZ_TYPE_ZONE_DETAILS, "province_label"), ==, "Zhejiang");
  g_assert_true (g_str_has_prefix (template_label_text (GTK_WIDGET (pz_window_get_details (window)), PZ_TYPE_ZONE_DETAILS, "batch_label"), "3 "));
}

/* Province mode fills provinces by the zones the filter shows, explains
 * the classes in the legend and hides the markers; zone mode undoes it. */
static void
test_window_province_mode (Fixture       *fixture,
                           gconstpointer  user_data)
{
  PzWindow *window = fixture->window;
  PzMapComposition *map = pz_map_view_get_composition (pz_window_get_map_view (window));
  PzLegendSpec spec;
  double value;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.map-mode", "s", "provinces");
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (zone_layer (window))));
  g_assert_true (pz_choropleth_lookup (pz_map_composition_get_choropleth (map), "330000", &value));
  g_assert_cmpfloat (value, ==, count_zones (fixture->database, 0, "330000"));
  g_assert_true (pz_map_composition_legend_init (map, &spec));
  g_assert_cmpstr (spec.title, ==, "Zones per province");

  /* The values follow the filter. */
  gtk_widget_activate (find_action_row (shown (batch_panel (window)), "Batch 3 · 2018"));
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (pz_choropleth_lookup (pz_map_composition_get_choropleth (map), "330000", &value));
  g_assert_cmpfloat (value, ==, count_zones (fixture->database, 3, "330000"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.map-mode", "s", "zones");
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (zone_layer (window))));
  g_assert_null (pz_map_composition_get_choropleth (map));
}

/* The timeline shows the zones in force on each date. */
static void
test_window_timeline (Fixture       *fixture,
                      gconstpointer  user_data)
{
  PzWindow *window = fixture->window;
  PzZoneLayer *layer = zone_layer (window);
  PzTimelineBar *timeline = pz_window_get_timeline_bar (window);
  guint index = G_MAXUINT;

  for (guint i = 0; i < pz_timeline_bar_get_n_steps (timeline); i++)
    if (g_strcmp0 (pz_timeline_bar_get_step_date (timeline, i), "2016-01-12") == 0)
      index = i;
  g_assert_cmpuint (index, ==, 1);

  pz_timeline_bar_set_active (timeline, TRUE);
  pz_timeline_bar_set_step (timeline, index);
  g_assert_cmpuint (pz_zone_layer_get_n_zones (layer), ==, 13);

  pz_timeline_bar_set_step (timeline, pz_timeline_bar_get_n_steps (timeline) - 1);
  g_assert_cmpuint (pz_zone_layer_get_n_zones (layer), ==, PZ_TEST_BUNDLED_ZONES_IN_FORCE);

  /* Clearing the filters turns the timeline off too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL);
  g_assert_false (pz_timeline_bar_get_active (timeline));
  g_assert_cmpuint (pz_zone_layer_get_n_zones (layer), ==, PZ_TEST_BUNDLED_ZONES);
}

/* Writes the window's current view through the export dialog to @name
 * in a new folder; returns the file's path. */
static char *
export_view_to (PzWindow   *window,
                const char *name,
                guint       format)
{
  PzMapView *map_view = pz_window_get_map_view (window);
  g_autoptr(PzMapComposition) map = pz_map_view_dup_composition (map_view);
  GtkWidget *dialog = pz_export_dialog_new (GTK_WINDOW (window), map,
                                            gtk_widget_get_width (GTK_WIDGET (map_view)),
                                            gtk_widget_get_height (GTK_WIDGET (map_view)), FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pz-window-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  adw_combo_row_set_selected (ADW_COMBO_ROW (gtk_widget_get_template_child (dialog, PZ_TYPE_EXPORT_DIALOG,
                                                                            "image_format_row")), format);
  g_assert_true (_pz_export_dialog_export_to (PZ_EXPORT_DIALOG (dialog), file, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  return path;
}

static void
remove_export (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

/* The window's current view as the export dialog writes it to PNG. */
static cairo_surface_t *
export_current_view (PzWindow *window)
{
  g_autofree char *path = export_view_to (window, "view.png", PZ_IMAGE_PNG);
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  remove_export (path);
  return png;
}

/* The RGB of @png at the map position (@latitude, @longitude) moved by
 * @dy pixels; the map is the bottom of the image, under the title. */
static guint32
pixel_at (PzWindow        *window,
          cairo_surface_t *png,
          double           latitude,
          double           longitude,
          double           dy)
{
  /* The province layer is shown in every mode, so it is laid out. */
  GtkWidget *layer = GTK_WIDGET (pz_map_view_get_province_layer (pz_window_get_map_view (window)));
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (layer));
  double x, y;

  shumate_viewport_location_to_widget_coords (viewport, layer, latitude, longitude, &x, &y);
  y += cairo_image_surface_get_height (png) - gtk_widget_get_height (layer);
  return *(const guint32 *) (cairo_image_surface_get_data (png) +
                             (int) round (y + dy) * cairo_image_surface_get_stride (png) +
                             (int) round (x) * 4) & 0xffffff;
}

/* "Current window" exports exactly the view on screen: the PNG has the
 * map's size plus the title band, and Hangzhou's marker where the screen
 * has it. */
static void
test_window_export_current_view (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  PzWindow *window = fixture->window;
  GtkWidget *layer = GTK_WIDGET (zone_layer (window));
  cairo_surface_t *png;
  guint32 pixel;
  PzColor batch1;

  /* Close enough that no other marker overlaps Hangzhou's. */
  pz_map_view_go_to (pz_window_get_map_view (window), 30.0, 118.0, 6);
  wait_frames (GTK_WIDGET (window), 2);
  png = export_current_view (window);

  g_assert_cmpint (cairo_image_surface_get_width (png), ==, gtk_widget_get_width (layer));
  /* The title band goes above the map, not over it. */
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, gtk_widget_get_height (layer) + PZ_MAP_TITLE_HEIGHT);

  pixel = pixel_at (window, png, 30.29365, 120.16142, 0);
  pz_batch_color (1, &batch1);
  g_assert_cmpint (ABS ((int) ((pixel >> 16) & 0xff) - (int) (batch1.red * 255 + 0.5)), <=, 3);
  g_assert_cmpint (ABS ((int) ((pixel >> 8) & 0xff) - (int) (batch1.green * 255 + 0.5)), <=, 3);
  g_assert_cmpint (ABS ((int) (pixel & 0xff) - (int) (batch1.blue * 255 + 0.5)), <=, 3);
  cairo_surface_destroy (png);
}

/* The export dialog starts with the last export's page: a paper size at
 * a resolution from the settings gives that many pixels. */
static void
test_window_export_remembers_paper (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  cairo_surface_t *png;

  g_settings_set_string (settings, "export-size", "paper");
  g_settings_set_string (settings, "export-paper", "A5");
  g_settings_set_boolean (settings, "export-landscape", FALSE);
  g_settings_set_int (settings, "export-dpi", 150);
  png = export_current_view (fixture->window);
  /* A5 portrait, 148 × 210 mm, at 150 dpi. */
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 874);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1240);
  cairo_surface_destroy (png);
  g_settings_reset (settings, "export-size");
}

/* The dialog's preview is the page the export writes: an A4 landscape
 * page fitted in a wide preview leaves bands at the sides, paper around
 * the frame and the map in the middle. */
static void
test_window_export_preview (Fixture       *fixture,
                            gconstpointer  user_data)
{
  PzMapView *map_view = pz_window_get_map_view (fixture->window);
  g_autoptr(PzMapComposition) map = pz_map_view_dup_composition (map_view);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 300);
  cairo_t *cr = cairo_create (surface);
  PzImageOptions options;
  const guint8 *data;
  int stride;

  pz_image_options_init (&options);
  options.paper = PZ_PAPER_A4;
  options.decorations.title = "Preview";
  pz_export_draw_preview (map, &options, cr, 600, 300);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  /* 300 px high: the page is 424 px wide, so 88 px at each side stay empty. */
  g_assert_cmpuint (*(const guint32 *) (data + 150 * stride + 20 * 4), ==, 0);
  /* Inside the page: opaque paper at its corner, the map at its centre. */
  g_assert_cmpuint (*(const guint32 *) (data + 2 * stride + 92 * 4) >> 24, ==, 0xff);
  g_assert_cmpuint (*(const guint32 *) (data + 170 * stride + 300 * 4) >> 24, ==, 0xff);
  g_assert_cmpuint (*(const guint32 *) (data + 170 * stride + 300 * 4) & 0xffffff, !=,
                    *(const guint32 *) (data + 2 * stride + 92 * 4) & 0xffffff);
  cairo_surface_destroy (surface);
}

/* The centre of Weihai's one park, which sits on a ring 15 px above its
 * zone, in an export of the current view. */
static guint32
export_weihai_park_pixel (PzWindow *window)
{
  cairo_surface_t *png = export_current_view (window);
  guint32 pixel = pixel_at (window, png, 37.50914, 122.11356, -15);

  cairo_surface_destroy (png);
  return pixel;
}

/* The export shows the parks exactly when the map does. */
static void
test_window_export_parks (Fixture       *fixture,
                          gconstpointer  user_data)
{
  PzWindow *window = fixture->window;
  ShumateViewport *viewport = pz_map_view_get_viewport (pz_window_get_map_view (window));

  shumate_location_set_location (SHUMATE_LOCATION (viewport), 37.0, 121.0);
  shumate_viewport_set_zoom_level (viewport, 6);
  wait_frames (GTK_WIDGET (window), 3);

  /* The hollow park symbol is white inside; the sea around it is not. */
  g_assert_cmphex (export_weihai_park_pixel (window), ==, 0xffffff);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-parks", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmphex (export_weihai_park_pixel (window), !=, 0xffffff);
}

/* Each map mode exports what the screen draws: the legend the screen's
 * legend shows, and Zhejiang filled with the screen's province colour. */
static void
test_window_export_modes (Fixture       *fixture,
                          gconstpointer  user_data)
{
  static const char *modes[] = { "zones", "provinces", "enterprises" };
  static const char *legends[] = { "Pilot zones by batch", "Zones per province", "Imported enterprises per province" };
  PzWindow *window = fixture->window;
  PzMapView *map_view = pz_window_get_map_view (window);

  pz_map_view_go_to (map_view, 30.0, 115.0, 5);
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      PzChoropleth *values;
      g_autofree char *svg = NULL;
      g_autofree char *text = NULL;
      cairo_surface_t *png;
      PzLegendSpec spec;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.map-mode", "s", modes[m]);
      wait_frames (GTK_WIDGET (window), 3);

      /* The screen's legend says what the export's says. */
      g_assert_true (pz_map_composition_legend_init (pz_map_view_get_composition (map_view), &spec));
      g_assert_cmpstr (spec.title, ==, legends[m]);
      svg = export_view_to (window, "view.svg", PZ_IMAGE_SVG);
      g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
      g_assert_nonnull (strstr (text, "<desc>"));
      g_assert_true (g_str_has_prefix (strstr (text, "<desc>") + strlen ("<desc>"), legends[m]));
      remove_export (svg);

      values = pz_map_composition_get_choropleth (pz_map_view_get_composition (map_view));
      g_assert_true ((values != NULL) == (m > 0));
      if (values != NULL)
        {
          PzColor colour;
          guint32 pixel;

          png = export_current_view (window);
          pixel = pixel_at (window, png, 28.0, 120.5, 0);
          pz_choropleth_color (values, "330000", &colour);
          g_assert_cmpint (ABS ((int) ((pixel >> 16) & 0xff) - (int) (colour.red * 255 + 0.5)), <=, 3);
          g_assert_cmpint (ABS ((int) ((pixel >> 8) & 0xff) - (int) (colour.green * 255 + 0.5)), <=, 3);
          g_assert_cmpint (ABS ((int) (pixel & 0xff) - (int) (colour.blue * 255 + 0.5)), <=, 3);
          cairo_surface_destroy (png);
        }
    }
}

/* The statistics list each national figure: the latest value, opening
 * onto every year with a link to its source, or its citation where a
 * report has no page. */
static void
test_window_national_figures (Fixture       *fixture,
                              gconstpointer  user_data)
{
  GtkWidget *stats = find_widget_of_type (GTK_WIDGET (fixture->window), PZ_TYPE_STATS_VIEW);
  GtkWidget *row;
  guint n_years = 0;

  /* The statistics are built when first shown. */
  g_assert_null (find_action_row (stats, "Overseas warehouses"));
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (stats, ADW_TYPE_VIEW_STACK)),
                                         "statistics");
  wait_frames (GTK_WIDGET (fixture->window), 3);
  row = find_action_row (stats, "Overseas warehouses");
  g_assert_nonnull (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "more than 2,500 warehouses (2024)");
  for (guint year = 2020; year <= 2024; year++)
    {
      g_autofree char *title = NULL;

      if (year == 2022)
        continue;
      title = year == 2023 ? g_strdup ("1,800 warehouses (2023; end of year)")
                           : g_strdup_printf ("more than %s warehouses (%u)",
                                              year == 2020 ? "1,800" : year == 2021 ? "2,000" : "2,500", year);
      g_assert_nonnull (find_widget_of_type (find_action_row (row, title), GTK_TYPE_LINK_BUTTON));
      n_years++;
    }
  g_assert_cmpuint (n_years, ==, 4);

  /* A figure from a broadcast cites it instead of linking a page. */
  row = find_action_row (stats, "Jobs created");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "more than 3,000,000 jobs (2020)");
  g_assert_null (find_widget_of_type (row, GTK_TYPE_LINK_BUTTON));
  g_assert_nonnull (find_widget (row, is_label_starting, "Source: "));
  row = find_action_row (stats, "Enterprises linked to the zones");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "about 200,000 enterprises (2022)");
}

/* F1 opens the help's index: the window binds it to win.show-help, which
 * hands help:pilot-zones to the desktop's help viewer (here a stand-in
 * that writes down what it was asked to open). */
static void
test_window_help (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  g_autofree char *opened = NULL;
  gboolean bound = FALSE;
  gint64 deadline;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !bound; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !bound; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          bound = g_str_equal (trigger, "F1") && GTK_IS_NAMED_ACTION (action) &&
                  g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win.show-help");
        }
    }
  g_assert_true (bound);

  g_unlink (g_getenv ("PZ_TEST_HELP_OUTPUT"));
  gtk_widget_activate_action (window, "win.show-help", NULL);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  /* The stand-in's shell creates the file before it writes to it. */
  while (g_get_monotonic_time () < deadline &&
         !(g_file_get_contents (g_getenv ("PZ_TEST_HELP_OUTPUT"), &opened, NULL, NULL) && *opened != '\0'))
    {
      g_clear_pointer (&opened, g_free);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpstr (opened != NULL ? g_strstrip (opened) : NULL, ==, "help:pilot-zones");
}

/* A search that finds nothing says so in the list, and the map says
 * that nothing is left; Clear Filters brings everything back. */
/* The main menu is built when first opened, and opens whole. */
static void
test_window_main_menu (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (find_widget_of_type (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON));
  GMenuModel *menu;

  g_assert_true (gtk_menu_button_get_primary (button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_assert_null (gtk_menu_button_get_popover (button));

  gtk_menu_button_popup (button);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), >=, 3);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  gtk_menu_button_popdown (button);
  /* Opened again, the same menu. */
  gtk_menu_button_popup (button);
  g_assert_true (gtk_menu_button_get_menu_model (button) == menu);
  gtk_menu_button_popdown (button);
}

static guint
count_of_type (GtkWidget *widget,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_of_type (child, type);
  return n;
}

static void
test_window_empty_states (Fixture       *fixture,
                          gconstpointer  user_data)
{
  PzWindow *window = fixture->window;
  GtkWidget *entry = find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *list = find_widget_of_type (GTK_WIDGET (window), PZ_TYPE_ZONE_LIST);
  GObject *empty_page = gtk_widget_get_template_child (list, PZ_TYPE_ZONE_LIST, "empty_page");
  GtkWidget *banner = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (pz_window_get_map_view (window)),
                                                                 PZ_TYPE_MAP_VIEW, "empty_banner"));

  g_assert_false (pz_zone_list_is_empty (PZ_ZONE_LIST (list)));
  g_assert_false (gtk_widget_get_visible (banner));
  /* Row widgets exist for the zones near the screen, not for every zone
   * (a list view made one for each of the first 200). */
  g_assert_cmpuint (count_of_type (list, PZ_TYPE_ZONE_ROW), >, 5);
  g_assert_cmpuint (count_of_type (list, PZ_TYPE_ZONE_ROW), <, 60);

  gtk_editable_set_text (GTK_EDITABLE (entry), "qqxqzz");
  g_signal_emit_by_name (entry, "activate");
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (pz_zone_list_is_empty (PZ_ZONE_LIST (list)));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty_page)), ==, "No Zone Matches “qqxqzz”");
  g_assert_true (gtk_widget_get_visible (banner));

  /* A filter without a search: batch 1 has no zone in Guangdong. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (gtk_widget_get_visible (banner));
  gtk_widget_activate (find_action_row (shown (batch_panel (window)), "Batch 1 · 2015"));
  gtk_widget_activate (find_action_row (shown (province_panel (window)), "Guangdong"));
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (pz_zone_list_is_empty (PZ_ZONE_LIST (list)));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty_page)), ==, "No Zone Matches the Filter");
  g_assert_true (gtk_widget_get_visible (banner));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (pz_zone_list_is_empty (PZ_ZONE_LIST (list)));
  g_assert_false (gtk_widget_get_visible (banner));
}

static void
count_signal (guint *count)
{
  (*count)++;
}

/* With the online map unreachable (PZ_ONLINE_TILE_URL points at a closed
 * port), the built-in map comes back with its province names, and the
 * window says why. */
static void
test_window_offline_fallback (Fixture       *fixture,
                              gconstpointer  user_data)
{
  PzMapView *map_view = pz_window_get_map_view (fixture->window);
  PzMapComposition *map = pz_map_view_get_composition (map_view);
  g_autofree char *basemap = NULL;
  guint offline = 0;
  gint64 deadline;

  g_signal_connect_swapped (map_view, "offline", G_CALLBACK (count_signal), &offline);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.basemap", "s", "openstreetmap");
  g_assert_false (pz_map_composition_get_show_labels (map));

  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (offline == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (offline, ==, 1);
  g_object_get (map_view, "basemap", &basemap, NULL);
  g_assert_cmpstr (basemap, ==, "offline");
  g_assert_true (pz_map_composition_get_show_labels (map));
  g_signal_handlers_disconnect_by_data (map_view, &offline);
}

/* The map's view is saved on close and restored by the next window. */
static void
test_window_restores_view (Fixture       *fixture,
                           gconstpointer  user_data)
{
  ShumateViewport *viewport = pz_map_view_get_viewport (pz_window_get_map_view (fixture->window));
  g_autofree char *mode = NULL;
  PzWindow *second;

  shumate_viewport_set_zoom_level (viewport, 6.5);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 31.0, 121.0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.map-mode", "s", "provinces");
  wait_frames (GTK_WIDGET (fixture->window), 2);
  gtk_window_close (GTK_WINDOW (fixture->window));

  second = pz_window_new (NULL, fixture->database);
  gtk_window_present (GTK_WINDOW (second));
  wait_frames (GTK_WIDGET (second), 5);
  viewport = pz_map_view_get_viewport (pz_window_get_map_view (second));
  g_assert_cmpfloat_with_epsilon (shumate_viewport_get_zoom_level (viewport), 6.5, 1e-6);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), 31.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), 121.0, 1e-6);
  g_object_get (pz_window_get_map_view (second), "mode", &mode, NULL);
  g_assert_cmpstr (mode, ==, "provinces");

  /* The fixture's tear-down closes the window it holds. */
  fixture->window = second;
}

/* The parks layer draws its symbols and hides them when toggled off; a
 * zone with parks lists them in its details. */
static void
test_window_parks (Fixture       *fixture,
                   gconstpointer  user_data)
{
  PzWindow *window = fixture->window;
  PzParkLayer *parks = pz_map_view_get_park_layer (pz_window_get_map_view (window));
  AdwPreferencesGroup *group;
  GtkWidget *row, *fact, *focus;
  guint n_rows = 0;

  g_assert_nonnull (pz_map_composition_get_parks (pz_map_view_get_composition (pz_window_get_map_view (window))));
  g_assert_cmpuint (pz_overlay_layer_get_n_drawn (PZ_OVERLAY_LAYER (parks)), >, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-parks", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (parks)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (parks)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-parks", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (parks)));
  g_assert_cmpuint (pz_overlay_layer_get_n_drawn (PZ_OVERLAY_LAYER (parks)), >, 0);

  /* Hangzhou has parks in the data; its details list them by name. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-zone", "s", "hangzhou");
  wait_frames (GTK_WIDGET (window), 2);
  group = ADW_PREFERENCES_GROUP (gtk_widget_get_template_child (GTK_WIDGET (pz_window_get_details (window)),
                                                                PZ_TYPE_ZONE_DETAILS, "parks_group"));
  for (guint i = 0; i < g_list_model_get_n_items (pz_database_get_parks (fixture->database)); i++)
    {
      g_autoptr(PzPark) park = g_list_model_get_item (pz_database_get_parks (fixture->database), i);

      if (g_strcmp0 (pz_park_get_zone_id (park), "hangzhou") != 0)
        continue;
      g_assert_nonnull (find_action_row (GTK_WIDGET (group), pz_park_get_display_name (park)));
      n_rows++;
    }
  g_assert_cmpuint (n_rows, >, 0);
  /* The zone list tells how many parks a zone has. */
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_label_reading, "Batch 1 · Zhejiang · 3 parks"));

  /* A park clicked on the map selects its zone and opens its own row,
   * which tells its status, position and sources. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-park", "s", "weihai_lingang_china_korea_cbec_park");
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (pz_zone_get_id (pz_window_get_selected (window)), ==, "weihai");
  row = find_action_row (GTK_WIDGET (group), "China-Korea Cross-border E-commerce Industrial Park");
  g_assert_nonnull (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), row));
  fact = find_action_row (row, "Position");
  g_assert_nonnull (fact);
  g_assert_nonnull (find_widget (fact, is_label_reading, "Known to its district only (临港区); drawn at its zone"));
  fact = find_action_row (row, "Status");
  g_assert_nonnull (fact);
  g_assert_nonnull (find_widget (fact, is_label_reading, "Operating; no government recognition found"));

  /* Asking again leaves the focus where it is. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-park", "s", "weihai_lingang_china_korea_cbec_park");
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);

  /* The same from a closed details pane: the rows are built at once but
   * on screen only a frame later. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-selection", NULL);
  wait_frames (GTK_WIDGET (window), 30);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-park", "s", "nanjing_longtan");
  wait_frames (GTK_WIDGET (window), 30);
  row = find_action_row (GTK_WIDGET (group), "Nanjing Longtan Cross-border E-commerce Industrial Park");
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), row));
}

/* The legend over a small map takes its compact form, one line of
 * batch numbers, and the full one again when the map grows; the user
 * can switch it either way. */
static void
test_window_legend_compact (Fixture       *fixture,
                            gconstpointer  user_data)
{
  PzWindow *window = fixture->window;
  PzLegend *legend_widget = pz_map_view_get_legend (pz_window_get_map_view (window));
  GtkWidget *legend = GTK_WIDGET (legend_widget);
  int full_height, full_width, compact_height;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wait_frames (GTK_WIDGET (window), 4);
  g_assert_false (pz_legend_get_compact (legend_widget));
  full_height = gtk_widget_get_height (legend);

  /* Seven rows, one per batch, under a title. */
  g_assert_cmpint (full_height, >, 7 * 14);

  gtk_widget_activate_action (legend, "legend.compact", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (pz_legend_get_compact (legend_widget));
  compact_height = gtk_widget_get_height (legend);
  g_assert_cmpint (compact_height, <, full_height / 2);

  gtk_widget_activate_action (legend, "legend.compact", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (pz_legend_get_compact (legend_widget));

  /* Opening the details narrows the map below the threshold. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-zone", "s", "kunming");
  wait_frames (GTK_WIDGET (window), 30);
  g_assert_true (pz_legend_get_compact (legend_widget));
  g_assert_cmpint (gtk_widget_get_height (legend), ==, compact_height);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-selection", NULL);
  wait_frames (GTK_WIDGET (window), 30);
  g_assert_false (pz_legend_get_compact (legend_widget));
  g_assert_cmpint (gtk_widget_get_height (legend), ==, full_height);

  /* The province classes have no short labels: side by side they would
   * be wider than the full legend, so their legend keeps its form. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.map-mode", "s", "provinces");
  wait_frames (GTK_WIDGET (window), 2);
  full_height = gtk_widget_get_height (legend);
  full_width = gtk_widget_get_width (legend);
  gtk_widget_activate_action (legend, "legend.compact", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (pz_legend_get_compact (legend_widget));
  g_assert_cmpint (gtk_widget_get_height (legend), ==, full_height);
  g_assert_cmpint (gtk_widget_get_width (legend), ==, full_width);
}

/* An enterprise list imported through the dialog shows up in the
 * province panel's counts and the "Imported" province map. */
static void
test_window_import (Fixture       *fixture,
                    gconstpointer  user_data)
{
  static const char data[] = "企业名称,城市,lat,lon\n杭州云贸有限公司,杭州,,\n义乌出口公司,义乌,,\n"
                             ",Ningbo,,\nGood Two,,30.30,120.20\nLost Ltd,Atlantis,,\n";
  PzWindow *window = fixture->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pz-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "user.sqlite", NULL);
  g_autofree char *list = g_build_filename (dir, "list.csv", NULL);
  g_autoptr(PzUserDatabase) user = pz_user_database_open (path, &error);
  g_autoptr(GFile) file = g_file_new_for_path (list);
  g_autoptr(PzChoropleth) imported = NULL;
  GtkWidget *dialog;
  double value;

  g_assert_no_error (error);
  g_file_set_contents (list, data, -1, &error);
  g_assert_no_error (error);
  pz_window_set_user_database (window, user);

  /* The check runs on a worker thread; the dialog closes once stored. */
  dialog = pz_window_import_file (window, file);
  while (pz_import_dialog_is_busy (PZ_IMPORT_DIALOG (dialog)))
    g_main_context_iteration (NULL, TRUE);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (dialog, "import.import", NULL);
  while (dialog != NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpuint (pz_user_database_count_enterprises (user), ==, 3);
  g_assert_nonnull (strstr (pz_facet_get_detail (find_facet (province_panel (window), "330000")), "Imported: 3"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.map-mode", "s", "enterprises");
  imported = pz_choropleth_new_zone_counts (pz_database_get_zones (fixture->database),
                                            pz_map_composition_get_zones (pz_map_view_get_composition (pz_window_get_map_view (window))),
                                            pz_user_database_get_counts_by_zone (user), "Imported");
  g_assert_true (pz_choropleth_lookup (imported, "330000", &value));
  g_assert_cmpfloat (value, ==, 3);

  pz_window_set_user_database (window, NULL);
  g_unlink (list);
  g_unlink (path);
  g_rmdir (dir);
}

/* A stand-in help viewer, the default handler of help: URIs for this
 * process, that writes the URI it is asked to open to @output. */
static void
set_up_help_viewer (const char *home,
                    const char *output)
{
  g_autofree char *applications = g_build_filename (home, "data", "applications", NULL);
  g_autofree char *desktop = g_build_filename (applications, "pz-test-help.desktop", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *mimeapps = g_build_filename (config, "mimeapps.list", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *entry = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Help stand-in\n"
                                            "Exec=sh -c 'printf %%s \"$1\" > %s' sh %%u\n"
                                            "MimeType=x-scheme-handler/help;\nNoDisplay=true\n", output);

  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  g_assert_true (g_file_set_contents (desktop, entry, -1, NULL));
  g_assert_true (g_file_set_contents (mimeapps, "[Default Applications]\n"
                                      "x-scheme-handler/help=pz-test-help.desktop\n", -1, NULL));
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("PZ_TEST_HELP_OUTPUT", output, TRUE);
}

/* Presses @accelerator as the widget's own key bindings see it. */
static gboolean
press_key (GtkWidget  *widget,
           const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, accelerator) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                 widget, gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_error ("no key binding for %s", accelerator);
}

static void
colour_of_guangdong_at (PzWindow   *window,
                        const char *year,
                        PzColor    *colour)
{
  PzTimelineBar *timeline = pz_window_get_timeline_bar (window);
  PzMapComposition *map = pz_map_view_get_composition (pz_window_get_map_view (window));
  guint index = G_MAXUINT;
  PzLegendSpec spec;

  /* The last step of @year. */
  for (guint i = 0; i < pz_timeline_bar_get_n_steps (timeline); i++)
    if (g_str_has_prefix (pz_timeline_bar_get_step_date (timeline, i), year))
      index = i;
  g_assert_cmpuint (index, !=, G_MAXUINT);
  pz_timeline_bar_set_step (timeline, index);
  pz_choropleth_color (pz_map_composition_get_choropleth (map), "440000", colour);
  g_assert_true (pz_map_composition_legend_init (map, &spec));
  g_assert_nonnull (strstr (spec.title, "classes of"));
}

/* While the timeline runs, the provinces keep the classes of its final
 * date: Guangdong, with 4 zones in 2018 and 21 in 2022, changes colour. */
static void
test_window_timeline_classes (Fixture       *fixture,
                              gconstpointer  user_data)
{
  PzWindow *window = fixture->window;
  PzColor early, late;
  PzLegendSpec spec;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.map-mode", "s", "provinces");
  pz_timeline_bar_set_active (pz_window_get_timeline_bar (window), TRUE);
  colour_of_guangdong_at (window, "2018", &early);
  colour_of_guangdong_at (window, "2022", &late);
  g_assert_false (early.red == late.red && early.green == late.green && early.blue == late.blue);

  /* Without the timeline the legend is the plain one again. */
  pz_timeline_bar_set_active (pz_window_get_timeline_bar (window), FALSE);
  g_assert_true (pz_map_composition_legend_init (pz_map_view_get_composition (pz_window_get_map_view (window)), &spec));
  g_assert_cmpstr (spec.title, ==, "Zones per province");
}

/* No marker of the zones shown lies under the legend or a button. */
static void
assert_zones_clear_of_furniture (PzWindow *window)
{
  PzMapView *map_view = pz_window_get_map_view (window);
  GtkWidget *layer = GTK_WIDGET (pz_map_view_get_zone_layer (map_view));
  GtkWidget *overlay = gtk_widget_get_parent (GTK_WIDGET (pz_map_view_get_legend (map_view)));
  g_autoptr(GArray) furniture = pz_widget_child_boxes (overlay, layer);
  g_autoptr(GArray) markers = NULL;
  PzView view;

  pz_overlay_layer_get_view (PZ_OVERLAY_LAYER (layer), &view);
  markers = pz_zone_marker_boxes (&view, pz_map_composition_get_zones (pz_map_view_get_composition (map_view)));
  g_assert_cmpuint (furniture->len, >=, 3);
  g_assert_cmpuint (markers->len, ==, g_list_model_get_n_items (pz_map_composition_get_zones (pz_map_view_get_composition (map_view))));
  for (guint i = 0; i < markers->len; i++)
    for (guint j = 0; j < furniture->len; j++)
      {
        const PzBox *m = &g_array_index (markers, PzBox, i), *f = &g_array_index (furniture, PzBox, j);

        if (pz_box_intersects (m, f))
          g_error ("marker at (%.0f, %.0f) under (%.0f, %.0f, %.0f × %.0f)", m->x, m->y, f->x, f->y, f->width, f->height);
      }
}

/* The first view and the zoom to a chosen province keep every zone of
 * the filter off the legend and the buttons: batch 5 in Guangdong
 * includes Zhanjiang and Maoming in the west of the province. */
static void
test_window_framing (Fixture       *fixture,
                     gconstpointer  user_data)
{
  PzWindow *window = fixture->window;

  assert_zones_clear_of_furniture (window);

  pz_facet_set_active (find_facet (batch_panel (window), "5"), TRUE);
  pz_facet_set_active (find_facet (province_panel (window), "440000"), TRUE);
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpuint (g_list_model_get_n_items (pz_map_composition_get_zones (
    pz_map_view_get_composition (pz_window_get_map_view (window)))), ==, 7);
  assert_zones_clear_of_furniture (window);
}

/* With the map focused, arrows pan, + and − zoom, Home fits the filter;
 * with the focus elsewhere the keys are left alone. */
static void
test_window_keys (Fixture       *fixture,
                  gconstpointer  user_data)
{
  PzMapView *map_view = pz_window_get_map_view (fixture->window);
  ShumateViewport *viewport = pz_map_view_get_viewport (map_view);
  GtkWidget *map = find_widget_of_type (GTK_WIDGET (map_view), SHUMATE_TYPE_MAP);
  double lat, lon, zoom;

  pz_map_view_go_to (map_view, 31.0, 118.0, 6);
  wait_frames (GTK_WIDGET (fixture->window), 2);
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);
  g_assert_false (press_key (GTK_WIDGET (map_view), "Right"));

  g_assert_true (gtk_widget_grab_focus (map));
  g_assert_true (press_key (GTK_WIDGET (map_view), "Right"));
  pz_map_view_get_center (map_view, &lat, &lon, &zoom);
  g_assert_cmpfloat (lon, >, 118.5);
  g_assert_cmpfloat_with_epsilon (lat, 31.0, 0.01);

  g_assert_true (press_key (GTK_WIDGET (map_view), "Up"));
  pz_map_view_get_center (map_view, &lat, &lon, &zoom);
  g_assert_cmpfloat (lat, >, 31.3);

  g_assert_true (press_key (GTK_WIDGET (map_view), "plus"));
  g_assert_cmpfloat_with_epsilon (shumate_viewport_get_zoom_level (viewport), 7, 0.001);
  g_assert_true (press_key (GTK_WIDGET (map_view), "<Control>minus"));
  g_assert_true (press_key (GTK_WIDGET (map_view), "minus"));
  g_assert_cmpfloat_with_epsilon (shumate_viewport_get_zoom_level (viewport), 5, 0.001);

  g_assert_true (press_key (GTK_WIDGET (map_view), "Home"));
  pz_map_view_get_center (map_view, &lat, &lon, &zoom);
  g_assert_cmpfloat (zoom, <, 5);
  g_assert_cmpfloat (lon, >, 75);
  g_assert_cmpfloat (lon, <, 115);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("pz-window-home-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (home, "help-opened", NULL);

  g_setenv ("LANGUAGE", "en", TRUE);
  set_up_help_viewer (home, output);
  /* A closed port: the online map fails at once, with no network used. */
  g_setenv ("PZ_ONLINE_TILE_URL", "http://127.0.0.1:9/{z}/{x}/{y}.png", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/window/zone-layer", Fixture, NULL, fixture_set_up, test_window_zone_layer, fixture_tear_down);
  g_test_add ("/window/title", Fixture, NULL, fixture_set_up, test_window_title, fixture_tear_down);
  g_test_add ("/window/select-hangzhou", Fixture, NULL, fixture_set_up, test_window_select_hangzhou, fixture_tear_down);
  g_test_add ("/window/hit-test", Fixture, NULL, fixture_set_up, test_window_hit_test, fixture_tear_down);
  g_test_add ("/window/batch-panel", Fixture, NULL, fixture_set_up, test_window_batch_panel, fixture_tear_down);
  g_test_add ("/window/search", Fixture, NULL, fixture_set_up, test_window_search, fixture_tear_down);
  g_test_add ("/window/province-mode", Fixture, NULL, fixture_set_up, test_window_province_mode, fixture_tear_down);
  g_test_add ("/window/timeline", Fixture, NULL, fixture_set_up, test_window_timeline, fixture_tear_down);
  g_test_add ("/window/parks", Fixture, NULL, fixture_set_up, test_window_parks, fixture_tear_down);
  g_test_add ("/window/legend-compact", Fixture, NULL, fixture_set_up, test_window_legend_compact, fixture_tear_down);
  g_test_add ("/window/import", Fixture, NULL, fixture_set_up, test_window_import, fixture_tear_down);
  g_test_add ("/window/restores-view", Fixture, NULL, fixture_set_up, test_window_restores_view, fixture_tear_down);
  g_test_add ("/window/national-figures", Fixture, NULL, fixture_set_up, test_window_national_figures, fixture_tear_down);
  g_test_add ("/window/export-parks", Fixture, NULL, fixture_set_up, test_window_export_parks, fixture_tear_down);
  g_test_add ("/window/help", Fixture, NULL, fixture_set_up, test_window_help, fixture_tear_down);
  g_test_add ("/window/main-menu", Fixture, NULL, fixture_set_up, test_window_main_menu, fixture_tear_down);
  g_test_add ("/window/empty-states", Fixture, NULL, fixture_set_up, test_window_empty_states, fixture_tear_down);
  g_test_add ("/window/offline-fallback", Fixture, NULL, fixture_set_up, test_window_offline_fallback, fixture_tear_down);
  g_test_add ("/window/export-modes", Fixture, NULL, fixture_set_up, test_window_export_modes, fixture_tear_down);
  g_test_add ("/window/timeline-classes", Fixture, NULL, fixture_set_up, test_window_timeline_classes, fixture_tear_down);
  g_test_add ("/window/framing", Fixture, NULL, fixture_set_up, test_window_framing, fixture_tear_down);
  g_test_add ("/window/keys", Fixture, NULL, fixture_set_up, test_window_keys, fixture_tear_down);
  g_test_add ("/window/export-remembers-paper", Fixture, NULL, fixture_set_up, test_window_export_remembers_paper,
              fixture_tear_down);
  g_test_add ("/window/export-preview", Fixture, NULL, fixture_set_up, test_window_export_preview, fixture_tear_down);
  g_test_add ("/window/export-current-view", Fixture, NULL, fixture_set_up, test_window_export_current_view, fixture_tear_down);

  return g_test_run ();
}
