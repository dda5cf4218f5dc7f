/* pz-user-database-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "pz-user-database.h"

G_BEGIN_DECLS

/* The indexes of the enterprises, dropped and built again by a writer
 * that adds more rows than there were. */
#define _PZ_USER_DATABASE_INDEXES \
  "CREATE INDEX IF NOT EXISTS enterprises_zone ON enterprises(zone_id);" \
  "CREATE INDEX IF NOT EXISTS enterprises_import ON enterprises(import_id);"
#define _PZ_USER_DATABASE_DROP_INDEXES \
  "DROP INDEX IF EXISTS enterprises_zone; DROP INDEX IF EXISTS enterprises_import;"

/* How long a connection waits for another process's write to end. */
#define _PZ_USER_DATABASE_BUSY_TIMEOUT_MS 5000

/* For tests: makes the next imports fail at their row @n_rows (0 is
 * the first), inside the transaction; G_MAXUINT turns it off. */
void _pz_user_database_set_fail_after_rows (PzUserDatabase *self,
                                            guint           n_rows);

sqlite3  *_pz_user_database_get_handle          (PzUserDatabase  *self);
guint     _pz_user_database_get_fail_after_rows (PzUserDatabase  *self);
gboolean  _pz_user_database_fail                (PzUserDatabase  *self,
                                                 GError         **error,
                                                 int              code,
                                                 const char      *what);
void      _pz_user_database_committed           (PzUserDatabase  *self);

G_END_DECLS
