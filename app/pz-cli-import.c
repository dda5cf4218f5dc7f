/* pz-cli-import.c
 *
 * `pilot-zones --import FILE`: streams an enterprise list into the user
 * database, with progress on a terminal, and reports every row left out
 * by line (the first ones, and how many more). A script sees a failure
 * in the exit status, also when nothing at all was imported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "pz-cli-import.h"
#include "pz-import-job.h"
#include "pz-user-database.h"

typedef struct
{
  gboolean tty;
  gboolean shown;
} Progress;

/* One line on a terminal, written over; nothing into a log but the wait
 * for another import, which a script's log should explain. */
static void
show_progress (PzImportStage stage,
               double        fraction,
               guint         n_rows,
               gpointer      user_data)
{
  Progress *progress = user_data;

  if (stage == PZ_IMPORT_STAGE_WAITING)
    {
      g_printerr ("%s%s\n", progress->shown ? "\r\033[K" : "", _("Waiting for another import to finish…"));
      progress->shown = FALSE;
      return;
    }
  if (!progress->tty)
    return;
  g_printerr ("\r");
  if (fraction >= 0)
    /* Translators: progress of an import on the terminal */
    g_printerr (_("Importing: %u rows read, %.0f %%"), n_rows, fraction * 100);
  else
    /* Translators: progress of an import read from a pipe */
    g_printerr (_("Importing: %u rows read"), n_rows);
  progress->shown = TRUE;
}

static void
clear_progress (Progress *progress)
{
  if (progress->shown)
    g_printerr ("\r\033[K");
  progress->shown = FALSE;
}

/* The first problems, one a line, and how many more there are. */
static char *
describe_problems (PzImportSummary *summary)
{
  GString *text = g_string_new (NULL);
  guint n_listed = g_list_model_get_n_items (summary->problems);
  guint n_printed = MIN (n_listed, PZ_CLI_IMPORT_MAX_PRINTED);

  for (guint i = 0; i < n_printed; i++)
    {
      g_autoptr(PzImportProblem) problem = g_list_model_get_item (summary->problems, i);
      g_autofree char *line = pz_import_problem_describe (problem);

      g_string_append_printf (text, "%s\n", line);
    }
  if (summary->n_left_out > n_printed)
    /* Translators: after the first rows left out, listed by line */
    g_string_append_printf (text, ngettext ("… and %u more row left out\n", "… and %u more rows left out\n",
                                            summary->n_left_out - n_printed),
                            summary->n_left_out - n_printed);
  return g_string_free (text, FALSE);
}

/**
 * pz_cli_import:
 *
 * Imports an enterprise list into the user database and reports the rows
 * that were left out, by line.
 *
 * Returns: %FALSE with @error set when nothing was imported
 */
gboolean
pz_cli_import (const char  *path,
               PzDatabase  *database,
               GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *user_path = pz_user_database_default_path ();
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *problems = NULL;
  g_autoptr(PzImportSummary) summary = NULL;
  Progress progress = { isatty (STDERR_FILENO), FALSE };

  summary = pz_import_file (file, NULL, pz_database_get_zones (database), base, user_path,
                            show_progress, &progress, NULL, error);
  clear_progress (&progress);
  if (summary == NULL)
    {
      /* GIO's and the user database's messages name their file already. */
      if (error != NULL && *error != NULL &&
          ((*error)->domain == PZ_CSV_ERROR || g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA)))
        g_prefix_error (error, "%s: ", path);
      return FALSE;
    }

  problems = describe_problems (summary);
  /* Nothing to store is a failure a script must see, with the reasons. */
  if (summary->n_imported == 0)
    {
      g_printerr ("%s", problems);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   summary->n_rows > 0 ? _("%s: nothing imported, every row was left out")
                                       : _("%s: nothing imported, the file has no rows"), path);
      return FALSE;
    }

  g_print (ngettext ("Imported %u enterprise from %s (%s)\n", "Imported %u enterprises from %s (%s)\n",
                     summary->n_imported),
           summary->n_imported, path, summary->encoding);
  if (summary->n_left_out > 0)
    g_print (ngettext ("%u row left out:\n%s", "%u rows left out:\n%s", summary->n_left_out),
             summary->n_left_out, problems);
  return TRUE;
}
