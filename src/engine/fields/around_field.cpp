// evt.around[T]=D: sysdig's time-window check. An event matches when its
// timestamp lies within D milliseconds of T (nanoseconds since the epoch, as
// %evt.rawtime prints), bounds included. It is a plain test of each event's
// own time; nothing is looked ahead or remembered.
//
// sysdig 0.29.3 details reproduced here: T and D are unsigned 64-bit numbers
// (a leading sign is accepted and wraps, out-of-range values saturate) and the
// window T - D*10^6 .. T + D*10^6 is computed with 64-bit wrap-around, so a
// window that wraps matches nothing; only '=' compares (other operators are
// rejected, 'in' is never true, 'exists' holds for an event exactly at T); in
// -p output the field never has a value (<NA>, or the line is skipped).
#include "engine/fields/field_table.h"
#include "engine/filter/value_parse.h"

namespace trowel::engine::fields {

namespace {

uint64_t around_t(const FieldArg& a) { return static_cast<uint64_t>(a.index); }

std::string check_around_arg(FieldArg& a) {
  if (!a.bracket) return "filter syntax error: evt.around";
  if (!a.name.empty() || a.index < 0) {
    try {
      uint64_t t = a.name.empty() ? static_cast<uint64_t>(a.index) : filter::parse_uint(a.name);
      a.index = static_cast<int64_t>(t);
      a.name.clear();
    } catch (const filter::ValueError& e) {
      return e.what();
    }
  }
  return {};
}

bool around_eq(const EventContext& c, const FieldArg& a, uint64_t ms) {
  const uint64_t t = around_t(a), delta = ms * 1000000ull;
  const uint64_t lo = t - delta, hi = t + delta;
  return c.ev->ts >= lo && c.ev->ts <= hi;
}

// 'exists': true only for an event exactly at T.
bool get_around(const EventContext& c, const FieldArg& a, Scratch&, FieldValue& v) {
  return c.ev->ts == around_t(a) && set_uint(v, 0);
}

bool render_around(const EventContext&, const FieldArg&, Scratch&, std::string&) { return false; }

const std::vector<FieldDef> kAroundFields = {
    {{"evt.around", ValueType::UInt, filter::kFieldOwnEq, ArgMode::Bracket, "evt",
      "(filters) evt.around[T]=D: events within D ms before or after T (ns since the epoch, as "
      "%evt.rawtime prints); only '=' compares; never has a value in output"},
     get_around, nullptr, render_around, around_eq, check_around_arg},
};

}  // namespace

const std::vector<FieldDef>& around_field_defs() { return kAroundFields; }

}  // namespace trowel::engine::fields
