#ifndef SITEGEN_CSYSTEM_H
#define SITEGEN_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (for example on file systems without support).
int sitegen_exchange_paths(const char *a, const char *b);

/// Returns the heap's free memory to the system (glibc `malloc_trim(0)`); does nothing elsewhere.
/// Freed memory otherwise stays in the process's arenas and counts in its resident size.
void sitegen_release_free_memory(void);

#endif
