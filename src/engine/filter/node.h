// The evaluation tree a filter compiles to. Built once; eval() allocates
// nothing (checks reuse their extractor and their own members).
#pragma once
#include <memory>
#include <vector>

#include "engine/filter/field_resolver.h"

namespace trowel::engine::filter {

class Node {
 public:
  virtual ~Node() = default;
  virtual bool eval(const EventRef& ev) = 0;
  // What eval() gives on every event of event type `type` when the type
  // alone decides it (1 or 0), else -1 (the default: the node cannot tell).
  virtual int type_answer(uint16_t type) const {
    (void)type;
    return -1;
  }
};

// All items joined by the same operator (sysdig forbids mixing 'and' and 'or'
// at one nesting level). Invariant: at least one item; an item's `negate`
// applies to its own result before joining.
class GroupNode final : public Node {
 public:
  struct Item {
    std::unique_ptr<Node> node;
    bool negate = false;
  };
  GroupNode(bool is_or, std::vector<Item> items) : is_or_(is_or), items_(std::move(items)) {}
  bool eval(const EventRef& ev) override {
    for (Item& it : items_) {
      bool r = it.node->eval(ev) != it.negate;
      if (r == is_or_) return r;
    }
    return !is_or_;
  }
  int type_answer(uint16_t type) const override {
    bool all_known = true;
    for (const Item& it : items_) {
      int a = it.node->type_answer(type);
      if (a < 0) {
        all_known = false;
        continue;
      }
      bool r = (a == 1) != it.negate;
      if (r == is_or_) return r ? 1 : 0;  // decides the group whatever the others give
    }
    return all_known ? (is_or_ ? 0 : 1) : -1;
  }

 private:
  bool is_or_;
  std::vector<Item> items_;
};

}  // namespace trowel::engine::filter
