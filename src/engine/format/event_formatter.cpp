// event_formatter.cpp: see event_formatter.h.
#include "engine/format/event_formatter.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace trowel::engine::format {

namespace {

bool field_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.';
}

// Appends v as exactly 9 digits.
void append_nanos(std::string& out, uint64_t v) {
  char b[9];
  for (int i = 8; i >= 0; --i) {
    b[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  out.append(b, 9);
}

void append_uint(std::string& out, uint64_t v) {
  char b[24];
  int n = 0;
  do {
    b[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) out.push_back(b[--n]);
}

// seconds.nanoseconds
void append_secs(std::string& out, uint64_t ns) {
  append_uint(out, ns / 1000000000ull);
  out.push_back('.');
  append_nanos(out, ns % 1000000000ull);
}

// Local HH:MM:SS, cached per second (localtime_r is slow).
struct ClockCache {
  int64_t secs = -1;
  char hms[9];
  void append(std::string& out, uint64_t ts) {
    int64_t s = static_cast<int64_t>(ts / 1000000000ull);
    if (s != secs) {
      time_t t = static_cast<time_t>(s);
      struct tm tm {};
      localtime_r(&t, &tm);
      std::snprintf(hms, sizeof hms, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
      secs = s;
    }
    out.append(hms, 8);
  }
};
thread_local ClockCache g_clock;  // the pre-render thread has its own

bool json_numeric(filter::ValueType t) {
  using VT = filter::ValueType;
  switch (t) {
    case VT::Int: case VT::UInt: case VT::RelTime: case VT::AbsTime: case VT::Port:
    case VT::Double:
      return true;
    default:
      return false;
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

EventFormatter::EventFormatter(std::string_view fmt, FormatOptions opt) : opt_(opt) {
  size_t i = 0;
  if (!fmt.empty() && fmt[0] == '*') {
    all_ = true;
    i = 1;
  }
  std::string lit;
  auto flush = [&] {
    if (lit.empty()) return;
    Piece p;
    p.literal = lit;
    pieces_.push_back(std::move(p));
    lit.clear();
  };
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c != '%') {
      lit.push_back(c);
      ++i;
      continue;
    }
    ++i;
    if (i >= fmt.size()) throw FormatError("invalid formatting syntax: formatting cannot end with a %");
    int width = -1;
    if (fmt[i] >= '0' && fmt[i] <= '9') {
      width = 0;
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        width = width * 10 + (fmt[i] - '0');
        if (width > 100000) width = 100000;
        ++i;
      }
    }
    size_t tok_start = i;
    size_t end = i;
    while (end < fmt.size() && field_char(fmt[end])) ++end;
    if (end < fmt.size() && fmt[end] == '[') {
      size_t close = fmt.find(']', end);
      if (close != std::string_view::npos) end = close + 1;
    }
    // The longest prefix that is a field (trailing dots are text: "%proc.name.").
    std::unique_ptr<fields::Field> field;
    bool outputtime = false;
    size_t len = end - tok_start;
    while (len > 0) {
      std::string_view tok = fmt.substr(tok_start, len);
      if (tok == "evt.outputtime") {
        outputtime = true;
        break;
      }
      std::string err;
      field = fields::bind_field(tok, &err, nullptr);
      if (field) break;
      // back off to the previous '.'
      size_t dot = tok.rfind('.');
      if (dot == std::string_view::npos || dot == 0) {
        len = 0;
        break;
      }
      len = dot;
    }
    if (len == 0)
      throw FormatError("invalid formatting token " + std::string(fmt.substr(tok_start)));
    if (field && (field->info().flags & filter::kFieldFilterOnly))
      throw FormatError("invalid formatting token " + std::string(fmt.substr(tok_start)));
    flush();
    Piece p;
    p.literal.assign(fmt.substr(tok_start, len));
    if (field) {
      if (fields::DirectGet d = field->direct_get(); d && d.plain_text) p.direct = d;
      p.is_bool = field->info().type == filter::ValueType::Bool;
    }
    p.field = std::move(field);
    p.outputtime = outputtime;
    p.json_time = outputtime || p.literal == "evt.time";  // JSON: nanoseconds, as sysdig
    p.width = width;
    pieces_.push_back(std::move(p));
    i = tok_start + len;
  }
  flush();
  // JSON: one key per distinct field, sorted.
  for (size_t k = 0; k < pieces_.size(); ++k)
    if (pieces_[k].field || pieces_[k].outputtime) json_order_.push_back(k);
  std::stable_sort(json_order_.begin(), json_order_.end(),
                   [&](size_t a, size_t b) { return pieces_[a].literal < pieces_[b].literal; });
  json_order_.erase(std::unique(json_order_.begin(), json_order_.end(),
                                [&](size_t a, size_t b) { return pieces_[a].literal == pieces_[b].literal; }),
                    json_order_.end());
  value_.reserve(256);
}

EventFormatter::~EventFormatter() = default;

namespace {
// evt.outputtime in the modes that need the event alone.
void append_event_time(TimeMode mode, uint64_t ts, std::string& out) {
  if (mode == TimeMode::Absolute) {
    append_secs(out, ts);
    return;
  }
  g_clock.append(out, ts);
  out.push_back('.');
  append_nanos(out, ts % 1000000000ull);
}

}  // namespace

std::unique_ptr<PreRender> EventFormatter::make_pre_render(uint32_t slots) {
  if (opt_.json) return nullptr;
  auto pre = std::unique_ptr<PreRender>(new PreRender(*this, slots));
  if (pre->items_.empty()) return nullptr;
  return pre;
}

PreRender::PreRender(EventFormatter& f, uint32_t slots) : slots_(slots), time_(f.opt_.time) {
  for (EventFormatter::Piece& p : f.pieces_) {
    p.pre_item = -1;
    if (p.outputtime) {
      if (time_ != TimeMode::Human && time_ != TimeMode::Absolute) continue;
      p.pre_item = static_cast<int>(items_.size());
      items_.push_back(Item{});
      continue;
    }
    if (!p.field || !fields::event_record_field(p.literal)) continue;
    std::string err;
    auto field = fields::bind_field(p.literal, &err);
    if (!field) continue;
    p.pre_item = static_cast<int>(items_.size());
    items_.push_back(Item{std::move(field)});
  }
}

void PreRender::render(uint32_t slot, const capture::EventView* events, uint32_t count, uint32_t queued) {
  Slot& s = slots_[slot];
  const size_t n = slots_.size();
  if (queued + 2 >= n) share_ = std::min(share_ + 1, kShareSteps);  // the formatter is slower
  else if (queued <= 1 && share_ > 0) --share_;                      // this thread is
  credit_ += share_;
  const bool take = credit_ >= kShareSteps;
  if (take) credit_ -= kShareSteps;
  s.valid = take && wanted_.load(std::memory_order_relaxed);
  if (!s.valid) return;
  s.text.clear();
  s.ends.resize(size_t{count} * items_.size());
  uint32_t* end = s.ends.data();
  EventContext ctx;
  for (uint32_t i = 0; i < count; ++i) {
    ctx.ev = &events[i];
    for (Item& it : items_) {
      bool ok = true;
      if (!it.field) append_event_time(time_, events[i].ts, s.text);
      else ok = it.field->render_append(ctx, s.text);
      *end++ = static_cast<uint32_t>(s.text.size()) | (ok ? 0 : kNoValue);
    }
  }
  if (s.text.size() >= kNoValue) s.valid = false;  // (a batch holds at most ~100 KiB of events)
}

void PreRender::printed(uint64_t lines, uint64_t events) {
  wanted_.store(lines * 4 >= events, std::memory_order_relaxed);
}

bool PreRender::text(uint32_t slot, uint32_t index, int item, std::string_view& out, bool& na) const {
  const Slot& s = slots_[slot];
  na = false;
  if (!s.valid) return false;
  const size_t k = size_t{index} * items_.size() + static_cast<size_t>(item);
  const uint32_t e = s.ends[k];
  if (e & kNoValue) {
    na = true;
    return false;
  }
  const uint32_t b = k ? (s.ends[k - 1] & ~kNoValue) : 0;
  out = std::string_view(s.text).substr(b, e - b);
  return true;
}

void EventFormatter::render_outputtime(const EventContext& ctx, std::string& out, bool json) {
  uint64_t ts = ctx.ev->ts;
  if (json) {
    append_uint(out, ts);
    return;
  }
  switch (opt_.time) {
    case TimeMode::Human:
    case TimeMode::Absolute:
      append_event_time(opt_.time, ts, out);
      break;
    case TimeMode::Relative:
      append_secs(out, ts >= ctx.first_ts ? ts - ctx.first_ts : 0);
      break;
    case TimeMode::Latency:
      append_secs(out, ctx.latency_ns);
      break;
    case TimeMode::DeltaPrinted:
      append_secs(out, last_printed_ts_ && ts >= last_printed_ts_ ? ts - last_printed_ts_ : 0);
      break;
  }
}

bool EventFormatter::format(const EventContext& ctx, std::string& out) {
  out.clear();
  return format_append(ctx, out);
}

bool EventFormatter::format_append(const EventContext& ctx, std::string& out) {
  const size_t begin = out.size();
  bool ok = opt_.json ? format_json(ctx, out) : format_text(ctx, out, nullptr);
  if (!ok) out.resize(begin);
  return ok;
}

bool EventFormatter::format_append(const EventContext& ctx, std::string& out, const PreRef& pre) {
  const size_t begin = out.size();
  bool ok = opt_.json ? format_json(ctx, out) : format_text(ctx, out, pre.pre ? &pre : nullptr);
  if (!ok) out.resize(begin);
  return ok;
}

bool EventFormatter::format_text(const EventContext& ctx, std::string& out, const PreRef* pre) {
  using K = filter::FieldValue::Kind;
  if (line_.empty()) line_.resize(4096);
  char* base = line_.data();
  char* w = base;  // the write position in line_
  char* end = base + line_.size();
  // Room for n more bytes at w.
  auto room = [&](size_t n) {
    if (static_cast<size_t>(end - w) >= n) return;
    const size_t used = static_cast<size_t>(w - base);
    line_.resize(std::max(line_.size() * 2, used + n + 256));
    base = line_.data();
    w = base + used;
    end = base + line_.size();
  };
  auto put = [&](std::string_view s) {
    room(s.size());
    if (s.size() == 1) *w = s[0];
    else std::memcpy(w, s.data(), s.size());
    w += s.size();
  };
  auto put_int = [&](auto v) {
    room(24);
    w = std::to_chars(w, w + 24, v).ptr;
  };
  for (Piece& p : pieces_) {
    if (!p.field && !p.outputtime) {
      put(p.literal);
      continue;
    }
    const size_t start = static_cast<size_t>(w - base);
    bool ok = true;
    std::string_view done;
    bool na = false;
    if (pre && p.pre_item >= 0 && pre->pre->text(pre->slot, pre->index, p.pre_item, done, na)) {
      put(done);  // rendered ahead
    } else if (na) {
      ok = false;
    } else if (p.outputtime) {
      text_.clear();
      render_outputtime(ctx, text_, false);
      put(text_);
    } else if (p.direct && (ok = p.direct(ctx, direct_)) && direct_.kind != K::Double && direct_.kind != K::Ip) {
      // What render() would give, without building a string (the field
      // has no text of its own).
      switch (direct_.kind) {
        case K::Bytes: put(direct_.bytes); break;
        case K::Int: put_int(direct_.i); break;
        default:
          if (p.is_bool) put(direct_.u ? "true" : "false");
          else put_int(direct_.u);
          break;
      }
    } else if (!p.direct || ok) {
      text_.clear();
      ok = p.field->render(ctx, text_);
      if (ok) put(text_);
    }
    if (!ok) {
      if (!all_) return false;
      put("<NA>");
    }
    if (p.width >= 0) {
      const size_t want = static_cast<size_t>(p.width), n = static_cast<size_t>(w - base) - start;
      if (n > want) {
        w = base + start + want;
      } else {
        room(want - n);
        std::memset(w, ' ', want - n);
        w += want - n;
      }
    }
  }
  out.append(base, static_cast<size_t>(w - base));
  return true;
}

bool EventFormatter::format_json(const EventContext& ctx, std::string& out) {
  out.push_back('{');
  bool first = true;
  for (size_t k : json_order_) {
    Piece& p = pieces_[k];
    if (!first) out.push_back(',');
    first = false;
    append_json_string(out, p.literal);
    out.push_back(':');
    if (p.json_time) {
      render_outputtime(ctx, out, true);
      continue;
    }
    value_.clear();
    if (!p.field->render(ctx, value_)) {
      if (!all_) return false;
      out += "null";
      continue;
    }
    filter::ValueType t = p.field->info().type;
    if (t == filter::ValueType::Bool) out += value_;
    else if (json_numeric(t) && !value_.empty()) out += value_;
    else append_json_string(out, value_);
  }
  out.push_back('}');
  return true;
}

}  // namespace trowel::engine::format
