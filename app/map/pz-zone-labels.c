/* pz-zone-labels.c
 *
 * Zone names next to their markers, for the screen and exports alike.
 * Which zones get a name grows with zoom: municipalities and provincial
 * capitals first, then the other prefecture-level cities, and from zoom 6
 * every zone; the label placer keeps names off each other, off every
 * marker and off the legend and other furniture, dropping those with no
 * room. From zoom 6 the other prefecture-level cities are named where the
 * zones left room.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-zone-labels"

#include "config.h"

#include <pango/pangocairo.h>

#include "pz-locale.h"
#include "pz-projection.h"
#include "pz-zone-draw.h"
#include "pz-zone-labels.h"

#define LABEL_FONT "Sans 8"
#define HALO 3.0
#define CITY_FONT "Sans 7"
#define CITY_RADIUS 1.5
#define CITY_MIN_ZOOM 6.0

/* The zoom from which zones of each rank (see below) are named. */
static const double min_zoom_by_rank[] = { 6.0, 5.0, 3.0, 3.0 };

/**
 * pz_zone_label_priority:
 *
 * Returns: the selected zone first, then by rank of its city:
 *   municipalities, provincial capitals, other prefecture-level cities,
 *   the rest
 */
int
pz_zone_label_priority (PzBasemap *basemap,
                        PzZone    *zone,
                        gboolean   selected)
{
  return (selected ? 100 : 0) + (int) pz_basemap_get_city_rank (basemap, pz_zone_get_text (zone, PZ_ZONE_NAME_ZH));
}

/* Located zones inside the frame. */
static gboolean
zone_point (const PzView *view,
            PzZone       *zone,
            double       *x,
            double       *y)
{
  return pz_zone_view_position (view, zone, x, y) && *x >= 0 && *y >= 0 && *x <= view->width && *y <= view->height;
}

/**
 * pz_zone_marker_boxes:
 *
 * Returns: (transfer full): a #PzBox per marker in @view, for labels that
 *   must give way to markers
 */
GArray *
pz_zone_marker_boxes (const PzView *view,
                      GListModel   *zones)
{
  double radius = pz_marker_radius (view->zoom);
  guint n = g_list_model_get_n_items (zones);
  GArray *boxes = g_array_sized_new (FALSE, FALSE, sizeof (PzBox), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      PzBox box;
      double x, y;

      if (!zone_point (view, zone, &x, &y))
        continue;
      box = (PzBox) { x - radius, y - radius, 2 * radius, 2 * radius };
      g_array_append_val (boxes, box);
    }
  return boxes;
}

static void
zone_label_clear (gpointer data)
{
  g_free (((PzZoneLabel *) data)->text);
}

/**
 * pz_zone_labels_layout:
 * @cr: a context to measure text with
 * @obstacles: (nullable): rectangles labels must keep off
 *
 * Returns: (transfer full): a #PzZoneLabel for every zone in the view that
 *   is named at this zoom, placed or not
 */
GArray *
pz_zone_labels_layout (cairo_t      *cr,
                       const PzView *view,
                       GListModel   *zones,
                       PzZone       *selected,
                       PzBasemap    *basemap,
                       const PzBox  *obstacles,
                       guint         n_obstacles)
{
  g_autoptr(PangoLayout) layout = pz_cairo_text_layout (cr, LABEL_FONT, NULL);
  double radius = pz_marker_radius (view->zoom);
  guint n = g_list_model_get_n_items (zones);
  GArray *labels = g_array_new (FALSE, TRUE, sizeof (PzZoneLabel));
  g_autofree PzLabel *placed = NULL;

  g_array_set_clear_func (labels, zone_label_clear);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      int priority = pz_zone_label_priority (basemap, zone, zone == selected);
      PzZoneLabel item = { { 0 } };
      PangoRectangle logical;
      double x, y;

      if (!zone_point (view, zone, &x, &y) ||
          (zone != selected && view->zoom < min_zoom_by_rank[MIN (priority, 3)]))
        continue;

      pz_cairo_layout_set_text (layout, pz_zone_get_display_name (zone));
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      item.label = (PzLabel) { .x = x, .y = y, .radius = zone == selected ? radius + 2 : radius,
                               .width = logical.width + 2, .height = logical.height, .priority = priority };
      item.position = i;
      item.text = g_strdup (pz_zone_get_display_name (zone));
      g_array_append_val (labels, item);
    }

  /* The placer wants the labels side by side; copy out and back. */
  placed = g_new (PzLabel, MAX (labels->len, 1));
  for (guint i = 0; i < labels->len; i++)
    placed[i] = g_array_index (labels, PzZoneLabel, i).label;
  pz_label_place (placed, labels->len, view->width, view->height, obstacles, n_obstacles);
  for (guint i = 0; i < labels->len; i++)
    g_array_index (labels, PzZoneLabel, i).label = placed[i];

  return labels;
}

static void
draw_label_text (cairo_t          *cr,
                 PangoLayout      *layout,
                 const char       *text,
                 double            x,
                 double            y,
                 const PzMapStyle *style)
{
  pz_cairo_layout_set_text (layout, text);
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  pz_cairo_set_color (cr, &style->label_halo);
  cairo_set_line_width (cr, HALO);
  cairo_stroke (cr);
  cairo_move_to (cr, x, y);
  pz_cairo_set_color (cr, &style->label);
  pango_cairo_show_layout (cr, layout);
}

/* From zoom 6, the prefecture-level cities that are not zones, as small
 * dots with their names where the zones' names left room. */
static void
draw_city_labels (cairo_t          *cr,
                  const PzView     *view,
                  GListModel       *zones,
                  PzBasemap        *basemap,
                  GArray           *obstacles,
                  const PzMapStyle *style)
{
  g_autoptr(PangoLayout) layout = pz_cairo_text_layout (cr, CITY_FONT, NULL);
  g_autoptr(GHashTable) zone_names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (PzLabel));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n_cities = pz_basemap_get_n_shapes (basemap, PZ_BASEMAP_CITIES);

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      g_hash_table_add (zone_names, (gpointer) pz_zone_get_text (zone, PZ_ZONE_NAME_ZH));
    }

  for (guint i = 0; i < n_cities; i++)
    {
      const PzBasemapShape *city = pz_basemap_get_shape (basemap, PZ_BASEMAP_CITIES, i);
      const char *name = pz_locale_pick (city->name_zh, city->name_en);
      PangoRectangle logical;
      PzLabel label = { 0 };
      double x, y;

      if (name == NULL || city->geometry->n_points == 0 || g_hash_table_contains (zone_names, city->name_zh))
        continue;
      pz_view_project_unit (view, city->geometry->points[0].x, city->geometry->points[0].y, &x, &y);
      if (x < 0 || y < 0 || x > view->width || y > view->height)
        continue;
      pz_cairo_layout_set_text (layout, name);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      label = (PzLabel) { .x = x, .y = y, .radius = CITY_RADIUS, .width = logical.width + 2,
                          .height = logical.height, .priority = (int) pz_basemap_get_city_rank (basemap, city->name_zh) };
      g_array_append_val (labels, label);
      g_ptr_array_add (names, (gpointer) name);
    }

  pz_label_place ((PzLabel *) labels->data, labels->len, view->width, view->height,
                  (PzBox *) obstacles->data, obstacles->len);
  for (guint i = 0; i < labels->len; i++)
    {
      const PzLabel *label = &g_array_index (labels, PzLabel, i);

      /* A city without room for its name is left out altogether. */
      if (!label->placed)
        continue;
      cairo_new_path (cr);
      cairo_arc (cr, label->x, label->y, CITY_RADIUS, 0, 2 * G_PI);
      pz_cairo_set_color (cr, &style->province_line);
      cairo_fill (cr);
      draw_label_text (cr, layout, g_ptr_array_index (names, i), label->box.x + 1, label->box.y, style);
    }
}

/**
 * pz_draw_zone_labels:
 *
 * Names the zones where there is room, with a halo. Main thread only.
 *
 * Returns: the number of labels drawn
 */
guint
pz_draw_zone_labels (cairo_t          *cr,
                     const PzView     *view,
                     GListModel       *zones,
                     PzZone           *selected,
                     PzBasemap        *basemap,
                     const PzBox      *obstacles,
                     guint             n_obstacles,
                     const PzMapStyle *style)
{
  g_autoptr(GArray) labels = pz_zone_labels_layout (cr, view, zones, selected, basemap, obstacles, n_obstacles);
  g_autoptr(PangoLayout) layout = pz_cairo_text_layout (cr, LABEL_FONT, NULL);
  g_autoptr(GArray) taken = pz_zone_marker_boxes (view, zones);
  guint drawn = 0;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  g_array_append_vals (taken, obstacles, n_obstacles);
  for (guint i = 0; i < labels->len; i++)
    {
      const PzZoneLabel *item = &g_array_index (labels, PzZoneLabel, i);

      if (!item->label.placed)
        continue;
      draw_label_text (cr, layout, item->text, item->label.box.x + 1, item->label.box.y, style);
      g_array_append_val (taken, item->label.box);
      drawn++;
    }
  if (view->zoom >= CITY_MIN_ZOOM)
    draw_city_labels (cr, view, zones, basemap, taken, style);
  cairo_restore (cr);
  return drawn;
}
