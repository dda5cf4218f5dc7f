/* pz-import-job.c
 *
 * Imports an enterprise list as a stream: each record is read, decoded,
 * matched to a zone and stored as it comes, in one transaction, so that
 * memory stays the same for a hundred rows or ten million and a cancel
 * or a failure leaves the user database as it was. Without a database it
 * is a check: the counts and problems an import would have.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-import-job"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-csv-reader.h"
#include "pz-import-job.h"
#include "pz-user-database.h"

/* Progress at most this often, in µs. */
#define PROGRESS_INTERVAL (G_USEC_PER_SEC / 10)

/**
 * pz_csv_read_head:
 * @max_rows: the records to read, e.g. %PZ_IMPORT_PREVIEW_ROWS
 *
 * The head of a file for the preview: encoding, delimiter, header and the
 * first @max_rows records, read without reading the whole file.
 *
 * Returns: (transfer full): the head, or %NULL with @error set as for a
 *   full read
 */
PzCsv *
pz_csv_read_head (GFile         *file,
                  guint          max_rows,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);

  if (stream == NULL)
    return NULL;
  return pz_csv_read_stream (G_INPUT_STREAM (stream), max_rows, cancellable, error);
}

void
pz_import_summary_free (PzImportSummary *self)
{
  if (self == NULL)
    return;
  g_free (self->encoding);
  g_free (self->sha256);
  g_clear_object (&self->problems);
  g_free (self);
}

/* The size of a regular file, or -1 (a pipe, a device). */
static goffset
stream_size (GFileInputStream *stream,
             GCancellable     *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_input_stream_query_info (stream,
                                                              G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                              G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                              cancellable, NULL);

  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return -1;
  return g_file_info_get_size (info);
}

static void
add_problem (PzImportSummary *summary,
             guint            line,
             char            *reason)
{
  summary->n_left_out++;
  if (summary->n_left_out <= PZ_IMPORT_MAX_PROBLEMS)
    {
      g_autoptr(PzImportProblem) problem = pz_import_problem_new_take (line, reason);

      g_list_store_append (G_LIST_STORE (summary->problems), problem);
    }
  else
    g_free (reason);
}

/* Another import may hold the user database for longer than the busy
 * timeout (5 s): waited for up to this many times that. */
#define MAX_BUSY_WAITS 60

/* The first try does not wait, so that a busy database is said at once
 * (WAITING) before it is waited for. */
static PzUserImportWriter *
begin_import (const char            *path,
              const char            *file_name,
              PzUserDatabase       **database,
              PzImportProgressFunc   progress,
              gpointer               progress_data,
              GCancellable          *cancellable,
              GError               **error)
{
  for (guint wait = 0;; wait++)
    {
      g_autoptr(GError) local_error = NULL;
      PzUserImportWriter *writer = NULL;

      if ((*database != NULL || (*database = pz_user_database_open_for_import (path, &local_error))) &&
          (writer = (wait == 0 ? pz_user_database_try_begin_import
                               : pz_user_database_begin_import) (*database, file_name, NULL, &local_error)))
        return writer;
      if (!g_error_matches (local_error, PZ_USER_DATABASE_ERROR, PZ_USER_DATABASE_ERROR_BUSY) ||
          wait + 1 >= MAX_BUSY_WAITS || g_cancellable_is_cancelled (cancellable))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (wait == 0 && progress != NULL)
        progress (PZ_IMPORT_STAGE_WAITING, -1, 0, progress_data);
    }
}

/**
 * pz_import_file:
 * @mapping: (nullable): which column is what; %NULL guesses it from the
 *   header
 * @zones: a #GListModel of #PzZone
 * @file_name: the name the list of imports shows
 * @user_database_path: (nullable): where to store the matched rows;
 *   %NULL only checks the file
 * @progress: (nullable) (scope call): called as the file is read
 *
 * Streams @file: decodes it, matches each row with @mapping to @zones
 * and, with @user_database_path, stores the matched rows in ONE
 * transaction (nothing is stored on an error or a cancel, nor when no
 * row matches). Memory is bounded whatever the file's size.
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 *   (%G_IO_ERROR_CANCELLED on cancel)
 */
PzImportSummary *
pz_import_file (GFile                  *file,
                const PzImportMapping  *mapping,
                GListModel             *zones,
                const char             *file_name,
                const char             *user_database_path,
                PzImportProgressFunc    progress,
                gpointer                progress_data,
                GCancellable           *cancellable,
                GError                **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(PzCsvReader) reader = NULL;
  g_autoptr(PzImportMatcher) matcher = NULL;
  g_autoptr(PzUserDatabase) database = NULL;
  g_autoptr(PzUserImportWriter) writer = NULL;
  g_autoptr(PzImportSummary) summary = NULL;
  PzImportMapping guessed;
  gint64 last_progress = 0;
  goffset size;
  PzCsvRead read;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (zones), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  if (!(stream = g_file_read (file, cancellable, error)))
    return NULL;
  size = stream_size (stream, cancellable);
  if (!(reader = pz_csv_reader_new (G_INPUT_STREAM (stream), cancellable, error)))
    return NULL;

  if (mapping == NULL)
    {
      pz_import_guess_mapping_from_header (pz_csv_reader_get_header (reader), &guessed);
      mapping = &guessed;
    }
  if (!pz_import_check_mapping (mapping, error))
    return NULL;

  summary = g_new0 (PzImportSummary, 1);
  summary->problems = G_LIST_MODEL (g_list_store_new (PZ_TYPE_IMPORT_PROBLEM));
  matcher = pz_import_matcher_new (zones);

  while ((read = pz_csv_reader_next (reader, cancellable, error)) != PZ_CSV_READ_END)
    {
      guint line = pz_csv_reader_get_line (reader);

      if (read == PZ_CSV_READ_ERROR)
        return NULL;

      summary->n_rows++;
      if (read == PZ_CSV_READ_BAD_LINE)
        add_problem (summary, line, g_strdup (pz_csv_reader_get_problem (reader)));
      else
        {
          PzImportRow row;
          gboolean by_place;
          guint n_fields;
          const char * const *fields = pz_csv_reader_get_fields (reader, &n_fields);
          char *reason = pz_import_matcher_match (matcher, mapping, fields, n_fields, &row, &by_place);

          if (reason != NULL)
            add_problem (summary, line, reason);
          else
            {
              row.line = line;
              /* Opened at the first row to store: a list of which nothing
               * matches leaves no database behind. */
              if (user_database_path != NULL && writer == NULL &&
                  !(writer = begin_import (user_database_path, file_name, &database, progress, progress_data,
                                             cancellable, error)))
                return NULL;
              if (writer != NULL && !pz_user_import_writer_add (writer, &row, error))
                return NULL;
              summary->n_imported++;
              if (by_place)
                summary->n_by_name++;
              else
                summary->n_by_location++;
            }
        }

      if (summary->n_rows % 1024 == 0)
        {
          gint64 now;

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;
          now = g_get_monotonic_time ();
          if (progress != NULL && now - last_progress >= PROGRESS_INTERVAL)
            {
              last_progress = now;
              progress (PZ_IMPORT_STAGE_READING, size > 0 ? MIN (1.0, (double) pz_csv_reader_get_n_bytes (reader) / size) : -1,
                        summary->n_rows, progress_data);
            }
        }
    }

  /* A cancel from the last progress is a cancel still. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  summary->encoding = g_strdup (pz_csv_reader_get_encoding (reader));
  summary->sha256 = g_strdup (pz_csv_reader_get_sha256 (reader));
  if (writer != NULL)
    {
      pz_user_import_writer_set_sha256 (writer, summary->sha256);
      if ((summary->import_id = pz_user_import_writer_commit (writer, error)) == 0)
        return NULL;
    }
  if (progress != NULL)
    progress (PZ_IMPORT_STAGE_READING, 1.0, summary->n_rows, progress_data);
  return g_steal_pointer (&summary);
}

/* The progress of a job in a thread, handed to the main context. */
typedef struct
{
  gatomicrefcount       ref_count;
  GMainContext         *context;
  PzImportProgressFunc  func;
  gpointer              data;
  GDestroyNotify        data_free;
} Progress;

typedef struct
{
  Progress      *progress;
  PzImportStage  stage;
  double         fraction;
  guint          n_rows;
} ProgressCall;

static Progress *
progress_ref (Progress *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/* Runs @func in the thread that runs @context. Not g_main_context_invoke():
 * from a worker with no context of its own that acquires the (then idle)
 * main context and calls @func right there, on the worker, and GTK's
 * widgets must never be touched off the main thread. */
static void
run_in_context (GMainContext   *context,
                GSourceFunc     func,
                gpointer        data,
                GDestroyNotify  notify)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, func, data, notify);
  g_source_set_static_name (source, "[pilot-zones] import progress");
  g_source_attach (source, context);
}

static gboolean
free_progress_data (gpointer user_data)
{
  Progress *self = user_data;

  if (self->data_free != NULL)
    self->data_free (self->data);
  g_main_context_unref (self->context);
  g_free (self);
  return G_SOURCE_REMOVE;
}

/* The data is freed where it is used: on the main context. */
static void
progress_unref (Progress *self)
{
  if (g_atomic_ref_count_dec (&self->ref_count))
    run_in_context (self->context, free_progress_data, self, NULL);
}

static gboolean
call_progress (gpointer user_data)
{
  ProgressCall *call = user_data;

  call->progress->func (call->stage, call->fraction, call->n_rows, call->progress->data);
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (gpointer user_data)
{
  ProgressCall *call = user_data;

  progress_unref (call->progress);
  g_free (call);
}

static void
progress_in_thread (PzImportStage stage,
                    double        fraction,
                    guint         n_rows,
                    gpointer      user_data)
{
  ProgressCall *call = g_new (ProgressCall, 1);

  call->progress = progress_ref (user_data);
  call->stage = stage;
  call->fraction = fraction;
  call->n_rows = n_rows;
  run_in_context (call->progress->context, call_progress, call, progress_call_free);
}

typedef struct
{
  GFile           *file;
  PzImportMapping  mapping;
  gboolean         has_mapping;
  GListModel      *zones;
  char            *file_name;
  char            *user_database_path;
  Progress        *progress;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_object_unref (job->file);
  g_object_unref (job->zones);
  g_free (job->file_name);
  g_free (job->user_database_path);
  if (job->progress != NULL)
    progress_unref (job->progress);
  g_free (job);
}

static void
run_job (GTask        *task,
         gpointer      source_object,
         gpointer      task_data,
         GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  PzImportSummary *summary = pz_import_file (job->file, job->has_mapping ? &job->mapping : NULL, job->zones,
                                             job->file_name, job->user_database_path,
                                             job->progress != NULL && job->progress->func != NULL ? progress_in_thread : NULL,
                                             job->progress,
                                             cancellable, &error);

  if (summary == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, summary, (GDestroyNotify) pz_import_summary_free);
}

/**
 * pz_import_file_async:
 * @progress: (nullable): called on the thread default main context of
 *   the caller
 * @progress_data_free: (nullable): frees @progress_data there, after the
 *   last progress
 *
 * pz_import_file() in a thread; @zones must not change meanwhile.
 */
void
pz_import_file_async (GFile                  *file,
                      const PzImportMapping  *mapping,
                      GListModel             *zones,
                      const char             *file_name,
                      const char             *user_database_path,
                      PzImportProgressFunc    progress,
                      gpointer                progress_data,
                      GDestroyNotify          progress_data_free,
                      GCancellable           *cancellable,
                      GAsyncReadyCallback     callback,
                      gpointer                user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Job *job = g_new0 (Job, 1);

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (G_IS_LIST_MODEL (zones));
  g_return_if_fail (file_name != NULL);

  job->file = g_object_ref (file);
  if ((job->has_mapping = mapping != NULL))
    job->mapping = *mapping;
  job->zones = g_object_ref (zones);
  job->file_name = g_strdup (file_name);
  job->user_database_path = g_strdup (user_database_path);
  if (progress != NULL || progress_data_free != NULL)
    {
      job->progress = g_new0 (Progress, 1);
      g_atomic_ref_count_init (&job->progress->ref_count);
      job->progress->context = g_main_context_ref_thread_default ();
      job->progress->func = progress;
      job->progress->data = progress_data;
      job->progress->data_free = progress_data_free;
    }

  g_task_set_name (task, "pz_import_file_async");
  g_task_set_task_data (task, job, job_free);
  /* The cancel is checked by the job itself, which rolls back first. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, run_job);
}

/**
 * pz_import_file_finish:
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 */
PzImportSummary *
pz_import_file_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
