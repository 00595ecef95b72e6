// FilterError: a filter that does not compile. what() is the full one-line
// message sysdig 0.29.3 prints, "filter error at position N: DETAIL".
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>

namespace trowel::engine::filter {

class FilterError : public std::runtime_error {
 public:
  FilterError(long position, std::string detail)
      : std::runtime_error("filter error at position " + std::to_string(position) + ": " + detail),
        position_(position), detail_(std::move(detail)) {}
  // The scan position sysdig reports (may equal or exceed the text length:
  // errors found at the end are reported one or two past the last character).
  long position() const { return position_; }
  // The message without the position prefix, e.g. "filter error: unclosed quotes".
  const std::string& detail() const { return detail_; }

 private:
  long position_;
  std::string detail_;
};

}  // namespace trowel::engine::filter
