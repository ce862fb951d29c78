#include "csystem.h"
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__SSE2__)
/// Bit k set where byte k of `v` is one of the bytes escaped.
static inline unsigned special_bytes(__m128i v, int apostrophes) {
    const __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('&')), _mm_cmpeq_epi8(v, _mm_set1_epi8('<'))),
                                   _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('>')),
                                                             _mm_cmpeq_epi8(v, _mm_set1_epi8('"'))),
                                                _mm_cmpeq_epi8(v, _mm_set1_epi8(apostrophes ? '\'' : '"'))));
    return (unsigned)_mm_movemask_epi8(m);
}
#endif

size_t sitegen_markup_plain_prefix(const unsigned char *bytes, size_t count, int apostrophes) {
#if defined(__SSE2__)
    if (count >= 16) {
        size_t i = 0;
        for (; i + 16 <= count; i += 16) {
            const unsigned mask = special_bytes(_mm_loadu_si128((const __m128i *)(bytes + i)), apostrophes);
            if (mask != 0) return i + (size_t)__builtin_ctz(mask);
        }
        if (i == count) return count;
        // the last sixteen bytes, overlapping those found plain above
        const size_t last = count - 16;
        const unsigned mask = special_bytes(_mm_loadu_si128((const __m128i *)(bytes + last)), apostrophes);
        return mask != 0 ? last + (size_t)__builtin_ctz(mask) : count;
    }
    if (count >= 8) {
        // the first eight bytes and the last eight (overlapping) in one vector; zero bytes above match nothing
        uint64_t a, b;
        memcpy(&a, bytes, 8);
        memcpy(&b, bytes + count - 8, 8);
        const unsigned mask = special_bytes(_mm_set_epi64x((long long)b, (long long)a), apostrophes);
        if (mask & 0xFFu) return (size_t)__builtin_ctz(mask);
        return mask != 0 ? count - 8 + (size_t)__builtin_ctz(mask >> 8) : count;
    }
    if (count >= 4) {
        uint32_t a, b;
        memcpy(&a, bytes, 4);
        memcpy(&b, bytes + count - 4, 4);
        const unsigned mask = special_bytes(_mm_set_epi32(0, 0, (int)b, (int)a), apostrophes);
        if (mask & 0xFu) return (size_t)__builtin_ctz(mask);
        return mask != 0 ? count - 4 + (size_t)__builtin_ctz(mask >> 4) : count;
    }
#endif
    for (size_t i = 0; i < count; i++) {
        const unsigned char c = bytes[i];
        if (c == '&' || c == '<' || c == '>' || c == '"' || (apostrophes && c == '\'')) return i;
    }
    return count;
}
