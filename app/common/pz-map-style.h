/* pz-map-style.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} PzColor;

typedef struct
{
  const char *id;
  PzColor     sea;
  PzColor     land;
  PzColor     china;
  PzColor     province_line;
  PzColor     border_line;
  PzColor     coast_line;
  PzColor     label;
  PzColor     label_halo;
  PzColor     marker_outline;
  PzColor     marker_ended_fill;
  PzColor     selection;
  PzColor     park;          /* park symbols: outline, and fill when sited */
  PzColor     panel;
  PzColor     panel_text;
  PzColor     river;         /* context: rivers, lake shores */
  PzColor     urban;         /* context: built-up areas */
} PzMapStyle;

const PzMapStyle *pz_map_style_get         (gboolean        dark);
void              pz_batch_color           (guint           batch,
                                            PzColor        *color);
void              pz_cairo_set_color       (cairo_t        *cr,
                                            const PzColor  *color);
PangoLayout      *pz_cairo_text_layout     (cairo_t        *cr,
                                            const char     *font_name,
                                            const char     *text);
void              pz_cairo_layout_set_text (PangoLayout    *layout,
                                            const char     *text);

typedef void (*PzTextSink) (cairo_t     *cr,
                            PangoLayout *layout,
                            gpointer     data);

void              pz_cairo_set_text_sink   (cairo_surface_t *surface,
                                            PzTextSink      sink,
                                            gpointer        data);
void              pz_cairo_show_layout     (cairo_t        *cr,
                                            PangoLayout    *layout);

G_END_DECLS
