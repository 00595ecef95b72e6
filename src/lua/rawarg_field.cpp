#include "lua/rawarg_field.h"

#include <charconv>
#include <cstring>
#include <vector>

#include "capture/param_decode.h"
#include "engine/render/event_args.h"

namespace trowel::lua {

namespace {

using engine::filter::FieldValue;
using engine::filter::ValueType;
using capture::ParamType;

const engine::fields::FieldInfo kRawArgInfo{
    "evt.rawarg", ValueType::Buffer, 0, engine::fields::ArgMode::Name, "evt",
    "one argument of the event, raw (typed by the parameter)"};

class RawArgField final : public engine::fields::Field {
 public:
  explicit RawArgField(std::string name) : Field(kRawArgInfo), name_(std::move(name)) {}

  void extract(const engine::EventContext& ctx, engine::filter::ValueSink& sink) override {
    FieldValue v;
    if (value(ctx, v)) sink.on_value(v);
  }

  bool render(const engine::EventContext& ctx, std::string& out) override {
    FieldValue v;
    out.clear();
    if (!value(ctx, v)) return false;
    char buf[32];
    switch (v.kind) {
      case FieldValue::Kind::Int: out.assign(buf, std::to_chars(buf, buf + sizeof buf, v.i).ptr); break;
      case FieldValue::Kind::UInt: out.assign(buf, std::to_chars(buf, buf + sizeof buf, v.u).ptr); break;
      case FieldValue::Kind::Double: out = std::to_string(v.d); break;
      case FieldValue::Kind::Bytes: out.assign(v.bytes); break;
      case FieldValue::Kind::Ip:
        for (int i = 0; i < 4; ++i) {
          if (i) out += '.';
          out += std::to_string(v.ip.bytes[static_cast<size_t>(i)]);
        }
        break;
    }
    return true;
  }

 private:
  bool value(const engine::EventContext& ctx, FieldValue& v) {
    if (!ctx.ev) return false;
    const capture::EventView& ev = *ctx.ev;
    engine::render::SchemaPick s = engine::render::render_schema(ev, engine::render::SchemaChoice::Full);
    if (!s.info) return false;
    // The parameter's index is looked up once per event type (a type's
    // schema is fixed): kUnknown until then, kAbsent if it has none.
    if (ev.type >= index_.size()) index_.resize(size_t{ev.type} + 1, kUnknown);
    int16_t& idx = index_[ev.type];
    if (idx == kUnknown) {
      idx = kAbsent;
      for (uint32_t i = 0; i < s.info->nparams; ++i)
        if (name_ == s.info->params[i].name) idx = static_cast<int16_t>(i);
    }
    if (idx < 0 || static_cast<uint32_t>(idx) >= s.nparams) return false;
    uint32_t i = static_cast<uint32_t>(idx);
    ParamType t = s.info->params[i].type;
    capture::ParamBytes b = ev.param(i);
    if (b.empty()) return false;
    if (capture::is_integer_param_type(t)) {
      if (capture::is_signed_param_type(t)) {
        auto x = capture::decode_signed(b, t);
        if (!x) return false;
        v = FieldValue::of_int(*x);
      } else {
        auto x = capture::decode_unsigned(b, t);
        if (!x) return false;
        v = FieldValue::of_uint(*x);
      }
      return true;
    }
    switch (t) {
      case ParamType::CharBuf:
      case ParamType::FsPath:
      case ParamType::FsRelPath: {
        auto x = capture::decode_charbuf(b);
        if (!x) return false;
        v = FieldValue::of_bytes(*x);
        return true;
      }
      case ParamType::ByteBuf:
        v = FieldValue::of_bytes(std::string_view(reinterpret_cast<const char*>(b.data()), b.size()));
        return true;
      case ParamType::Double: {
        if (b.size() < 8) return false;
        double d;
        std::memcpy(&d, b.data(), 8);
        v = FieldValue::of_double(d);
        return true;
      }
      case ParamType::Ipv4Addr: {
        auto x = capture::decode_ipv4addr(b);
        if (!x) return false;
        engine::filter::IpAddress a;
        a.family = 4;
        for (size_t k = 0; k < 4; ++k) a.bytes[k] = (*x)[k];
        v = FieldValue::of_ip(a);
        return true;
      }
      default:
        return false;  // socket tuples, fd lists ...: no raw Lua form
    }
  }

  static constexpr int16_t kUnknown = -2, kAbsent = -1;
  std::string name_;
  std::vector<int16_t> index_;  // by event type
};

const engine::fields::FieldInfo kTracerInfo{
    "span", ValueType::String, 0, engine::fields::ArgMode::None, "span",
    "tracer field (tracer events are not decoded: never has a value)"};

class TracerField final : public engine::fields::Field {
 public:
  TracerField() : Field(kTracerInfo) {}
  void extract(const engine::EventContext&, engine::filter::ValueSink&) override {}
  bool render(const engine::EventContext&, std::string&) override { return false; }
};

}  // namespace

std::unique_ptr<engine::fields::Field> make_tracer_field(const std::string& token) {
  if (token.rfind("span.", 0) == 0 || token.rfind("evtin.", 0) == 0) return std::make_unique<TracerField>();
  return nullptr;
}

std::unique_ptr<engine::fields::Field> make_rawarg_field(const std::string& param_name) {
  return std::make_unique<RawArgField>(param_name);
}

}  // namespace trowel::lua
