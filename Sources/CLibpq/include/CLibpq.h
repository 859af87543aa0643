#ifndef JIEDAO_CLIBPQ_H
#define JIEDAO_CLIBPQ_H

// libpq, PostgreSQL's C client library, opened when first used rather than linked: linking it
// brings about twenty libraries (TLS, Kerberos, LDAP) into every start of jiedao, which costs
// about a third of a short command's time, and most commands never speak to PostgreSQL.
// The declarations come from libpq's own header (Debian: libpq-dev); libpq_loader.c defines
// the functions jiedao calls, each forwarding to libpq.so.5 once it is loaded.
#if __has_include(<postgresql/libpq-fe.h>)
#include <postgresql/libpq-fe.h>
#else
#include <libpq-fe.h>
#endif
#include <poll.h>

/// Loads libpq (`libpq.so.5`, or the file named by the environment variable JIEDAO_LIBPQ) once;
/// later calls return the first answer. Returns 1 when every function
/// jiedao uses was found, 0 otherwise with the reason in `jiedao_libpq_error()`.
int jiedao_libpq_load(void);

/// Why loading libpq failed (empty when it did not).
const char *jiedao_libpq_error(void);

#endif
