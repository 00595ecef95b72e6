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
#include <vector>

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

  // Where the event's type decides the filter (see use_type_table()), a
  // table look-up; else the checks.
  bool matches(const EventRef& ev) {
    if (type_of_) {
      const int t = type_of_(ev);
      if (t >= 0 && static_cast<size_t>(t) < by_type_.size() && by_type_[size_t(t)] >= 0)
        return by_type_[size_t(t)] == 1;
    }
    return check(ev);
  }
  // What matches() gives on every event of event type `type` when the type
  // alone decides it (1 or 0), else -1.
  int type_answer(uint16_t type) const;
  // Keeps type_answer() of each of `types.count` types, read by matches()
  // through `types.type_of`; nothing when no type decides the filter
  // (compile_filter() does this with the resolver's FieldResolver::event_types()).
  void use_type_table(FieldResolver::EventTypes types);
  // Canonical text: single spaces around operators, values quoted only when
  // needed, parentheses only for nested groups of two or more items. It
  // compiles to an equivalent filter and describes itself identically, so it
  // can be combined with other filters ("(" + a + ") and (" + b + ")").
  std::string describe() const { return canonical_; }

 private:
  bool check(const EventRef& ev);  // the checks (root_->eval)

  std::unique_ptr<Node> root_;
  std::string canonical_;
  int (*type_of_)(const EventRef&) = nullptr;  // set only with a table
  std::vector<int8_t> by_type_;                // type_answer() per type
};

std::unique_ptr<Filter> compile_filter(std::string_view text, FieldResolver& resolver);

}  // namespace trowel::engine::filter
