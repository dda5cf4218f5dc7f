/* test-links.c
 *
 * Links from the data open only http and https: a source of another
 * scheme (file:, javascript:, a custom handler) in a replaced database is
 * shown as text, in the zone's sources, a park's row and a figure's row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "pz-database.h"
#include "pz-figure-row.h"
#include "pz-test.h"
#include "pz-zone-details.h"

static void
test_links_schemes (void)
{
  g_assert_true (pz_source_uri_is_web ("https://www.gov.cn/zhengce/content/2015-03/12/content_9522.htm"));
  g_assert_true (pz_source_uri_is_web ("http://www.xinhuanet.com/"));
  g_assert_true (pz_source_uri_is_web ("HTTPS://www.gov.cn/"));
  g_assert_false (pz_source_uri_is_web ("file:///etc/passwd"));
  g_assert_false (pz_source_uri_is_web ("javascript:alert(1)"));
  g_assert_false (pz_source_uri_is_web ("ftp://example.com/x"));
  g_assert_false (pz_source_uri_is_web ("smb://host/share"));
  g_assert_false (pz_source_uri_is_web ("www.gov.cn"));
  g_assert_false (pz_source_uri_is_web (""));
  g_assert_false (pz_source_uri_is_web (NULL));
}

/* Every link button under @widget that can be pressed opens http(s);
 * returns whether some label or button shows @text. */
static gboolean
check_links (GtkWidget  *widget,
             const char *text)
{
  gboolean shown = FALSE;

  if (GTK_IS_LINK_BUTTON (widget) && gtk_widget_get_sensitive (widget) && gtk_widget_get_visible (widget))
    g_assert_true (pz_source_uri_is_web (gtk_link_button_get_uri (GTK_LINK_BUTTON (widget))));
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    shown = TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    shown |= check_links (child, text);
  return shown;
}

static void
test_links_figure_and_park_rows (void)
{
  GtkWidget *links = g_object_ref_sink (pz_source_links_new (NULL, "javascript:alert(1)",
                                                             "https://www.gov.cn/"));

  g_assert_true (check_links (links, "javascript:alert(1)"));
  g_assert_true (GTK_IS_LINK_BUTTON (gtk_widget_get_last_child (links)));
  g_object_unref (links);
}

/* The fixture with Hangzhou's document and a park's and a figure's
 * sources replaced by other schemes, shown in the zone's details. */
static void
test_links_zone_details (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fixture = g_test_build_filename (G_TEST_BUILT, "fixture.gpkg", NULL);
  g_autofree char *path = NULL;
  g_autoptr(PzDatabase) database = NULL;
  g_autoptr(PzZone) zone = NULL;
  GtkWidget *details;
  sqlite3 *db = NULL;

  path = pz_test_copy_to_temp (fixture);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "UPDATE zones SET source_url = 'file:///etc/passwd' WHERE zone_id = 'hangzhou';"
                                 "UPDATE zones SET source2_url = 'javascript:alert(1)' WHERE zone_id = 'hangzhou';"
                                 "UPDATE parks SET source_url = 'smb://host/share' WHERE zone_id = 'hangzhou';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  database = pz_database_open (path, &error);
  g_assert_no_error (error);
  zone = g_list_model_get_item (pz_database_get_zones (database), 0);
  g_assert_cmpstr (pz_zone_get_id (zone), ==, "hangzhou");

  details = g_object_ref_sink (g_object_new (PZ_TYPE_ZONE_DETAILS, NULL));
  pz_zone_details_set_batches (PZ_ZONE_DETAILS (details), pz_database_get_batches (database));
  pz_zone_details_set_zones (PZ_ZONE_DETAILS (details), pz_database_get_zones (database));
  pz_zone_details_set_parks (PZ_ZONE_DETAILS (details), pz_database_get_parks (database));
  pz_zone_details_set_indicators (PZ_ZONE_DETAILS (details), database);
  pz_zone_details_set_zone (PZ_ZONE_DETAILS (details), zone);

  g_assert_true (check_links (details, "file:///etc/passwd"));
  g_assert_true (check_links (details, "javascript:alert(1)"));
  g_assert_true (check_links (details, "smb://host/share"));

  g_object_unref (details);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/links/schemes", test_links_schemes);
  g_test_add_func ("/links/figure-and-park-rows", test_links_figure_and_park_rows);
  g_test_add_func ("/links/zone-details", test_links_zone_details);

  return g_test_run ();
}
