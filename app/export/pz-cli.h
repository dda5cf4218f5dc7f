/* pz-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void pz_cli_add_options (GApplication *application);
int  pz_cli_run         (GVariantDict *options,
                         const char   *database_path);

G_END_DECLS
