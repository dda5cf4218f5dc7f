/* test-labels.c
 *
 * Zone names placed by the label placer, as screen and exports place
 * them: in the Yangtze delta at zoom 7 every zone of Jiangsu, Zhejiang,
 * Shanghai and Anhui is named, no two names overlap, no name covers a
 * marker, and no marker covers a province name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pz-basemap-draw.h"
#include "pz-database.h"
#include "pz-label-placer.h"
#include "pz-zone-draw.h"
#include "pz-zone-labels.h"

static void
assert_apart (const PzBox *a,
              guint        n_a,
              const PzBox *b,
              guint        n_b,
              gboolean     same)
{
  for (guint i = 0; i < n_a; i++)
    for (guint j = same ? i + 1 : 0; j < n_b; j++)
      if (pz_box_intersects (&a[i], &b[j]))
        g_error ("boxes (%.0f, %.0f, %.0f × %.0f) and (%.0f, %.0f, %.0f × %.0f) intersect",
                 a[i].x, a[i].y, a[i].width, a[i].height, b[j].x, b[j].y, b[j].width, b[j].height);
}

static void
test_labels_yangtze_delta (void)
{
  static const char * const provinces[] = { "320000", "330000", "310000", "340000", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(PzDatabase) db = pz_database_open (path, &error);
  GListModel *zones;
  PzBasemap *basemap;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 16, 16);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) markers = NULL;
  g_autoptr(GArray) names = NULL;
  g_autoptr(GArray) labels = NULL;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (PzBox));
  g_autoptr(GArray) name_boxes = g_array_new (FALSE, FALSE, sizeof (PzBox));
  PzView view;
  guint expected = 0, named = 0;

  g_assert_no_error (error);
  zones = pz_database_get_zones (db);
  basemap = pz_database_get_basemap (db);
  pz_view_init_centered (&view, 31.2, 120.5, 7, 1600, 1000, 1);

  /* As pz_map_render() does: province names give way to markers, zone
   * names keep off province names. */
  markers = pz_zone_marker_boxes (&view, zones);
  names = pz_basemap_layout_labels (basemap, cr, &view, (PzBox *) markers->data, markers->len);
  g_assert_cmpuint (names->len, >=, 4);
  for (guint i = 0; i < names->len; i++)
    g_array_append_val (name_boxes, g_array_index (names, PzProvinceLabel, i).box);
  labels = pz_zone_labels_layout (cr, &view, zones, NULL, basemap, (PzBox *) name_boxes->data, name_boxes->len);

  for (guint i = 0; i < labels->len; i++)
    {
      const PzZoneLabel *item = &g_array_index (labels, PzZoneLabel, i);
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, item->position);

      if (g_strv_contains (provinces, pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE)))
        {
          expected++;
          if (!item->label.placed)
            g_test_message ("no room for %s", item->text);
          named += item->label.placed;
        }
      if (item->label.placed)
        {
          g_assert_cmpfloat (item->label.box.x, >=, 0);
          g_assert_cmpfloat (item->label.box.y + item->label.box.height, <=, 1000);
          g_array_append_val (placed, item->label.box);
        }
    }

  g_assert_cmpuint (expected, >=, 30);
  g_assert_cmpuint (named, ==, expected);
  assert_apart ((PzBox *) placed->data, placed->len, (PzBox *) placed->data, placed->len, TRUE);
  assert_apart ((PzBox *) placed->data, placed->len, (PzBox *) markers->data, markers->len, FALSE);
  assert_apart ((PzBox *) placed->data, placed->len, (PzBox *) name_boxes->data, name_boxes->len, FALSE);
  /* Every province name lies clear of every marker. */
  assert_apart ((PzBox *) name_boxes->data, name_boxes->len, (PzBox *) markers->data, markers->len, FALSE);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Twenty labels on one spot: the higher priorities win the free places,
 * nothing overlaps, nothing leaves the frame, an obstacle stays clear. */
static void
test_labels_crowd (void)
{
  PzLabel labels[20];
  PzBox obstacle = { 100, 40, 60, 60 };
  guint placed;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    labels[i] = (PzLabel) { .x = 100, .y = 100, .radius = 5, .width = 50, .height = 12, .priority = (int) i };

  placed = pz_label_place (labels, G_N_ELEMENTS (labels), 300, 200, &obstacle, 1);
  g_assert_cmpuint (placed, >, 4);
  g_assert_cmpuint (placed, <, G_N_ELEMENTS (labels));
  g_assert_true (labels[19].placed);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      PzBox marker = { 95, 95, 10, 10 };

      if (!labels[i].placed)
        continue;
      g_assert_false (pz_box_intersects (&labels[i].box, &obstacle));
      g_assert_false (pz_box_intersects (&labels[i].box, &marker));
      g_assert_cmpfloat (labels[i].box.x, >=, 0);
      g_assert_cmpfloat (labels[i].box.y, >=, 0);
      for (guint j = i + 1; j < G_N_ELEMENTS (labels); j++)
        g_assert_false (labels[j].placed && pz_box_intersects (&labels[i].box, &labels[j].box));
    }
}

/* Where markers overlap, every zone under the pointer is found, the
 * nearest first: no zone is out of reach of the hover list. */
static void
test_labels_overlapping_markers (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  g_autoptr(PzDatabase) db = pz_database_open (path, &error);
  g_autoptr(GPtrArray) found = NULL;
  GListModel *zones;
  PzView view;
  double x, y;

  g_assert_no_error (error);
  zones = pz_database_get_zones (db);
  pz_view_init_centered (&view, 31.3, 120.6, 4, 800, 600, 1);
  pz_view_project (&view, 31.30, 120.62, &x, &y);  /* Suzhou */
  found = pz_zones_hit_all (&view, zones, x, y);
  g_assert_cmpuint (found->len, >=, 2);
  g_assert_cmpstr (pz_zone_get_id (g_ptr_array_index (found, 0)), ==, "suzhou");
}

/* Chinese characters are laid out as Simplified Chinese whatever the
 * locale; text without them keeps the locale's language, so that its
 * digits do not come from the CJK font. */
static void
test_labels_text_language (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PangoLayout) count = pz_cairo_text_layout (cr, "Sans Bold 8", "12");
  g_autoptr(PangoLayout) name = pz_cairo_text_layout (cr, "Sans 9", NULL);

  g_assert_true (pango_context_get_language (pango_layout_get_context (count)) == pango_language_get_default ());

  pz_cairo_layout_set_text (name, "杭州");
  g_assert_true (pango_language_includes_script (pango_context_get_language (pango_layout_get_context (name)),
                                                 PANGO_SCRIPT_HAN));
  g_assert_cmpstr (pango_layout_get_text (name), ==, "杭州");

  pz_cairo_layout_set_text (name, "Hangzhou 2");
  g_assert_true (pango_context_get_language (pango_layout_get_context (name)) == pango_language_get_default ());

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/labels/yangtze-delta", test_labels_yangtze_delta);
  g_test_add_func ("/labels/crowd", test_labels_crowd);
  g_test_add_func ("/labels/overlapping-markers", test_labels_overlapping_markers);
  g_test_add_func ("/labels/text-language", test_labels_text_language);

  return g_test_run ();
}
