/* pz-database-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "pz-database.h"

G_BEGIN_DECLS

/* How much work reading one zone database may take: SQLite
 * virtual-machine steps, in thousands (the bundled one needs about 85),
 * and seconds (it needs well under one); a crafted one with pathological
 * queries is stopped at whichever comes first. */
#define PZ_DATABASE_STEP_BUDGET 1000000
#define PZ_DATABASE_TIME_BUDGET 10

/* For tests: the budget of the next loads, in thousands of steps. */
void     _pz_database_set_step_budget  (guint        budget);

gboolean _pz_database_set_sqlite_error (GError     **error,
                                        sqlite3     *db,
                                        const char  *path);
gboolean _pz_database_check_tables     (sqlite3     *db,
                                        const char  *path,
                                        GError     **error);
gboolean _pz_database_validate         (sqlite3     *db,
                                        const char  *path,
                                        GError     **error);
gboolean _pz_database_check_models     (GListModel  *zones,
                                        GListModel  *parks,
                                        const char  *path,
                                        GError     **error);

G_END_DECLS
