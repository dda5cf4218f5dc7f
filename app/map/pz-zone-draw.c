/* pz-zone-draw.c
 *
 * Zone markers and the batch legend, drawn with cairo for the screen and
 * for exported images alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-zone-draw"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-batch.h"
#include "pz-park-draw.h"
#include "pz-projection.h"
#include "pz-zone-draw.h"

/* Markers grow a little with zoom so that dense regions stay readable when
 * zoomed out and markers are easy to hit when zoomed in. */
double
pz_marker_radius (double zoom)
{
  return CLAMP (1.5 + zoom * 0.85, 4.0, 9.0);
}

void
pz_draw_marker (cairo_t          *cr,
                double            x,
                double            y,
                double            radius,
                guint             batch,
                gboolean          ended,
                gboolean          selected,
                const PzMapStyle *style)
{
  PzColor color;

  pz_batch_color (batch, &color);
  cairo_new_path (cr);

  if (selected)
    {
      cairo_arc (cr, x, y, radius + 4.0, 0, 2 * G_PI);
      pz_cairo_set_color (cr, &style->selection);
      cairo_set_line_width (cr, 3.0);
      cairo_stroke (cr);
    }

  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  /* Zones that ended are drawn hollow: present in history, not in force. */
  pz_cairo_set_color (cr, ended ? &style->marker_ended_fill : &color);
  cairo_fill_preserve (cr);
  if (ended)
    {
      pz_cairo_set_color (cr, &color);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke_preserve (cr);
    }
  pz_cairo_set_color (cr, &style->marker_outline);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

/**
 * pz_zone_view_position:
 *
 * Returns: %FALSE if @zone has no location, else its point in @view
 */
gboolean
pz_zone_view_position (const PzView *view,
                       PzZone       *zone,
                       double       *x,
                       double       *y)
{
  if (!pz_zone_has_location (zone))
    return FALSE;
  pz_view_project (view, pz_zone_get_latitude (zone), pz_zone_get_longitude (zone), x, y);
  return TRUE;
}

/**
 * pz_draw_zones:
 *
 * Draws a marker for every located zone in @zones inside the view, the
 * selected one last so that it is never hidden.
 *
 * Returns: the number of markers drawn
 */
guint
pz_draw_zones (cairo_t          *cr,
               const PzView     *view,
               GListModel       *zones,
               PzZone           *selected,
               const PzMapStyle *style)
{
  double radius = pz_marker_radius (view->zoom);
  guint n = g_list_model_get_n_items (zones);
  guint drawn = 0;
  double x, y;

  cairo_save (cr);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (zone == selected || !pz_zone_view_position (view, zone, &x, &y))
        continue;
      if (x < -radius || y < -radius || x > view->width + radius || y > view->height + radius)
        continue;

      pz_draw_marker (cr, x, y, radius, pz_zone_get_batch (zone),
                      pz_zone_is_ended (zone), FALSE, style);
      drawn++;
    }

  if (selected != NULL && pz_zone_view_position (view, selected, &x, &y))
    {
      pz_draw_marker (cr, x, y, radius + 2.0, pz_zone_get_batch (selected),
                      pz_zone_is_ended (selected), TRUE, style);
      drawn++;
    }

  cairo_restore (cr);

  return drawn;
}

/**
 * pz_draw_zone_clusters:
 * @index: the cluster index of @zones, in the same order
 *
 * Draws many zones through their cluster index: a single zone as its
 * marker, a cluster as a larger neutral disc with its count. The work is
 * proportional to what is visible, not to the number of zones.
 *
 * Returns: the number of symbols drawn
 */
guint
pz_draw_zone_clusters (cairo_t          *cr,
                       const PzView     *view,
                       GListModel       *zones,
                       PzClusterIndex   *index,
                       const PzMapStyle *style)
{
  double radius = pz_marker_radius (view->zoom);
  double min_x, min_y, max_x, max_y, margin;
  g_autoptr(GArray) clusters = NULL;

  pz_view_get_unit_bounds (view, &min_x, &min_y, &max_x, &max_y);
  margin = 20.0 / pz_world_size (view->zoom);
  clusters = pz_cluster_index_query (index, view->zoom, min_x - margin, min_y - margin,
                                     max_x + margin, max_y + margin);
  cairo_save (cr);
  /* Counts are digits only: cairo's own text is enough, and several times
   * faster than a Pango layout per cluster. */
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, 10);
  for (guint i = 0; i < clusters->len; i++)
    {
      PzCluster *c = &g_array_index (clusters, PzCluster, i);
      double x, y;

      pz_view_project_unit (view, c->x, c->y, &x, &y);
      if (c->count == 1)
        {
          g_autoptr(PzZone) zone = g_list_model_get_item (zones, c->first);

          pz_draw_marker (cr, x, y, radius, pz_zone_get_batch (zone), pz_zone_is_ended (zone), FALSE, style);
        }
      else
        {
          char text[16];
          double r = radius + 3 + MIN (8.0, log10 (c->count) * 3);
          cairo_text_extents_t extents;

          cairo_new_path (cr);
          cairo_arc (cr, x, y, r, 0, 2 * G_PI);
          pz_cairo_set_color (cr, &style->panel_text);
          cairo_fill_preserve (cr);
          pz_cairo_set_color (cr, &style->marker_ended_fill);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
          g_snprintf (text, sizeof text, "%u", c->count);
          cairo_text_extents (cr, text, &extents);
          cairo_move_to (cr, x - extents.width / 2 - extents.x_bearing, y - extents.height / 2 - extents.y_bearing);
          cairo_show_text (cr, text);
        }
    }
  cairo_restore (cr);

  return clusters->len;
}

/**
 * pz_zones_hit_test:
 *
 * Finds the marker under (@x, @y), preferring the nearest one where
 * markers overlap. A few pixels of slack make small markers easy to click.
 *
 * Returns: (transfer full) (nullable): the zone, or %NULL
 */
PzZone *
pz_zones_hit_test (const PzView *view,
                   GListModel   *zones,
                   double        x,
                   double        y)
{
  g_autoptr(GPtrArray) found = pz_zones_hit_all (view, zones, x, y);

  return found->len > 0 ? g_object_ref (g_ptr_array_index (found, 0)) : NULL;
}

/**
 * pz_zones_hit_all:
 *
 * Every zone whose marker is under (@x, @y), with the hit test's slack:
 * where markers overlap, all of them, nearest first.
 *
 * Returns: (transfer full) (element-type PzZone): the zones
 */
GPtrArray *
pz_zones_hit_all (const PzView *view,
                  GListModel   *zones,
                  double        x,
                  double        y)
{
  double reach = pz_marker_radius (view->zoom) + 3.0;
  guint n = g_list_model_get_n_items (zones);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) distances = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      double zx, zy, d;
      guint at = 0;

      if (!pz_zone_view_position (view, zone, &zx, &zy))
        continue;
      d = (zx - x) * (zx - x) + (zy - y) * (zy - y);
      if (d > reach * reach)
        continue;
      /* Of equally near zones, the later one, drawn on top, comes first. */
      while (at < distances->len && g_array_index (distances, double, at) < d)
        at++;
      g_array_insert_val (distances, at, d);
      g_ptr_array_insert (found, at, g_steal_pointer (&zone));
    }
  return found;
}

/* Rows: the batches shown, then hollow markers, then the park symbol. */
typedef enum { ROW_BATCH, ROW_ENDED, ROW_PARKS } RowKind;

static RowKind
row_kind (guint          row,
          PzBatchLegend *legend)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (legend->batches));

  if (row < n)
    return ROW_BATCH;
  return row == n && legend->ended != NULL ? ROW_ENDED : ROW_PARKS;
}

static char *
batch_row_text (guint    row,
                gpointer data)
{
  PzBatchLegend *legend = data;
  g_autoptr(PzBatch) batch = NULL;
  guint year;

  switch (row_kind (row, legend))
    {
    case ROW_PARKS:
      return g_strdup (_("Industrial park (dashed: location approximate)"));
    case ROW_ENDED:
      return g_strdup (legend->ended);
    case ROW_BATCH:
    default:
      break;
    }
  batch = g_list_model_get_item (G_LIST_MODEL (legend->batches), row);
  year = pz_batch_get_year (batch);

  /* Translators: a legend row, batch number and year of approval */
  return year > 0 ? g_strdup_printf (_("Batch %u · %u"), pz_batch_get_number (batch), year)
                  : g_strdup_printf (_("Batch %u"), pz_batch_get_number (batch));
}

static char *
batch_row_short_text (guint    row,
                      gpointer data)
{
  PzBatchLegend *legend = data;
  g_autoptr(PzBatch) batch = NULL;

  switch (row_kind (row, legend))
    {
    case ROW_PARKS:
      return g_strdup (_("Parks"));
    case ROW_ENDED:
      /* Translators: short legend row for hollow markers (zones no longer in force) */
      return g_strdup (_("Ended"));
    case ROW_BATCH:
    default:
      break;
    }
  batch = g_list_model_get_item (G_LIST_MODEL (legend->batches), row);
  return g_strdup_printf ("%u", pz_batch_get_number (batch));
}

static void
batch_swatch (cairo_t          *cr,
              double            x,
              double            y,
              double            size,
              guint             row,
              const PzMapStyle *style,
              gpointer          data)
{
  PzBatchLegend *legend = data;
  g_autoptr(PzBatch) batch = NULL;

  switch (row_kind (row, legend))
    {
    case ROW_PARKS:
      pz_draw_park_symbol (cr, x + size / 2, y + size / 2, size / 2, TRUE, style);
      return;
    case ROW_ENDED:
      pz_draw_marker (cr, x + size / 2, y + size / 2, size / 2 - 1, legend->ended_batch, TRUE, FALSE, style);
      return;
    case ROW_BATCH:
    default:
      break;
    }
  batch = g_list_model_get_item (G_LIST_MODEL (legend->batches), row);
  pz_draw_marker (cr, x + size / 2, y + size / 2, size / 2 - 1,
                  pz_batch_get_number (batch), FALSE, FALSE, style);
}

/**
 * pz_batch_legend_update:
 * @all_batches: every batch, in order
 * @zones: the zones shown
 *
 * Fills @legend from what @zones hold: their batches, and the years in
 * which those that ended did so.
 */
void
pz_batch_legend_update (PzBatchLegend *legend,
                        GListModel    *all_batches,
                        GListModel    *zones,
                        gboolean       parks)
{
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);

  if (legend->batches == NULL)
    legend->batches = g_list_store_new (PZ_TYPE_BATCH);
  g_list_store_remove_all (legend->batches);
  g_clear_pointer (&legend->ended, g_free);
  legend->parks = parks;

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      const char *ended = pz_zone_get_text (zone, PZ_ZONE_ENDED);

      g_hash_table_add (shown, GUINT_TO_POINTER (pz_zone_get_batch (zone)));
      if (ended != NULL && strlen (ended) >= 4)
        {
          g_autofree char *year = g_strndup (ended, 4);

          if (years->len == 0)
            legend->ended_batch = pz_zone_get_batch (zone);
          if (!g_ptr_array_find_with_equal_func (years, year, g_str_equal, NULL))
            g_ptr_array_add (years, g_steal_pointer (&year));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (all_batches); i++)
    {
      g_autoptr(PzBatch) batch = g_list_model_get_item (all_batches, i);

      if (g_hash_table_contains (shown, GUINT_TO_POINTER (pz_batch_get_number (batch))))
        g_list_store_append (legend->batches, batch);
    }

  if (years->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_sort (years, (GCompareFunc) g_strcmp0);
      g_ptr_array_add (years, NULL);
      list = g_strjoinv (", ", (char **) years->pdata);
      /* Translators: legend row for hollow markers; %s is a year or years, e.g. "2025" */
      legend->ended = g_strdup_printf (_("Hollow: revoked in %s"), list);
    }
}

void
pz_batch_legend_clear (PzBatchLegend *legend)
{
  g_clear_object (&legend->batches);
  g_clear_pointer (&legend->ended, g_free);
}

/**
 * pz_batch_legend_init:
 * @legend: kept by the caller while @spec is used
 *
 * Describes the legend of zone markers by batch, of hollow markers and
 * of parks.
 */
void
pz_batch_legend_init (PzLegendSpec  *spec,
                      PzBatchLegend *legend)
{
  spec->title = _("Pilot zones by batch");
  spec->n_rows = g_list_model_get_n_items (G_LIST_MODEL (legend->batches)) + (legend->ended != NULL ? 1 : 0) +
                 (legend->parks ? 1 : 0);
  spec->row_text = batch_row_text;
  spec->row_short_text = batch_row_short_text;
  spec->draw_swatch = batch_swatch;
  spec->data = legend;
}
