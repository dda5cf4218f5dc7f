/* pz-cli-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-database.h"

G_BEGIN_DECLS

/* The problems --import prints; the rest are counted. */
#define PZ_CLI_IMPORT_MAX_PRINTED 100

gboolean pz_cli_import (const char  *path,
                        PzDatabase  *database,
                        GError     **error);

G_END_DECLS
