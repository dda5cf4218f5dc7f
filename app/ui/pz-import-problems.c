/* pz-import-problems.c
 *
 * The rows an import left out, by line and reason, in a GtkListView so
 * that tens of thousands of them cost a screenful of widgets: in the
 * import dialog and, after the import, in a window of their own. And
 * counts written as the locale writes numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-import-problems"

#include "config.h"

#include <glib/gi18n.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

#include "pz-import-problems.h"

/**
 * pz_format_count:
 *
 * Returns: (transfer full): @n with the locale's thousands separator
 *   ("5,012" in English and Chinese, "5012" in the C locale)
 */
char *
pz_format_count (guint n)
{
  struct lconv *conv = localeconv ();
  const char *separator = conv->thousands_sep;
  int group = conv->grouping != NULL && conv->grouping[0] > 0 && conv->grouping[0] < CHAR_MAX ? conv->grouping[0] : 0;
  g_autofree char *digits = g_strdup_printf ("%u", n);
  size_t length = strlen (digits);
  GString *text;

  if (separator == NULL || *separator == '\0' || group == 0)
    return g_steal_pointer (&digits);

  /* The first group repeats (every locale the app ships groups by 3). */
  text = g_string_new (NULL);
  for (size_t i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % (size_t) group == 0)
        g_string_append (text, separator);
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

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
  g_autofree char *listed = pz_format_count (n_listed);
  g_autofree char *all = pz_format_count (n_left_out);

  if (n_listed < n_left_out)
    /* Translators: above the list of rows left out of an import, e.g.
     * "Showing the first 10,000 of 20,000 rows left out" */
    return g_strdup_printf (ngettext ("Showing the first %s of %s row left out",
                                      "Showing the first %s of %s rows left out", n_left_out),
                            listed, all);
  /* Translators: above the list of rows left out of an import, e.g. "14 rows left out" */
  return g_strdup_printf (ngettext ("%s row left out", "%s rows left out", n_left_out), all);
}
