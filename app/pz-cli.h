/* pz-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-database.h"
#include "pz-export.h"
#include "pz-zone-filter.h"

G_BEGIN_DECLS

/* What an --export / --export-data command line asks for. */
typedef struct
{
  PzZoneFilter   *filter;       /* owned */
  const char     *image_path;   /* NULL: no image */
  PzImageOptions  image;
  PzMapMode       mode;
  gboolean        parks;
  PzBoundaries    boundaries;
  gboolean        has_view;
  gboolean        no_title;
  const char     *chart;        /* NULL: the map */
  const char     *compare;      /* provinces or zones to compare instead of the map */
  double          latitude;
  double          longitude;
  double          zoom;
  const char     *data_path;    /* NULL: no data */
  PzDataFormat    data_format;
  gboolean        bom;
  gboolean        force;
} PzCliRequest;

void     pz_cli_add_options   (GApplication  *application);
gboolean pz_cli_parse         (GVariantDict  *options,
                               PzDatabase    *database,
                               PzCliRequest  *request,
                               GError       **error);
void     pz_cli_collect       (GVariantDict  *options);
void     pz_cli_request_clear (PzCliRequest  *request);
int      pz_cli_run           (GVariantDict  *options,
                               const char    *database_path);
gboolean pz_cli_parse_page_kind  (GVariantDict  *options,
                                  PzCliRequest  *request,
                                  GError       **error);
gboolean pz_cli_export_page_kind (GVariantDict  *options,
                                  PzCliRequest  *request,
                                  PzDatabase    *database,
                                  GListModel    *shown,
                                  GError       **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PzCliRequest, pz_cli_request_clear)

G_END_DECLS
