// The public filter API: compile sysdig-syntax filter text once against a
// FieldResolver, then match events.
//
//   auto f = compile_filter("proc.name=bash and fd.net=10.0.0.0/8", resolver);
//   if (f->matches(EventRef{&ctx})) ...
//
// compile_filter throws FilterError ("filter error at position N: ...", as
// sysdig 0.29.3 prints it). Empty or blank text is an error ("unexpected end
// of filter"), as in sysdig's compiler: callers treat "no filter" themselves.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "engine/filter/field_resolver.h"
#include "engine/filter/filter_error.h"

namespace trowel::engine::filter {

class Node;

// A compiled filter. matches() allocates nothing; it is not thread-safe (the
// checks' extractors keep scratch space), so use one Filter per thread.
class Filter {
 public:
  explicit Filter(std::unique_ptr<Node> root, std::string canonical);
  ~Filter();
  Filter(const Filter&) = delete;
  Filter& operator=(const Filter&) = delete;

  bool matches(const EventRef& ev);
  // What matches() gives on every event of event type `type` when the type
  // alone decides it (1 or 0), else -1: a caller may keep a table per type
  // and call matches() only where it says -1.
  int type_answer(uint16_t type) const;
  // Canonical text: single spaces around operators, values quoted only when
  // needed, parentheses only for nested groups of two or more items. It
  // compiles to an equivalent filter and describes itself identically, so it
  // can be combined with other filters ("(" + a + ") and (" + b + ")").
  std::string describe() const { return canonical_; }

 private:
  std::unique_ptr<Node> root_;
  std::string canonical_;
};

std::unique_ptr<Filter> compile_filter(std::string_view text, FieldResolver& resolver);

}  // namespace trowel::engine::filter
