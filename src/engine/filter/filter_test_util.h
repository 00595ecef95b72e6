// Helpers shared by the filter tests.
#pragma once
#include <string>
#include <string_view>

#include "engine/filter/fake_resolver.h"
#include "engine/filter/filter.h"

namespace trowel::engine::filter::testing {

// The FilterError message of compiling `text`, or "OK".
inline std::string compile_error(std::string_view text) {
  FakeResolver r;
  try {
    compile_filter(text, r);
    return "OK";
  } catch (const FilterError& e) {
    return e.what();
  }
}

inline std::string describe(std::string_view text) {
  FakeResolver r;
  return compile_filter(text, r)->describe();
}

inline bool matches(std::string_view text, const FakeEvent& ev) {
  FakeResolver r;
  return compile_filter(text, r)->matches(EventRef{&ev});
}

}  // namespace trowel::engine::filter::testing
