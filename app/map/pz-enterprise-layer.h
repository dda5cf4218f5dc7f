/* pz-enterprise-layer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-overlay-layer.h"

G_BEGIN_DECLS

#define PZ_TYPE_ENTERPRISE_LAYER (pz_enterprise_layer_get_type())

G_DECLARE_FINAL_TYPE (PzEnterpriseLayer, pz_enterprise_layer, PZ, ENTERPRISE_LAYER, PzOverlayLayer)

PzEnterpriseLayer *pz_enterprise_layer_new        (ShumateViewport   *viewport);
GArray            *pz_enterprise_layer_query      (PzEnterpriseLayer *self);
gboolean           pz_enterprise_layer_cluster_at (PzEnterpriseLayer *self,
                                                   double             x,
                                                   double             y,
                                                   PzCluster         *cluster,
                                                   double            *expansion_zoom);

G_END_DECLS
