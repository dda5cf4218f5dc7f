/* test-i18n.c
 *
 * The window in Simplified Chinese: with LANGUAGE=zh_CN the title and the
 * zone names come from the translation and the data's Chinese names,
 * counts from the model's own files are translated too, and the map's
 * buttons have no mnemonic letters and its scale no miles; imports are
 * dated 今天 13:27 and 昨天 13:27.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <shumate/shumate.h>
#include <string.h>

#include "pz-imports-window.h"
#include "pz-park.h"
#include "pz-test.h"
#include "pz-window.h"
#include "pz-zone.h"

/* Chinese labels carry no mnemonic letter ("综试区(Z)"), and the scale
 * reads kilometres only. */
static void
check_map_controls (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    check_map_controls (child);

  if (GTK_IS_TOGGLE_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    {
      const char *label = gtk_button_get_label (GTK_BUTTON (widget));

      g_assert_null (strchr (label, '('));
      g_assert_null (strchr (label, '_'));
    }
  if (SHUMATE_IS_SCALE (widget))
    g_assert_cmpint (shumate_scale_get_unit (SHUMATE_SCALE (widget)), ==, SHUMATE_UNIT_METRIC);
}

static void
test_i18n_window_title (void)
{
  g_autoptr(PzDatabase) database = pz_test_open_fixture ();
  g_autoptr(PzZone) first = NULL;
  PzWindow *window;

  window = pz_window_new (NULL, database);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "跨境电商综试区");
  first = g_list_model_get_item (pz_database_get_zones (database), 0);
  g_assert_cmpstr (pz_zone_get_display_name (first), ==, "杭州市");
  g_assert_cmpstr (pz_zone_get_display_province (first), ==, "浙江省");

  check_map_controls (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* pz-park.c was once missing from POTFILES.in, so park counts stayed
 * English. */
static void
test_i18n_park_count (void)
{
  g_autofree char *text = pz_parks_append_count ("第 1 批", 3);

  g_assert_cmpstr (text, ==, "第 1 批 · 3 个产业园区");
}

static char *
format_figure (double      value,
               const char *unit,
               const char *qualifier)
{
  g_autoptr(PzIndicator) figure = g_object_new (PZ_TYPE_INDICATOR, "value", value, "unit", unit,
                                                "year", 2023, "qualifier", qualifier, NULL);

  return pz_indicator_format_value (figure);
}

/* Chinese readers count in 万 and 亿, not in thousands and billions. */
static void
test_i18n_figures (void)
{
  g_autofree char *trillions = format_figure (2380, "billion CNY", NULL);
  g_autofree char *billions = format_figure (124.805, "billion CNY", "January-November only");
  g_autofree char *enterprises = format_figure (200000, "enterprises", "about");
  g_autofree char *few = format_figure (690, "parks", "more than");

  g_assert_cmpstr (trillions, ==, "2.38万亿元（2023 年）");
  g_assert_cmpstr (billions, ==, "1248.05亿元（2023 年；仅 1—11 月）");
  g_assert_cmpstr (enterprises, ==, "约 20万家企业（2023 年）");
  g_assert_cmpstr (few, ==, "超过 690个园区（2023 年）");
}

/* Manage Imports' dates in Chinese: "今天 13:27". */
static void
test_i18n_import_date (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *time = g_date_time_format (now, "%H:%M");
  g_autofree char *yesterday_time = g_date_time_format (yesterday, "%H:%M");
  g_autofree char *today_text = pz_format_import_date (now, now);
  g_autofree char *yesterday_text = pz_format_import_date (yesterday, now);
  g_autofree char *today_expected = g_strconcat ("今天 ", time, NULL);
  g_autofree char *yesterday_expected = g_strconcat ("昨天 ", yesterday_time, NULL);

  g_assert_cmpstr (today_text, ==, today_expected);
  g_assert_cmpstr (yesterday_text, ==, yesterday_expected);
}

int
main (int   argc,
      char *argv[])
{
  /* gettext ignores LANGUAGE in the C locale; C.UTF-8 is always there. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() keeps tests in the C locale; this one wants Chinese. */
  setlocale (LC_ALL, "");
  adw_init ();
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PZ_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/i18n/window-title", test_i18n_window_title);
  g_test_add_func ("/i18n/park-count", test_i18n_park_count);
  g_test_add_func ("/i18n/figures", test_i18n_figures);
  g_test_add_func ("/i18n/import-date", test_i18n_import_date);

  return g_test_run ();
}
