/* pz-import-dialog.c
 *
 * The preview of an enterprise list before it is imported: the detected
 * encoding, which column is what (changeable), the first rows, and how
 * many rows match a zone — with every left-out row by line and reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-help.h"
#include "pz-import-dialog.h"
#include "pz-import.h"

#define PREVIEW_ROWS 6

struct _PzImportDialog
{
  AdwWindow        parent_instance;

  PzDatabase      *database;
  PzUserDatabase  *user_database;
  char            *file_name;
  PzCsv           *csv;
  PzImportResult  *result;

  GtkLabel        *encoding_label;
  AdwPreferencesGroup *file_group;
  AdwComboRow     *rows[PZ_IMPORT_N_FIELDS];
  GtkGrid         *preview_grid;
  GtkLabel        *summary_label;
  GtkLabel        *problems_label;
};

G_DEFINE_FINAL_TYPE (PzImportDialog, pz_import_dialog, ADW_TYPE_WINDOW)

static void
current_mapping (PzImportDialog  *self,
                 PzImportMapping *mapping)
{
  /* Entry 0 of each list is "None"; entry i + 1 is column i. */
  for (guint f = 0; f < PZ_IMPORT_N_FIELDS; f++)
    mapping->columns[f] = (int) adw_combo_row_get_selected (self->rows[f]) - 1;
}

static void
rematch (PzImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *problems = NULL;
  PzImportMapping mapping;

  current_mapping (self, &mapping);
  g_clear_pointer (&self->result, pz_import_result_free);

  if (!pz_import_check_mapping (&mapping, &error))
    {
      gtk_label_set_text (self->summary_label, error->message);
      gtk_label_set_text (self->problems_label, "");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", FALSE);
      return;
    }

  self->result = pz_import_match (self->csv, &mapping, pz_database_get_zones (self->database));
  /* Translators: import preview, e.g. "97 rows match a zone; 3 are left out" */
  summary = g_strdup_printf (ngettext ("%u row matches a zone; %u left out", "%u rows match a zone; %u left out",
                                       self->result->rows->len),
                             self->result->rows->len, self->result->problems->len);
  problems = pz_import_describe (self->result);
  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->problems_label, g_strstrip (problems));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import",
                                 self->result->rows->len > 0 && self->user_database != NULL);
}

static void
fill_preview (PzImportDialog *self)
{
  guint n_columns = g_strv_length (self->csv->header);

  for (guint c = 0; c < n_columns; c++)
    {
      GtkWidget *header = gtk_label_new (self->csv->header[c]);

      gtk_widget_add_css_class (header, "heading");
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_grid_attach (self->preview_grid, header, (int) c, 0, 1, 1);
    }

  for (guint r = 0; r < MIN (PREVIEW_ROWS, self->csv->records->len); r++)
    {
      GStrv record = g_ptr_array_index (self->csv->records, r);

      for (guint c = 0; c < n_columns && record[c] != NULL; c++)
        {
          GtkWidget *cell = gtk_label_new (record[c]);

          gtk_label_set_xalign (GTK_LABEL (cell), 0);
          gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (cell), 24);
          gtk_grid_attach (self->preview_grid, cell, (int) c, (int) r + 1, 1, 1);
        }
    }
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PzImportDialog *self = PZ_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->result == NULL ||
      pz_user_database_add_import (self->user_database, self->file_name, self->result->rows, &error) == 0)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Import Failed"),
                                                  error != NULL ? error->message : NULL);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  /* The window's panels and map follow the user database's "changed". */
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pz_import_dialog_dispose (GObject *object)
{
  PzImportDialog *self = (PzImportDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->database);
  g_clear_object (&self->user_database);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->csv, pz_csv_free);
  g_clear_pointer (&self->result, pz_import_result_free);

  G_OBJECT_CLASS (pz_import_dialog_parent_class)->dispose (object);
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pz_help_show (widget, "import");
}

static void
pz_import_dialog_class_init (PzImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, encoding_label);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, file_group);
  gtk_widget_class_bind_template_child_full (widget_class, "name_row", FALSE,
                                             G_STRUCT_OFFSET (PzImportDialog, rows[PZ_IMPORT_NAME]));
  gtk_widget_class_bind_template_child_full (widget_class, "place_row", FALSE,
                                             G_STRUCT_OFFSET (PzImportDialog, rows[PZ_IMPORT_PLACE]));
  gtk_widget_class_bind_template_child_full (widget_class, "latitude_row", FALSE,
                                             G_STRUCT_OFFSET (PzImportDialog, rows[PZ_IMPORT_LATITUDE]));
  gtk_widget_class_bind_template_child_full (widget_class, "longitude_row", FALSE,
                                             G_STRUCT_OFFSET (PzImportDialog, rows[PZ_IMPORT_LONGITUDE]));
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, problems_label);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "import.help", NULL, help_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "import.help", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pz_import_dialog_init (PzImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pz_import_dialog_new:
 * @user_database: (nullable): where to import; without it the preview
 *   still shows, and importing is disabled
 * @csv: (transfer full): the parsed file
 */
GtkWidget *
pz_import_dialog_new (GtkWindow      *parent,
                      PzDatabase     *database,
                      PzUserDatabase *user_database,
                      const char     *file_name,
                      PzCsv          *csv)
{
  PzImportDialog *self = g_object_new (PZ_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GtkStringList) columns = gtk_string_list_new (NULL);
  PzImportMapping mapping;

  self->database = g_object_ref (database);
  self->user_database = user_database != NULL ? g_object_ref (user_database) : NULL;
  self->file_name = g_strdup (file_name);
  self->csv = csv;

  adw_preferences_group_set_description (self->file_group, file_name);
  gtk_label_set_text (self->encoding_label, csv->encoding);

  gtk_string_list_append (columns, _("None"));
  for (guint c = 0; csv->header[c] != NULL; c++)
    gtk_string_list_append (columns, csv->header[c]);

  pz_import_guess_mapping (csv, &mapping);
  for (guint f = 0; f < PZ_IMPORT_N_FIELDS; f++)
    {
      adw_combo_row_set_model (self->rows[f], G_LIST_MODEL (columns));
      adw_combo_row_set_selected (self->rows[f], (guint) (mapping.columns[f] + 1));
      g_signal_connect_swapped (self->rows[f], "notify::selected", G_CALLBACK (rematch), self);
    }

  fill_preview (self);
  rematch (self);
  return GTK_WIDGET (self);
}
