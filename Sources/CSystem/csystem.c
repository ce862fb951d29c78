#define _GNU_SOURCE
#include "csystem.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#if defined(__linux__)
#include <linux/fs.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif

/// renameat2(2) with `flags`, relative to the current folder; ENOSYS where the system has no renameat2.
static int rename_with_flags(const char *from, const char *to, unsigned int flags) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, flags);
#else
    (void)from; (void)to; (void)flags;
    errno = ENOSYS;
    return -1;
#endif
}

int sitegen_exchange_paths(const char *a, const char *b) {
    return rename_with_flags(a, b, RENAME_EXCHANGE);
}

int sitegen_rename_no_replace(const char *from, const char *to) {
    return rename_with_flags(from, to, RENAME_NOREPLACE);
}

int sitegen_mark_top_of_hierarchy(int folder) {
#if defined(__linux__) && defined(FS_IOC_GETFLAGS) && defined(FS_IOC_SETFLAGS) && defined(FS_TOPDIR_FL)
    int flags = 0;
    if (ioctl(folder, FS_IOC_GETFLAGS, &flags) != 0) return -1;
    if (flags & FS_TOPDIR_FL) return 0;
    flags |= FS_TOPDIR_FL;
    return ioctl(folder, FS_IOC_SETFLAGS, &flags);
#else
    (void)folder;
    errno = ENOTSUP;
    return -1;
#endif
}

void sitegen_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
