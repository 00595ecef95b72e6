// CheckBuilder: turns one parsed check (resolved field, operator, literal
// values) into a compiled check node. Literals are converted one by one as the
// parser reads them, so conversion errors carry the position of the literal.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "engine/filter/field_resolver.h"
#include "engine/filter/node.h"
#include "engine/filter/scanner.h"
#include "engine/filter/value_parse.h"

namespace trowel::engine::filter {

class CheckBuilder {
 public:
  CheckBuilder(ResolvedField field, CmpOp op);
  ValueType type() const { return field_.type; }
  // Converts and stores one literal; throws ValueError with sysdig's message.
  void add_value(const std::string& text);
  // Rejects operators the field's type does not support. sysdig 0.29.3 accepts
  // these filters and fails on the first event with e.g. "'contains' not
  // supported for numeric filters"; we fail at compile time with that text.
  void check_operator() const;
  std::unique_ptr<Node> build();

 private:
  std::unique_ptr<Node> fast_in(ResolvedField& f) const;
  ResolvedField field_;
  CmpOp op_;
  // The converted literals; which vector is used depends on the field type.
  std::vector<std::string> strings_;
  std::vector<int64_t> ints_;
  std::vector<uint64_t> uints_;
  std::vector<double> doubles_;
  std::vector<IpAddress> ips_;
  std::vector<IpNetwork> nets_;
};

}  // namespace trowel::engine::filter
