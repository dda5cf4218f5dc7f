/* pz-enterprise-draw.c
 *
 * Imported enterprises as points, clustered with the cluster index
 * (supercluster's scheme): a bubble sized by the logarithm of its count
 * with the count on it, a single enterprise as a small dot — filled at
 * its own coordinates, hollow at its zone's position. The same drawing
 * serves the screen overlay and exported images.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-enterprise-draw"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pz-enterprise-draw.h"
#include "pz-projection.h"

#define DOT_RADIUS 3.5

/* A blue that stands apart from the choropleth's yellows and reds. */
static const PzColor bubble_color = { 0.10, 0.34, 0.62, 1 };
static const PzColor bubble_text = { 1, 1, 1, 1 };

struct _PzEnterpriseClusters
{
  gatomicrefcount     ref_count;
  PzEnterprisePoints *points;
  PzClusterIndex     *index;
};

/**
 * pz_enterprise_clusters_new:
 *
 * Indexes @points: about 0.2 s for 100,000, so once per change of the
 * imports, never per frame.
 *
 * Returns: (transfer full): the clusters of @points at every zoom
 */
PzEnterpriseClusters *
pz_enterprise_clusters_new (PzEnterprisePoints *points)
{
  PzEnterpriseClusters *self = g_new0 (PzEnterpriseClusters, 1);
  guint n;
  const PzEnterprisePoint *data = pz_enterprise_points_get_data (points, &n);
  g_autofree double *xs = g_new (double, MAX (n, 1));
  g_autofree double *ys = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      xs[i] = pz_mercator_x (data[i].longitude);
      ys[i] = pz_mercator_y (data[i].latitude);
    }
  g_atomic_ref_count_init (&self->ref_count);
  self->points = pz_enterprise_points_ref (points);
  self->index = pz_cluster_index_new (xs, ys, n, PZ_ENTERPRISE_CLUSTER_RADIUS, PZ_ENTERPRISE_CLUSTER_MAX_ZOOM);
  return self;
}

PzEnterpriseClusters *
pz_enterprise_clusters_ref (PzEnterpriseClusters *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pz_enterprise_clusters_unref (PzEnterpriseClusters *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  pz_enterprise_points_unref (self->points);
  pz_cluster_index_free (self->index);
  g_free (self);
}

PzEnterprisePoints *
pz_enterprise_clusters_get_points (PzEnterpriseClusters *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->points;
}

/**
 * pz_enterprise_clusters_query:
 * @margin: logical pixels around the view to include too (symbols that
 *   reach into it), 0 for the view alone
 *
 * Returns: (transfer full) (element-type PzCluster): the clusters and
 *   single points whose centre is in @view (PzCluster.first is the index
 *   of a point among the points, e.g. to know whether a single one is
 *   exact)
 */
GArray *
pz_enterprise_clusters_query (PzEnterpriseClusters *self,
                              const PzView         *view,
                              double                margin)
{
  double min_x, min_y, max_x, max_y, m;

  g_return_val_if_fail (self != NULL, NULL);

  pz_view_get_unit_bounds (view, &min_x, &min_y, &max_x, &max_y);
  m = margin / pz_world_size (view->zoom);
  /* Past the last level enterprises that share a position stay one
   * bubble, with their count, rather than dots drawn over each other. */
  return pz_cluster_index_query (self->index, MIN (view->zoom, PZ_ENTERPRISE_CLUSTER_MAX_ZOOM),
                                 min_x - m, min_y - m, max_x + m, max_y + m);
}

static double
bubble_radius (guint count)
{
  return count > 1 ? 8.0 + 3.5 * log10 (count) : DOT_RADIUS;
}

/* The symbols of one kind as one path, filled and outlined at once:
 * a frame makes a few cairo fills, not one per symbol. */
static void
draw_symbols (cairo_t       *cr,
              const double  *xyr,
              guint          n,
              const PzColor *fill,
              const PzColor *line,
              double         line_width)
{
  /* The outline is a larger disc under the fill: two fills cost cairo
   * much less than a fill and a stroke. */
  for (guint pass = 0; pass < 2; pass++)
    {
      double grow = pass == 0 ? line_width / 2 : -line_width / 2;

      cairo_new_path (cr);
      for (guint i = 0; i < n; i++)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, xyr[3 * i], xyr[3 * i + 1], xyr[3 * i + 2] + grow, 0, 2 * G_PI);
        }
      pz_cairo_set_color (cr, pass == 0 ? line : fill);
      cairo_fill (cr);
    }
}

/* The counts of the bubbles of @clusters, centred on them. */
static void
draw_counts (cairo_t      *cr,
             const PzView *view,
             GArray       *clusters)
{
  cairo_scaled_font_t *font = cairo_get_scaled_font (cr);
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  cairo_glyph_t *digits = NULL;
  cairo_text_extents_t extents;
  int n_digits = 0;
  double advance[10];

  if (cairo_scaled_font_text_to_glyphs (font, 0, 0, "0123456789", 10, &digits, &n_digits,
                                        NULL, NULL, NULL) != CAIRO_STATUS_SUCCESS || n_digits != 10)
    {
      cairo_glyph_free (digits);
      return;
    }
  for (int d = 0; d < 10; d++)
    {
      cairo_scaled_font_glyph_extents (font, &digits[d], 1, &extents);
      advance[d] = extents.x_advance;
    }
  cairo_scaled_font_glyph_extents (font, digits, 10, &extents);

  for (guint i = 0; i < clusters->len; i++)
    {
      PzCluster *c = &g_array_index (clusters, PzCluster, i);
      char text[16];
      double x, y, width = 0;
      int len;

      if (c->count < 2)
        continue;
      pz_view_project_unit (view, c->x, c->y, &x, &y);
      len = g_snprintf (text, sizeof text, "%u", c->count);
      for (int k = 0; k < len; k++)
        width += advance[text[k] - '0'];
      x -= width / 2;
      y -= extents.height / 2 + extents.y_bearing;
      for (int k = 0; k < len; k++)
        {
          cairo_glyph_t glyph = { digits[text[k] - '0'].index, x, y };

          g_array_append_val (glyphs, glyph);
          x += advance[text[k] - '0'];
        }
    }
  cairo_show_glyphs (cr, (cairo_glyph_t *) glyphs->data, (int) glyphs->len);
  cairo_glyph_free (digits);
}

/**
 * pz_draw_enterprise_clusters:
 *
 * Draws the clusters of the zoom level of @view that reach into it. The
 * work follows what is visible, not the number of enterprises.
 *
 * Returns: the number of symbols drawn
 */
guint
pz_draw_enterprise_clusters (cairo_t              *cr,
                             const PzView         *view,
                             PzEnterpriseClusters *self,
                             const PzMapStyle     *style)
{
  g_autoptr(GArray) clusters = pz_enterprise_clusters_query (self, view, bubble_radius (G_MAXUINT));
  g_autofree double *xyr = g_new (double, 3 * MAX (clusters->len, 1));
  enum { BUBBLE, EXACT, AT_ZONE, N_KINDS };
  guint n[N_KINDS] = { 0 };
  double *kind[N_KINDS];
  guint n_points;
  const PzEnterprisePoint *points = pz_enterprise_points_get_data (self->points, &n_points);

  /* Sorted by kind in one array: bubbles from the start, exact dots from
   * the end, dots at a zone after the bubbles once they are counted. */
  for (guint i = 0; i < clusters->len; i++)
    {
      PzCluster *c = &g_array_index (clusters, PzCluster, i);

      n[c->count > 1 ? BUBBLE : points[c->first].flags & PZ_ENTERPRISE_EXACT ? EXACT : AT_ZONE]++;
    }
  kind[BUBBLE] = xyr;
  kind[AT_ZONE] = xyr + 3 * n[BUBBLE];
  kind[EXACT] = kind[AT_ZONE] + 3 * n[AT_ZONE];
  memset (n, 0, sizeof n);
  for (guint i = 0; i < clusters->len; i++)
    {
      PzCluster *c = &g_array_index (clusters, PzCluster, i);
      guint k = c->count > 1 ? BUBBLE : points[c->first].flags & PZ_ENTERPRISE_EXACT ? EXACT : AT_ZONE;
      double *at = kind[k] + 3 * n[k]++;

      pz_view_project_unit (view, c->x, c->y, &at[0], &at[1]);
      at[2] = bubble_radius (c->count);
    }

  cairo_save (cr);
  draw_symbols (cr, kind[BUBBLE], n[BUBBLE], &bubble_color, &bubble_text, 1.5);
  draw_symbols (cr, kind[EXACT], n[EXACT], &bubble_color, &bubble_text, 1.0);
  draw_symbols (cr, kind[AT_ZONE], n[AT_ZONE], &bubble_text, &bubble_color, 1.5);

  /* Counts are digits only: their glyphs are looked up once a frame and
   * every count is shown in one call, several times faster than a text
   * call (let alone a Pango layout) per bubble. */
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, 10);
  pz_cairo_set_color (cr, &bubble_text);
  draw_counts (cr, view, clusters);
  cairo_restore (cr);
  return clusters->len;
}

/* The legend's bubble. */
static void
draw_bubble (cairo_t *cr,
             double   x,
             double   y,
             double   radius)
{
  double xyr[3] = { x, y, radius };

  draw_symbols (cr, xyr, 1, &bubble_color, &bubble_text, 1.5);
}

/* Filled at its own coordinates, a ring at its zone's position. */
static void
draw_dot (cairo_t  *cr,
          double    x,
          double    y,
          gboolean  exact)
{
  double xyr[3] = { x, y, DOT_RADIUS };

  draw_symbols (cr, xyr, 1, exact ? &bubble_color : &bubble_text, exact ? &bubble_text : &bubble_color,
                exact ? 1.0 : 1.5);
}

/**
 * pz_draw_enterprise_mark:
 *
 * Rings the company chosen in the list, over its dot or bubble.
 */
void
pz_draw_enterprise_mark (cairo_t          *cr,
                         const PzView     *view,
                         double            latitude,
                         double            longitude,
                         const PzMapStyle *style)
{
  double x, y;

  pz_view_project (view, latitude, longitude, &x, &y);
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, 11, 0, 2 * G_PI);
  pz_cairo_set_color (cr, &bubble_text);
  cairo_set_line_width (cr, 6);
  cairo_stroke_preserve (cr);
  pz_cairo_set_color (cr, &style->selection);
  cairo_set_line_width (cr, 3);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * pz_enterprise_clusters_hit:
 * @cluster: (out): the bubble or dot under (@x, @y), the nearest first
 *
 * Returns: whether there is one
 */
gboolean
pz_enterprise_clusters_hit (PzEnterpriseClusters *self,
                            const PzView         *view,
                            double                x,
                            double                y,
                            PzCluster            *cluster)
{
  g_autoptr(GArray) clusters = pz_enterprise_clusters_query (self, view, bubble_radius (G_MAXUINT));
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < clusters->len; i++)
    {
      PzCluster *c = &g_array_index (clusters, PzCluster, i);
      double cx, cy, r = bubble_radius (c->count) + 2, d;

      pz_view_project_unit (view, c->x, c->y, &cx, &cy);
      d = hypot (cx - x, cy - y);
      if (d <= r && d < best)
        {
          best = d;
          *cluster = *c;
        }
    }
  return best < G_MAXDOUBLE;
}

/**
 * pz_enterprise_clusters_expansion_zoom:
 *
 * Returns: the lowest zoom above @zoom at which @cluster (as drawn at
 *   @zoom) falls apart, or two levels up for enterprises that share one
 *   position and never do
 */
double
pz_enterprise_clusters_expansion_zoom (PzEnterpriseClusters *self,
                                       const PzCluster      *cluster,
                                       double                zoom)
{
  double reach = 2 * PZ_ENTERPRISE_CLUSTER_RADIUS / pz_world_size (floor (zoom));

  for (guint z = (guint) floor (zoom) + 1; z <= PZ_ENTERPRISE_CLUSTER_MAX_ZOOM; z++)
    {
      g_autoptr(GArray) found = pz_cluster_index_query (self->index, z, cluster->x - reach, cluster->y - reach,
                                                        cluster->x + reach, cluster->y + reach);
      guint biggest = 0;

      for (guint i = 0; i < found->len; i++)
        biggest = MAX (biggest, g_array_index (found, PzCluster, i).count);
      if (biggest < cluster->count)
        return z;
    }
  return floor (zoom) + 2;
}

/* Legend */

static char *
legend_row_text (guint    row,
                 gpointer data)
{
  PzEnterpriseLegend *legend = data;

  if (row < legend->inner.n_rows)
    return legend->inner.row_text (row, legend->inner.data);
  switch (row - legend->inner.n_rows)
    {
    case 0:
      /* Translators: legend of the map's bubbles of imported enterprises */
      return g_strdup (_("Imported enterprises nearby (number on the bubble)"));
    case 1:
      return g_strdup (_("One enterprise at its coordinates"));
    default:
      return g_strdup (_("One enterprise at its zone (no coordinates)"));
    }
}

static void
legend_swatch (cairo_t          *cr,
               double            x,
               double            y,
               double            size,
               guint             row,
               const PzMapStyle *style,
               gpointer          data)
{
  PzEnterpriseLegend *legend = data;

  if (row < legend->inner.n_rows)
    {
      legend->inner.draw_swatch (cr, x, y, size, row, style, legend->inner.data);
      return;
    }
  cairo_save (cr);
  if (row == legend->inner.n_rows)
    {
      /* A bubble a little larger than the swatch, without its number. */
      draw_bubble (cr, x + size / 2, y + size / 2, size / 2 + 1.5);
    }
  else
    draw_dot (cr, x + size / 2, y + size / 2, row == legend->inner.n_rows + 1);
  cairo_restore (cr);
}

/**
 * pz_enterprise_legend_wrap:
 * @spec: in: the legend of the map under the points; out: that legend
 *   with the bubble and dots after its rows, valid while @legend is
 */
void
pz_enterprise_legend_wrap (PzEnterpriseLegend *legend,
                           PzLegendSpec       *spec)
{
  legend->inner = *spec;
  spec->n_rows = legend->inner.n_rows + 3;
  spec->row_text = legend_row_text;
  spec->row_short_text = NULL;
  spec->draw_swatch = legend_swatch;
  spec->data = legend;
}
