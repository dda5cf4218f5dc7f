/* pz-figure-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-database.h"
#include "pz-indicator.h"

G_BEGIN_DECLS

GtkWidget *pz_text_row_new     (const char        *title,
                                const char        *text);
void       pz_link_button_wrap (GtkWidget         *button);
gboolean   pz_source_uri_is_web (const char       *uri);
GtkWidget *pz_source_links_new (PzDatabase        *database,
                                const char        *source_url,
                                const char        *source2_url);
GtkWidget *pz_figure_row_new   (PzDatabase        *database,
                                PzIndicator       *figure,
                                const char        *title);
GtkWidget *pz_figures_row_new  (PzDatabase        *database,
                                GListModel        *figures,
                                const char        *title);

G_END_DECLS
