// Small helpers of the field interface.
#include "engine/filter/field_resolver.h"

namespace trowel::engine::filter {

const char* value_type_name(ValueType t) {
  switch (t) {
    case ValueType::String: return "string";
    case ValueType::Int: return "int";
    case ValueType::UInt: return "uint";
    case ValueType::Bool: return "bool";
    case ValueType::Buffer: return "buffer";
    case ValueType::IpAddr: return "ipaddr";
    case ValueType::IpNet: return "ipnet";
    case ValueType::Port: return "port";
    case ValueType::RelTime: return "reltime";
    case ValueType::AbsTime: return "abstime";
    case ValueType::Double: return "double";
  }
  return "?";
}

FieldValue::Kind value_kind_of(ValueType t) {
  switch (t) {
    case ValueType::String:
    case ValueType::Buffer: return FieldValue::Kind::Bytes;
    case ValueType::Int: return FieldValue::Kind::Int;
    case ValueType::Double: return FieldValue::Kind::Double;
    case ValueType::IpAddr:
    case ValueType::IpNet: return FieldValue::Kind::Ip;
    case ValueType::UInt:
    case ValueType::Bool:
    case ValueType::Port:
    case ValueType::RelTime:
    case ValueType::AbsTime: return FieldValue::Kind::UInt;
  }
  return FieldValue::Kind::UInt;
}

}  // namespace trowel::engine::filter
