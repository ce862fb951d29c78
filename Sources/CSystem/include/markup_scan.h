#ifndef SITEGEN_MARKUP_SCAN_H
#define SITEGEN_MARKUP_SCAN_H

#include <stddef.h>

/// The number of bytes at the start of `bytes[0 ..< count]` that markup escaping leaves as they are: the index of the
/// first `&`, `<`, `>`, `"` (or `'` when `apostrophes` is not 0), or `count` when there is none. Sixteen bytes at a
/// time where the processor has SSE2 (the compiled renderer's `MarkupBytes`: a page's values are mostly Arabic text).
size_t sitegen_markup_plain_prefix(const unsigned char *bytes, size_t count, int apostrophes);

#endif
