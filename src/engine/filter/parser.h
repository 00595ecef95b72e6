// FilterParser: sysdig 0.29.3's filter grammar, driven character by character
// like its compiler so that every error has sysdig's message and position.
// Checks are resolved and compiled as they are read (errors come in sysdig's
// order); the result is the evaluation tree plus its canonical text.
//
// Deliberate differences from sysdig 0.29.3, all on filters sysdig accepts but
// evaluates wrongly (reported only when sysdig would report no error, as
// "syntax error in filter" at the offending token):
//   - "A not B" (sysdig silently ignores B);
//   - a ')' where a check is expected, as in "() A" or "(A and ) B" (sysdig
//     ignores what follows);
//   - a ')' closing more groups than were opened, as in "A) and (B".
// And: "intersects" works; IPv6 networks and double fields are accepted.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "engine/filter/field_resolver.h"
#include "engine/filter/node.h"

namespace trowel::engine::filter {

struct ParsedFilter {
  std::unique_ptr<Node> root;
  std::string canonical;
};

// Throws FilterError.
ParsedFilter parse_filter(std::string_view text, FieldResolver& resolver);

}  // namespace trowel::engine::filter
