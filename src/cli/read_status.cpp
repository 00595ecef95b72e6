#include "cli/read_status.h"

#include <cstdio>

namespace trowel::cli {

int finish_reading(const capture::CaptureReader& reader) {
  using S = capture::CaptureReader::Status;
  switch (reader.status()) {
    case S::Truncated:
      std::fprintf(stderr, "trowel: %s\n", reader.message().c_str());
      return 0;
    case S::Corrupt:
      std::fprintf(stderr, "trowel: %s\n", reader.message().c_str());
      return 1;
    default:
      return 0;
  }
}

}  // namespace trowel::cli
