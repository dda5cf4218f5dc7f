/* pz-locale.c
 *
 * Place names exist in Chinese and English in the data; the UI language
 * decides which one leads. Counts are written as the locale writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-locale"

#include "config.h"

#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

#include "pz-locale.h"

gboolean
pz_locale_prefers_chinese (void)
{
  static gsize initialized;
  static gboolean chinese;

  if (g_once_init_enter (&initialized))
    {
      const char * const *names = g_get_language_names ();

      /* The first entry is the most preferred language ("C" when unset). */
      chinese = names[0] != NULL && g_str_has_prefix (names[0], "zh");
      g_once_init_leave (&initialized, 1);
    }

  return chinese;
}

/* Falls back to the other language when one name is missing. */
const char *
pz_locale_pick (const char *name_zh,
                const char *name_en)
{
  const char *first = pz_locale_prefers_chinese () ? name_zh : name_en;
  const char *second = pz_locale_prefers_chinese () ? name_en : name_zh;

  return first != NULL && *first != '\0' ? first : second;
}

/**
 * pz_locale_uses_miles:
 *
 * Returns: whether the measurement locale (LC_MEASUREMENT) is the US
 *   customary system, whose users read miles beside kilometres
 */
gboolean
pz_locale_uses_miles (void)
{
#ifdef _NL_MEASUREMENT_MEASUREMENT
  return *nl_langinfo (_NL_MEASUREMENT_MEASUREMENT) == 2;
#else
  return FALSE;
#endif
}

/**
 * pz_locale_format_count:
 *
 * Returns: (transfer full): @n with the locale's thousands separator
 *   ("5,012" in English and Chinese, "5012" in the C locale)
 */
char *
pz_locale_format_count (guint n)
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
