#ifndef JIEDAO_UNIX_SOCKET_H
#define JIEDAO_UNIX_SOCKET_H

#include <stdint.h>

/// Binds and listens on a Unix domain stream socket at `path` (non-blocking, close-on-exec).
/// Returns the descriptor, or -1 with errno set. A path too long for sockaddr_un gives ENAMETOOLONG.
int jiedao_unix_listen(const char *path, int backlog);

/// Connects to the Unix domain stream socket at `path` (blocking, close-on-exec).
/// Returns the descriptor, or -1 with errno set.
int jiedao_unix_connect(const char *path);

/// Accepts one connection on `listener` (non-blocking, close-on-exec); -1 with errno when none.
int jiedao_unix_accept(int listener);

/// The user ID of the process at the other end of a connected Unix socket, from the kernel
/// (SO_PEERCRED). Returns 0 and sets `*uid`, or -1 with errno set.
int jiedao_peer_uid(int fd, uint32_t *uid);

#endif
