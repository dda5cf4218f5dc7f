/* pz-cli.c
 *
 * Headless export from the command line: images and data are written
 * without a window and without a display, so reports can be scripted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "pz-cli.h"
#include "pz-cli-import.h"
#include "pz-export.h"
#include "pz-import.h"
#include "pz-map-composition.h"
#include "pz-search.h"
#include "pz-stats.h"
#include "pz-user-database.h"
#include "pz-view-link-filter.h"

/* Options of image exports and of data exports, in their own groups of
 * --help. GApplication packs only main options into its dictionary, so
 * these are parsed into slots and added to it by pz_cli_collect(). */
static const GOptionEntry image_entries[] = {
  { "width", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Image width in pixels (CSS pixels of 1/96 inch for SVG and PDF); default 1920"), N_("W") },
  { "height", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Image height in pixels; default 1080"), N_("H") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("A page of paper instead of pixels: A3, A4, A5 or Letter (default for PDF: A4)"), N_("SIZE") },
  { "landscape", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Paper in landscape orientation (default)"), NULL },
  { "portrait", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Paper in portrait orientation"), NULL },
  { "dpi", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Resolution of a PNG, 72 to 1200 dots per inch (default: 300 on paper)"), N_("DPI") },
  { "center", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Centre the map on LAT,LON (with --zoom)"), N_("LAT,LON") },
  { "zoom", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Zoom level, 2 to 12 (default: fit the zones shown)"), N_("Z") },
  { "title", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Image title (default: from the filter)"), N_("TITLE") },
  { "mode", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("zones (markers, default), provinces (zones per province) or imported (imported enterprises per province)"),
    N_("MODE") },
  { "parks", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Draw the industrial parks of the zones shown (not with --mode provinces)"), NULL },
  { "boundaries", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("china (as maps published in China, default) or de-facto (Natural Earth’s view)"), N_("VIEW") },
  { "chart", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a statistics chart of the zones shown instead of the map: batches, over-time or provinces"),
    N_("CHART") },
  { "no-title", 0, 0, G_OPTION_ARG_NONE, NULL, N_("No title above the map"), NULL },
  { "no-legend", 0, 0, G_OPTION_ARG_NONE, NULL, N_("No legend"), NULL },
  { "no-scale", 0, 0, G_OPTION_ARG_NONE, NULL, N_("No scale bar"), NULL },
  { "no-north", 0, 0, G_OPTION_ARG_NONE, NULL, N_("No north arrow"), NULL },
  { "no-attribution", 0, 0, G_OPTION_ARG_NONE, NULL, N_("No attribution of the map data"), NULL },
  { NULL }
};

static const GOptionEntry data_entries[] = {
  { "bom", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Start CSV with a byte-order mark, for spreadsheet programs"), NULL },
  { NULL }
};

static union { gboolean flag; char *text; } image_values[G_N_ELEMENTS (image_entries)];
static union { gboolean flag; char *text; } data_values[G_N_ELEMENTS (data_entries)];

static GOptionGroup *
option_group (const char        *name,
              const char        *description,
              const char        *help,
              const GOptionEntry entries[],
              gpointer           values,
              gsize              n)
{
  GOptionGroup *group = g_option_group_new (name, description, help, NULL, NULL);
  g_autofree GOptionEntry *copy = g_memdup2 (entries, n * sizeof *entries);

  for (gsize i = 0; i + 1 < n; i++)
    copy[i].arg_data = (char *) values + i * sizeof image_values[0];
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_group_add_entries (group, copy);
  return group;
}

void
pz_cli_add_options (GApplication *application)
{
  static const GOptionEntry options[] = {
    { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the map as an image to FILE and exit, without a window"), N_("FILE") },
    { "export-data", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the zones shown as data (CSV, GeoJSON or GeoPackage) to FILE and exit"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("png, svg or pdf for --export; csv, geojson or gpkg for --export-data (default: from the file name)"),
      N_("FORMAT") },
    { "batch", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Only these batches, e.g. 1,3"), N_("LIST") },
    { "province", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Only these provinces, by English or Chinese name or code, e.g. Zhejiang,广东"), N_("LIST") },
    { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Start from the view of a link the app copied (pilotzones:?…): its filter, mode, centre and zoom; "
         "the other options add to the filter or replace the rest"), N_("URI") },
    { "force", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Replace FILE if it exists"), NULL },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Import an enterprise list (CSV with a name and a zone, city or coordinates) and exit"), N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (application, options);
  g_application_add_option_group (application,
                                  option_group ("image", _("Image export (--export):"), _("Show the options of image exports"),
                                                image_entries, image_values, G_N_ELEMENTS (image_entries)));
  g_application_add_option_group (application,
                                  option_group ("data", _("Data export (--export-data):"), _("Show the options of data exports"),
                                                data_entries, data_values, G_N_ELEMENTS (data_entries)));
}

static void
collect_group (GVariantDict       *options,
               const GOptionEntry  entries[],
               gpointer            values)
{
  for (gsize i = 0; entries[i].long_name != NULL; i++)
    {
      gpointer slot = (char *) values + i * sizeof image_values[0];

      if (entries[i].arg == G_OPTION_ARG_NONE && *(gboolean *) slot)
        g_variant_dict_insert (options, entries[i].long_name, "b", TRUE);
      else if (entries[i].arg == G_OPTION_ARG_STRING && *(char **) slot != NULL)
        g_variant_dict_insert (options, entries[i].long_name, "s", *(char **) slot);
    }
}

/**
 * pz_cli_collect:
 *
 * Adds the options of the image and data groups to @options, as if they
 * were main options.
 */
void
pz_cli_collect (GVariantDict *options)
{
  collect_group (options, image_entries, image_values);
  collect_group (options, data_entries, data_values);
}

static const char *
extension_of (const char *path)
{
  const char *dot = strrchr (path, '.');

  return dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL ? dot + 1 : NULL;
}

static gboolean
fail (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError     **error,
      const char  *format,
      ...)
{
  GError *local_error;
  va_list args;

  va_start (args, format);
  local_error = g_error_new_valist (G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, format, args);
  va_end (args);
  g_propagate_error (error, local_error);
  return FALSE;
}

static gboolean
apply_batches (PzZoneFilter  *filter,
               PzDatabase    *database,
               const char    *list,
               GError       **error)
{
  g_auto(GStrv) items = g_strsplit (list, ",", -1);
  guint n_batches = g_list_model_get_n_items (pz_database_get_batches (database));

  for (guint i = 0; items[i] != NULL; i++)
    {
      guint64 batch;

      g_strstrip (items[i]);
      if (!g_ascii_string_to_unsigned (items[i], 10, 1, n_batches, &batch, NULL))
        return fail (error, _("--batch: “%s” is not a batch number from 1 to %u"), items[i], n_batches);
      pz_zone_filter_set_batch (filter, (guint) batch, TRUE);
    }
  return TRUE;
}

/* A province by code, by English or Chinese name, or by the start of its
 * Chinese name ("浙江" for 浙江省). */
static const char *
find_province (GListModel *zones,
               const char *name)
{
  g_autofree char *key = pz_search_key (name);

  for (guint i = 0; i < g_list_model_get_n_items (zones) && *key != '\0'; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      g_autofree char *en = pz_search_key (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_EN));
      g_autofree char *zh = pz_search_key (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_ZH));
      const char *code = pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE);

      if (g_strcmp0 (key, en) == 0 || g_strcmp0 (key, code) == 0 ||
          (g_str_has_prefix (zh, key) && g_utf8_strlen (key, -1) >= 2))
        return code;
    }
  return NULL;
}

static gboolean
apply_provinces (PzZoneFilter  *filter,
                 PzDatabase    *database,
                 const char    *list,
                 GError       **error)
{
  g_auto(GStrv) items = g_strsplit (list, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      const char *code = find_province (pz_database_get_zones (database), g_strstrip (items[i]));

      if (code == NULL)
        return fail (error, _("--province: no province with zones is called “%s”"), items[i]);
      pz_zone_filter_set_province (filter, code, TRUE);
    }
  return TRUE;
}

static gboolean
parse_center (const char  *text,
              double      *latitude,
              double      *longitude,
              GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  char *end_lat = NULL, *end_lon = NULL;

  if (g_strv_length (parts) == 2)
    {
      *latitude = g_ascii_strtod (g_strstrip (parts[0]), &end_lat);
      *longitude = g_ascii_strtod (g_strstrip (parts[1]), &end_lon);
      if (end_lat != parts[0] && *end_lat == '\0' && end_lon != parts[1] && *end_lon == '\0' &&
          *latitude >= -85 && *latitude <= 85 && *longitude >= -180 && *longitude <= 180)
        return TRUE;
    }
  return fail (error, _("--center: “%s” is not LAT,LON in degrees, e.g. 30.27,120.15"), text);
}

/* A view link sets the filter, the mode and the view; the map of an export
 * keeps to the zoom levels the command line allows. */
static gboolean
apply_view (PzCliRequest  *request,
            const char    *uri,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PzViewLink) link = pz_view_link_parse (uri, &local_error);

  if (link == NULL)
    return fail (error, _("--view: %s"), local_error->message);
  pz_view_link_apply_filter (link, request->filter);
  if (link->mode != NULL && !pz_map_mode_from_string (link->mode, &request->mode))
    return fail (error, _("--view: unknown mode “%s”"), link->mode);
  if (link->has_center && link->has_zoom)
    {
      request->latitude = link->latitude;
      request->longitude = link->longitude;
      request->zoom = CLAMP (link->zoom, 2.0, 12.0);
      request->has_view = TRUE;
    }
  return TRUE;
}

/* Options that only an image export uses, and the one only data uses. */
static const char * const image_only[] = {
  "width", "height", "paper", "landscape", "portrait", "dpi", "center", "zoom", "title", "mode", "parks", "chart",
  "boundaries",
  "no-title", "no-legend", "no-scale", "no-north", "no-attribution",
};

static gboolean
check_applicable (GVariantDict  *options,
                  gboolean       image,
                  gboolean       data,
                  GError       **error)
{
  for (guint i = 0; !image && i < G_N_ELEMENTS (image_only); i++)
    if (g_variant_dict_contains (options, image_only[i]))
      return fail (error, _("--%s applies to images (--export), not to --export-data"), image_only[i]);
  if (!data && g_variant_dict_contains (options, "bom"))
    return fail (error, _("--bom applies to CSV data (--export-data), not to images"));
  return TRUE;
}

/* Numbers are read as text: GApplication drops a number option whose
 * value is 0, which would make "--width 0" mean the default. */
static gboolean
lookup_int (GVariantDict  *options,
            const char    *name,
            int           *value,
            GError       **error)
{
  const char *text = NULL;
  gint64 number;

  if (!g_variant_dict_lookup (options, name, "&s", &text))
    return FALSE;
  if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &number, NULL) || number <= 0)
    return !fail (error, _("--%s: “%s” is not a size in pixels"), name, text);
  *value = (int) number;
  return TRUE;
}

/* A number, or NaN when the text is not one (the caller's range check
 * then names the option). */
static gboolean
lookup_double (GVariantDict *options,
               const char   *name,
               double       *value)
{
  const char *text = NULL;
  char *end = NULL;

  if (g_variant_dict_lookup (options, name, "&s", &text))
    {
      *value = g_ascii_strtod (text, &end);
      *value = end == text || *end != '\0' ? NAN : *value;
    }
  return text != NULL;
}

static gboolean
page_options (GVariantDict    *options,
              PzImageOptions  *image,
              GError         **error)
{
  const char *paper = NULL;
  GError *local_error = NULL;
  gboolean has_width = lookup_int (options, "width", &image->width, &local_error);
  gboolean has_height = local_error == NULL && lookup_int (options, "height", &image->height, &local_error);
  gboolean has_paper = g_variant_dict_lookup (options, "paper", "&s", &paper);
  gboolean has_dpi = lookup_double (options, "dpi", &image->dpi);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (has_paper && !pz_paper_from_name (paper, &image->paper))
    return fail (error, _("--paper: “%s” is not A3, A4, A5 or Letter"), paper);
  if (has_paper && (has_width || has_height))
    return fail (error, _("--paper gives the size: leave out --width and --height"));
  if (g_variant_dict_contains (options, "landscape") && g_variant_dict_contains (options, "portrait"))
    return fail (error, _("--landscape and --portrait exclude each other"));
  if (!has_paper && (g_variant_dict_contains (options, "landscape") || g_variant_dict_contains (options, "portrait")))
    return fail (error, _("--%s applies to paper: add --paper"),
                 g_variant_dict_contains (options, "landscape") ? "landscape" : "portrait");
  image->landscape = !g_variant_dict_contains (options, "portrait");
  /* Written so that NaN is refused. */
  if (has_dpi && !(image->dpi >= 72 && image->dpi <= 1200))
    return fail (error, _("--dpi: %g is not a resolution between 72 and 1200"), image->dpi);
  if (has_dpi && image->format != PZ_IMAGE_PNG)
    return fail (error, _("--dpi applies to PNG images; SVG and PDF are drawn in vectors"));
  /* A PDF is for print: A4 unless a size is asked for. */
  if (image->format == PZ_IMAGE_PDF && !has_paper && !has_width && !has_height)
    image->paper = PZ_PAPER_A4;

  image->decorations.legend = !g_variant_dict_contains (options, "no-legend");
  image->decorations.scale_bar = !g_variant_dict_contains (options, "no-scale");
  image->decorations.north_arrow = !g_variant_dict_contains (options, "no-north");
  image->decorations.attribution = !g_variant_dict_contains (options, "no-attribution");
  return TRUE;
}

/* Options of a map that a chart does not have. */
static const char * const map_only[] = {
  "center", "zoom", "title", "mode", "parks", "boundaries", "no-title", "no-legend", "no-scale", "no-north",
  "no-attribution",
};

static gboolean
chart_options (GVariantDict  *options,
               PzCliRequest  *request,
               GError       **error)
{
  static const char * const charts[] = { "batches", "over-time", "provinces" };

  if (!g_variant_dict_lookup (options, "chart", "&s", &request->chart))
    return TRUE;
  if (!g_strv_contains (charts, request->chart))
    return fail (error, _("--chart: “%s” is not batches, over-time or provinces"), request->chart);
  for (guint i = 0; i < G_N_ELEMENTS (map_only); i++)
    if (g_variant_dict_contains (options, map_only[i]))
      return fail (error, _("--%s applies to maps, not to --chart"), map_only[i]);
  return TRUE;
}

static gboolean
image_options (GVariantDict    *options,
               const char      *path,
               PzCliRequest    *request,
               GError         **error)
{
  PzImageOptions *image = &request->image;
  const char *format = NULL, *center = NULL, *mode = NULL, *boundaries = NULL;
  gboolean has_zoom;

  pz_image_options_init (image);
  if (!g_variant_dict_lookup (options, "format", "&s", &format))
    format = extension_of (path);
  if (!pz_image_format_from_name (format, &image->format))
    return fail (error, _("Unknown image format “%s”: use png, svg or pdf"), format != NULL ? format : "");

  if (!page_options (options, image, error) || !chart_options (options, request, error))
    return FALSE;
  if (g_variant_dict_contains (options, "no-title") && g_variant_dict_contains (options, "title"))
    return fail (error, _("--title and --no-title exclude each other"));
  request->no_title = g_variant_dict_contains (options, "no-title");

  has_zoom = lookup_double (options, "zoom", &request->zoom);
  if (g_variant_dict_lookup (options, "center", "&s", &center))
    {
      if (!parse_center (center, &request->latitude, &request->longitude, error))
        return FALSE;
      if (!has_zoom && !request->has_view)
        return fail (error, _("--center needs --zoom"));
      request->has_view = TRUE;
    }
  else if (has_zoom && !request->has_view)
    return fail (error, _("--zoom needs --center"));
  /* Written so that NaN ("--zoom nan" parses as a double) is refused. */
  if (has_zoom && !(request->zoom >= 2 && request->zoom <= 12))
    return fail (error, _("--zoom: %g is not between 2 and 12"), request->zoom);

  if (g_variant_dict_lookup (options, "mode", "&s", &mode) &&
      (g_strcmp0 (mode, "enterprises") == 0 || !pz_map_mode_from_string (mode, &request->mode)))
    return fail (error, _("--mode: “%s” is not zones, provinces or imported"), mode);
  request->parks = g_variant_dict_contains (options, "parks");
  if (request->parks && request->mode != PZ_MAP_MODE_ZONES)
    return fail (error, _("--parks draws park symbols, which the province modes do not show"));
  if (g_variant_dict_lookup (options, "boundaries", "&s", &boundaries) &&
      !pz_boundaries_from_string (boundaries, &request->boundaries))
    return fail (error, _("--boundaries: “%s” is not china or de-facto"), boundaries);
  return TRUE;
}

void
pz_cli_request_clear (PzCliRequest *request)
{
  g_clear_object (&request->filter);
}

/**
 * pz_cli_parse:
 *
 * Checks every export option against @database before anything is
 * written, so a mistake in the last option leaves no half-done export.
 * The paths in @request point into @options.
 */
gboolean
pz_cli_parse (GVariantDict  *options,
              PzDatabase    *database,
              PzCliRequest  *request,
              GError       **error)
{
  const char *list = NULL, *format = NULL, *view = NULL;

  *request = (PzCliRequest) { .filter = pz_zone_filter_new () };
  request->force = g_variant_dict_contains (options, "force");
  request->bom = g_variant_dict_contains (options, "bom");
  g_variant_dict_lookup (options, "export", "^&ay", &request->image_path);
  g_variant_dict_lookup (options, "export-data", "^&ay", &request->data_path);
  g_variant_dict_lookup (options, "format", "&s", &format);
  if (request->image_path != NULL && request->data_path != NULL && format != NULL)
    return fail (error, _("--format is ambiguous with both --export and --export-data"));
  if (!check_applicable (options, request->image_path != NULL, request->data_path != NULL, error))
    return FALSE;

  if (g_variant_dict_lookup (options, "view", "&s", &view) && !apply_view (request, view, error))
    return FALSE;
  if (g_variant_dict_lookup (options, "batch", "&s", &list) && !apply_batches (request->filter, database, list, error))
    return FALSE;
  if (g_variant_dict_lookup (options, "province", "&s", &list) &&
      !apply_provinces (request->filter, database, list, error))
    return FALSE;

  if (request->image_path != NULL && !image_options (options, request->image_path, request, error))
    return FALSE;

  if (request->data_path != NULL)
    {
      const char *name = format != NULL ? format : extension_of (request->data_path);

      if (!pz_data_format_from_name (name, &request->data_format))
        return fail (error, _("Unknown data format “%s”: use csv, geojson or gpkg"), name != NULL ? name : "");
    }
  return TRUE;
}

/* The "imported" mode counts what the user imported, as the window does. */
static gboolean
set_imported (PzMapComposition  *map,
              GError           **error)
{
  g_autofree char *path = pz_user_database_default_path ();
  g_autoptr(PzUserDatabase) user = pz_user_database_open (path, error);

  if (user == NULL)
    return FALSE;
  pz_map_composition_set_imported (map, pz_user_database_get_counts_by_zone (user));
  return TRUE;
}

static gboolean
run (GVariantDict  *options,
     const char    *database_path,
     GError       **error)
{
  g_autoptr(PzDatabase) database = NULL;
  g_auto(PzCliRequest) request = { NULL };
  g_autoptr(GtkFilterListModel) shown = NULL;

  if (!(database = pz_database_open (database_path, error)) ||
      !pz_cli_parse (options, database, &request, error))
    return FALSE;

  shown = gtk_filter_list_model_new (g_object_ref (pz_database_get_zones (database)),
                                     g_object_ref (GTK_FILTER (request.filter)));

  if (request.image_path != NULL && request.chart != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (request.image_path);
      g_autoptr(PzChart) chart = NULL;

      if (g_str_equal (request.chart, "batches"))
        chart = pz_stats_zones_per_batch (G_LIST_MODEL (shown));
      else if (g_str_equal (request.chart, "over-time"))
        chart = pz_stats_zones_over_time (G_LIST_MODEL (shown));
      else
        chart = pz_stats_top_provinces (G_LIST_MODEL (shown), 10);
      if (!pz_export_chart (chart, &request.image, file, request.force, error))
        return FALSE;
    }
  else if (request.image_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (request.image_path);
      g_autoptr(PzMapComposition) map = pz_map_composition_new (database, G_LIST_MODEL (shown));
      g_autofree char *description = pz_zone_filter_describe (request.filter, pz_database_get_zones (database));
      g_autofree char *default_title = pz_export_default_title (description);
      const char *title = NULL;

      pz_map_composition_set_description (map, description);
      pz_map_composition_set_mode (map, request.mode);
      pz_map_composition_set_show_parks (map, request.parks);
      pz_map_composition_set_boundaries (map, request.boundaries);
      if (request.has_view)
        pz_map_composition_set_view (map, request.latitude, request.longitude, request.zoom, 0);
      if (request.mode == PZ_MAP_MODE_IMPORTED && !set_imported (map, error))
        return FALSE;

      g_variant_dict_lookup (options, "title", "&s", &title);
      request.image.decorations.title = request.no_title ? NULL : title != NULL ? title : default_title;
      if (!pz_export_image (map, &request.image, file, request.force, error))
        return FALSE;
    }

  if (request.data_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (request.data_path);

      if (!pz_export_data (G_LIST_MODEL (shown), pz_database_get_parks (database), request.data_format, request.bom, file, request.force, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * pz_cli_run:
 *
 * Returns: an exit status, or -1 when neither an export nor an import
 *   was asked for
 */
int
pz_cli_run (GVariantDict *options,
            const char   *database_path)
{
  g_autoptr(GError) error = NULL;

  const char *import_path = NULL;

  pz_cli_collect (options);
  if (g_variant_dict_lookup (options, "import", "^&ay", &import_path))
    {
      g_autoptr(PzDatabase) database = pz_database_open (database_path, &error);

      if (database == NULL || !pz_cli_import (import_path, database, &error))
        {
          g_printerr ("pilot-zones: %s\n", error->message);
          return 1;
        }
      return 0;
    }

  if (!g_variant_dict_contains (options, "export") && !g_variant_dict_contains (options, "export-data"))
    return -1;

  if (!run (options, database_path, &error))
    {
      g_printerr ("pilot-zones: %s\n", error->message);
      return 1;
    }
  return 0;
}
