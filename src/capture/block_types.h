// Block type numbers of the .scap format (scap-format.md §3).
#pragma once
#include <cstdint>

namespace trowel::capture::block {

inline constexpr uint32_t kShb = 0x0A0D0D0A;
inline constexpr uint32_t kShbMagic = 0x1A2B3C4D;

inline constexpr uint32_t kMi = 0x201, kMiInt = 0x8002ABCD;
inline constexpr uint32_t kPlV1 = 0x202, kPlV1Int = 0x8000ABCD;
inline constexpr uint32_t kPlV2 = 0x207, kPlV2Int = 0x8013ABCD;
inline constexpr uint32_t kPlV3 = 0x209, kPlV3Int = 0x8014ABCD;
inline constexpr uint32_t kPlV4 = 0x210, kPlV5 = 0x211, kPlV6 = 0x212, kPlV7 = 0x213,
                          kPlV8 = 0x214, kPlV9 = 0x215;
inline constexpr uint32_t kFdl = 0x203, kFdlInt = 0x8001ABCD, kFdlV2 = 0x218;
inline constexpr uint32_t kEv = 0x204, kEvInt = 0x8010ABCD, kEvV2 = 0x216, kEvV2Large = 0x221;
inline constexpr uint32_t kEvf = 0x208, kEvfV2 = 0x217, kEvfV2Large = 0x222;
inline constexpr uint32_t kIl = 0x205, kIlInt = 0x8011ABCD, kIlV2 = 0x219;
inline constexpr uint32_t kUl = 0x206, kUlInt = 0x8012ABCD, kUlV2 = 0x220;

// Process-list version (1..9) of a PL block type, or 0 if not a PL block.
constexpr int pl_version(uint32_t t) {
  switch (t) {
    case kPlV1: case kPlV1Int: return 1;
    case kPlV2: case kPlV2Int: return 2;
    case kPlV3: case kPlV3Int: return 3;
    case kPlV4: return 4;
    case kPlV5: return 5;
    case kPlV6: return 6;
    case kPlV7: return 7;
    case kPlV8: return 8;
    case kPlV9: return 9;
    default: return 0;
  }
}

constexpr bool is_event_block(uint32_t t) {
  return t == kEv || t == kEvInt || t == kEvV2 || t == kEvV2Large || t == kEvf ||
         t == kEvfV2 || t == kEvfV2Large;
}
constexpr bool event_block_has_flags(uint32_t t) {
  return t == kEvf || t == kEvfV2 || t == kEvfV2Large;
}
constexpr bool event_block_is_v2(uint32_t t) {
  return t == kEvV2 || t == kEvV2Large || t == kEvfV2 || t == kEvfV2Large;
}

// Short name for messages and `trowel info` ("EV_V2", "PL_V5", ...).
const char* name(uint32_t t);

}  // namespace trowel::capture::block
