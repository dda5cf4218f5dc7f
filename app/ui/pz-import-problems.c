/* pz-import-problems.c
 *
 * The rows an import left out, by line and reason, in a GtkListView so
 * that tens of thousands of them cost a screenful of widgets: in the
 * import dialog and, after the import, in a window of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-import-problems"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pz-import-problem.h"
#include "pz-import-problems.h"
#include "pz-locale.h"

/**
 * pz_import_problems_describe:
 * @n_listed: the left-out rows listed
 * @n_left_out: every row left out
 *
 * Returns: (transfer full): "14 rows left out", or "Showing the first
 *   10,000 of 20,000 rows left out" when not all are listed
 */
char *
pz_import_problems_describe (guint n_listed,
                             guint n_left_out)
{
  g_autofree char *listed = pz_locale_format_count (n_listed);
  g_autofree char *all = pz_locale_format_count (n_left_out);

  if (n_listed < n_left_out)
    /* Translators: above the list of rows left out of an import, e.g.
     * "Showing the first 10,000 of 20,000 rows left out" */
    return g_strdup_printf (ngettext ("Showing the first %s of %s row left out",
                                      "Showing the first %s of %s rows left out", n_left_out),
                            listed, all);
  /* Translators: above the list of rows left out of an import, e.g. "14 rows left out" */
  return g_strdup_printf (ngettext ("%s row left out", "%s rows left out", n_left_out), all);
}

static void
setup_problem (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *line = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (line), 1);
  gtk_label_set_width_chars (GTK_LABEL (line), 10);
  gtk_widget_add_css_class (line, "dim-label");
  gtk_widget_add_css_class (line, "numeric");
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_selectable (GTK_LABEL (reason), TRUE);
  gtk_widget_set_hexpand (reason, TRUE);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_item_set_child (item, box);
}

static void
bind_problem (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  PzImportProblem *problem = gtk_list_item_get_item (item);
  GtkWidget *line = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  /* Translators: the line of a row left out of an import, e.g. "Line 9" */
  g_autofree char *text = g_strdup_printf (_("Line %u"), pz_import_problem_get_line (problem));

  gtk_label_set_text (GTK_LABEL (line), text);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (line)), pz_import_problem_get_reason (problem));
}

/**
 * pz_import_problem_list_new:
 *
 * Returns: a GtkListView of PzImportProblems, line and reason, in a
 *   scrolled window; give it its rows with pz_import_problem_list_set_model()
 */
GtkWidget *
pz_import_problem_list_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *view;
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_problem), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_problem), NULL);
  view = gtk_list_view_new (NULL, factory);
  gtk_widget_add_css_class (view, "pz-problem-list");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  return scrolled;
}

/* The list view inside @list, from pz_import_problem_list_new(). */
void
pz_import_problem_list_set_model (GtkWidget  *list,
                                  GListModel *problems)
{
  GtkWidget *view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (list));
  g_autoptr(GtkNoSelection) selection = NULL;

  if (GTK_IS_VIEWPORT (view))
    view = gtk_viewport_get_child (GTK_VIEWPORT (view));
  g_return_if_fail (GTK_IS_LIST_VIEW (view));

  selection = problems != NULL ? gtk_no_selection_new (g_object_ref (problems)) : NULL;
  gtk_list_view_set_model (GTK_LIST_VIEW (view), GTK_SELECTION_MODEL (selection));
}

/**
 * pz_import_problems_window_new:
 * @problems: the rows an import left out (PzImportProblem), kept alive
 *   by the window
 * @n_left_out: every row left out, listed or not
 *
 * The rows left out of a finished import, for the toast's Show button.
 */
GtkWidget *
pz_import_problems_window_new (GtkWindow  *parent,
                               const char *file_name,
                               GListModel *problems,
                               guint       n_left_out)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (_("Rows Left Out"), file_name);
  g_autofree char *counted = pz_import_problems_describe (g_list_model_get_n_items (problems), n_left_out);
  GtkWidget *count = gtk_label_new (counted);
  GtkWidget *list = pz_import_problem_list_new ();

  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_title (GTK_WINDOW (window), _("Rows Left Out"));
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 480);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_label_set_xalign (GTK_LABEL (count), 0);
  gtk_widget_set_margin_start (count, 12);
  gtk_widget_set_margin_top (count, 12);
  gtk_widget_set_margin_bottom (count, 6);
  gtk_widget_add_css_class (count, "heading");
  gtk_widget_set_vexpand (list, TRUE);
  pz_import_problem_list_set_model (list, problems);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), list);
  adw_window_set_content (ADW_WINDOW (window), box);
  return window;
}
