/* test-view-link.c
 *
 * View links: written and read back to the same filter, mode, centre and
 * zoom; an unknown parameter or a value out of form is refused with a
 * message naming it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <locale.h>
#include <string.h>

#include "pz-view-link-filter.h"

static void
test_view_link_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzViewLink) link =
    pz_view_link_parse ("pilotzones:?batch=5&province=440000&zoom=7&center=23.1,113.3&mode=zones&date=2022-12-31",
                        &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (link->batches->len, ==, 1);
  g_assert_cmpuint (g_array_index (link->batches, guint, 0), ==, 5);
  g_assert_cmpuint (link->provinces->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (link->provinces, 0), ==, "440000");
  g_assert_true (link->has_zoom);
  g_assert_cmpfloat (link->zoom, ==, 7);
  g_assert_true (link->has_center);
  g_assert_cmpfloat_with_epsilon (link->latitude, 23.1, 1e-12);
  g_assert_cmpfloat_with_epsilon (link->longitude, 113.3, 1e-12);
  g_assert_cmpstr (link->mode, ==, "zones");
  g_assert_cmpstr (link->date, ==, "2022-12-31");
  g_assert_null (link->text);
  g_assert_cmpuint (link->first_year, ==, 0);

  /* Written back in a fixed order. */
  text = pz_view_link_to_string (link);
  g_assert_cmpstr (text, ==, "pilotzones:?batch=5&province=440000&date=2022-12-31&mode=zones&zoom=7&center=23.1,113.3");
}

/* serialize → parse → the same filter, mode, centre and zoom; and the
 * filter a link sets gives the same link again. */
static void
test_view_link_round_trip (void)
{
  g_autoptr(PzViewLink) link = pz_view_link_new ();
  g_autoptr(PzViewLink) back = NULL;
  g_autoptr(PzViewLink) from_filter = pz_view_link_new ();
  g_autoptr(PzZoneFilter) filter = pz_zone_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree guint *batches = NULL;
  g_auto(GStrv) provinces = NULL;
  guint n_batches, first, last;

  pz_view_link_add_batch (link, 7);
  pz_view_link_add_batch (link, 2);
  pz_view_link_add_batch (link, 7);
  pz_view_link_add_province (link, "440000");
  pz_view_link_add_province (link, "330000");
  link->text = g_strdup ("杭州 & Co=1+1 #2 50%");
  link->first_year = 2016;
  link->last_year = 2018;
  g_assert_true (pz_view_link_set_date (link, "2020-02-29"));
  link->mode = g_strdup ("provinces");
  link->has_center = TRUE;
  link->latitude = 30.123456789;
  link->longitude = -120.5;
  link->has_zoom = TRUE;
  link->zoom = 6.25;

  text = pz_view_link_to_string (link);
  back = pz_view_link_parse (text, &error);
  g_assert_no_error (error);
  g_assert_true (pz_view_link_equal (link, back));
  g_assert_cmpuint (back->batches->len, ==, 2);
  g_assert_cmpuint (g_array_index (back->batches, guint, 0), ==, 2);
  g_assert_cmpstr (back->text, ==, "杭州 & Co=1+1 #2 50%");
  g_assert_cmpfloat_with_epsilon (back->latitude, 30.12346, 1e-9);
  again = pz_view_link_to_string (back);
  g_assert_cmpstr (again, ==, text);

  pz_view_link_apply_filter (back, filter);
  batches = pz_zone_filter_get_batches (filter, &n_batches);
  g_assert_cmpuint (n_batches, ==, 2);
  provinces = pz_zone_filter_get_provinces (filter);
  g_assert_cmpuint (g_strv_length (provinces), ==, 2);
  g_assert_true (pz_zone_filter_get_province (filter, "330000"));
  pz_zone_filter_get_years (filter, &first, &last);
  g_assert_cmpuint (first, ==, 2016);
  g_assert_cmpuint (last, ==, 2018);
  g_assert_cmpstr (pz_zone_filter_get_date (filter), ==, "2020-02-29");
  g_assert_cmpstr (pz_zone_filter_get_text (filter), ==, link->text);

  pz_view_link_set_filter (from_filter, filter);
  from_filter->mode = g_strdup (back->mode);
  from_filter->has_center = from_filter->has_zoom = TRUE;
  from_filter->latitude = back->latitude;
  from_filter->longitude = back->longitude;
  from_filter->zoom = back->zoom;
  g_assert_true (pz_view_link_equal (from_filter, back));

  /* Numbers are written the same in every locale. */
  setlocale (LC_NUMERIC, "de_DE.UTF-8");
  {
    g_autofree char *german = pz_view_link_to_string (link);

    g_assert_cmpstr (german, ==, text);
  }
  setlocale (LC_NUMERIC, "C");
}

static void
test_view_link_forms (void)
{
  const char *same[] = {
    "pilotzones:batch=1",
    "pilotzones://?batch=1",
    "PilotZones:?batch=1#fragment",
    "pilotzones:?&batch=1&",
    "pilotzones:?batch=%31",
  };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PzViewLink) link = pz_view_link_parse (same[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (link->batches->len, ==, 1);
      g_assert_cmpuint (g_array_index (link->batches, guint, 0), ==, 1);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PzViewLink) empty = pz_view_link_parse ("pilotzones:", &error);
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    text = pz_view_link_to_string (empty);
    g_assert_cmpstr (text, ==, "pilotzones:");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PzViewLink) link = pz_view_link_parse ("pilotzones:?mode=imported&years=2018&q=a+b", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (link->mode, ==, "enterprises");
    g_assert_cmpuint (link->first_year, ==, 2018);
    g_assert_cmpuint (link->last_year, ==, 2018);
    g_assert_cmpstr (link->text, ==, "a b");
  }
}

/* Each refused with a message that names what is wrong. */
static void
test_view_link_refused (void)
{
  static const struct { const char *uri; int code; const char *named; } cases[] = {
    { "https://example.org/?batch=5", PZ_VIEW_LINK_ERROR_NOT_A_LINK, "pilotzones:" },
    { "pilotzone:?batch=5", PZ_VIEW_LINK_ERROR_NOT_A_LINK, "pilotzones:" },
    { "", PZ_VIEW_LINK_ERROR_NOT_A_LINK, "pilotzones:" },
    { "pilotzones:?colour=red", PZ_VIEW_LINK_ERROR_UNKNOWN_PARAMETER, "colour" },
    { "pilotzones:?batch=five", PZ_VIEW_LINK_ERROR_BAD_VALUE, "batch" },
    { "pilotzones:?batch=0", PZ_VIEW_LINK_ERROR_BAD_VALUE, "batch" },
    { "pilotzones:?batch=", PZ_VIEW_LINK_ERROR_BAD_VALUE, "batch" },
    { "pilotzones:?batch", PZ_VIEW_LINK_ERROR_BAD_VALUE, "batch" },
    { "pilotzones:?batch=1,,2", PZ_VIEW_LINK_ERROR_BAD_VALUE, "batch" },
    { "pilotzones:?province=44", PZ_VIEW_LINK_ERROR_BAD_VALUE, "province" },
    { "pilotzones:?zoom=nan", PZ_VIEW_LINK_ERROR_BAD_VALUE, "zoom" },
    { "pilotzones:?zoom=99", PZ_VIEW_LINK_ERROR_BAD_VALUE, "zoom" },
    { "pilotzones:?zoom=7x", PZ_VIEW_LINK_ERROR_BAD_VALUE, "zoom" },
    { "pilotzones:?center=23.1", PZ_VIEW_LINK_ERROR_BAD_VALUE, "center" },
    { "pilotzones:?center=95,113", PZ_VIEW_LINK_ERROR_BAD_VALUE, "center" },
    { "pilotzones:?center=23.1,inf", PZ_VIEW_LINK_ERROR_BAD_VALUE, "center" },
    { "pilotzones:?mode=satellite", PZ_VIEW_LINK_ERROR_BAD_VALUE, "mode" },
    { "pilotzones:?date=2022-02-30", PZ_VIEW_LINK_ERROR_BAD_VALUE, "date" },
    { "pilotzones:?date=2022-2-3", PZ_VIEW_LINK_ERROR_BAD_VALUE, "date" },
    { "pilotzones:?years=2018-2016", PZ_VIEW_LINK_ERROR_BAD_VALUE, "years" },
    { "pilotzones:?q=%FF", PZ_VIEW_LINK_ERROR_BAD_VALUE, "q" },
    { "pilotzones:?q=%zz", PZ_VIEW_LINK_ERROR_BAD_VALUE, "escape" },
    { "pilotzones:?batch=5&province=440000&zoom=7&center=23.1,113.3&mode=zonez", PZ_VIEW_LINK_ERROR_BAD_VALUE, "zonez" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PzViewLink) link = pz_view_link_parse (cases[i].uri, &error);

      g_test_message ("%s: %s", cases[i].uri, error != NULL ? error->message : "(accepted)");
      g_assert_null (link);
      g_assert_error (error, PZ_VIEW_LINK_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].named));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/view-link/example", test_view_link_example);
  g_test_add_func ("/view-link/round-trip", test_view_link_round_trip);
  g_test_add_func ("/view-link/forms", test_view_link_forms);
  g_test_add_func ("/view-link/refused", test_view_link_refused);

  return g_test_run ();
}
