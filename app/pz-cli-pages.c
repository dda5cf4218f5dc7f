/* pz-cli-pages.c
 *
 * The command line's exports that are not a map: a chart of the zones
 * shown (--chart) and a comparison of provinces or zones (--compare),
 * each on a page of the export's page model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-cli.h"
#include "pz-comparison.h"
#include "pz-stats.h"

/* Options of a map that a chart or a comparison does not have. */
static const char * const map_only[] = {
  "center", "zoom", "title", "mode", "parks", "boundaries", "no-title", "no-legend", "no-scale", "no-north",
  "no-attribution",
};

/**
 * pz_cli_parse_page_kind:
 *
 * Reads --chart and --compare, which replace the map by another page.
 *
 * Returns: %FALSE, with @error set, for an unknown chart, both at once, or
 *   an option of maps with either
 */
gboolean
pz_cli_parse_page_kind (GVariantDict  *options,
                        PzCliRequest  *request,
                        GError       **error)
{
  static const char * const charts[] = { "batches", "over-time", "provinces", NULL };
  const char *kind = NULL;

  if (g_variant_dict_lookup (options, "chart", "&s", &request->chart))
    {
      kind = "chart";
      if (!g_strv_contains (charts, request->chart))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--chart: “%s” is not batches, over-time or provinces"), request->chart);
          return FALSE;
        }
    }
  if (g_variant_dict_lookup (options, "compare", "&s", &request->compare))
    {
      if (kind != NULL)
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               _("--chart and --compare exclude each other"));
          return FALSE;
        }
      kind = "compare";
    }
  for (guint i = 0; kind != NULL && i < G_N_ELEMENTS (map_only); i++)
    if (g_variant_dict_contains (options, map_only[i]))
      {
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--%s applies to maps, not to --%s"),
                     map_only[i], kind);
        return FALSE;
      }
  return TRUE;
}

/* Two to four provinces or zones on an A4 page unless the options give
 * another: portrait for two, landscape for more. */
static gboolean
export_comparison (GVariantDict   *options,
                   PzCliRequest   *request,
                   PzDatabase     *database,
                   GFile          *file,
                   GError        **error)
{
  g_auto(GStrv) ids = g_strsplit (request->compare, ",", -1);
  g_autoptr(PzComparison) comparison = NULL;
  PzImageOptions page = request->image;
  guint n;

  for (guint i = 0; ids[i] != NULL; i++)
    g_strstrip (ids[i]);
  comparison = pz_comparison_new (database, NULL, (const char * const *) ids);
  n = pz_comparison_get_n_items (comparison);
  if (n < 1 || n != g_strv_length (ids))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--compare: “%s” is not one to four province codes or zone ids, e.g. 330000,440000"),
                   request->compare);
      return FALSE;
    }
  if (!g_variant_dict_contains (options, "paper") && !g_variant_dict_contains (options, "width") &&
      !g_variant_dict_contains (options, "height"))
    page.paper = PZ_PAPER_A4;
  if (!g_variant_dict_contains (options, "landscape") && !g_variant_dict_contains (options, "portrait"))
    page.landscape = n > 2;
  return pz_comparison_export (comparison, &page, file, request->force, error);
}

/**
 * pz_cli_export_page_kind:
 * @shown: the zones the filter shows, which a chart counts
 *
 * Writes the chart or the comparison that the request asks for instead
 * of a map.
 *
 * Returns: %TRUE if the file was written; else @error says why
 */
gboolean
pz_cli_export_page_kind (GVariantDict  *options,
                         PzCliRequest  *request,
                         PzDatabase    *database,
                         GListModel    *shown,
                         GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (request->image_path);
  g_autoptr(PzChart) chart = NULL;

  if (request->compare != NULL)
    return export_comparison (options, request, database, file, error);

  if (g_str_equal (request->chart, "batches"))
    chart = pz_stats_zones_per_batch (shown);
  else if (g_str_equal (request->chart, "over-time"))
    chart = pz_stats_zones_over_time (shown);
  else
    chart = pz_stats_top_provinces (shown, 10);
  return pz_export_chart (chart, &request->image, file, request->force, error);
}
