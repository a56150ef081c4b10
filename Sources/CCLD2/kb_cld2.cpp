// CLD2's headers use printf-family declarations without including <cstdio>; include it first.
#include <cstdio>
#include <cstring>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "kb_cld2.h"

namespace {
void copy_code(char *dst, const char *src) {
    std::strncpy(dst, src ? src : "un", 15);
    dst[15] = 0;
}
}

extern "C" int32_t kb_cld2_detect(const char *utf8, int32_t length, kb_cld2_result *out) {
    CLD2::Language lang3[3];
    int percent3[3];
    double scores3[3];
    int text_bytes = 0;
    bool reliable = false;
    // No hints: the market prior is applied on the Swift side, where it is measured.
    CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language summary = CLD2::ExtDetectLanguageSummary(
        utf8, length, /*is_plain_text=*/true, &hints, CLD2::kCLDFlagBestEffort,
        lang3, percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable);
    for (int i = 0; i < 3; i++) {
        copy_code(out->language[i], CLD2::LanguageCode(lang3[i]));
        out->percent[i] = percent3[i];
        out->normalized_score[i] = scores3[i];
    }
    copy_code(out->summary, CLD2::LanguageCode(summary));
    out->text_bytes = text_bytes;
    out->is_reliable = reliable ? 1 : 0;
    return 0;
}
