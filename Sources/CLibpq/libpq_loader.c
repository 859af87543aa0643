#include "CLibpq.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Every libpq function jiedao calls, as pointers filled by one dlsym each.
#define LIBPQ_FUNCTIONS(X) \
    X(PGconn *, PQconnectdb, (const char *conninfo)) \
    X(ConnStatusType, PQstatus, (const PGconn *conn)) \
    X(char *, PQerrorMessage, (const PGconn *conn)) \
    X(void, PQfinish, (PGconn *conn)) \
    X(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn *conn, PQnoticeProcessor proc, void *arg)) \
    X(PGresult *, PQexec, (PGconn *conn, const char *query)) \
    X(PGresult *, PQexecParams, (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, \
                                 const char *const *paramValues, const int *paramLengths, const int *paramFormats, \
                                 int resultFormat)) \
    X(ExecStatusType, PQresultStatus, (const PGresult *res)) \
    X(char *, PQresultErrorMessage, (const PGresult *res)) \
    X(char *, PQresultErrorField, (const PGresult *res, int fieldcode)) \
    X(void, PQclear, (PGresult *res)) \
    X(int, PQntuples, (const PGresult *res)) \
    X(int, PQnfields, (const PGresult *res)) \
    X(char *, PQfname, (const PGresult *res, int field_num)) \
    X(char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num)) \
    X(int, PQgetisnull, (const PGresult *res, int tup_num, int field_num)) \
    X(int, PQputCopyData, (PGconn *conn, const char *buffer, int nbytes)) \
    X(int, PQputCopyEnd, (PGconn *conn, const char *errormsg)) \
    X(PGresult *, PQgetResult, (PGconn *conn)) \
    X(int, PQconsumeInput, (PGconn *conn)) \
    X(PGnotify *, PQnotifies, (PGconn *conn)) \
    X(void, PQfreemem, (void *ptr)) \
    X(int, PQsocket, (const PGconn *conn))

#define DECLARE_POINTER(ret, name, params) static ret (*real_##name) params;
LIBPQ_FUNCTIONS(DECLARE_POINTER)

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static char failure[512] = "";

static void load(void) {
    // JIEDAO_LIBPQ names the library where it is not on the loader's path (a PostgreSQL
    // installed under its own prefix). RTLD_LOCAL keeps libpq's dependencies to itself.
    const char *file = getenv("JIEDAO_LIBPQ");
    if (file == NULL || file[0] == '\0') file = "libpq.so.5";
    void *library = dlopen(file, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(failure, sizeof failure, "%s", reason != NULL ? reason : file);
        return;
    }
#define LOOK_UP(ret, name, params) \
    real_##name = (ret (*) params)dlsym(library, #name); \
    if (real_##name == NULL) { \
        snprintf(failure, sizeof failure, "%s has no %s", file, #name); \
        return; \
    }
    LIBPQ_FUNCTIONS(LOOK_UP)
    loaded = 1;
}

int jiedao_libpq_load(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *jiedao_libpq_error(void) {
    jiedao_libpq_load();
    return failure;
}

// The forwarding functions. Callers load first (PostgresConnection does); a call without libpq
// returns what libpq returns for a missing connection or result, so nothing dereferences NULL.
PGconn *PQconnectdb(const char *conninfo) { return jiedao_libpq_load() ? real_PQconnectdb(conninfo) : NULL; }
ConnStatusType PQstatus(const PGconn *conn) { return jiedao_libpq_load() ? real_PQstatus(conn) : CONNECTION_BAD; }
char *PQerrorMessage(const PGconn *conn) { return jiedao_libpq_load() ? real_PQerrorMessage(conn) : (char *)failure; }
void PQfinish(PGconn *conn) { if (jiedao_libpq_load()) real_PQfinish(conn); }
PQnoticeProcessor PQsetNoticeProcessor(PGconn *conn, PQnoticeProcessor proc, void *arg) {
    return jiedao_libpq_load() ? real_PQsetNoticeProcessor(conn, proc, arg) : NULL;
}
PGresult *PQexec(PGconn *conn, const char *query) { return jiedao_libpq_load() ? real_PQexec(conn, query) : NULL; }
PGresult *PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                       const char *const *paramValues, const int *paramLengths, const int *paramFormats, int resultFormat) {
    return jiedao_libpq_load()
        ? real_PQexecParams(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat)
        : NULL;
}
ExecStatusType PQresultStatus(const PGresult *res) { return jiedao_libpq_load() ? real_PQresultStatus(res) : PGRES_FATAL_ERROR; }
char *PQresultErrorMessage(const PGresult *res) { return jiedao_libpq_load() ? real_PQresultErrorMessage(res) : (char *)failure; }
char *PQresultErrorField(const PGresult *res, int fieldcode) {
    return jiedao_libpq_load() ? real_PQresultErrorField(res, fieldcode) : NULL;
}
void PQclear(PGresult *res) { if (jiedao_libpq_load()) real_PQclear(res); }
int PQntuples(const PGresult *res) { return jiedao_libpq_load() ? real_PQntuples(res) : 0; }
int PQnfields(const PGresult *res) { return jiedao_libpq_load() ? real_PQnfields(res) : 0; }
char *PQfname(const PGresult *res, int field_num) { return jiedao_libpq_load() ? real_PQfname(res, field_num) : NULL; }
char *PQgetvalue(const PGresult *res, int tup_num, int field_num) {
    return jiedao_libpq_load() ? real_PQgetvalue(res, tup_num, field_num) : (char *)"";
}
int PQgetisnull(const PGresult *res, int tup_num, int field_num) {
    return jiedao_libpq_load() ? real_PQgetisnull(res, tup_num, field_num) : 1;
}
int PQputCopyData(PGconn *conn, const char *buffer, int nbytes) {
    return jiedao_libpq_load() ? real_PQputCopyData(conn, buffer, nbytes) : -1;
}
int PQputCopyEnd(PGconn *conn, const char *errormsg) { return jiedao_libpq_load() ? real_PQputCopyEnd(conn, errormsg) : -1; }
PGresult *PQgetResult(PGconn *conn) { return jiedao_libpq_load() ? real_PQgetResult(conn) : NULL; }
int PQconsumeInput(PGconn *conn) { return jiedao_libpq_load() ? real_PQconsumeInput(conn) : 0; }
PGnotify *PQnotifies(PGconn *conn) { return jiedao_libpq_load() ? real_PQnotifies(conn) : NULL; }
void PQfreemem(void *ptr) { if (jiedao_libpq_load()) real_PQfreemem(ptr); }
int PQsocket(const PGconn *conn) { return jiedao_libpq_load() ? real_PQsocket(conn) : -1; }
