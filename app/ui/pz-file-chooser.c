/* pz-file-chooser.c
 *
 * One way to ask for a file: GtkFileDialog where GTK has it (4.10), the
 * native file chooser before. Both go through the file chooser portal in
 * the Flatpak sandbox, so the app needs no file system access; saving
 * asks before replacing a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-file-chooser.h"

typedef struct
{
  PzFileChosenFunc callback;
  gpointer         user_data;
  GDestroyNotify   destroy;
  gboolean         save;
} Request;

static void
request_finish (Request *request,
                GFile   *file)
{
  if (file != NULL)
    request->callback (file, request->user_data);
  if (request->destroy != NULL)
    request->destroy (request->user_data);
  g_free (request);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
chosen (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(GFile) file = request->save
                          ? gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL)
                          : gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);

  request_finish (request, file);
}
#else
static void
chosen (GtkNativeDialog *chooser,
        int              response,
        Request         *request)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  request_finish (request, file);
}
#endif

/**
 * pz_choose_file:
 * @initial_name: (nullable): the suggested name when saving
 * @destroy: (nullable): frees @user_data once the dialog is done
 */
void
pz_choose_file (GtkWindow        *parent,
                gboolean          save,
                const char       *title,
                const char       *initial_name,
                PzFileChosenFunc  callback,
                gpointer          user_data,
                GDestroyNotify    destroy)
{
  Request *request = g_new0 (Request, 1);

  request->callback = callback;
  request->user_data = user_data;
  request->destroy = destroy;
  request->save = save;

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    if (save && initial_name != NULL)
      gtk_file_dialog_set_initial_name (dialog, initial_name);
    if (save)
      gtk_file_dialog_save (dialog, parent, NULL, chosen, request);
    else
      gtk_file_dialog_open (dialog, parent, NULL, chosen, request);
  }
#else
  {
    GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (title, parent,
                                   save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                   save ? _("_Save") : _("_Open"), _("_Cancel"));

    if (save && initial_name != NULL)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), initial_name);
    g_signal_connect (chooser, "response", G_CALLBACK (chosen), request);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}
