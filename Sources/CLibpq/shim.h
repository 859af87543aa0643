#ifndef JIEDAO_CLIBPQ_SHIM_H
#define JIEDAO_CLIBPQ_SHIM_H

// libpq, PostgreSQL's C client library (Debian: libpq-dev). Debian puts the header
// in its own directory; the other path is where source builds install it.
#if __has_include(<postgresql/libpq-fe.h>)
#include <postgresql/libpq-fe.h>
#else
#include <libpq-fe.h>
#endif
#include <poll.h>

#endif
