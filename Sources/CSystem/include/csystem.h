#ifndef SITEGEN_CSYSTEM_H
#define SITEGEN_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (for example on file systems without support).
int sitegen_exchange_paths(const char *a, const char *b);

/// Renames `from` to `to` unless `to` exists (Linux renameat2 with RENAME_NOREPLACE).
/// Returns 0 on success, -1 with errno set otherwise (EEXIST when `to` exists; ENOSYS or EINVAL where unsupported).
int sitegen_rename_no_replace(const char *from, const char *to);

/// Marks the open folder `folder` as the top of a directory hierarchy (ext4's FS_TOPDIR_FL, `chattr +T`): the
/// file system then spreads its sub-folders over its block groups instead of placing them near their parent.
/// Returns 0 on success, -1 with errno set where the file system or platform has no such flag.
int sitegen_mark_top_of_hierarchy(int folder);

/// Returns the heap's free memory to the system (glibc `malloc_trim(0)`); does nothing elsewhere.
/// Freed memory otherwise stays in the process's arenas and counts in its resident size.
void sitegen_release_free_memory(void);

#endif
