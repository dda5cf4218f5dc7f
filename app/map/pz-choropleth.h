/* pz-choropleth.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pz-legend-draw.h"
#include "pz-map-style.h"

G_BEGIN_DECLS

#define PZ_CHOROPLETH_N_CLASSES 5

/* Values per province code, classed into equal "nice" intervals. A
 * province with no value is "no data", which is drawn differently from
 * a known zero. */
typedef struct _PzChoropleth PzChoropleth;

PzChoropleth *pz_choropleth_new            (const char         *title);
PzChoropleth *pz_choropleth_new_zone_counts (GListModel  *all,
                                             GListModel  *shown,
                                             GHashTable  *weights,
                                             const char  *title);
PzChoropleth *pz_choropleth_ref            (PzChoropleth       *self);
void          pz_choropleth_unref          (PzChoropleth       *self);
void          pz_choropleth_set            (PzChoropleth       *self,
                                            const char         *code,
                                            double              value);
gboolean      pz_choropleth_lookup         (const PzChoropleth *self,
                                            const char         *code,
                                            double             *value);
const char   *pz_choropleth_get_title      (const PzChoropleth *self);
int           pz_choropleth_class_of       (const PzChoropleth *self,
                                            double              value);
void          pz_choropleth_class_range    (const PzChoropleth *self,
                                            int                 klass,
                                            double             *low,
                                            double             *high);
void          pz_choropleth_class_color    (int                 klass,
                                            PzColor            *color);
void          pz_choropleth_color          (const PzChoropleth *self,
                                            const char         *code,
                                            PzColor            *color);
void          pz_choropleth_set_title      (PzChoropleth       *self,
                                            const char         *title);
double        pz_choropleth_get_max        (const PzChoropleth *self);
void          pz_choropleth_set_reference_max (PzChoropleth     *self,
                                               double            max);
void          pz_choropleth_legend_init    (PzChoropleth       *self,
                                            PzLegendSpec       *spec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzChoropleth, pz_choropleth_unref)

G_END_DECLS
