/* pz-user-database-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "pz-user-database.h"

G_BEGIN_DECLS

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
