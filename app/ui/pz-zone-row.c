/* pz-zone-row.c
 *
 * A zone in the sidebar list: its marker as drawn on the map, its name
 * and its batch and province.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-zone-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pz-park.h"
#include "pz-zone-draw.h"
#include "pz-zone-row.h"

struct _PzZoneRow
{
  GtkWidget       parent_instance;

  PzZone         *zone;

  GtkDrawingArea *marker;
  GtkLabel       *name_label;
  GtkLabel       *subtitle_label;
};

G_DEFINE_FINAL_TYPE (PzZoneRow, pz_zone_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
draw_marker (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  PzZoneRow *self = user_data;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (self->zone == NULL)
    return;

  pz_draw_marker (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0 - 1.5,
                  pz_zone_get_batch (self->zone), pz_zone_is_ended (self->zone),
                  FALSE, pz_map_style_get (dark));
}

static void
update (PzZoneRow *self)
{
  g_autofree char *place = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  if (self->zone == NULL)
    return;

  /* Translators: list row subtitle, batch number and province */
  place = g_strdup_printf (_("Batch %u · %s"), pz_zone_get_batch (self->zone),
                           pz_zone_get_display_province (self->zone));
  subtitle = pz_parks_append_count (place, pz_zone_get_n_parks (self->zone));
  gtk_label_set_text (self->name_label, pz_zone_get_display_name (self->zone));
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_queue_draw (GTK_WIDGET (self->marker));

  accessible = g_strdup_printf ("%s, %s", pz_zone_get_display_name (self->zone), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
pz_zone_row_dispose (GObject *object)
{
  PzZoneRow *self = (PzZoneRow *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_ZONE_ROW);
  /* A plain GtkWidget owns its children; none may outlive it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->zone);

  G_OBJECT_CLASS (pz_zone_row_parent_class)->dispose (object);
}

static void
pz_zone_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PzZoneRow *self = PZ_ZONE_ROW (object);

  switch (prop_id)
    {
    case PROP_ZONE:
      g_value_set_object (value, self->zone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_zone_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PzZoneRow *self = PZ_ZONE_ROW (object);

  switch (prop_id)
    {
    case PROP_ZONE:
      pz_zone_row_set_zone (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_zone_row_class_init (PzZoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_zone_row_dispose;
  object_class->get_property = pz_zone_row_get_property;
  object_class->set_property = pz_zone_row_set_property;

  properties[PROP_ZONE] =
    g_param_spec_object ("zone", NULL, NULL, PZ_TYPE_ZONE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-zone-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PzZoneRow, marker);
  gtk_widget_class_bind_template_child (widget_class, PzZoneRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneRow, subtitle_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pz_zone_row_init (PzZoneRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->marker, draw_marker, self, NULL);
}

/**
 * pz_zone_row_get_zone:
 *
 * Returns: (transfer none) (nullable): the zone shown
 */
PzZone *
pz_zone_row_get_zone (PzZoneRow *self)
{
  g_return_val_if_fail (PZ_IS_ZONE_ROW (self), NULL);

  return self->zone;
}

void
pz_zone_row_set_zone (PzZoneRow *self,
                      PzZone    *zone)
{
  g_return_if_fail (PZ_IS_ZONE_ROW (self));

  if (g_set_object (&self->zone, zone))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZONE]);
    }
}
