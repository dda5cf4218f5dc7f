/* pz-park-draw.c
 *
 * Industrial parks on the map: a diamond, unlike the round zones; hollow
 * and dashed where the park's position is only known to its district or
 * city (then it sits on a small ring around its zone). Parks closer than
 * a cell of the screen grid are drawn as one cluster with their count.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-park-draw"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "pz-park-draw.h"
#include "pz-zone.h"

#define SYMBOL_SIZE 7.0
#define RING_RADIUS 15.0
#define CLUSTER_CELL 28.0

typedef struct
{
  PzPark  *park;     /* the first park of the symbol */
  double   x;
  double   y;
  guint    count;
  gboolean approximate;
} Symbol;

static GHashTable *
zones_by_id (GListModel *zones)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      PzZone *zone = g_list_model_get_item (zones, i);

      g_hash_table_insert (index, (gpointer) pz_zone_get_id (zone), zone);
    }
  return index;
}

/* Where each park is drawn, before clustering: its site, or a place on a
 * ring around its zone shared with the zone's other approximate parks. */
static GArray *
park_positions (const PzView *view,
                GListModel   *parks,
                GListModel   *zones)
{
  g_autoptr(GHashTable) index = zones_by_id (zones);
  g_autoptr(GHashTable) ring_counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ring_seen = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *positions = g_array_new (FALSE, FALSE, sizeof (Symbol));
  guint n = g_list_model_get_n_items (parks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzPark) park = g_list_model_get_item (parks, i);
      const char *zone_id = pz_park_get_zone_id (park);
      double lat, lon;

      if (!pz_park_get_location (park, &lat, &lon))
        g_hash_table_insert (ring_counts, (gpointer) zone_id,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (ring_counts, zone_id)) + 1));
    }

  for (guint i = 0; i < n; i++)
    {
      PzPark *park = g_list_model_get_item (parks, i);
      Symbol symbol = { park, 0, 0, 1, pz_park_is_approximate (park) };
      double lat, lon;

      if (pz_park_get_location (park, &lat, &lon))
        pz_view_project (view, lat, lon, &symbol.x, &symbol.y);
      else
        {
          PzZone *zone = g_hash_table_lookup (index, pz_park_get_zone_id (park));
          guint on_ring = GPOINTER_TO_UINT (g_hash_table_lookup (ring_counts, pz_park_get_zone_id (park)));
          guint nth = GPOINTER_TO_UINT (g_hash_table_lookup (ring_seen, pz_park_get_zone_id (park)));
          double angle = -G_PI / 2 + 2 * G_PI * nth / MAX (on_ring, 1);

          /* A park whose zone is filtered out is not shown either. */
          if (zone == NULL || !pz_zone_has_location (zone))
            {
              g_object_unref (park);
              continue;
            }
          g_hash_table_insert (ring_seen, (gpointer) pz_park_get_zone_id (park), GUINT_TO_POINTER (nth + 1));
          pz_view_project (view, pz_zone_get_latitude (zone), pz_zone_get_longitude (zone), &symbol.x, &symbol.y);
          symbol.x += RING_RADIUS * cos (angle);
          symbol.y += RING_RADIUS * sin (angle);
        }
      g_array_append_val (positions, symbol);
    }

  return positions;
}

static void
symbols_free (GArray *symbols)
{
  for (guint i = 0; i < symbols->len; i++)
    g_object_unref (g_array_index (symbols, Symbol, i).park);
  g_array_unref (symbols);
}

/* Greedy clustering on a screen grid: parks in one cell become one symbol
 * where the first of them is. (At their mean, a zone's whole ring of
 * parks would sit right under the zone's marker.) */
static GArray *
cluster (GArray *positions)
{
  g_autoptr(GHashTable) cells = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *symbols = g_array_new (FALSE, FALSE, sizeof (Symbol));

  g_array_set_size (keys, positions->len);
  for (guint i = 0; i < positions->len; i++)
    {
      Symbol *p = &g_array_index (positions, Symbol, i);
      gint64 *key = &g_array_index (keys, gint64, i);
      gpointer found;

      /* Cells off screen have negative indices: pack them as unsigned. */
      *key = (gint64) (((guint64) (guint32) (gint32) floor (p->x / CLUSTER_CELL) << 32) |
                       (guint32) (gint32) floor (p->y / CLUSTER_CELL));
      if (g_hash_table_lookup_extended (cells, key, NULL, &found))
        {
          Symbol *s = &g_array_index (symbols, Symbol, GPOINTER_TO_UINT (found));

          s->count++;
          s->approximate = s->approximate && p->approximate;
          continue;
        }
      g_hash_table_insert (cells, key, GUINT_TO_POINTER (symbols->len));
      g_object_ref (p->park);
      g_array_append_val (symbols, *p);
    }
  return symbols;
}

void
pz_draw_park_symbol (cairo_t          *cr,
                     double            x,
                     double            y,
                     double            size,
                     gboolean          approximate,
                     const PzMapStyle *style)
{
  static const double dash[] = { 2.0, 1.5 };

  cairo_new_path (cr);
  cairo_move_to (cr, x, y - size);
  cairo_line_to (cr, x + size, y);
  cairo_line_to (cr, x, y + size);
  cairo_line_to (cr, x - size, y);
  cairo_close_path (cr);

  pz_cairo_set_color (cr, approximate ? &style->marker_ended_fill : &style->park);
  cairo_fill_preserve (cr);
  pz_cairo_set_color (cr, &style->park);
  cairo_set_line_width (cr, 1.5);
  if (approximate)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_cluster (cairo_t          *cr,
              const Symbol     *symbol,
              const PzMapStyle *style)
{
  g_autofree char *text = g_strdup_printf ("%u", symbol->count);
  g_autoptr(PangoLayout) layout = pz_cairo_text_layout (cr, "Sans Bold 8", text);
  int w, h;

  pz_draw_park_symbol (cr, symbol->x, symbol->y, SYMBOL_SIZE + 4, symbol->approximate, style);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, symbol->x - w / 2.0, symbol->y - h / 2.0);
  pz_cairo_set_color (cr, symbol->approximate ? &style->park : &style->marker_ended_fill);
  pango_cairo_show_layout (cr, layout);
}

/**
 * pz_draw_parks:
 * @zones: the zones shown; parks of other zones are not drawn
 *
 * Returns: the number of symbols drawn (a cluster counts once)
 */
guint
pz_draw_parks (cairo_t          *cr,
               const PzView     *view,
               GListModel       *parks,
               GListModel       *zones,
               const PzMapStyle *style)
{
  GArray *positions = park_positions (view, parks, zones);
  GArray *symbols = cluster (positions);
  guint drawn = 0;

  cairo_save (cr);
  for (guint i = 0; i < symbols->len; i++)
    {
      Symbol *s = &g_array_index (symbols, Symbol, i);

      if (s->x < -20 || s->y < -20 || s->x > view->width + 20 || s->y > view->height + 20)
        continue;
      if (s->count > 1)
        draw_cluster (cr, s, style);
      else
        pz_draw_park_symbol (cr, s->x, s->y, SYMBOL_SIZE, s->approximate, style);
      drawn++;
    }
  cairo_restore (cr);

  symbols_free (symbols);
  symbols_free (positions);
  return drawn;
}

/**
 * pz_parks_hit_test:
 *
 * Returns: (transfer full) (nullable): the park under (@x, @y); for a
 *   cluster, its first park
 */
PzPark *
pz_parks_hit_test (const PzView *view,
                   GListModel   *parks,
                   GListModel   *zones,
                   double        x,
                   double        y)
{
  GArray *positions = park_positions (view, parks, zones);
  GArray *symbols = cluster (positions);
  PzPark *found = NULL;

  for (guint i = 0; i < symbols->len && found == NULL; i++)
    {
      Symbol *s = &g_array_index (symbols, Symbol, i);
      double reach = (s->count > 1 ? SYMBOL_SIZE + 4 : SYMBOL_SIZE) + 2;

      if (fabs (s->x - x) + fabs (s->y - y) <= reach)
        found = g_object_ref (s->park);
    }

  symbols_free (symbols);
  symbols_free (positions);
  return found;
}
