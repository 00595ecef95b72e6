// Which event types can a filter match? The answer drives the live event-type
// mask (src/live/event_mask.h): syscalls no view or filter can use need not
// be captured at all.
//
// The analysis reads a filter's canonical text (Filter::describe(), or the
// canonical text of parse_filter()), so it depends on no field resolver:
//   evt.type = X / syscall.type = X    -> {X}
//   evt.type in (X, Y) (also syscall.type)   -> {X, Y}
//   A and B                              -> types(A) ∩ types(B)
//   A or B                               -> types(A) ∪ types(B)
//   not A, !=, any other check           -> all (cannot tell)
// It is conservative: the filter never matches an event whose type is
// outside the returned set; "all" only means "no restriction known".
//
// Invariant of EventTypeSet: when `all` is true, `names` is empty.
#pragma once
#include <set>
#include <string>
#include <string_view>

namespace trowel::engine::filter {

class Filter;

struct EventTypeSet {
  bool all = true;              // no restriction known
  std::set<std::string> names;  // the possible evt.type values when !all (may be empty)

  static EventTypeSet any() { return {}; }
  static EventTypeSet of(std::set<std::string> n) { return EventTypeSet{false, std::move(n)}; }
  bool operator==(const EventTypeSet&) const = default;
};

EventTypeSet intersect(const EventTypeSet& a, const EventTypeSet& b);
EventTypeSet unite(const EventTypeSet& a, const EventTypeSet& b);

// The event types of a compiled filter.
EventTypeSet event_types_of(const Filter& f);
// The event types of canonical filter text; text that is not canonical (or
// empty) gives "all".
EventTypeSet event_types_of_canonical(std::string_view canonical);

// "all" or "N types (a, b, c)" for messages.
std::string describe(const EventTypeSet& s);

}  // namespace trowel::engine::filter
