// Value predicates of compiled checks and the CheckNode that applies one to
// every value of a field. A predicate sees one FieldValue of the kind its
// field declares and never allocates.
#pragma once
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "engine/filter/field_resolver.h"
#include "engine/filter/node.h"
#include "engine/filter/scanner.h"
#include "engine/filter/string_match.h"
#include "engine/filter/value_parse.h"

namespace trowel::engine::filter {

// Extracts the field and is true as soon as one value satisfies `Pred` (any-
// value semantics: "proc.aname=bash" is any ancestor, "fd.port!=80" is either
// endpoint). No value (field not applicable) is false. Invariant: `kind_` is
// the kind the field's type yields; values of another kind are skipped.
template <class Pred>
class CheckNode final : public Node, private ValueSink {
 public:
  CheckNode(std::unique_ptr<FieldExtractor> ex, FieldValue::Kind kind, Pred pred)
      : ex_(std::move(ex)), kind_(kind), pred_(std::move(pred)) {}
  bool eval(const EventRef& ev) override {
    hit_ = false;
    ex_->extract(ev, *this);
    return hit_;
  }

 private:
  bool on_value(const FieldValue& v) override {
    if (v.kind == kind_ && pred_(v)) {
      hit_ = true;
      return false;
    }
    return true;
  }
  std::unique_ptr<FieldExtractor> ex_;
  FieldValue::Kind kind_;
  Pred pred_;
  bool hit_ = false;
};

// CheckNode for a single-valued field (FieldExtractor::single_valued()):
// its only value decides, taken without a sink.
template <class Pred>
class SingleCheckNode final : public Node {
 public:
  SingleCheckNode(std::unique_ptr<FieldExtractor> ex, FieldValue::Kind kind, Pred pred)
      : ex_(std::move(ex)), kind_(kind), pred_(std::move(pred)) {}
  bool eval(const EventRef& ev) override {
    return ex_->first_value(ev, value_) && value_.kind == kind_ && pred_(value_);
  }

 private:
  std::unique_ptr<FieldExtractor> ex_;
  FieldValue::Kind kind_;
  Pred pred_;
  FieldValue value_;
};

// "exists": the field yielded any value (of any kind).
struct ExistsPred {
  bool operator()(const FieldValue&) const { return true; }
};

template <class T>
bool compare_ordered(CmpOp op, const T& a, const T& b) {
  switch (op) {
    case CmpOp::Eq: return a == b;
    case CmpOp::Ne: return a != b;
    case CmpOp::Lt: return a < b;
    case CmpOp::Le: return a <= b;
    case CmpOp::Gt: return a > b;
    case CmpOp::Ge: return a >= b;
    default: return false;
  }
}

// Strings and buffers: comparisons and substring operators.
struct BytesPred {
  CmpOp op;
  std::string lit;  // lower-cased for IContains
  bool operator()(const FieldValue& v) const {
    std::string_view s = v.bytes;
    switch (op) {
      case CmpOp::Contains: return s.find(lit) != std::string_view::npos;
      case CmpOp::IContains: return icontains(s, lit);
      case CmpOp::StartsWith: return s.starts_with(lit);
      case CmpOp::EndsWith: return s.ends_with(lit);
      case CmpOp::Glob: return glob_match(lit, s);
      default: return compare_ordered<std::string_view>(op, s, lit);
    }
  }
};

// in / intersects on strings and buffers. Invariant: `set` sorted, unique.
struct BytesSetPred {
  std::vector<std::string> set;
  bool operator()(const FieldValue& v) const {
    auto it = std::lower_bound(set.begin(), set.end(), v.bytes,
                               [](const std::string& a, std::string_view b) { return std::string_view(a) < b; });
    return it != set.end() && std::string_view(*it) == v.bytes;
  }
};

// pmatch. Invariant: `prefixes` normalised (normalize_path_prefix), sorted.
struct PmatchPred {
  std::vector<std::string> prefixes;
  bool operator()(const FieldValue& v) const { return path_prefix_match(prefixes, v.bytes); }
};

template <class T>
T number_of(const FieldValue& v);
template <>
inline int64_t number_of<int64_t>(const FieldValue& v) { return v.i; }
template <>
inline uint64_t number_of<uint64_t>(const FieldValue& v) { return v.u; }
template <>
inline double number_of<double>(const FieldValue& v) { return v.d; }

template <class T>
struct NumberPred {
  CmpOp op;
  T lit;
  bool operator()(const FieldValue& v) const { return compare_ordered<T>(op, number_of<T>(v), lit); }
};

// Invariant: `set` sorted, unique.
template <class T>
struct NumberSetPred {
  std::vector<T> set;
  bool operator()(const FieldValue& v) const {
    return std::binary_search(set.begin(), set.end(), number_of<T>(v));
  }
};

struct IpPred {
  bool equal;  // '=' (true) or '!='
  IpAddress lit;
  bool operator()(const FieldValue& v) const { return (v.ip == lit) == equal; }
};

struct IpSetPred {
  std::vector<IpAddress> set;
  bool operator()(const FieldValue& v) const {
    for (const IpAddress& a : set)
      if (v.ip == a) return true;
    return false;
  }
};

struct NetPred {
  bool equal;  // '=' (inside) or '!=' (outside)
  IpNetwork net;
  bool operator()(const FieldValue& v) const { return net.contains(v.ip) == equal; }
};

struct NetSetPred {
  std::vector<IpNetwork> nets;
  bool operator()(const FieldValue& v) const {
    for (const IpNetwork& n : nets)
      if (n.contains(v.ip)) return true;
    return false;
  }
};

}  // namespace trowel::engine::filter
