/* pz-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "pz-map-style.h"

G_BEGIN_DECLS

typedef enum
{
  PZ_CHART_BARS,
  PZ_CHART_LINE,
} PzChartKind;

/* Chart data: labelled values, a title, a unit and a source line. Drawn
 * with cairo by one function, for the statistics view and for export. */
typedef struct _PzChart PzChart;

PzChart    *pz_chart_new           (PzChartKind       kind,
                                    const char       *title);
PzChart    *pz_chart_ref           (PzChart          *self);
void        pz_chart_unref         (PzChart          *self);
void        pz_chart_set_unit      (PzChart          *self,
                                    const char       *unit);
void        pz_chart_set_source    (PzChart          *self,
                                    const char       *source);
void        pz_chart_add           (PzChart          *self,
                                    const char       *label,
                                    double            value,
                                    const PzColor    *color);
const char *pz_chart_get_title     (PzChart          *self);
guint       pz_chart_get_n_items   (PzChart          *self);
double      pz_chart_get_value     (PzChart          *self,
                                    guint             index);
char       *pz_chart_describe      (PzChart          *self);
void        pz_chart_get_plot_area (double            width,
                                    double            height,
                                    double           *x,
                                    double           *y,
                                    double           *plot_width,
                                    double           *plot_height);
double      pz_chart_get_item_x    (PzChart          *self,
                                    guint             index,
                                    double            width,
                                    double            height);
void        pz_chart_draw          (PzChart          *self,
                                    cairo_t          *cr,
                                    double            width,
                                    double            height,
                                    const PzMapStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzChart, pz_chart_unref)

G_END_DECLS
