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
//   not A, !=, any other check           -> all (cannot tell), unless a
//                                           CheckEventTypes knows the check
//                                           (engine/fields/field_event_types.h:
//                                           evt.is_io_write = true, ...)
// It is conservative: the filter never matches an event whose type is
// outside the returned set; "all" only means "no restriction known".
//
// Invariant of EventTypeSet: when `all` is true, `names` is empty.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

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

// What a field resolver knows about checks other than evt.type/syscall.type
// = / in: the event types "field op values" can match (values as written,
// unquoted), nullopt when it cannot tell.
class CheckEventTypes {
 public:
  virtual ~CheckEventTypes() = default;
  virtual std::optional<std::set<std::string>> types_of(std::string_view field, std::string_view op,
                                                        const std::vector<std::string>& values) const = 0;
};

// The event types of a compiled filter.
EventTypeSet event_types_of(const Filter& f, const CheckEventTypes* more = nullptr);
// The event types of canonical filter text; text that is not canonical (or
// empty) gives "all".
EventTypeSet event_types_of_canonical(std::string_view canonical, const CheckEventTypes* more = nullptr);

// "all" or "N types (a, b, c)" for messages.
std::string describe(const EventTypeSet& s);

}  // namespace trowel::engine::filter
