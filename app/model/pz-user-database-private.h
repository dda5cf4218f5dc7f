/* pz-user-database-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-user-database.h"

G_BEGIN_DECLS

/* For tests: makes the next imports fail at their row @n_rows (0 is
 * the first), inside the transaction; G_MAXUINT turns it off. */
void _pz_user_database_set_fail_after_rows (PzUserDatabase *self,
                                            guint           n_rows);

G_END_DECLS
