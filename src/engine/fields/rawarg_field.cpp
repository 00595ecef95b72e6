// evt.rawarg.NAME: one parameter of the event, by name, as its raw typed
// value (numbers compare as numbers, paths and strings as text).
//
// As sysdig 0.29.3, the field's type comes from the first event type (in
// type order, sysdig 0.29.3's schema) that has a parameter of that name; an
// unknown name is an error. On an event the parameter is looked up by name
// in the schema sysdig 0.29.3 shows the event with; a parameter of another kind (text
// where the field is numeric) has no value. Byte buffers, socket tuples and
// fd lists: sysdig 0.29.3 rejects every comparison but 'exists' (and 'in',
// never true) with "wrong parameter type" (kFieldExistsOnly); other kinds
// (socket addresses, ...) compare as nothing but exist. trowel gives them all
// an empty buffer value, so '!=' on a socket address is true here and false
// in sysdig.
#include <cstring>

#include "capture/event_schema.h"
#include "capture/param_decode.h"
#include "engine/fields/field_table.h"
#include "engine/render/event_args.h"

namespace trowel::engine::fields {

namespace {

using capture::ParamType;

enum class RawKind : uint8_t { Int, UInt, Text, Bytes, Ip, Double, None, Opaque };

RawKind kind_of(ParamType t) {
  if (capture::is_integer_param_type(t)) return capture::is_signed_param_type(t) ? RawKind::Int : RawKind::UInt;
  switch (t) {
    case ParamType::CharBuf:
    case ParamType::FsPath:
    case ParamType::FsRelPath: return RawKind::Text;
    case ParamType::ByteBuf: return RawKind::Bytes;
    case ParamType::Ipv4Addr: return RawKind::Ip;
    case ParamType::Double: return RawKind::Double;
    case ParamType::SockTuple:
    case ParamType::FdList: return RawKind::Opaque;
    default: return RawKind::None;
  }
}

// The type of the first parameter called `name` in the 2022 schema.
bool schema_kind(const std::string& name, RawKind& out) {
  for (uint16_t t = 0; t < capture::kLegacyEventTypeCount; ++t) {
    const capture::EventInfo* info = capture::legacy_event_info(t);
    if (!info) continue;
    for (uint32_t i = 0; i < info->nparams; ++i)
      if (name == info->params[i].name) {
        out = kind_of(info->params[i].type);
        return true;
      }
  }
  return false;
}

// The value of the event's parameter `name`, converted to `want`.
bool raw_value(const EventContext& c, const std::string& name, RawKind want, FieldValue& v) {
  if (!c.ev) return false;
  render::SchemaPick s = render::render_schema(*c.ev, render::SchemaChoice::Sysdig029);
  if (!s.info) return false;
  for (uint32_t i = 0; i < s.info->nparams && i < s.nparams; ++i) {
    if (name != s.info->params[i].name) continue;
    const ParamType t = s.info->params[i].type;
    capture::ParamBytes b = c.ev->param(i);
    const RawKind k = kind_of(t);
    if (want == RawKind::Bytes || want == RawKind::None || want == RawKind::Opaque)  // see the header comment
      return set_str(v, std::string_view());
    if (b.empty()) return false;
    if ((want == RawKind::Int || want == RawKind::UInt) && (k == RawKind::Int || k == RawKind::UInt)) {
      if (k == RawKind::Int) {
        auto x = capture::decode_signed(b, t);
        if (!x) return false;
        return want == RawKind::Int ? set_int(v, *x) : set_uint(v, static_cast<uint64_t>(*x));
      }
      auto x = capture::decode_unsigned(b, t);
      if (!x) return false;
      return want == RawKind::Int ? set_int(v, static_cast<int64_t>(*x)) : set_uint(v, *x);
    }
    if (k != want) return false;
    switch (k) {
      case RawKind::Text: {
        auto x = capture::decode_charbuf(b);
        return x && set_str(v, *x);
      }
      case RawKind::Double: {
        if (b.size() < 8) return false;
        double d;
        std::memcpy(&d, b.data(), 8);
        v.kind = FieldValue::Kind::Double;
        v.d = d;
        return true;
      }
      case RawKind::Ip: {
        auto x = capture::decode_ipv4addr(b);
        if (!x) return false;
        v.kind = FieldValue::Kind::Ip;
        v.ip = {};
        v.ip.family = 4;
        for (size_t n = 0; n < 4; ++n) v.ip.bytes[n] = (*x)[n];
        return true;
      }
      default: return false;
    }
  }
  return false;
}

template <RawKind K>
bool get_raw(const EventContext& c, const FieldArg& a, Scratch&, FieldValue& v) {
  return raw_value(c, a.name, K, v);
}

std::string check_rawarg(FieldArg& a) {
  if (a.bracket || a.name.empty()) return "evt.arg fields must be expressed explicitly";
  RawKind k;
  if (!schema_kind(a.name, k)) return "unknown event argument " + a.name;
  return {};
}

const FieldDef* select_rawarg(const FieldArg& a);

constexpr uint32_t kNone = 0;
constexpr const char* kDesc = "one argument by name (evt.rawarg.res), raw: numbers compare as numbers";

// The listed definition, then one per value type (chosen by select_rawarg).
const std::vector<FieldDef> kRawArgFields = {
    {{"evt.rawarg", ValueType::String, kNone, ArgMode::Name, "evt", kDesc}, get_raw<RawKind::Text>, nullptr, nullptr,
     nullptr, check_rawarg, select_rawarg},
};
const FieldDef kRawInt{{"evt.rawarg", ValueType::Int, kNone, ArgMode::Name, "evt", kDesc}, get_raw<RawKind::Int>};
const FieldDef kRawUInt{{"evt.rawarg", ValueType::UInt, kNone, ArgMode::Name, "evt", kDesc}, get_raw<RawKind::UInt>};
constexpr uint32_t kExistsOnly = filter::kFieldExistsOnly;
const FieldDef kRawBytes{{"evt.rawarg", ValueType::Buffer, kExistsOnly, ArgMode::Name, "evt", kDesc}, get_raw<RawKind::Bytes>};
const FieldDef kRawOpaque{{"evt.rawarg", ValueType::Buffer, kExistsOnly, ArgMode::Name, "evt", kDesc}, get_raw<RawKind::Opaque>};
const FieldDef kRawIp{{"evt.rawarg", ValueType::IpAddr, kNone, ArgMode::Name, "evt", kDesc}, get_raw<RawKind::Ip>};
const FieldDef kRawDouble{{"evt.rawarg", ValueType::Double, kNone, ArgMode::Name, "evt", kDesc}, get_raw<RawKind::Double>};
const FieldDef kRawNone{{"evt.rawarg", ValueType::Buffer, kNone, ArgMode::Name, "evt", kDesc}, get_raw<RawKind::None>};

const FieldDef* select_rawarg(const FieldArg& a) {
  RawKind k = RawKind::None;
  schema_kind(a.name, k);
  switch (k) {
    case RawKind::Int: return &kRawInt;
    case RawKind::UInt: return &kRawUInt;
    case RawKind::Text: return &kRawArgFields[0];
    case RawKind::Bytes: return &kRawBytes;
    case RawKind::Ip: return &kRawIp;
    case RawKind::Double: return &kRawDouble;
    case RawKind::Opaque: return &kRawOpaque;
    case RawKind::None: break;
  }
  return &kRawNone;
}

}  // namespace

const std::vector<FieldDef>& rawarg_field_defs() { return kRawArgFields; }

}  // namespace trowel::engine::fields
