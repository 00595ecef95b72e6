#include "engine/filter/check_builder.h"

#include <algorithm>

#include "engine/filter/predicates.h"

namespace trowel::engine::filter {

namespace {

bool is_list_op(CmpOp op) { return op == CmpOp::In || op == CmpOp::Intersects || op == CmpOp::Pmatch; }

template <class T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

template <class Pred>
std::unique_ptr<Node> make_node(ResolvedField& f, Pred pred) {
  if (f.extractor->single_valued() && !(f.flags & kFieldMultiValued))
    return std::make_unique<SingleCheckNode<Pred>>(std::move(f.extractor), value_kind_of(f.type), std::move(pred));
  return std::make_unique<CheckNode<Pred>>(std::move(f.extractor), value_kind_of(f.type), std::move(pred));
}

// "field = lit" / "field != lit" through the extractor's FastStringEq.
class FastEqNode final : public Node {
 public:
  // `owner`: the extractor the test may refer to (own_eq tests do).
  FastEqNode(std::unique_ptr<FastStringEq> t, bool eq, std::unique_ptr<FieldExtractor> owner = nullptr)
      : owner_(std::move(owner)), t_(std::move(t)), want_(eq ? 1 : 0) {}
  bool eval(const EventRef& ev) override { return t_->test(ev) == want_; }
  int type_answer(uint16_t type) const override {
    int a = t_->type_answer(type);
    return a < 0 ? -1 : (a == want_ ? 1 : 0);
  }

 private:
  std::unique_ptr<FieldExtractor> owner_;
  std::unique_ptr<FastStringEq> t_;
  int want_;
};

// A check that is never true.
// "field exists" (the views' syscall.type exists): the first value decides,
// without a sink; only a value of another kind than the field's (none of
// trowel's fields yields one) looks further, as CheckNode would.
class ExistsNode final : public Node, private ValueSink {
 public:
  ExistsNode(std::unique_ptr<FieldExtractor> ex, FieldValue::Kind kind) : ex_(std::move(ex)), kind_(kind) {}
  bool eval(const EventRef& ev) override {
    if (!ex_->first_value(ev, value_)) return false;
    if (value_.kind == kind_) return true;
    hit_ = false;
    ex_->extract(ev, *this);
    return hit_;
  }

 private:
  bool on_value(const FieldValue& v) override {
    hit_ = v.kind == kind_;
    return !hit_;
  }
  std::unique_ptr<FieldExtractor> ex_;
  FieldValue::Kind kind_;
  FieldValue value_;
  bool hit_ = false;
};

class FalseNode final : public Node {
 public:
  bool eval(const EventRef&) override { return false; }
  int type_answer(uint16_t) const override { return 0; }
};

template <class T>
std::unique_ptr<Node> make_number_node(ResolvedField& f, CmpOp op, std::vector<T>& lits) {
  if (is_list_op(op)) {
    sort_unique(lits);
    return make_node(f, NumberSetPred<T>{std::move(lits)});
  }
  return make_node(f, NumberPred<T>{op, lits.at(0)});
}

}  // namespace

CheckBuilder::CheckBuilder(ResolvedField field, CmpOp op) : field_(std::move(field)), op_(op) {}

void CheckBuilder::add_value(const std::string& text) {
  switch (field_.type) {
    case ValueType::String:
    case ValueType::Buffer: strings_.push_back(text); break;
    case ValueType::Int: ints_.push_back(parse_int(text)); break;
    case ValueType::UInt:
    case ValueType::RelTime:
    case ValueType::AbsTime: uints_.push_back(parse_uint(text)); break;
    case ValueType::Bool: uints_.push_back(parse_bool(text) ? 1 : 0); break;
    case ValueType::Port: uints_.push_back(parse_port(text)); break;
    case ValueType::Double: doubles_.push_back(parse_double(text)); break;
    case ValueType::IpAddr: ips_.push_back(parse_ip(text)); break;
    case ValueType::IpNet: nets_.push_back(parse_ipnet(text)); break;
  }
}

void CheckBuilder::check_operator() const {
  if ((field_.flags & kFieldExistsOnly) && op_ != CmpOp::Exists && op_ != CmpOp::In)
    throw ValueError("wrong parameter type: " + field_.name + " supports only 'exists'");
  if (field_.flags & kFieldOwnEq) {
    if (op_ == CmpOp::Eq || op_ == CmpOp::Exists || op_ == CmpOp::In) return;
    throw ValueError(field_.name + " supports only '=' comparison operator");
  }
  if (op_ == CmpOp::Exists || op_ == CmpOp::Eq || op_ == CmpOp::Ne || op_ == CmpOp::In ||
      op_ == CmpOp::Intersects)
    return;
  std::string kind;
  switch (field_.type) {
    case ValueType::String: return;
    case ValueType::Buffer:
      if (op_ == CmpOp::Contains || op_ == CmpOp::StartsWith || op_ == CmpOp::EndsWith) return;
      kind = "buffer";
      break;
    case ValueType::IpAddr:
    case ValueType::IpNet: kind = "IP"; break;
    default:
      if (op_ == CmpOp::Lt || op_ == CmpOp::Le || op_ == CmpOp::Gt || op_ == CmpOp::Ge) return;
      kind = "numeric";
      break;
  }
  throw ValueError("'" + std::string(cmp_op_text(op_)) + "' not supported for " + kind + " filters");
}

// "field in (a, b ...)" as "field = a or field = b ...", when the field has a
// FastStringEq for every literal (single-valued fields: evt.type, evt.dir,
// evt.res, fd.type): no text rendered per event, and the type answers of
// evt.type/evt.dir checks carry over (Node::type_answer). Null otherwise.
std::unique_ptr<Node> CheckBuilder::fast_in(ResolvedField& f) const {
  std::vector<GroupNode::Item> items;
  for (const std::string& s : strings_) {
    auto fast = f.extractor->fast_string_eq(s);
    if (!fast) return nullptr;
    items.push_back(GroupNode::Item{std::make_unique<FastEqNode>(std::move(fast), true), false});
  }
  if (items.empty()) return nullptr;
  return std::make_unique<GroupNode>(true, std::move(items));
}

std::unique_ptr<Node> CheckBuilder::build() {
  ResolvedField& f = field_;
  if (op_ == CmpOp::Exists) return std::make_unique<ExistsNode>(std::move(f.extractor), value_kind_of(f.type));
  if (f.flags & kFieldOwnEq) {
    if (op_ == CmpOp::Eq)
      if (auto own = f.extractor->own_eq(uints_.at(0))) return std::make_unique<FastEqNode>(std::move(own), true, std::move(f.extractor));
    return std::make_unique<FalseNode>();  // 'in': never true (sysdig 0.29.3)
  }
  switch (f.type) {
    case ValueType::String:
    case ValueType::Buffer:
      if (op_ == CmpOp::Pmatch) {
        for (std::string& s : strings_) s = normalize_path_prefix(s);
        sort_unique(strings_);
        return make_node(f, PmatchPred{std::move(strings_)});
      }
      if (is_list_op(op_)) {
        sort_unique(strings_);
        if (op_ == CmpOp::In && f.type == ValueType::String)
          if (auto any = fast_in(f)) return any;
        return make_node(f, BytesSetPred{std::move(strings_)});
      }
      if (f.type == ValueType::String && (op_ == CmpOp::Eq || op_ == CmpOp::Ne))
        if (auto fast = f.extractor->fast_string_eq(strings_.at(0)))
          return std::make_unique<FastEqNode>(std::move(fast), op_ == CmpOp::Eq);
      return make_node(f, BytesPred{op_, op_ == CmpOp::IContains ? ascii_lower(strings_.at(0)) : strings_.at(0)});
    case ValueType::Int: return make_number_node(f, op_, ints_);
    case ValueType::Double: return make_number_node(f, op_, doubles_);
    case ValueType::IpAddr:
      if (is_list_op(op_)) return make_node(f, IpSetPred{std::move(ips_)});
      return make_node(f, IpPred{op_ == CmpOp::Eq, ips_.at(0)});
    case ValueType::IpNet:
      if (is_list_op(op_)) return make_node(f, NetSetPred{std::move(nets_)});
      return make_node(f, NetPred{op_ == CmpOp::Eq, nets_.at(0)});
    default: return make_number_node(f, op_, uints_);
  }
}

}  // namespace trowel::engine::filter
