#include "engine/filter/fake_resolver.h"

#include <arpa/inet.h>

#include <charconv>
#include <cstdio>
#include <functional>

#include "engine/filter/field_token.h"

namespace trowel::engine::filter::testing {

namespace {

constexpr FieldSpec kSpecs[] = {
    {"proc.name"},
    {"proc.aname", kArgIndex},
    {"proc.pid"},
    {"evt.num"},
    {"evt.rawres"},
    {"evt.failed"},
    {"evt.buffer"},
    {"fd.name"},
    {"fd.cip"},
    {"fd.sip"},
    {"fd.ip"},
    {"fd.net"},
    {"fd.snet"},
    {"fd.port"},
    {"fd.sport"},
    {"evt.latency"},
    {"evt.rawtime"},
    {"thread.cpu"},
    {"evt.arg", kArgIndex | kArgDotted, true},
    {"thread.cgroup", kArgDotted, true},
    {"evt.type.is", kArgDotted, true},
    {"evt.type"},
};

using Fn = std::function<void(const FakeEvent&, ValueSink&)>;

// Extractor calling a std::function (built at compile time; calling it does
// not allocate).
class FnExtractor : public FieldExtractor {
 public:
  explicit FnExtractor(Fn fn) : fn_(std::move(fn)) {}
  void extract(const EventRef& ev, ValueSink& sink) override { fn_(ev.as<FakeEvent>(), sink); }

 private:
  Fn fn_;
};

// evt.arg: renders "VALUE(NAME)" into scratch space it owns.
class ArgExtractor : public FieldExtractor {
 public:
  ArgExtractor(size_t index, const char* label) : index_(index), label_(label) {}
  void extract(const EventRef& ev, ValueSink& sink) override {
    const FakeEvent& e = ev.as<FakeEvent>();
    if (index_ >= e.args.size()) return;
    int n = std::snprintf(scratch_, sizeof scratch_, "%s(%s)", e.args[index_].c_str(), label_);
    if (n < 0) return;
    sink.on_value(FieldValue::of_bytes(std::string_view(scratch_, std::min<size_t>(size_t(n), sizeof scratch_ - 1))));
  }

 private:
  size_t index_;
  const char* label_;
  char scratch_[256];
};

ResolveResult make(ValueType t, Fn fn, uint32_t flags = 0) {
  ResolvedField f;
  f.type = t;
  f.flags = flags;
  f.extractor = std::make_unique<FnExtractor>(std::move(fn));
  return ResolveResult::ok(std::move(f));
}

template <class T, class Make>
Fn opt(std::optional<T> FakeEvent::*m, Make mk) {
  return [m, mk](const FakeEvent& e, ValueSink& s) {
    if (e.*m) s.on_value(mk(*(e.*m)));
  };
}

FieldValue str(const std::string& v) { return FieldValue::of_bytes(v); }
FieldValue sint(int64_t v) { return FieldValue::of_int(v); }
FieldValue uint(uint64_t v) { return FieldValue::of_uint(v); }
FieldValue ip(const IpAddress& a) { return FieldValue::of_ip(a); }

}  // namespace

IpAddress ip4(uint8_t a, uint8_t b, uint8_t c, uint8_t d) {
  IpAddress r;
  r.family = 4;
  r.bytes[0] = a, r.bytes[1] = b, r.bytes[2] = c, r.bytes[3] = d;
  return r;
}

IpAddress ip6(std::string_view text) {
  IpAddress r;
  r.family = 6;
  inet_pton(AF_INET6, std::string(text).c_str(), r.bytes.data());
  return r;
}

ResolveResult FakeResolver::resolve(std::string_view token) {
  auto m = match_field_token(token, kSpecs);
  if (!m) return ResolveResult::not_found();
  if (m->missing_required_arg()) return ResolveResult::error(missing_argument_message(m->spec->name));
  ResolveResult r;
  std::string_view name = m->spec->name;
  if (name == "proc.name") r = make(ValueType::String, opt(&FakeEvent::name, str));
  else if (name == "proc.aname") {
    if (m->style == FieldToken::Style::None) {
      r = make(ValueType::String, [](const FakeEvent& e, ValueSink& s) {
        for (size_t i = 1; i < e.anames.size(); ++i)
          if (!s.on_value(str(e.anames[i]))) return;
      }, kFieldMultiValued);
    } else {
      size_t idx = 0;
      std::from_chars(m->arg.data(), m->arg.data() + m->arg.size(), idx);
      r = make(ValueType::String, [idx](const FakeEvent& e, ValueSink& s) {
        if (idx < e.anames.size()) s.on_value(str(e.anames[idx]));
      });
    }
  } else if (name == "proc.pid") r = make(ValueType::Int, opt(&FakeEvent::pid, sint));
  else if (name == "evt.num") r = make(ValueType::UInt, opt(&FakeEvent::num, uint));
  else if (name == "evt.rawres") r = make(ValueType::Int, opt(&FakeEvent::rawres, sint));
  else if (name == "evt.failed") r = make(ValueType::Bool, opt(&FakeEvent::failed, [](bool b) { return uint(b); }));
  else if (name == "evt.buffer") r = make(ValueType::Buffer, opt(&FakeEvent::buffer, str));
  else if (name == "fd.name") r = make(ValueType::String, opt(&FakeEvent::fdname, str));
  else if (name == "fd.cip") r = make(ValueType::IpAddr, opt(&FakeEvent::cip, ip));
  else if (name == "fd.sip") r = make(ValueType::IpAddr, opt(&FakeEvent::sip, ip));
  else if (name == "fd.ip" || name == "fd.net") {
    r = make(name == "fd.ip" ? ValueType::IpAddr : ValueType::IpNet, [](const FakeEvent& e, ValueSink& s) {
      if (e.cip && !s.on_value(ip(*e.cip))) return;
      if (e.sip) s.on_value(ip(*e.sip));
    }, kFieldFilterOnly | kFieldMultiValued);
  } else if (name == "fd.snet") r = make(ValueType::IpNet, opt(&FakeEvent::sip, ip));
  else if (name == "fd.port") {
    r = make(ValueType::Port, [](const FakeEvent& e, ValueSink& s) {
      if (e.cport && !s.on_value(uint(*e.cport))) return;
      if (e.sport) s.on_value(uint(*e.sport));
    }, kFieldFilterOnly | kFieldMultiValued);
  } else if (name == "fd.sport") r = make(ValueType::Port, opt(&FakeEvent::sport, [](uint16_t p) { return uint(p); }));
  else if (name == "evt.latency") r = make(ValueType::RelTime, opt(&FakeEvent::latency, uint));
  else if (name == "evt.rawtime") r = make(ValueType::AbsTime, opt(&FakeEvent::rawtime, uint));
  else if (name == "thread.cpu") r = make(ValueType::Double, opt(&FakeEvent::cpu, [](double d) { return FieldValue::of_double(d); }));
  else if (name == "evt.arg") {
    size_t idx = 0;
    const char* label = "arg";
    if (m->style == FieldToken::Style::Dotted) {
      if (m->arg == "fd") idx = 0, label = "fd";
      else if (m->arg == "size") idx = 1, label = "size";
      else return ResolveResult::error("unknown event argument " + std::string(m->arg));
    } else {
      std::from_chars(m->arg.data(), m->arg.data() + m->arg.size(), idx);
    }
    ResolvedField f;
    f.type = ValueType::String;
    f.extractor = std::make_unique<ArgExtractor>(idx, label);
    r = ResolveResult::ok(std::move(f));
  } else if (name == "thread.cgroup") {
    if (m->arg != "cpuacct") return ResolveResult::not_found();
    r = make(ValueType::String, opt(&FakeEvent::cgroup_cpuacct, str));
  } else if (name == "evt.type.is") {
    std::string type(m->arg);
    r = make(ValueType::UInt, [type](const FakeEvent& e, ValueSink& s) { s.on_value(uint(e.type == type)); });
  } else if (name == "evt.type") {
    r = make(ValueType::String, [](const FakeEvent& e, ValueSink& s) {
      if (!e.type.empty()) s.on_value(str(e.type));
    });
  }
  if (r.status == ResolveResult::Status::Ok) ++resolved;
  return r;
}

}  // namespace trowel::engine::filter::testing
