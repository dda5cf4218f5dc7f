/* pz-user-database-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "pz-user-database.h"

G_BEGIN_DECLS

/* The connection, for tests that simulate a full disk (max_page_count). */
sqlite3 *_pz_user_database_get_handle (PzUserDatabase *self);

G_END_DECLS
