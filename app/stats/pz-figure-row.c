/* pz-figure-row.c
 *
 * Rows that show sourced facts the same way wherever they appear (zone
 * details, statistics): the value with its year, the source's note on
 * hover, links to the source and second source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-figure-row"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-figure-row.h"

/**
 * pz_text_row_new:
 * @text: (nullable): the text, or %NULL for "No data"
 *
 * Returns: (transfer floating): a row with @text under its @title, using
 *   the row's whole width
 */
GtkWidget *
pz_text_row_new (const char *title,
                 const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text != NULL ? text : _("No data"));
#if ADW_CHECK_VERSION (1, 3, 0)
  adw_action_row_set_subtitle_selectable (ADW_ACTION_ROW (row), TRUE);
#endif
  return row;
}

/**
 * pz_source_links_new:
 *
 * Returns: (transfer floating): links to a fact's source and second
 *   source, either of which may be %NULL
 */
/**
 * pz_source_links_new:
 * @database: (nullable): classes the sources, for links that say what they
 *   are ("Official: …", "Reported by …", "Copy at …")
 */
/* A link whose label wraps instead of widening its row: the kind of a
 * source can be long ("Official: Zhejiang Provincial Government (…)"). */
void
pz_link_button_wrap (GtkWidget *button)
{
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
    }
}

/**
 * pz_source_uri_is_web:
 *
 * Whether a link from the data may open: only a valid http or https
 * URI, never another scheme (file:, javascript:, a custom handler) that
 * a replaced database could carry.
 */
gboolean
pz_source_uri_is_web (const char *uri)
{
  const char *scheme = uri != NULL ? g_uri_peek_scheme (uri) : NULL;

  return (g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0) &&
         g_uri_is_valid (uri, G_URI_FLAGS_NONE, NULL);
}

GtkWidget *
pz_source_links_new (PzDatabase *database,
                     const char *source_url,
                     const char *source2_url)
{
  const char *sources[] = { source_url, source2_url };
  GtkWidget *links = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_valign (links, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (sources[i] != NULL)
      {
        g_autofree char *kind = database != NULL ? pz_database_describe_source (database, sources[i]) : NULL;
        GtkWidget *link;

        if (!pz_source_uri_is_web (sources[i]))
          {
            /* Shown for what it says, not opened. */
            link = gtk_label_new (sources[i]);
            gtk_label_set_selectable (GTK_LABEL (link), TRUE);
            gtk_label_set_wrap (GTK_LABEL (link), TRUE);
            gtk_label_set_wrap_mode (GTK_LABEL (link), PANGO_WRAP_WORD_CHAR);
            gtk_label_set_max_width_chars (GTK_LABEL (link), 28);
            gtk_box_append (GTK_BOX (links), link);
            continue;
          }
        link = gtk_link_button_new_with_label (sources[i], kind != NULL ? kind
                                               : i == 0 ? _("Source") : _("Second source"));
        gtk_widget_set_tooltip_text (link, sources[i]);
        pz_link_button_wrap (link);
        gtk_box_append (GTK_BOX (links), link);
      }
  return links;
}

/**
 * pz_figure_row_new:
 * @title: (nullable): what the figure counts; %NULL to title the row
 *   with the figure itself
 *
 * Returns: (transfer floating): a row for one published figure
 */
GtkWidget *
pz_figure_row_new (PzDatabase  *database,
                   PzIndicator *figure,
                   const char  *title)
{
  g_autofree char *value = pz_indicator_format_value (figure);
  GtkWidget *row;

  if (title != NULL)
    row = pz_text_row_new (title, value);
  else
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), value);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
    }
  gtk_widget_set_tooltip_text (row, pz_indicator_get_note (figure));
  if (pz_indicator_get_source_url (figure) == NULL && pz_indicator_get_note (figure) != NULL)
    {
      /* A broadcast or print report has no page: its citation is the note. */
      g_autofree char *cited = g_strdup_printf (_("Source: %s"), pz_indicator_get_note (figure));
      GtkWidget *label = gtk_label_new (cited);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pz_source_links_new (database, pz_indicator_get_source_url (figure),
                                                                        pz_indicator_get_source2_url (figure)));
  return row;
}

/**
 * pz_figures_row_new:
 * @figures: the #PzIndicator figures of one indicator, by year
 *
 * Returns: (transfer floating): "No data" for none, the figure's row for
 *   one, or a row that opens onto one row per figure, showing the latest
 */
GtkWidget *
pz_figures_row_new (PzDatabase *database,
                    GListModel *figures,
                    const char *title)
{
  guint n = g_list_model_get_n_items (figures);
  g_autoptr(PzIndicator) last = NULL;
  g_autofree char *latest = NULL;
  GtkWidget *row;

  if (n == 0)
    return pz_text_row_new (title, NULL);
  last = g_list_model_get_item (figures, n - 1);
  if (n == 1)
    return pz_figure_row_new (database, last, title);

  latest = pz_indicator_format_value (last);
  row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), latest);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzIndicator) figure = g_list_model_get_item (figures, i);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), pz_figure_row_new (database, figure, NULL));
    }
  return row;
}
