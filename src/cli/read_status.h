// How every command ends after reading a capture: a truncated file is a
// warning (status 0, every complete event was used), a corrupt one an error
// (status 1). The message is the reader's one line, prefixed with "trowel: ".
#pragma once
#include "capture/capture_reader.h"

namespace trowel::cli {

int finish_reading(const capture::CaptureReader& reader);

}  // namespace trowel::cli
