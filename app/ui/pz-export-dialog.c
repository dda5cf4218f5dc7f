/* pz-export-dialog.c
 *
 * Export of what the map shows — a copy of its composition, taken when
 * the dialog opens — as an image (format, size, title, decorations) or
 * the zones shown as data. The file is chosen with the portal-friendly
 * file dialog, which also confirms replacing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-export-dialog-private.h"
#include "pz-export.h"
#include "pz-file-chooser.h"
#include "pz-help.h"

enum { SIZE_WINDOW, SIZE_HD, SIZE_4K, SIZE_PAPER, SIZE_CUSTOM };

/* The rows of the size, paper and resolution choices, as the settings
 * name them. */
static const char * const size_names[] = { "window", "hd", "4k", "paper", "custom" };
static const PzPaper paper_choices[] = { PZ_PAPER_A4, PZ_PAPER_A3, PZ_PAPER_A5, PZ_PAPER_LETTER };
static const int dpi_choices[] = { 150, 300, 600 };
static const char * const format_names[] = { "png", "svg", "pdf" };

struct _PzExportDialog
{
  AdwWindow      parent_instance;

  PzMapComposition *map;
  int            window_width;   /* device pixels of the map on screen */
  int            window_height;

  AdwComboRow   *kind_row;
  GtkLabel      *summary_label;
  GtkWidget     *image_group;
  AdwComboRow   *image_format_row;
  AdwComboRow   *size_row;
  GtkDrawingArea *preview;
  AdwComboRow   *paper_row;
  AdwComboRow   *orientation_row;
  AdwComboRow   *dpi_row;
  GSettings     *settings;       /* NULL when the schema is not installed */
  GtkWidget     *width_row;
  GtkWidget     *height_row;
  GtkSpinButton *width_spin;
  GtkSpinButton *height_spin;
  AdwEntryRow   *title_row;
  GtkSwitch     *legend_switch;
  GtkSwitch     *scale_switch;
  GtkSwitch     *north_switch;
  GtkSwitch     *attribution_switch;
  GtkWidget     *data_group;
  AdwComboRow   *data_format_row;
  GtkWidget     *bom_row;
  GtkSwitch     *bom_switch;
};

G_DEFINE_FINAL_TYPE (PzExportDialog, pz_export_dialog, ADW_TYPE_WINDOW)

static gboolean
exporting_data (PzExportDialog *self)
{
  return adw_combo_row_get_selected (self->kind_row) == 1;
}

static void
update_rows (PzExportDialog *self)
{
  gboolean custom = adw_combo_row_get_selected (self->size_row) == SIZE_CUSTOM;
  gboolean paper = adw_combo_row_get_selected (self->size_row) == SIZE_PAPER;
  gboolean png = adw_combo_row_get_selected (self->image_format_row) == PZ_IMAGE_PNG;

  gtk_widget_set_visible (self->image_group, !exporting_data (self));
  gtk_widget_set_visible (self->data_group, exporting_data (self));
  gtk_widget_set_visible (self->width_row, custom);
  gtk_widget_set_visible (self->height_row, custom);
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row), paper);
  gtk_widget_set_visible (GTK_WIDGET (self->orientation_row), paper);
  gtk_widget_set_visible (GTK_WIDGET (self->dpi_row), paper && png);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
  gtk_widget_set_visible (self->bom_row, adw_combo_row_get_selected (self->data_format_row) == PZ_DATA_CSV);
}

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
image_size (PzExportDialog *self,
            int            *width,
            int            *height)
{
  switch (adw_combo_row_get_selected (self->size_row))
    {
    case SIZE_WINDOW:
      *width = self->window_width;
      *height = self->window_height;
      break;
    case SIZE_HD:
      *width = 1920, *height = 1080;
      break;
    case SIZE_4K:
      *width = 3840, *height = 2160;
      break;
    case SIZE_PAPER:
      *width = *height = 0;
      break;
    case SIZE_CUSTOM:
    default:
      *width = gtk_spin_button_get_value_as_int (self->width_spin);
      *height = gtk_spin_button_get_value_as_int (self->height_spin);
    }
}

/* "pilot-zones-batch-5-guangdong-2026-11-23.png": the filter and the date. */
static char *
suggested_name (PzExportDialog *self,
                const char     *extension)
{
  const char *description = pz_map_composition_get_description (self->map);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *ascii = g_str_to_ascii (description != NULL ? description : "", NULL);
  GString *name = g_string_new ("pilot-zones-");

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (name, g_ascii_tolower (*p));
      else if (name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  if (name->str[name->len - 1] != '-')
    g_string_append_c (name, '-');
  g_string_append_printf (name, "%s.%s", date, extension);
  return g_string_free (name, FALSE);
}

static const char *
current_extension (PzExportDialog *self)
{
  static const char * const image[] = { "png", "svg", "pdf" };
  static const char * const data[] = { "csv", "geojson", "gpkg" };

  return exporting_data (self) ? data[adw_combo_row_get_selected (self->data_format_row)]
                               : image[adw_combo_row_get_selected (self->image_format_row)];
}

/* The image options the rows describe; the title points into its row. */
static void
image_options (PzExportDialog *self,
               PzImageOptions *options)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  pz_image_options_init (options);
  options->format = adw_combo_row_get_selected (self->image_format_row);
  image_size (self, &options->width, &options->height);
  options->size_is_frame = adw_combo_row_get_selected (self->size_row) == SIZE_WINDOW;
  if (adw_combo_row_get_selected (self->size_row) == SIZE_PAPER)
    {
      options->paper = paper_choices[MIN (adw_combo_row_get_selected (self->paper_row), G_N_ELEMENTS (paper_choices) - 1)];
      options->landscape = adw_combo_row_get_selected (self->orientation_row) == 0;
      if (options->format == PZ_IMAGE_PNG)
        options->dpi = dpi_choices[MIN (adw_combo_row_get_selected (self->dpi_row), G_N_ELEMENTS (dpi_choices) - 1)];
    }
  options->decorations.legend = gtk_switch_get_active (self->legend_switch);
  options->decorations.scale_bar = gtk_switch_get_active (self->scale_switch);
  options->decorations.north_arrow = gtk_switch_get_active (self->north_switch);
  options->decorations.attribution = gtk_switch_get_active (self->attribution_switch);
  /* The subtitle counts the zones inside the map: the exporter writes it. */
  options->decorations.title = title[0] != '\0' ? title : NULL;
}

/* The page as the export will write it, scaled into the preview. */
static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  PzExportDialog *self = user_data;
  PzImageOptions options;

  if (self->map == NULL)
    return;
  image_options (self, &options);
  pz_export_draw_preview (self->map, &options, cr, width, height);
}

gboolean
_pz_export_dialog_export_to (PzExportDialog  *self,
                             GFile           *file,
                             GError         **error)
{
  GListModel *shown = pz_map_composition_get_zones (self->map);
  PzImageOptions options;

  if (exporting_data (self))
    return pz_export_data (shown, pz_database_get_parks (pz_map_composition_get_database (self->map)),
                           adw_combo_row_get_selected (self->data_format_row),
                           gtk_switch_get_active (self->bom_switch), file, TRUE, error);

  /* The map as the screen shows it: mode, layers, style and view. */
  image_options (self, &options);
  return pz_export_image (self->map, &options, file, TRUE, error);
}

static guint
index_of (const char        *name,
          const char * const names[],
          guint              n)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (name, names[i]) == 0)
      return i;
  return 0;
}

/* The last export's format, page and decorations, for the next one. */
static void
load_settings (PzExportDialog *self)
{
  g_autofree char *format = NULL, *size = NULL, *paper = NULL;
  int dpi;

  if (self->settings == NULL)
    return;
  format = g_settings_get_string (self->settings, "export-format");
  size = g_settings_get_string (self->settings, "export-size");
  paper = g_settings_get_string (self->settings, "export-paper");
  adw_combo_row_set_selected (self->image_format_row, index_of (format, format_names, G_N_ELEMENTS (format_names)));
  adw_combo_row_set_selected (self->size_row, index_of (size, size_names, G_N_ELEMENTS (size_names)));
  for (guint i = 0; i < G_N_ELEMENTS (paper_choices); i++)
    if (g_ascii_strcasecmp (paper, pz_paper_to_name (paper_choices[i])) == 0)
      adw_combo_row_set_selected (self->paper_row, i);
  adw_combo_row_set_selected (self->orientation_row, g_settings_get_boolean (self->settings, "export-landscape") ? 0 : 1);
  dpi = g_settings_get_int (self->settings, "export-dpi");
  for (guint i = 0; i < G_N_ELEMENTS (dpi_choices); i++)
    if (dpi == dpi_choices[i])
      adw_combo_row_set_selected (self->dpi_row, i);
  gtk_switch_set_active (self->legend_switch, g_settings_get_boolean (self->settings, "export-legend"));
  gtk_switch_set_active (self->scale_switch, g_settings_get_boolean (self->settings, "export-scale-bar"));
  gtk_switch_set_active (self->north_switch, g_settings_get_boolean (self->settings, "export-north-arrow"));
  gtk_switch_set_active (self->attribution_switch, g_settings_get_boolean (self->settings, "export-attribution"));
}

static void
save_settings (PzExportDialog *self)
{
  guint paper = MIN (adw_combo_row_get_selected (self->paper_row), G_N_ELEMENTS (paper_choices) - 1);
  guint dpi = MIN (adw_combo_row_get_selected (self->dpi_row), G_N_ELEMENTS (dpi_choices) - 1);

  if (self->settings == NULL || exporting_data (self))
    return;
  g_settings_set_string (self->settings, "export-format",
                         format_names[MIN (adw_combo_row_get_selected (self->image_format_row), 2)]);
  g_settings_set_string (self->settings, "export-size",
                         size_names[MIN (adw_combo_row_get_selected (self->size_row), G_N_ELEMENTS (size_names) - 1)]);
  g_settings_set_string (self->settings, "export-paper", pz_paper_to_name (paper_choices[paper]));
  g_settings_set_boolean (self->settings, "export-landscape", adw_combo_row_get_selected (self->orientation_row) == 0);
  g_settings_set_int (self->settings, "export-dpi", dpi_choices[dpi]);
  g_settings_set_boolean (self->settings, "export-legend", gtk_switch_get_active (self->legend_switch));
  g_settings_set_boolean (self->settings, "export-scale-bar", gtk_switch_get_active (self->scale_switch));
  g_settings_set_boolean (self->settings, "export-north-arrow", gtk_switch_get_active (self->north_switch));
  g_settings_set_boolean (self->settings, "export-attribution", gtk_switch_get_active (self->attribution_switch));
}

static void
finish_export (PzExportDialog *self,
               GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);

  if (!_pz_export_dialog_export_to (self, file, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Failed"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  save_settings (self);
  g_signal_emit (self, signals[EXPORTED], 0, file);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
file_chosen (GFile    *file,
             gpointer  user_data)
{
  finish_export (PZ_EXPORT_DIALOG (user_data), file);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PzExportDialog *self = PZ_EXPORT_DIALOG (widget);
  g_autofree char *name = suggested_name (self, current_extension (self));

  pz_choose_file (GTK_WINDOW (self), TRUE, _("Export"), name, file_chosen, g_object_ref (self), g_object_unref);
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pz_help_show (widget, "export");
}

static void
pz_export_dialog_dispose (GObject *object)
{
  PzExportDialog *self = (PzExportDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_EXPORT_DIALOG);
  g_clear_pointer (&self->map, pz_map_composition_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pz_export_dialog_parent_class)->dispose (object);
}

static void
pz_export_dialog_class_init (PzExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_export_dialog_dispose;

  /**
   * PzExportDialog::exported:
   * @file: the file written
   */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, image_group);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, image_format_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, orientation_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, dpi_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, legend_switch);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, scale_switch);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, north_switch);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, attribution_switch);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, data_group);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, data_format_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, bom_row);
  gtk_widget_class_bind_template_child (widget_class, PzExportDialog, bom_switch);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "export.help", NULL, help_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "export.help", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pz_export_dialog_init (PzExportDialog *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)
                                                     : NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  if (schema != NULL && g_settings_schema_has_key (schema, "export-format"))
    self->settings = g_settings_new (APPLICATION_ID);
  load_settings (self);

  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->size_row, "notify::selected", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->image_format_row, "notify::selected", G_CALLBACK (update_rows), self);
  /* Everything that changes the page redraws the preview. */
  g_signal_connect_swapped (self->paper_row, "notify::selected", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->orientation_row, "notify::selected", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->width_spin, "value-changed", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->height_spin, "value-changed", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->legend_switch, "notify::active", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->scale_switch, "notify::active", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->north_switch, "notify::active", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->attribution_switch, "notify::active", G_CALLBACK (update_rows), self);
  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
  g_signal_connect_swapped (self->data_format_row, "notify::selected", G_CALLBACK (update_rows), self);
}

/**
 * pz_export_dialog_new:
 * @map: (transfer none): what to export; the dialog keeps a reference
 * @window_width: the map's size on screen in device pixels, for "Window"
 * @data: start on zone data rather than the map image
 */
GtkWidget *
pz_export_dialog_new (GtkWindow        *parent,
                      PzMapComposition *map,
                      int               window_width,
                      int               window_height,
                      gboolean          data)
{
  PzExportDialog *self = g_object_new (PZ_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  g_autofree char *title = pz_export_default_title (pz_map_composition_get_description (map));
  g_autofree char *summary = NULL;
  guint shown = g_list_model_get_n_items (pz_map_composition_get_zones (map));

  self->map = pz_map_composition_ref (map);
  self->window_width = window_width;
  self->window_height = window_height;
  adw_combo_row_set_selected (self->kind_row, data ? 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  /* Translators: what will be exported, e.g. "46 shown by the filter" */
  summary = g_strdup_printf (ngettext ("%u shown by the filter", "%u shown by the filter", shown), shown);
  gtk_label_set_text (self->summary_label, summary);
  update_rows (self);
  return GTK_WIDGET (self);
}
