/* test-cli.c
 *
 * The command line: a refused option returns FALSE whether or not the
 * caller asks for the error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pz-cli.h"
#include "pz-export.h"
#include "pz-test.h"

static PzDatabase *database;

static gboolean
parse (const char  *key,
       const char  *value,
       GError     **error)
{
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_auto(PzCliRequest) request = { NULL };

  g_variant_dict_insert (options, "export", "^ay", "map.png");
  g_variant_dict_insert (options, key, "s", value);
  return pz_cli_parse (options, database, &request, error);
}

static void
test_cli_error_optional (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (parse ("batch", "1", NULL));
  g_assert_false (parse ("batch", "99", &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);

  /* Callers that only want the verdict pass NULL. */
  g_assert_false (parse ("batch", "99", NULL));
  g_assert_false (parse ("province", "Atlantis", NULL));
  g_assert_false (parse ("center", "95,10", NULL));
  g_assert_false (parse ("mode", "hexagons", NULL));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  database = pz_test_open_fixture ();

  g_test_add_func ("/cli/error-optional", test_cli_error_optional);

  status = g_test_run ();
  g_object_unref (database);
  return status;
}
