#ifndef SITEGEN_CSYSTEM_H
#define SITEGEN_CSYSTEM_H

#include <stddef.h>

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

/// The number of bytes at the start of `bytes[0 ..< count]` that markup escaping leaves as they are: the index of the
/// first `&`, `<`, `>`, `"` (or `'` when `apostrophes` is not 0), or `count` when there is none. Sixteen bytes at a
/// time where the processor has SSE2 (the compiled renderer's `MarkupBytes`: a page's values are mostly Arabic text).
/// Declared here rather than in a header of its own: a header added to the module's folder is not seen by a build
/// folder whose module cache already holds the module, so an existing `.build` would fail to find it.
size_t sitegen_markup_plain_prefix(const unsigned char *bytes, size_t count, int apostrophes);

#endif
