/* pz-legend-draw.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "pz-map-style.h"

G_BEGIN_DECLS

/* A legend: a title over rows of swatch and text. Each kind of legend
 * (batches, choropleth classes) describes its rows; drawing and measuring
 * are shared. The compact form puts the rows side by side on one line,
 * with their short text when the kind has one, so that a legend over a
 * small map hides little of it. */
typedef struct
{
  const char  *title;
  guint        n_rows;
  char      *(*row_text)   (guint             row,
                            gpointer          data);
  char      *(*row_short_text) (guint         row,
                                gpointer      data);  /* optional; none: no compact form */
  void       (*draw_swatch) (cairo_t          *cr,
                             double            x,
                             double            y,
                             double            size,
                             guint             row,
                             const PzMapStyle *style,
                             gpointer          data);
  gpointer     data;
} PzLegendSpec;

void pz_legend_spec_measure (const PzLegendSpec *spec,
                             cairo_t            *cr,
                             gboolean            compact,
                             double             *width,
                             double             *height);
void pz_legend_spec_draw    (const PzLegendSpec *spec,
                             cairo_t            *cr,
                             gboolean            compact,
                             const PzMapStyle   *style);

G_END_DECLS
