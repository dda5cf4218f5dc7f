/* pz-compare-view.c
 *
 * One to four provinces or zones side by side: a small map of each, a
 * province's zones by batch or a zone's batch, approval and document,
 * the parks, the published figures with their years and sources, and
 * the enterprises imported into the zones. With one province it is that
 * province's details. Export… writes the same comparison on a page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-compare-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-batch.h"
#include "pz-compare-view.h"
#include "pz-file-chooser.h"
#include "pz-figure-row.h"

struct _PzCompareView
{
  AdwWindow        parent_instance;

  PzDatabase      *database;
  PzUserDatabase  *user_database;
  PzComparison    *comparison;

  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  GtkBox          *columns;
};

G_DEFINE_FINAL_TYPE (PzCompareView, pz_compare_view, ADW_TYPE_WINDOW)

typedef struct
{
  PzComparison *comparison;
  guint         index;
} MapData;

static void
draw_map (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  MapData *data = user_data;

  pz_comparison_draw_map (data->comparison, data->index, cr, width, height,
                          gtk_widget_get_scale_factor (GTK_WIDGET (area)),
                          adw_style_manager_get_dark (adw_style_manager_get_default ()));
}

static void
map_data_free (gpointer data)
{
  g_object_unref (((MapData *) data)->comparison);
  g_free (data);
}

static GtkWidget *
value_row (const char *title,
           const char *value,
           gboolean    numeric)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value != NULL ? value : _("No data"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (value == NULL)
    gtk_widget_add_css_class (label, "dim-label");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static GtkWidget *
count_row (const char *title,
           guint       count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  return value_row (title, text, TRUE);
}

static GtkWidget *
group_new (const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  return group;
}

static void
group_add (GtkWidget *group,
           GtkWidget *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* The province's own published figures or the zone's, each with its year
 * and source. */
static GtkWidget *
figures_group (PzCompareView *self,
               guint          index)
{
  GtkWidget *group = group_new (_("Published Figures"));
  GListModel *figures = pz_comparison_get_figures (self->comparison, index);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(PzIndicator) figure = g_list_model_get_item (figures, i);

      group_add (group, pz_figure_row_new (self->database, figure, pz_indicator_get_label (figure)));
    }
  if (g_list_model_get_n_items (figures) == 0)
    group_add (group, pz_text_row_new (_("Published figures"), NULL));
  return group;
}

static GtkWidget *
zones_group (PzCompareView *self,
             guint          index)
{
  GListModel *batches = pz_database_get_batches (self->database);
  GtkWidget *group = group_new (_("Zones"));

  group_add (group, count_row (_("All zones"),
                               g_list_model_get_n_items (pz_comparison_get_zones (self->comparison, index))));
  for (guint i = 0; i < g_list_model_get_n_items (batches); i++)
    {
      g_autoptr(PzBatch) batch = g_list_model_get_item (batches, i);
      guint number = pz_batch_get_number (batch);
      g_autofree char *label = NULL;

      if (!pz_comparison_batch_shown (self->comparison, number))
        continue;
      /* Translators: a batch of zones and the year it was approved */
      label = g_strdup_printf (_("Batch %u (%u)"), number, pz_batch_get_year (batch));
      group_add (group, count_row (label, pz_comparison_get_n_in_batch (self->comparison, index, number)));
    }
  return group;
}

static GtkWidget *
zone_group (PzZone *zone)
{
  GtkWidget *group = group_new (_("Zone"));

  group_add (group, value_row (_("Province"), pz_zone_get_display_province (zone), FALSE));
  group_add (group, count_row (_("Batch"), pz_zone_get_batch (zone)));
  group_add (group, value_row (_("Approved"), pz_zone_get_text (zone, PZ_ZONE_APPROVED), FALSE));
  group_add (group, value_row (_("Document"), pz_zone_get_text (zone, PZ_ZONE_DOCUMENT), FALSE));
  group_add (group, value_row (_("Status"), pz_zone_is_ended (zone) ? _("Ended") : _("In force"), FALSE));
  return group;
}

static GtkWidget *
column_new (PzCompareView *self,
            guint          index)
{
  PzZone *zone = pz_comparison_get_zone (self->comparison, index);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (pz_comparison_get_name (self->comparison, index));
  GtkWidget *map = gtk_drawing_area_new ();
  GtkWidget *more = group_new (NULL);
  MapData *data = g_new0 (MapData, 1);
  guint n_imported;

  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_box_append (GTK_BOX (column), title);

  data->comparison = g_object_ref (self->comparison);
  data->index = index;
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (map), 220);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (map), draw_map, data, map_data_free);
  gtk_widget_add_css_class (map, "card");
  gtk_widget_set_overflow (map, GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  zone != NULL ? _("Map of the zone in its province")
                                               : _("Map of the province and its zones"), -1);
  gtk_box_append (GTK_BOX (column), map);

  gtk_box_append (GTK_BOX (column), zone != NULL ? zone_group (zone) : zones_group (self, index));
  group_add (more, count_row (_("Parks"), pz_comparison_get_n_parks (self->comparison, index)));
  if (pz_comparison_get_imported (self->comparison, index, &n_imported))
    group_add (more, count_row (_("Imported enterprises"), n_imported));
  gtk_box_append (GTK_BOX (column), more);
  gtk_box_append (GTK_BOX (column), figures_group (self, index));
  return column;
}

static void
rebuild (PzCompareView *self)
{
  guint n = pz_comparison_get_n_items (self->comparison);
  g_autofree char *names = pz_comparison_dup_title (self->comparison);
  gboolean zones = n > 0;

  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self->columns)));)
    gtk_box_remove (self->columns, child);
  for (guint i = 0; i < n; i++)
    {
      gtk_box_append (self->columns, column_new (self, i));
      zones = zones && pz_comparison_get_zone (self->comparison, i) != NULL;
    }

  if (n == 1)
    {
      adw_window_title_set_title (self->window_title, names);
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), names);
      return;
    }
  adw_window_title_set_title (self->window_title, zones ? _("Compare Zones") : _("Compare Provinces"));
  adw_window_title_set_subtitle (self->window_title, names);
  gtk_window_set_title (GTK_WINDOW (self), zones ? _("Compare Zones") : _("Compare Provinces"));
}

static void
export_chosen (GFile    *file,
               gpointer  user_data)
{
  PzCompareView *self = PZ_COMPARE_VIEW (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;

  /* The file chooser has asked before replacing a file. */
  if (!pz_compare_view_export_to (self, file, TRUE, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Failed"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  text = g_strdup_printf (_("Exported “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PzCompareView *self = PZ_COMPARE_VIEW (widget);
  g_autofree char *names = pz_comparison_dup_title (self->comparison);
  g_auto(GStrv) words = g_strsplit (names, _(" · "), -1);
  g_autofree char *joined = g_strjoinv (" – ", words);
  g_autofree char *name = g_strdup_printf ("%s.pdf", joined);

  pz_choose_file (GTK_WINDOW (self), TRUE, _("Export Comparison"), name, export_chosen,
                  g_object_ref (self), g_object_unref);
}

static void
pz_compare_view_dispose (GObject *object)
{
  PzCompareView *self = PZ_COMPARE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_COMPARE_VIEW);
  g_clear_object (&self->comparison);
  g_clear_object (&self->user_database);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pz_compare_view_parent_class)->dispose (object);
}

static void
pz_compare_view_class_init (PzCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_compare_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PzCompareView, window_title);
  gtk_widget_class_bind_template_child (widget_class, PzCompareView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PzCompareView, columns);
  gtk_widget_class_install_action (widget_class, "compare.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "compare.export", NULL);
}

static void
pz_compare_view_init (PzCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* An import added or removed, here or by another process: the same
 * provinces or zones, counted again. */
static void
imports_changed (PzCompareView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < pz_comparison_get_n_items (self->comparison); i++)
    g_strv_builder_add (builder, pz_comparison_get_id (self->comparison, i));
  ids = g_strv_builder_end (builder);
  pz_compare_view_set_ids (self, (const char * const *) ids);
}

/**
 * pz_compare_view_new:
 * @user_database: (nullable): the user's imported enterprises
 * @ids: one to %PZ_COMPARE_MAX_ITEMS province codes or zone ids; more
 *   are left out
 *
 * Returns: (transfer none): a window comparing them
 */
GtkWidget *
pz_compare_view_new (GtkWindow          *parent,
                     PzDatabase         *database,
                     PzUserDatabase     *user_database,
                     const char * const *ids)
{
  PzCompareView *self;

  g_return_val_if_fail (PZ_IS_DATABASE (database), NULL);
  g_return_val_if_fail (ids != NULL, NULL);

  self = g_object_new (PZ_TYPE_COMPARE_VIEW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  if (user_database != NULL)
    {
      self->user_database = g_object_ref (user_database);
      g_signal_connect_object (user_database, "changed", G_CALLBACK (imports_changed), self, G_CONNECT_SWAPPED);
    }
  pz_compare_view_set_ids (self, ids);
  return GTK_WIDGET (self);
}

/**
 * pz_compare_view_set_ids:
 * @ids: province codes or zone ids
 *
 * Compares @ids instead, counted again now.
 */
void
pz_compare_view_set_ids (PzCompareView      *self,
                         const char * const *ids)
{
  GHashTable *imported;

  g_return_if_fail (PZ_IS_COMPARE_VIEW (self));
  g_return_if_fail (ids != NULL);

  imported = self->user_database != NULL ? pz_user_database_get_counts_by_zone (self->user_database) : NULL;
  g_clear_object (&self->comparison);
  self->comparison = pz_comparison_new (self->database, imported, ids);
  rebuild (self);
}

/**
 * pz_compare_view_get_comparison:
 *
 * Returns: (transfer none): what the window compares
 */
PzComparison *
pz_compare_view_get_comparison (PzCompareView *self)
{
  g_return_val_if_fail (PZ_IS_COMPARE_VIEW (self), NULL);

  return self->comparison;
}

/**
 * pz_compare_view_export_to:
 * @file: a .png file, or a PDF under any other name
 *
 * Writes the comparison on an A4 page: portrait for two, landscape for
 * three or four.
 *
 * Returns: %TRUE if @file was written; else @error says why
 */
gboolean
pz_compare_view_export_to (PzCompareView  *self,
                           GFile          *file,
                           gboolean        overwrite,
                           GError        **error)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  PzImageOptions options;

  g_return_val_if_fail (PZ_IS_COMPARE_VIEW (self), FALSE);

  name = g_file_get_basename (file);
  lower = g_ascii_strdown (name != NULL ? name : "", -1);
  pz_image_options_init (&options);
  options.format = g_str_has_suffix (lower, ".png") ? PZ_IMAGE_PNG : PZ_IMAGE_PDF;
  options.paper = PZ_PAPER_A4;
  options.landscape = pz_comparison_get_n_items (self->comparison) > 2;
  return pz_comparison_export (self->comparison, &options, file, overwrite, error);
}
