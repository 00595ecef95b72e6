// Error type of the capture layer. Every message is one line that names the
// place (file, byte offset, block type) so the CLI can print it as is.
#pragma once
#include <stdexcept>
#include <string>

namespace trowel::capture {

class CaptureError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace trowel::capture
