/* pz-overlay-layer.c
 *
 * What the map's overlays share: following the viewport, describing it as
 * a PzView for the shared drawing functions, and drawing their part of the
 * map composition with cairo over the whole layer. Each kind of overlay
 * (zones, parks, provinces) is a subclass, as libshumate has one class per
 * kind of layer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-overlay-layer"

#include "config.h"

#include <math.h>

#include "pz-overlay-layer.h"

typedef struct
{
  PzMapComposition *composition;
  guint             n_drawn;
} PzOverlayLayerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PzOverlayLayer, pz_overlay_layer, SHUMATE_TYPE_LAYER)

/**
 * pz_overlay_layer_get_view:
 *
 * Describes what the layer shows now, in the terms the shared drawing
 * functions take.
 */
void
pz_overlay_layer_get_view (PzOverlayLayer *self,
                           PzView         *view)
{
  ShumateViewport *viewport;

  g_return_if_fail (PZ_IS_OVERLAY_LAYER (self));

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  pz_view_init_centered (view,
                         shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                         shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                         shumate_viewport_get_zoom_level (viewport),
                         gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)),
                         gtk_widget_get_scale_factor (GTK_WIDGET (self)));
}

static void
pz_overlay_layer_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  PzOverlayLayer *self = PZ_OVERLAY_LAYER (widget);
  PzOverlayLayerPrivate *priv = pz_overlay_layer_get_instance_private (self);
  cairo_surface_t *recording;
  cairo_t *cr;
  double x, y, w, h;
  PzView view;

  pz_overlay_layer_get_view (self, &view);
  if (priv->composition == NULL || view.width <= 0 || view.height <= 0)
    return;

  /* A cairo node holds an image of its whole rectangle, and the GL
   * renderer a texture copy of it: 2.6 MiB each for a 965×690 map, per
   * layer, for as long as the frame is shown. So the layer is recorded
   * first and only the part it actually inks becomes a node; a layer with
   * nothing to show (no parks, no inset) costs nothing. */
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                              &(cairo_rectangle_t) { 0, 0, view.width, view.height });
  cr = cairo_create (recording);
  priv->n_drawn = PZ_OVERLAY_LAYER_GET_CLASS (self)->draw (self, priv->composition, cr, &view);
  cairo_destroy (cr);

  cairo_recording_surface_ink_extents (recording, &x, &y, &w, &h);
  if (w > 0 && h > 0)
    {
      double x0 = MAX (floor (x), 0), y0 = MAX (floor (y), 0);
      double x1 = MIN (ceil (x + w), view.width), y1 = MIN (ceil (y + h), view.height);

      if (x1 > x0 && y1 > y0)
        {
          cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x0, y0, x1 - x0, y1 - y0));
          cairo_set_source_surface (cr, recording, 0, 0);
          cairo_paint (cr);
          cairo_destroy (cr);
        }
    }
  cairo_surface_destroy (recording);
}

static void
pz_overlay_layer_constructed (GObject *object)
{
  PzOverlayLayer *self = (PzOverlayLayer *)object;
  ShumateViewport *viewport;
  static const char * const signals[] = {
    "notify::latitude", "notify::longitude", "notify::zoom-level", "notify::rotation",
  };

  G_OBJECT_CLASS (pz_overlay_layer_parent_class)->constructed (object);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_connect_object (viewport, signals[i], G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

static void
pz_overlay_layer_dispose (GObject *object)
{
  PzOverlayLayer *self = (PzOverlayLayer *)object;
  PzOverlayLayerPrivate *priv = pz_overlay_layer_get_instance_private (self);

  g_clear_pointer (&priv->composition, pz_map_composition_unref);

  G_OBJECT_CLASS (pz_overlay_layer_parent_class)->dispose (object);
}

static void
pz_overlay_layer_class_init (PzOverlayLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pz_overlay_layer_constructed;
  object_class->dispose = pz_overlay_layer_dispose;
  widget_class->snapshot = pz_overlay_layer_snapshot;
}

static void
pz_overlay_layer_init (PzOverlayLayer *self)
{
  /* Drawing only: clicks and drags belong to the map, which asks the
   * layers what is under the pointer. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

/**
 * pz_overlay_layer_set_composition:
 *
 * Draws @composition from now on; call again after changing it.
 */
void
pz_overlay_layer_set_composition (PzOverlayLayer   *self,
                                  PzMapComposition *composition)
{
  PzOverlayLayerPrivate *priv = pz_overlay_layer_get_instance_private (self);
  PzOverlayLayerClass *klass;

  g_return_if_fail (PZ_IS_OVERLAY_LAYER (self));
  g_return_if_fail (composition != NULL);

  pz_map_composition_ref (composition);
  g_clear_pointer (&priv->composition, pz_map_composition_unref);
  priv->composition = composition;

  klass = PZ_OVERLAY_LAYER_GET_CLASS (self);
  if (klass->update != NULL)
    klass->update (self, composition);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * pz_overlay_layer_get_composition:
 *
 * Returns: (transfer none) (nullable): what the layer draws
 */
PzMapComposition *
pz_overlay_layer_get_composition (PzOverlayLayer *self)
{
  PzOverlayLayerPrivate *priv = pz_overlay_layer_get_instance_private (self);

  g_return_val_if_fail (PZ_IS_OVERLAY_LAYER (self), NULL);

  return priv->composition;
}

/* Symbols drawn in the last frame: what a user actually sees. */
guint
pz_overlay_layer_get_n_drawn (PzOverlayLayer *self)
{
  PzOverlayLayerPrivate *priv = pz_overlay_layer_get_instance_private (self);

  g_return_val_if_fail (PZ_IS_OVERLAY_LAYER (self), 0);

  return priv->n_drawn;
}

/**
 * pz_widget_get_box:
 * @box: (out): @widget's bounds in @relative_to's coordinates
 *
 * Returns: %TRUE if @widget is visible and placed
 */
gboolean
pz_widget_get_box (GtkWidget *widget,
                   GtkWidget *relative_to,
                   PzBox     *box)
{
  graphene_rect_t bounds;

  if (widget == NULL || !gtk_widget_get_visible (widget) || !gtk_widget_compute_bounds (widget, relative_to, &bounds))
    return FALSE;
  *box = (PzBox) { bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height };
  return TRUE;
}

/**
 * pz_widget_child_boxes:
 * @parent: (nullable): a widget whose children sit over the map, e.g. the
 *   map view's overlay
 * @relative_to: the widget whose coordinates the boxes are in
 *
 * Returns: (transfer full): a #PzBox per visible child of @parent that does
 *   not contain @relative_to: the legend, buttons and the like
 */
GArray *
pz_widget_child_boxes (GtkWidget *parent,
                       GtkWidget *relative_to)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (PzBox));

  for (GtkWidget *child = parent != NULL ? gtk_widget_get_first_child (parent) : NULL;
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      PzBox box;

      if (relative_to != child && !gtk_widget_is_ancestor (relative_to, child) &&
          pz_widget_get_box (child, relative_to, &box))
        g_array_append_val (boxes, box);
    }
  return boxes;
}
