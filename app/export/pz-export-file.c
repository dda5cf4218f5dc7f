/* pz-export-file.c
 *
 * The last step of every export: bytes already rendered in memory become
 * a file, whole or not at all. They are written to an unnamed file in the
 * target folder (O_TMPFILE), which gets its name with linkat(), an
 * operation that fails rather than replace a file that appeared meanwhile;
 * a process killed at any moment leaves the old file or none, never a
 * truncated one or a temporary one. Where the filesystem has no unnamed
 * files, a hidden temporary file is renamed with RENAME_NOREPLACE, and
 * SIGINT, SIGTERM and SIGHUP remove it before the process ends. New files
 * get 0666 less the user's umask, as any program's would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-export-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pz-export-private.h"

/* Temporary files that exist under a name, removed by the signal handler:
 * one slot per export running at once (the dialog and a script). */
#define N_PENDING 4
static char pending_paths[N_PENDING][PATH_MAX];
static volatile sig_atomic_t pending_set[N_PENDING];
static GMutex pending_lock;

static void
on_fatal_signal (int signum)
{
  /* Only async-signal-safe calls here: unlink, signal, raise. */
  for (guint i = 0; i < N_PENDING; i++)
    if (pending_set[i])
      unlink (pending_paths[i]);
  signal (signum, SIG_DFL);
  raise (signum);
}

/* Installs the handler for the signals that would end the process, unless
 * the program already handles them itself. */
static void
install_handlers_once (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      static const int signals[] = { SIGINT, SIGTERM, SIGHUP };

      for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
        {
          struct sigaction old, action = { .sa_handler = on_fatal_signal };

          sigemptyset (&action.sa_mask);
          if (sigaction (signals[i], NULL, &old) == 0 && old.sa_handler == SIG_DFL)
            sigaction (signals[i], &action, NULL);
        }
      g_once_init_leave (&done, 1);
    }
}

static int
pending_add (const char *path)
{
  int slot = -1;

  install_handlers_once ();
  g_mutex_lock (&pending_lock);
  for (int i = 0; i < N_PENDING && slot < 0; i++)
    if (!pending_set[i])
      {
        g_strlcpy (pending_paths[i], path, PATH_MAX);
        pending_set[i] = 1;
        slot = i;
      }
  g_mutex_unlock (&pending_lock);
  return slot;
}

static void
pending_remove (int slot)
{
  if (slot < 0)
    return;
  g_mutex_lock (&pending_lock);
  pending_set[slot] = 0;
  g_mutex_unlock (&pending_lock);
}

gboolean
_pz_export_fail (GError    **error,
                 GError     *local_error,
                 GFile      *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, local_error->domain, local_error->code,
               _("Cannot write “%s”: %s"), name, local_error->message);
  g_error_free (local_error);
  return FALSE;
}

static gboolean
fail_errno (GError     **error,
            const char  *path,
            int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
fail_exists (GError     **error,
             const char  *path)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("“%s” already exists; choose another name or allow replacing it (--force)"), path);
  return FALSE;
}

/* Returns 0, or the errno of the failed write or sync. */
static int
write_all (int           fd,
           const guint8 *data,
           gsize         size)
{
  while (size > 0)
    {
      gssize n = write (fd, data, MIN (size, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return errno;
      data += n;
      size -= (gsize) n;
    }
  return fsync (fd) == 0 ? 0 : errno;
}

/* A name for a hidden temporary file beside @target, e.g.
 * ".map.png.3F9a2b": the caller adds the random part. */
static char *
temporary_template (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);

  return g_build_filename (dir, name, NULL);
}

/* Gives the written file its name: no replacing unless @overwrite. */
static int
publish (const char *tmp,
         const char *target,
         gboolean    overwrite)
{
  if (overwrite)
    return rename (tmp, target) == 0 ? 0 : errno;
  if (renameat2 (AT_FDCWD, tmp, AT_FDCWD, target, RENAME_NOREPLACE) == 0)
    return 0;
  if (errno != EINVAL && errno != ENOSYS)
    return errno;
  /* A filesystem without RENAME_NOREPLACE: link() does not replace either. */
  if (link (tmp, target) != 0)
    return errno;
  unlink (tmp);
  return 0;
}

/* A named temporary file, renamed into place. Returns 0 or an errno. */
static int
write_named (const char   *target,
             const guint8 *data,
             gsize         size,
             gboolean      overwrite,
             mode_t        keep_mode)
{
  g_autofree char *tmp = temporary_template (target);
  int fd, saved = 0, slot;

  /* The mode is 0666 less the umask, as for any new file. */
  if ((fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666)) < 0)
    return errno;
  slot = pending_add (tmp);
  if (keep_mode != 0 && fchmod (fd, keep_mode) != 0)
    saved = errno;
  if (saved == 0)
    saved = write_all (fd, data, size);
  if (close (fd) != 0 && saved == 0)
    saved = errno;
  if (saved == 0)
    saved = publish (tmp, target, overwrite);
  if (saved != 0)
    unlink (tmp);
  pending_remove (slot);
  return saved;
}

/* An unnamed file in the target's folder, which only gets a name once it
 * is whole. Returns 0, an errno, or -1 if the filesystem has no unnamed
 * files (or /proc is missing), for the caller to use a named one. */
static int
write_unnamed (const char   *target,
               const guint8 *data,
               gsize         size,
               gboolean      overwrite,
               mode_t        keep_mode)
{
#ifdef O_TMPFILE
  g_autofree char *dir = g_path_get_dirname (target);
  char fd_path[64];
  int fd, saved = 0;

  if ((fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666)) < 0)
    return errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL ? -1 : errno;
  if (keep_mode != 0 && fchmod (fd, keep_mode) != 0)
    saved = errno;
  if (saved == 0)
    saved = write_all (fd, data, size);
  g_snprintf (fd_path, sizeof fd_path, "/proc/self/fd/%d", fd);

  if (saved == 0 && !overwrite)
    {
      if (linkat (AT_FDCWD, fd_path, AT_FDCWD, target, AT_SYMLINK_FOLLOW) != 0)
        saved = errno == ENOENT && !g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR) ? -1 : errno;
    }
  else if (saved == 0)
    {
      /* Replacing: a hidden name first, then one rename over the old file. */
      g_autofree char *tmp = temporary_template (target);
      char *random = tmp + strlen (tmp) - 6;

      saved = EEXIST;
      for (guint attempt = 0; attempt < 100 && saved == EEXIST; attempt++)
        {
          for (guint i = 0; i < 6; i++)
            random[i] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[g_random_int_range (0, 62)];
          saved = linkat (AT_FDCWD, fd_path, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno;
        }
      if (saved == ENOENT && !g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR))
        saved = -1;
      else if (saved == 0)
        {
          int slot = pending_add (tmp);

          if (rename (tmp, target) != 0)
            {
              saved = errno;
              unlink (tmp);
            }
          pending_remove (slot);
        }
    }
  close (fd);
  return saved;
#else
  return -1;
#endif
}

/* A file somewhere GIO reaches but the kernel does not (no local path). */
static gboolean
write_remote (GFile         *file,
              const guint8  *data,
              gsize          size,
              gboolean       overwrite,
              GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  GError *local_error = NULL;

  if (overwrite)
    stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &local_error);
  else
    stream = g_file_create (file, G_FILE_CREATE_NONE, NULL, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_error_free (local_error);
          return fail_exists (error, name);
        }
      return _pz_export_fail (error, local_error, file);
    }
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, size, NULL, NULL, &local_error))
    {
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      /* A cancelled close drops what was written. */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      return _pz_export_fail (error, local_error, file);
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    return _pz_export_fail (error, local_error, file);
  return TRUE;
}

/**
 * _pz_export_check_target:
 *
 * Whether @file may be written, checked before a long render; the final
 * write checks again, atomically.
 */
gboolean
_pz_export_check_target (GFile     *file,
                         gboolean   overwrite,
                         GError   **error)
{
  g_autofree char *path = g_file_get_path (file);
  struct stat st;

  if (path == NULL || lstat (path, &st) != 0)
    return TRUE;
  if (S_ISLNK (st.st_mode) && stat (path, &st) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("Cannot write “%s”: it is a link to a missing file"), path);
      return FALSE;
    }
  if (!overwrite)
    return fail_exists (error, path);
  if (S_ISDIR (st.st_mode))
    return fail_errno (error, path, EISDIR);
  return TRUE;
}

/**
 * _pz_export_write:
 * @data: the whole file, already rendered
 * @overwrite: replace an existing file; else an existing file, even one
 *   created while this export ran, is an error
 *
 * Returns: %TRUE if @file now holds @data; else @error says why and
 *   nothing new is left on disk
 */
gboolean
_pz_export_write (GFile         *file,
                  const guint8  *data,
                  gsize          size,
                  gboolean       overwrite,
                  GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *target = NULL;
  mode_t keep_mode = 0;
  struct stat st;
  int saved;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (path == NULL)
    return write_remote (file, data, size, overwrite, error);

  if (!_pz_export_check_target (file, overwrite, error))
    return FALSE;
  target = g_strdup (path);
  if (stat (path, &st) == 0)
    {
      /* Replacing a link replaces the file it points to, with its mode. */
      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        {
          char resolved[PATH_MAX];

          if (realpath (path, resolved) != NULL)
            {
              g_free (target);
              target = g_strdup (resolved);
            }
        }
      keep_mode = st.st_mode & 07777;
    }

  saved = write_unnamed (target, data, size, overwrite, keep_mode);
  if (saved == -1)
    saved = write_named (target, data, size, overwrite, keep_mode);
  if (saved == EEXIST && !overwrite)
    return fail_exists (error, path);
  if (saved != 0)
    return fail_errno (error, path, saved);
  return TRUE;
}
