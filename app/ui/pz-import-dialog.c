/* pz-import-dialog.c
 *
 * The preview of an enterprise list before it is imported. The summary
 * comes first: how many rows match a zone (by name, by coordinates) and
 * how many are left out, or why Import is greyed. Below: which column is
 * what (changeable), the rows left out by line and reason, the first rows
 * and the detected encoding.
 *
 * Only the head of the file is read here; the whole file is checked, and
 * later imported, by the streaming engine on a worker thread, with a
 * progress bar and a button to cancel. A new mapping cancels the check
 * under way and starts another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-help.h"
#include "pz-import-dialog.h"
#include "pz-import-job.h"
#include "pz-import-problems.h"
#include "pz-imports-window.h"
#include "pz-locale.h"

#define PREVIEW_ROWS 6

typedef enum
{
  STATE_IDLE,       /* no check: the mapping is incomplete, or the check failed */
  STATE_CHECKING,
  STATE_CHECKED,
  STATE_IMPORTING,
} State;

struct _PzImportDialog
{
  AdwWindow        parent_instance;

  PzDatabase      *database;
  PzUserDatabase  *user_database;
  char            *user_database_error;  /* why there is none */
  GFile           *file;
  char            *file_name;
  PzCsv           *csv;                   /* the head */

  State            state;
  guint            generation;            /* of the job under way; older jobs are ignored */
  GCancellable    *cancellable;
  PzImportSummary *check;
  char            *problem;               /* the mapping's or the check's, in words */

  GtkButton       *import_button;
  GtkLabel        *summary_label;
  GtkBox          *progress_box;
  GtkProgressBar  *progress_bar;
  GtkButton       *stop_button;
  GtkLabel        *reason_label;
  GtkLabel        *error_label;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *problems_group;
  GtkWidget       *problem_list;
  GtkLabel        *encoding_label;
  AdwPreferencesGroup *file_group;
  AdwComboRow     *rows[PZ_IMPORT_N_FIELDS];
  GtkGrid         *preview_grid;
};

G_DEFINE_FINAL_TYPE (PzImportDialog, pz_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* One check or import: the dialog, and which of its jobs this is. */
typedef struct
{
  PzImportDialog *self;
  guint           generation;
} Job;

static Job *
job_new (PzImportDialog *self)
{
  Job *job = g_new0 (Job, 1);

  job->self = g_object_ref (self);
  job->generation = self->generation;
  return job;
}

static void
job_free (gpointer data)
{
  Job *job = data;

  g_object_unref (job->self);
  g_free (job);
}

static gboolean
job_is_current (Job *job)
{
  return job->generation == job->self->generation && job->self->database != NULL;
}

static void
current_mapping (PzImportDialog  *self,
                 PzImportMapping *mapping)
{
  /* Entry 0 of each list is "None"; entry i + 1 is column i. */
  for (guint f = 0; f < PZ_IMPORT_N_FIELDS; f++)
    mapping->columns[f] = (int) adw_combo_row_get_selected (self->rows[f]) - 1;
}

/* "4,998 of 5,012 rows match a zone — 4,100 by name, 898 by coordinates;
 * 14 left out", with the locale's numbers. */
static char *
describe_summary (const PzImportSummary *summary)
{
  g_autofree char *rows = pz_locale_format_count (summary->n_rows);
  g_autofree char *matched = pz_locale_format_count (summary->n_imported);
  g_autofree char *by_name = pz_locale_format_count (summary->n_by_name);
  g_autofree char *by_location = pz_locale_format_count (summary->n_by_location);
  g_autofree char *left_out = pz_locale_format_count (summary->n_left_out);

  if (summary->n_rows == 0)
    return g_strdup (_("The file has a header but no rows."));
  if (summary->n_imported == 0)
    /* Translators: the import preview's summary when nothing matches, e.g. "None of the 14 rows matches a zone" */
    return g_strdup_printf (ngettext ("None of the %s row matches a zone", "None of the %s rows matches a zone",
                                      summary->n_rows),
                            rows);
  if (summary->n_left_out == 0)
    /* Translators: the import preview's summary, e.g. "5,012 of 5,012 rows match a zone — 4,100 by name, 912 by coordinates" */
    return g_strdup_printf (ngettext ("%s of %s row matches a zone — %s by name, %s by coordinates",
                                      "%s of %s rows match a zone — %s by name, %s by coordinates", summary->n_rows),
                            matched, rows, by_name, by_location);
  /* Translators: the import preview's summary, e.g. "4,998 of 5,012 rows match a zone — 4,100 by name, 898 by coordinates; 14 left out" */
  return g_strdup_printf (ngettext ("%s of %s row matches a zone — %s by name, %s by coordinates; %s left out",
                                    "%s of %s rows match a zone — %s by name, %s by coordinates; %s left out",
                                    summary->n_rows),
                          matched, rows, by_name, by_location, left_out);
}

/* Import is greyed unless there is something to import and somewhere to
 * put it; the reason is a visible line, not only a tooltip. */
static void
update_state (PzImportDialog *self)
{
  const char *reason = NULL;
  g_autofree char *owned = NULL;
  gboolean busy = self->state == STATE_CHECKING || self->state == STATE_IMPORTING;

  if (self->state == STATE_IMPORTING)
    reason = NULL;
  else if (self->problem != NULL)
    reason = self->problem;
  else if (self->state == STATE_CHECKING)
    reason = _("Import is possible once the whole file has been checked.");
  else if (self->check != NULL && self->check->n_imported == 0)
    reason = _("No row matches a zone, so there is nothing to import. Check the columns above.");
  else if (self->user_database == NULL)
    reason = owned = g_strdup_printf (_("Your imported data cannot be opened, so nothing can be stored: %s"),
                                      self->user_database_error != NULL ? self->user_database_error : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import",
                                 self->state == STATE_CHECKED && reason == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.stop", busy);
  gtk_label_set_text (self->reason_label, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), reason != NULL && self->state != STATE_IDLE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_box), busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->columns_group), self->state != STATE_IMPORTING);
  gtk_button_set_label (self->stop_button, self->state == STATE_IMPORTING ? _("Cancel Import") : _("Cancel Check"));
}

static void
show_problems (PzImportDialog *self)
{
  guint n_listed = self->check != NULL ? g_list_model_get_n_items (self->check->problems) : 0;
  g_autofree char *counted = NULL;

  pz_import_problem_list_set_model (self->problem_list, self->check != NULL ? self->check->problems : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), self->check != NULL && self->check->n_left_out > 0);
  if (self->check != NULL && self->check->n_left_out > 0)
    {
      counted = pz_import_problems_describe (n_listed, self->check->n_left_out);
      adw_preferences_group_set_description (self->problems_group, counted);
    }
}

static void
show_error (PzImportDialog *self,
            const char     *text)
{
  gtk_label_set_text (self->error_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), text != NULL);
}

static void
job_progress (PzImportStage stage,
              double        fraction,
              guint         n_rows,
              gpointer      user_data)
{
  Job *job = user_data;
  PzImportDialog *self = job->self;
  g_autofree char *rows = NULL;
  g_autofree char *text = NULL;

  if (!job_is_current (job))
    return;
  if (stage == PZ_IMPORT_STAGE_WAITING)
    {
      gtk_progress_bar_set_text (self->progress_bar, _("Waiting for another import to finish…"));
      gtk_progress_bar_pulse (self->progress_bar);
      return;
    }
  rows = pz_locale_format_count (n_rows);
  /* Translators: under the import's progress bar, e.g. "12,000 rows read" */
  text = g_strdup_printf (ngettext ("%s row read", "%s rows read", n_rows), rows);
  gtk_progress_bar_set_text (self->progress_bar, text);
  if (fraction >= 0)
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  else
    gtk_progress_bar_pulse (self->progress_bar);
}

/* A job ends: any still under way is cancelled, and its results ignored. */
static void
stop_job (PzImportDialog *self)
{
  self->generation++;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

static void
check_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Job *job = user_data;
  PzImportDialog *self = job->self;
  g_autoptr(GError) error = NULL;
  PzImportSummary *summary = pz_import_file_finish (result, &error);

  if (!job_is_current (job))
    {
      g_clear_pointer (&summary, pz_import_summary_free);
      job_free (job);
      return;
    }

  g_clear_object (&self->cancellable);
  if (summary == NULL)
    {
      self->state = STATE_IDLE;
      self->problem = g_strdup (error->message);
      gtk_label_set_text (self->summary_label, error->message);
    }
  else
    {
      g_autofree char *text = describe_summary (summary);

      self->state = STATE_CHECKED;
      self->check = summary;
      gtk_label_set_text (self->summary_label, text);
      if (summary->encoding != NULL)
        gtk_label_set_text (self->encoding_label, summary->encoding);
    }
  show_problems (self);
  update_state (self);
  job_free (job);
}

/* Checks the whole file with the columns chosen, off the main thread. */
static void
start_check (PzImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  PzImportMapping mapping;

  stop_job (self);
  g_clear_pointer (&self->check, pz_import_summary_free);
  g_clear_pointer (&self->problem, g_free);
  show_error (self, NULL);
  show_problems (self);

  current_mapping (self, &mapping);
  if (!pz_import_check_mapping (&mapping, &error))
    {
      self->state = STATE_IDLE;
      self->problem = g_strdup (error->message);
      gtk_label_set_text (self->summary_label, error->message);
      update_state (self);
      return;
    }

  self->state = STATE_CHECKING;
  self->cancellable = g_cancellable_new ();
  gtk_label_set_text (self->summary_label, _("Checking every row of the file…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  update_state (self);
  pz_import_file_async (self->file, &mapping, pz_database_get_zones (self->database), self->file_name, NULL,
                        job_progress, job_new (self), job_free, self->cancellable, check_done, job_new (self));
}

static void
import_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Job *job = user_data;
  PzImportDialog *self = job->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(PzImportSummary) summary = pz_import_file_finish (result, &error);

  if (!job_is_current (job))
    {
      job_free (job);
      return;
    }
  g_clear_object (&self->cancellable);

  if (summary == NULL)
    {
      g_autofree char *text = NULL;

      self->state = STATE_CHECKED;
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        text = g_strdup (_("The import was cancelled; nothing was stored."));
      else
        /* Translators: an import that failed; nothing of it is stored */
        text = g_strdup_printf (_("Nothing was imported: %s"), error->message);
      show_error (self, text);
      update_state (self);
      job_free (job);
      return;
    }

  /* The worker wrote through its own connection: the window's panels and
   * map follow this one's "changed". */
  pz_user_database_reload (self->user_database);
  g_signal_emit (self, signals[IMPORTED], 0, self->file_name, summary->n_imported, summary->n_left_out,
                 summary->problems);
  job_free (job);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start_import (PzImportDialog *self)
{
  PzImportMapping mapping;

  g_return_if_fail (self->state == STATE_CHECKED && self->user_database != NULL);

  stop_job (self);
  current_mapping (self, &mapping);
  self->state = STATE_IMPORTING;
  self->cancellable = g_cancellable_new ();
  show_error (self, NULL);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  update_state (self);
  pz_import_file_async (self->file, &mapping, pz_database_get_zones (self->database), self->file_name,
                        pz_user_database_get_path (self->user_database),
                        job_progress, job_new (self), job_free, self->cancellable, import_done, job_new (self));
}

/* "This file was already imported today at 13:27 as “list.csv” (5,012
 * enterprises). Import it again?" */
static char *
describe_earlier (PzImport *earlier)
{
  GDateTime *imported = pz_import_get_imported (earlier);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *time = NULL;
  g_autofree char *date = NULL;
  g_autofree char *count = pz_locale_format_count (pz_import_get_n_rows (earlier));
  const char *name = pz_import_get_file_name (earlier);
  guint n = pz_import_get_n_rows (earlier);

  if (imported == NULL)
    /* Translators: asked before importing a file a second time: the file name, the count */
    return g_strdup_printf (ngettext ("This file was already imported as “%s” (%s enterprise). Import it again?",
                                      "This file was already imported as “%s” (%s enterprises). Import it again?", n),
                            name, count);

  local = g_date_time_to_local (imported);
  time = g_date_time_format (local, "%H:%M");
  switch (pz_days_ago (imported, now))
    {
    case 0:
      /* Translators: asked before importing a file a second time: the time, the file name, the count */
      return g_strdup_printf (ngettext ("This file was already imported today at %s as “%s” (%s enterprise). Import it again?",
                                        "This file was already imported today at %s as “%s” (%s enterprises). Import it again?",
                                        n),
                              time, name, count);
    case 1:
      /* Translators: asked before importing a file a second time: the time, the file name, the count */
      return g_strdup_printf (ngettext ("This file was already imported yesterday at %s as “%s” (%s enterprise). Import it again?",
                                        "This file was already imported yesterday at %s as “%s” (%s enterprises). Import it again?",
                                        n),
                              time, name, count);
    default:
      /* The locale's date (%x). */
      date = g_date_time_format (local, "%x");
      /* Translators: asked before importing a file a second time: the date, the time, the file name, the count */
      return g_strdup_printf (ngettext ("This file was already imported on %s at %s as “%s” (%s enterprise). Import it again?",
                                        "This file was already imported on %s at %s as “%s” (%s enterprises). Import it again?",
                                        n),
                              date, time, name, count);
    }
}

static void
again_response (AdwMessageDialog *dialog,
                const char       *response,
                PzImportDialog   *self)
{
  if (g_str_equal (response, "again") && self->state == STATE_CHECKED)
    start_import (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PzImportDialog *self = PZ_IMPORT_DIALOG (widget);
  PzImport *earlier;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (self->state == STATE_CHECKED && self->check != NULL);

  earlier = self->check->sha256 != NULL ? pz_user_database_find_import (self->user_database, self->check->sha256)
                                        : NULL;
  if (earlier == NULL)
    {
      start_import (self);
      return;
    }

  /* The same content again would count every enterprise twice. */
  body = describe_earlier (earlier);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Import the Same File Again?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "again", _("_Import Again"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "again", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (again_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PzImportDialog *self = PZ_IMPORT_DIALOG (widget);

  /* The engine rolls an import back when it is cancelled; the callback
   * says so. A check simply ends. */
  if (self->state == STATE_IMPORTING)
    {
      g_cancellable_cancel (self->cancellable);
      return;
    }
  stop_job (self);
  self->state = STATE_IDLE;
  gtk_label_set_text (self->summary_label, _("The check was cancelled. Change a column to check again."));
  update_state (self);
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
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pz_help_show (widget, "import");
}

static void
pz_import_dialog_dispose (GObject *object)
{
  PzImportDialog *self = (PzImportDialog *)object;

  /* Closing cancels a check or an import (which then stores nothing). */
  stop_job (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->database);
  g_clear_object (&self->user_database);
  g_clear_pointer (&self->user_database_error, g_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->csv, pz_csv_free);
  g_clear_pointer (&self->check, pz_import_summary_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (pz_import_dialog_parent_class)->dispose (object);
}

static void
pz_import_dialog_class_init (PzImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_import_dialog_dispose;

  /**
   * PzImportDialog::imported:
   * @file_name: the file's name
   * @n_imported: the enterprises stored
   * @n_left_out: the rows left out
   * @problems: the rows left out (PzImportProblem), at most
   *   %PZ_IMPORT_MAX_PROBLEMS of them
   *
   * An import is stored; the dialog closes right after.
   */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_LIST_MODEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, stop_button);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, PzImportDialog, problems_group);
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

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "import.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "import.help", NULL, help_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "import.help", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pz_import_dialog_init (PzImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->problem_list = pz_import_problem_list_new ();
  gtk_widget_set_size_request (self->problem_list, -1, 200);
  gtk_widget_add_css_class (self->problem_list, "card");
  adw_preferences_group_add (self->problems_group, self->problem_list);
}

/* Without a user database, say why: the app could not open it. */
static char *
user_database_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_user_database_default_path ();
  g_autoptr(PzUserDatabase) probe = pz_user_database_open (path, &error);

  return probe == NULL ? g_strdup (error->message)
                       : g_strdup (_("it was not available when the app started; restart the app."));
}

/**
 * pz_import_dialog_new:
 * @user_database: (nullable): where to import; without it the preview
 *   still shows, and Import is greyed with the reason
 * @file: the file, checked and imported whole on a worker thread
 * @head: (transfer full): the file's head, from pz_csv_read_head()
 *
 * The dialog opens at once whatever the file's size; the check of the
 * whole file starts right away and fills the summary when done.
 */
GtkWidget *
pz_import_dialog_new (GtkWindow      *parent,
                      PzDatabase     *database,
                      PzUserDatabase *user_database,
                      GFile          *file,
                      PzCsv          *head)
{
  PzImportDialog *self = g_object_new (PZ_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GtkStringList) columns = gtk_string_list_new (NULL);
  PzImportMapping mapping;

  self->database = g_object_ref (database);
  self->user_database = user_database != NULL ? g_object_ref (user_database) : NULL;
  if (user_database == NULL)
    self->user_database_error = user_database_error ();
  self->file = g_object_ref (file);
  self->file_name = g_file_get_basename (file);
  self->csv = head;

  adw_preferences_group_set_description (self->file_group, self->file_name);
  gtk_label_set_text (self->encoding_label, head->encoding);

  gtk_string_list_append (columns, _("None"));
  for (guint c = 0; head->header[c] != NULL; c++)
    gtk_string_list_append (columns, head->header[c]);

  pz_import_guess_mapping (head, &mapping);
  for (guint f = 0; f < PZ_IMPORT_N_FIELDS; f++)
    {
      adw_combo_row_set_model (self->rows[f], G_LIST_MODEL (columns));
      adw_combo_row_set_selected (self->rows[f], (guint) (mapping.columns[f] + 1));
      g_signal_connect_swapped (self->rows[f], "notify::selected", G_CALLBACK (start_check), self);
    }

  fill_preview (self);
  start_check (self);
  return GTK_WIDGET (self);
}

/**
 * pz_import_dialog_is_busy:
 *
 * Returns: whether a check or an import is under way
 */
gboolean
pz_import_dialog_is_busy (PzImportDialog *self)
{
  g_return_val_if_fail (PZ_IS_IMPORT_DIALOG (self), FALSE);

  return self->state == STATE_CHECKING || self->state == STATE_IMPORTING;
}
