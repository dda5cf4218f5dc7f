/* pz-comparison-page.c
 *
 * A comparison on a page of paper or pixels: a title, the names compared
 * side by side, a small map of each, their counts, and their published
 * figures, each with its year and source. Drawn by the same cairo calls
 * whatever the file (PDF, SVG, PNG), through the export's page model and
 * safe writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-comparison"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pz-batch.h"
#include "pz-comparison.h"
#include "pz-export-private.h"

/* Blank paper around the page's content: 12 mm in logical pixels. */
#define MARGIN (12 / 25.4 * 96)
#define COLUMN_GAP 18.0
#define MAP_HEIGHT_MAX 220.0

typedef struct
{
  cairo_t          *cr;
  const PzMapStyle *style;
  double            x;
  double            y;      /* the top of what comes next */
  double            width;
  gboolean          measure;  /* only move down, to find the height */
} Column;

/* Text from the column's left edge, wrapped to its width; moves down. */
static void
show_text (Column     *column,
           const char *font,
           const char *text,
           gboolean    faint)
{
  g_autoptr(PangoLayout) layout = pz_cairo_text_layout (column->cr, font, text);
  int h;

  pango_layout_set_width (layout, (int) (column->width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, NULL, &h);
  if (column->measure)
    {
      column->y += h;
      return;
    }
  cairo_save (column->cr);
  if (faint)
    cairo_set_source_rgb (column->cr, 0.35, 0.35, 0.35);
  else
    cairo_set_source_rgb (column->cr, 0.1, 0.1, 0.1);
  cairo_move_to (column->cr, column->x, column->y);
  pz_cairo_show_layout (column->cr, layout);
  cairo_restore (column->cr);
  column->y += h;
}

/* "Parks ........ 38": a title on the left, its value on the right. */
static void
show_row (Column     *column,
          const char *title,
          const char *value)
{
  g_autoptr(PangoLayout) left = pz_cairo_text_layout (column->cr, "Sans 9", title);
  g_autoptr(PangoLayout) right = pz_cairo_text_layout (column->cr, "Sans Bold 9", value != NULL ? value : _("No data"));
  int lw, lh, rw, rh;

  pango_layout_get_pixel_size (right, &rw, &rh);
  pango_layout_set_width (left, (int) (MAX (column->width - rw - 6, 10) * PANGO_SCALE));
  pango_layout_set_wrap (left, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (left, &lw, &lh);
  if (column->measure)
    {
      column->y += MAX (lh, rh) + 5;
      return;
    }
  cairo_save (column->cr);
  cairo_set_source_rgb (column->cr, 0.1, 0.1, 0.1);
  cairo_move_to (column->cr, column->x, column->y);
  pz_cairo_show_layout (column->cr, left);
  cairo_move_to (column->cr, column->x + column->width - rw, column->y);
  pz_cairo_show_layout (column->cr, right);
  /* A hairline under the row, as in a printed table. */
  cairo_set_source_rgb (column->cr, 0.82, 0.82, 0.82);
  cairo_set_line_width (column->cr, 0.5);
  cairo_move_to (column->cr, column->x, column->y + MAX (lh, rh) + 2.5);
  cairo_rel_line_to (column->cr, column->width, 0);
  cairo_stroke (column->cr);
  cairo_restore (column->cr);
  column->y += MAX (lh, rh) + 5;
}

static void
show_count (Column     *column,
            const char *title,
            guint       count)
{
  g_autofree char *value = g_strdup_printf ("%u", count);

  show_row (column, title, value);
}

static void
show_heading (Column     *column,
              const char *text)
{
  column->y += 8;
  show_text (column, "Sans Bold 10", text, FALSE);
  column->y += 3;
}

static void
show_zone (Column *column,
           PzZone *zone)
{
  show_row (column, _("Province"), pz_zone_get_display_province (zone));
  show_count (column, _("Batch"), pz_zone_get_batch (zone));
  show_row (column, _("Approved"), pz_zone_get_text (zone, PZ_ZONE_APPROVED));
  show_row (column, _("Document"), pz_zone_get_text (zone, PZ_ZONE_DOCUMENT));
  show_row (column, _("Status"), pz_zone_is_ended (zone) ? _("Ended") : _("In force"));
}

static void
show_batches (Column       *column,
              PzComparison *comparison,
              guint         index)
{
  GListModel *batches = pz_database_get_batches (pz_comparison_get_database (comparison));

  show_count (column, _("All zones"), g_list_model_get_n_items (pz_comparison_get_zones (comparison, index)));
  for (guint i = 0; i < g_list_model_get_n_items (batches); i++)
    {
      g_autoptr(PzBatch) batch = g_list_model_get_item (batches, i);
      guint number = pz_batch_get_number (batch);
      g_autofree char *label = NULL;

      if (!pz_comparison_batch_shown (comparison, number))
        continue;
      label = g_strdup_printf (_("Batch %u (%u)"), number, pz_batch_get_year (batch));
      show_count (column, label, pz_comparison_get_n_in_batch (comparison, index, number));
    }
}

/* Each figure with its year (in its text) and where it was published. */
static void
show_figures (Column       *column,
              PzComparison *comparison,
              guint         index)
{
  GListModel *figures = pz_comparison_get_figures (comparison, index);
  guint n = g_list_model_get_n_items (figures);

  show_heading (column, _("Published Figures"));
  if (n == 0)
    show_text (column, "Sans 9", _("No data"), TRUE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzIndicator) figure = g_list_model_get_item (figures, i);
      g_autofree char *value = pz_indicator_format_value (figure);
      g_autofree char *source = NULL;
      const char *url = pz_indicator_get_source_url (figure);

      show_text (column, "Sans 8", pz_indicator_get_label (figure), TRUE);
      show_text (column, "Sans Bold 9", value, FALSE);
      if (url != NULL || pz_indicator_get_note (figure) != NULL)
        {
          source = g_strdup_printf (_("Source: %s"), url != NULL ? url : pz_indicator_get_note (figure));
          show_text (column, "Sans 6.5", source, TRUE);
        }
      column->y += 4;
    }
}

static void
draw_column (Column       *column,
             PzComparison *comparison,
             guint         index)
{
  PzZone *zone = pz_comparison_get_zone (comparison, index);
  double map_height = MIN (column->width * 0.85, MAP_HEIGHT_MAX);
  guint n_imported;

  show_text (column, "Sans Bold 13", pz_comparison_get_name (comparison, index), FALSE);
  column->y += 6;

  if (!column->measure)
    {
      cairo_save (column->cr);
      cairo_translate (column->cr, column->x, column->y);
      pz_comparison_draw_map (comparison, index, column->cr, column->width, map_height, 1, FALSE);
      cairo_rectangle (column->cr, 0.25, 0.25, column->width - 0.5, map_height - 0.5);
      cairo_set_source_rgb (column->cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (column->cr, 0.5);
      cairo_stroke (column->cr);
      cairo_restore (column->cr);
    }
  column->y += map_height + 10;

  if (zone != NULL)
    show_zone (column, zone);
  else
    show_batches (column, comparison, index);
  show_count (column, _("Parks"), pz_comparison_get_n_parks (comparison, index));
  if (pz_comparison_get_imported (comparison, index, &n_imported))
    show_count (column, _("Imported enterprises"), n_imported);
  show_figures (column, comparison, index);
}

/**
 * pz_comparison_draw_page:
 * @cr: where to draw, @width × @height logical pixels of white paper
 *
 * The page a comparison export writes.
 */
void
pz_comparison_draw_page (PzComparison *self,
                         cairo_t      *cr,
                         double        width,
                         double        height)
{
  guint n = pz_comparison_get_n_items (self);
  const char *date = pz_database_get_data_date (pz_comparison_get_database (self));
  g_autofree char *names = pz_comparison_dup_title (self);
  g_autofree char *title = g_strdup_printf (_("Comparison: %s"), names);
  g_autofree char *subtitle = NULL;
  Column header = { cr, pz_map_style_get (FALSE), MARGIN, MARGIN, width - 2 * MARGIN, FALSE };
  double column_width, top, available, shrink = 1;

  g_return_if_fail (PZ_IS_COMPARISON (self));

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  show_text (&header, "Sans Bold 16", title, FALSE);
  if (date != NULL)
    /* Translators: subtitle of an exported comparison */
    subtitle = g_strdup_printf (_("Cross-border e-commerce comprehensive pilot zones · data as of %s"), date);
  else
    subtitle = g_strdup (_("Cross-border e-commerce comprehensive pilot zones"));
  show_text (&header, "Sans 9", subtitle, TRUE);
  top = header.y + 14;

  /* Columns too long for the page are drawn smaller, all alike, so
   * that no figure is left off. */
  available = height - MARGIN - 16 - top;
  column_width = n > 0 ? (width - 2 * MARGIN - (n - 1) * COLUMN_GAP) / n : 0;
  for (guint pass = 0; pass < 3; pass++)
    {
      double tallest = 0;

      for (guint i = 0; i < n; i++)
        {
          Column column = { cr, header.style, 0, 0, column_width / shrink, TRUE };

          draw_column (&column, self, i);
          tallest = MAX (tallest, column.y);
        }
      if (tallest * shrink <= available)
        break;
      shrink = MAX (0.5, available / tallest * 0.98);
    }
  for (guint i = 0; i < n; i++)
    {
      Column column = { cr, header.style, 0, 0, column_width / shrink, FALSE };

      cairo_save (cr);
      cairo_translate (cr, MARGIN + i * (column_width + COLUMN_GAP), top);
      cairo_scale (cr, shrink, shrink);
      /* Past the smallest size a column is cut at the page's foot. */
      cairo_rectangle (cr, -1, 0, column.width + 2, available / shrink);
      cairo_clip (cr);
      draw_column (&column, self, i);
      cairo_restore (cr);
    }

  header.y = height - MARGIN - 10;
  show_text (&header, "Sans 6.5", pz_map_get_attribution (), TRUE);
  cairo_restore (cr);
}

static void
draw_comparison_page (cairo_t      *cr,
                      PzExportPage *page,
                      gpointer      data)
{
  pz_comparison_draw_page (data, cr, page->width, page->height);
}

/**
 * pz_comparison_export:
 * @options: the page: A4 (portrait for two, landscape for more) suits
 *
 * Returns: %TRUE if @file was written; else @error says why and no
 *   partial file is left
 */
gboolean
pz_comparison_export (PzComparison          *self,
                      const PzImageOptions  *options,
                      GFile                 *file,
                      gboolean               overwrite,
                      GError               **error)
{
  g_autofree char *names = NULL;
  g_autofree char *title = NULL;
  PzExportPage page;

  g_return_val_if_fail (PZ_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!pz_export_page_init (&page, options, error) || !_pz_export_check_target (file, overwrite, error))
    return FALSE;
  names = pz_comparison_dup_title (self);
  title = g_strdup_printf (_("Comparison: %s"), names);
  return _pz_export_render_page (options, &page, title, NULL, draw_comparison_page, self, NULL,
                                 file, overwrite, error);
}
