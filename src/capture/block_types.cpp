#include "capture/block_types.h"

namespace trowel::capture::block {

const char* name(uint32_t t) {
  switch (t) {
    case kShb: return "SHB";
    case kMi: case kMiInt: return "MI";
    case kPlV1: case kPlV1Int: return "PL_V1";
    case kPlV2: case kPlV2Int: return "PL_V2";
    case kPlV3: case kPlV3Int: return "PL_V3";
    case kPlV4: return "PL_V4";
    case kPlV5: return "PL_V5";
    case kPlV6: return "PL_V6";
    case kPlV7: return "PL_V7";
    case kPlV8: return "PL_V8";
    case kPlV9: return "PL_V9";
    case kFdl: case kFdlInt: return "FDL";
    case kFdlV2: return "FDL_V2";
    case kEv: case kEvInt: return "EV";
    case kEvV2: return "EV_V2";
    case kEvV2Large: return "EV_V2_LARGE";
    case kEvf: return "EVF";
    case kEvfV2: return "EVF_V2";
    case kEvfV2Large: return "EVF_V2_LARGE";
    case kIl: case kIlInt: return "IL";
    case kIlV2: return "IL_V2";
    case kUl: case kUlInt: return "UL";
    case kUlV2: return "UL_V2";
    default: return "unknown";
  }
}

}  // namespace trowel::capture::block
