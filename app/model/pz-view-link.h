/* pz-view-link.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PZ_VIEW_LINK_SCHEME "pilotzones"

#define PZ_VIEW_LINK_ERROR (pz_view_link_error_quark ())

typedef enum
{
  PZ_VIEW_LINK_ERROR_NOT_A_LINK,
  PZ_VIEW_LINK_ERROR_UNKNOWN_PARAMETER,
  PZ_VIEW_LINK_ERROR_BAD_VALUE,
} PzViewLinkError;

/* What a view link carries: the filter, the map's mode, centre and zoom.
 * Every part is optional; an unset part leaves the default. */
typedef struct
{
  GArray    *batches;     /* guint, ascending, each once */
  GPtrArray *provinces;   /* province codes ("330000"), ascending, each once */
  char      *text;        /* the search, or NULL */
  guint      first_year;  /* 0: no range of years */
  guint      last_year;
  char      *date;        /* "YYYY-MM-DD": zones approved and in force that day, or NULL */
  char      *mode;        /* "zones", "provinces" or "enterprises", or NULL */
  gboolean   has_center;
  double     latitude;
  double     longitude;
  gboolean   has_zoom;
  double     zoom;
} PzViewLink;

GQuark      pz_view_link_error_quark (void);
PzViewLink *pz_view_link_new         (void);
void        pz_view_link_free        (PzViewLink       *link);
PzViewLink *pz_view_link_parse       (const char       *uri,
                                      GError          **error);
char       *pz_view_link_to_string   (const PzViewLink *link);
gboolean    pz_view_link_equal       (const PzViewLink *a,
                                      const PzViewLink *b);
void        pz_view_link_add_batch   (PzViewLink       *link,
                                      guint             batch);
void        pz_view_link_add_province (PzViewLink      *link,
                                       const char      *code);
gboolean    pz_view_link_set_date    (PzViewLink       *link,
                                      const char       *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzViewLink, pz_view_link_free)

G_END_DECLS
