/* pz-zone-details.c
 *
 * The side panel that tells what a zone is: names, province, batch,
 * approval, document, location and where each fact comes from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-zone-details"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-batch.h"
#include "pz-zone-details.h"

struct _PzZoneDetails
{
  GtkWidget   parent_instance;

  PzZone     *zone;
  GListModel *batches;
  GListModel *zones;

  GtkLabel   *name_label;
  GtkLabel   *other_name_label;
  GtkLabel   *province_label;
  GtkLabel   *batch_label;
  GtkLabel   *approved_label;
  GtkLabel   *document_label;
  GtkLabel   *status_label;
  GtkLabel   *coordinates_label;
  GtkLabel   *coord_source_label;
  GtkLabel   *note_label;
  GtkWidget  *note_row;
  GtkWidget  *source_button;
  GtkWidget  *source2_button;
};

G_DEFINE_FINAL_TYPE (PzZoneDetails, pz_zone_details, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Unknown facts read "No data", never an empty or invented value. */
static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : _("No data"));
}

static PzBatch *
find_batch (PzZoneDetails *self,
            guint          number)
{
  guint n = self->batches != NULL ? g_list_model_get_n_items (self->batches) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzBatch) batch = g_list_model_get_item (self->batches, i);

      if (pz_batch_get_number (batch) == number)
        return g_steal_pointer (&batch);
    }
  return NULL;
}

static PzZone *
find_zone (PzZoneDetails *self,
           const char    *id)
{
  guint n = self->zones != NULL ? g_list_model_get_n_items (self->zones) : 0;

  for (guint i = 0; i < n && id != NULL; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (self->zones, i);

      if (g_strcmp0 (pz_zone_get_id (zone), id) == 0)
        return g_steal_pointer (&zone);
    }
  return NULL;
}

static char *
format_status (PzZoneDetails *self,
               PzZone        *zone)
{
  const char *ended = pz_zone_get_text (zone, PZ_ZONE_ENDED);
  g_autoptr(PzZone) successor = NULL;

  if (ended == NULL)
    return g_strdup (_("In force"));

  successor = find_zone (self, pz_zone_get_text (zone, PZ_ZONE_SUCCESSOR));
  if (successor != NULL)
    /* Translators: status of a zone, e.g. "Merged into Hainan on 2025-04-…" */
    return g_strdup_printf (_("Merged into %s on %s"), pz_zone_get_display_name (successor), ended);
  return g_strdup_printf (_("Ended on %s"), ended);
}

static void
set_source (GtkWidget  *button,
            const char *uri)
{
  gtk_widget_set_visible (button, uri != NULL);
  if (uri != NULL)
    {
      gtk_link_button_set_uri (GTK_LINK_BUTTON (button), uri);
      gtk_widget_set_tooltip_text (button, uri);
    }
}

static void
update (PzZoneDetails *self)
{
  PzZone *zone = self->zone;
  g_autoptr(PzBatch) batch = NULL;
  g_autofree char *batch_text = NULL;
  g_autofree char *status = NULL;
  g_autofree char *coordinates = NULL;
  const char *note;

  if (zone == NULL)
    return;

  batch = find_batch (self, pz_zone_get_batch (zone));
  if (batch != NULL && pz_batch_get_year (batch) > 0)
    /* Translators: batch number and the year it was approved */
    batch_text = g_strdup_printf (_("%u (%u)"), pz_zone_get_batch (zone), pz_batch_get_year (batch));
  else
    batch_text = g_strdup_printf ("%u", pz_zone_get_batch (zone));

  if (pz_zone_has_location (zone))
    coordinates = g_strdup_printf ("%.4f° %s, %.4f° %s",
                                   fabs (pz_zone_get_latitude (zone)),
                                   pz_zone_get_latitude (zone) >= 0 ? _("N") : _("S"),
                                   fabs (pz_zone_get_longitude (zone)),
                                   pz_zone_get_longitude (zone) >= 0 ? _("E") : _("W"));

  status = format_status (self, zone);
  note = pz_zone_get_text (zone, PZ_ZONE_NOTE);

  set_text (self->name_label, pz_zone_get_display_name (zone));
  set_text (self->other_name_label, pz_zone_get_other_name (zone));
  set_text (self->province_label, pz_zone_get_display_province (zone));
  set_text (self->batch_label, batch_text);
  set_text (self->approved_label, pz_zone_get_text (zone, PZ_ZONE_APPROVED));
  set_text (self->document_label, pz_zone_get_text (zone, PZ_ZONE_DOCUMENT));
  set_text (self->status_label, status);
  set_text (self->coordinates_label, coordinates);
  set_text (self->coord_source_label, pz_zone_get_text (zone, PZ_ZONE_COORD_SOURCE));
  set_text (self->note_label, note);
  gtk_widget_set_visible (self->note_row, note != NULL);
  set_source (self->source_button, pz_zone_get_text (zone, PZ_ZONE_SOURCE_URL));
  set_source (self->source2_button, pz_zone_get_text (zone, PZ_ZONE_SOURCE2_URL));
}

static void
pz_zone_details_dispose (GObject *object)
{
  PzZoneDetails *self = (PzZoneDetails *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_ZONE_DETAILS);
  /* A plain GtkWidget owns its children; none may outlive it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->zone);
  g_clear_object (&self->batches);
  g_clear_object (&self->zones);

  G_OBJECT_CLASS (pz_zone_details_parent_class)->dispose (object);
}

static void
pz_zone_details_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PzZoneDetails *self = PZ_ZONE_DETAILS (object);

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
pz_zone_details_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PzZoneDetails *self = PZ_ZONE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_ZONE:
      pz_zone_details_set_zone (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_zone_details_class_init (PzZoneDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_zone_details_dispose;
  object_class->get_property = pz_zone_details_get_property;
  object_class->set_property = pz_zone_details_set_property;

  properties[PROP_ZONE] =
    g_param_spec_object ("zone", NULL, NULL, PZ_TYPE_ZONE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-zone-details.ui");
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, name_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, other_name_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, province_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, batch_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, approved_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, document_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, status_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, coordinates_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, coord_source_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, note_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, note_row);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, source_button);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, source2_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "zonedetails");
}

static void
pz_zone_details_init (PzZoneDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pz_zone_details_get_zone:
 *
 * Returns: (transfer none) (nullable): the zone shown
 */
PzZone *
pz_zone_details_get_zone (PzZoneDetails *self)
{
  g_return_val_if_fail (PZ_IS_ZONE_DETAILS (self), NULL);

  return self->zone;
}

void
pz_zone_details_set_zone (PzZoneDetails *self,
                          PzZone        *zone)
{
  g_return_if_fail (PZ_IS_ZONE_DETAILS (self));
  g_return_if_fail (zone == NULL || PZ_IS_ZONE (zone));

  if (g_set_object (&self->zone, zone))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZONE]);
    }
}

/* The batches give the approval year; the zones resolve successors. */
void
pz_zone_details_set_batches (PzZoneDetails *self,
                             GListModel    *batches)
{
  g_return_if_fail (PZ_IS_ZONE_DETAILS (self));

  g_set_object (&self->batches, batches);
  update (self);
}

void
pz_zone_details_set_zones (PzZoneDetails *self,
                           GListModel    *zones)
{
  g_return_if_fail (PZ_IS_ZONE_DETAILS (self));

  g_set_object (&self->zones, zones);
  update (self);
}
