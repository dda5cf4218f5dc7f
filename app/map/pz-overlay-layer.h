/* pz-overlay-layer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "pz-label-placer.h"
#include "pz-map-composition.h"
#include "pz-view.h"

G_BEGIN_DECLS

#define PZ_TYPE_OVERLAY_LAYER (pz_overlay_layer_get_type())

G_DECLARE_DERIVABLE_TYPE (PzOverlayLayer, pz_overlay_layer, PZ, OVERLAY_LAYER, ShumateLayer)

struct _PzOverlayLayerClass
{
  ShumateLayerClass parent_class;

  /* Called when the composition is set or changed, before the redraw. */
  void  (*update) (PzOverlayLayer   *self,
                   PzMapComposition *composition);
  /* Draws the layer's part of @composition; returns the symbols drawn. */
  guint (*draw)   (PzOverlayLayer   *self,
                   PzMapComposition *composition,
                   cairo_t          *cr,
                   const PzView     *view);
};

void              pz_overlay_layer_set_composition (PzOverlayLayer   *self,
                                                    PzMapComposition *composition);
PzMapComposition *pz_overlay_layer_get_composition (PzOverlayLayer   *self);
void              pz_overlay_layer_get_view        (PzOverlayLayer   *self,
                                                    PzView           *view);
guint             pz_overlay_layer_get_n_drawn     (PzOverlayLayer   *self);
gboolean          pz_widget_get_box                (GtkWidget        *widget,
                                                    GtkWidget        *relative_to,
                                                    PzBox            *box);
GArray           *pz_widget_child_boxes            (GtkWidget        *parent,
                                                    GtkWidget        *relative_to);

G_END_DECLS
