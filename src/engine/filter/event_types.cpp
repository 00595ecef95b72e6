#include "engine/filter/event_types.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

#include "engine/filter/filter.h"

namespace trowel::engine::filter {

namespace {

// A reader of canonical filter text (see Filter::describe): items joined by
// " and " or " or ", an item is ["not "] followed by "(" group ")" or a check
// "field op [value | (v, v...)]"; values are bare or double-quoted with
// \" \\ \xHH escapes. Returns nullopt on anything else.
class CanonicalReader {
 public:
  CanonicalReader(std::string_view t, const CheckEventTypes* more) : t_(t), more_(more) {}

  std::optional<EventTypeSet> run() {
    auto r = group();
    if (!r || pos_ != t_.size()) return std::nullopt;
    return r;
  }

 private:
  bool eat(std::string_view w) {
    if (t_.substr(pos_).starts_with(w)) {
      pos_ += w.size();
      return true;
    }
    return false;
  }
  bool at_end() const { return pos_ >= t_.size(); }
  char cur() const { return at_end() ? '\0' : t_[pos_]; }

  std::optional<EventTypeSet> group() {
    auto acc = item();
    if (!acc) return std::nullopt;
    int joiner = 0;  // 1 and, 2 or
    while (!at_end() && cur() != ')') {
      int j = eat(" and ") ? 1 : eat(" or ") ? 2 : 0;
      if (j == 0 || (joiner && j != joiner)) return std::nullopt;
      joiner = j;
      auto next = item();
      if (!next) return std::nullopt;
      acc = j == 1 ? intersect(*acc, *next) : unite(*acc, *next);
    }
    return acc;
  }

  std::optional<EventTypeSet> item() {
    bool negate = eat("not ");
    std::optional<EventTypeSet> r;
    if (eat("(")) {
      r = group();
      if (!r || !eat(")")) return std::nullopt;
    } else {
      r = check();
      if (!r) return std::nullopt;
    }
    return negate ? EventTypeSet::any() : *r;
  }

  // A run of characters up to a blank, a parenthesis, a comma or the end.
  std::string_view word() {
    size_t start = pos_;
    while (!at_end() && cur() != ' ' && cur() != '(' && cur() != ')' && cur() != ',') ++pos_;
    return t_.substr(start, pos_ - start);
  }

  std::optional<std::string> value() {
    if (cur() != '"') {
      std::string_view w = word();
      if (w.empty()) return std::nullopt;
      return std::string(w);
    }
    ++pos_;
    std::string out;
    while (!at_end() && cur() != '"') {
      char c = cur();
      ++pos_;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (at_end()) return std::nullopt;
      char e = cur();
      ++pos_;
      if (e == 'x') {
        if (pos_ + 2 > t_.size()) return std::nullopt;
        auto hex = [](char h) { return h >= 'a' ? h - 'a' + 10 : h >= 'A' ? h - 'A' + 10 : h - '0'; };
        out += static_cast<char>(hex(t_[pos_]) * 16 + hex(t_[pos_ + 1]));
        pos_ += 2;
      } else {
        out += e;
      }
    }
    if (!eat("\"")) return std::nullopt;
    return out;
  }

  std::optional<EventTypeSet> check() {
    std::string_view field = word();
    if (field.empty() || !eat(" ")) return std::nullopt;
    std::string_view op = word();
    if (op.empty()) return std::nullopt;
    std::vector<std::string> values;
    if (op == "in" || op == "intersects" || op == "pmatch") {
      if (!eat(" (")) return std::nullopt;
      while (true) {
        auto v = value();
        if (!v) return std::nullopt;
        values.push_back(std::move(*v));
        if (eat(")")) break;
        if (!eat(", ")) return std::nullopt;
      }
    } else if (op != "exists") {
      if (!eat(" ")) return std::nullopt;
      auto v = value();
      if (!v) return std::nullopt;
      values.push_back(std::move(*v));
    }
    bool type_field = field == "evt.type" || field == "syscall.type";
    if (!type_field || (op != "=" && op != "in")) {
      if (more_)
        if (auto known = more_->types_of(field, op, values)) return EventTypeSet::of(std::move(*known));
      return EventTypeSet::any();
    }
    return EventTypeSet::of(std::set<std::string>(values.begin(), values.end()));
  }

  std::string_view t_;
  const CheckEventTypes* more_;
  size_t pos_ = 0;
};

}  // namespace

EventTypeSet intersect(const EventTypeSet& a, const EventTypeSet& b) {
  if (a.all) return b;
  if (b.all) return a;
  std::set<std::string> out;
  std::set_intersection(a.names.begin(), a.names.end(), b.names.begin(), b.names.end(),
                        std::inserter(out, out.end()));
  return EventTypeSet::of(std::move(out));
}

EventTypeSet unite(const EventTypeSet& a, const EventTypeSet& b) {
  if (a.all || b.all) return EventTypeSet::any();
  std::set<std::string> out = a.names;
  out.insert(b.names.begin(), b.names.end());
  return EventTypeSet::of(std::move(out));
}

EventTypeSet event_types_of(const Filter& f, const CheckEventTypes* more) {
  return event_types_of_canonical(f.describe(), more);
}

EventTypeSet event_types_of_canonical(std::string_view canonical, const CheckEventTypes* more) {
  if (canonical.empty()) return EventTypeSet::any();
  return CanonicalReader(canonical, more).run().value_or(EventTypeSet::any());
}

std::string describe(const EventTypeSet& s) {
  if (s.all) return "all";
  std::string out = std::to_string(s.names.size()) + (s.names.size() == 1 ? " type (" : " types (");
  bool first = true;
  for (const std::string& n : s.names) {
    if (!first) out += ", ";
    out += n;
    first = false;
  }
  return out + ")";
}

}  // namespace trowel::engine::filter
