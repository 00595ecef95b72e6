#include "engine/filter/parser.h"

#include <optional>
#include <vector>

#include "engine/filter/canonical.h"
#include "engine/filter/check_builder.h"
#include "engine/filter/scanner.h"

namespace trowel::engine::filter {

namespace {

enum BoolOp : uint8_t { kNone = 0, kAnd = 1, kOr = 2, kNot = 4 };

struct Group;

// One operand of a group: a compiled check (with its canonical text) or a
// nested group. Invariant: exactly one of `check` / `group` is set.
struct Item {
  uint8_t boolop = kNone;  // how it joins the previous item, plus kNot
  std::unique_ptr<Node> check;
  std::string text;
  std::unique_ptr<Group> group;
};

// One nesting level. Invariant (checked at ')' and at the end, as sysdig
// does): the items after the first all join with the same operator.
struct Group {
  std::vector<Item> items;
  bool has_and = false, has_or = false;
};

class Parser {
 public:
  Parser(std::string_view text, FieldResolver& resolver) : sc_(text), resolver_(resolver) {
    stack_.push_back(&root_);
  }
  ParsedFilter run();

 private:
  void parse_check();
  void add_item(Item item);
  void check_ambiguity(const Group& g) const {
    if (g.has_and && g.has_or)
      sc_.fail("expression mixes 'and' and 'or' in an ambiguous way. Please use brackets.");
  }
  // Records the first construct sysdig accepts but mis-evaluates (parser.h).
  void deviation(long pos) {
    if (!deviation_) deviation_.emplace(pos, "syntax error in filter");
  }
  [[noreturn]] void syntax_error() const { sc_.fail("syntax error in filter"); }

  Scanner sc_;
  FieldResolver& resolver_;
  Group root_;
  std::vector<Group*> stack_;  // stack_[0] is root_; never empty
  int nest_ = 0;               // sysdig's nesting level (may go negative)
  bool need_expr_ = true;      // a check or '(' is expected
  uint8_t boolop_ = kNone;     // pending operator for the next item
  std::optional<FilterError> deviation_;
};

void Parser::add_item(Item item) {
  item.boolop |= boolop_;
  boolop_ = kNone;
  Group& g = *stack_.back();
  if (!g.items.empty()) {
    uint8_t join = item.boolop & (kAnd | kOr);
    if (join == kAnd) g.has_and = true;
    else if (join == kOr) g.has_or = true;
    else deviation(sc_.pos());
  }
  g.items.push_back(std::move(item));
}

void Parser::parse_check() {
  const long start = sc_.pos();
  const std::string_view token = sc_.field_token();
  ResolveResult r = resolver_.resolve(token);
  if (r.status == ResolveResult::Status::NotFound)
    sc_.fail("filter error: unrecognized field " + std::string(token) + " at pos " + std::to_string(start));
  if (r.status == ResolveResult::Status::Error) sc_.fail(r.message);
  if (!r.field.extractor) sc_.fail("field " + std::string(token) + " has no extractor");

  const CmpOp op = sc_.comparison_operator();
  CheckBuilder builder(std::move(r.field), op);
  std::string text = std::string(token) + " " + cmp_op_text(op);
  auto add = [&](const std::string& v) {
    try {
      builder.add_value(v);
    } catch (const ValueError& e) {
      sc_.fail(e.what());
    }
  };

  if (op == CmpOp::In || op == CmpOp::Intersects || op == CmpOp::Pmatch) {
    sc_.skip_blanks();
    if (sc_.cur() != '(') sc_.fail("expected '(' after 'in/intersects/pmatch' operand");
    sc_.advance();
    const bool strings = builder.type() == ValueType::String;
    if (!strings && op == CmpOp::Pmatch) sc_.fail("pmatch requires all charbuf arguments");
    text += " (";
    for (bool first = true;; first = false) {
      std::string v = sc_.value(true);
      add(v);
      if (!first) text += ", ";
      text += quote_value(v);
      char c = sc_.next();
      if (c == ')') break;
      if (c != ',')
        sc_.fail(std::string("expected either ')' or ',' after a value inside the ") +
                 (strings ? "'in/pmatch' clause" : "'in' clause"));
      sc_.advance();
    }
    text += ")";
  } else if (op != CmpOp::Exists) {
    std::string v = sc_.value(false);
    add(v);
    text.push_back(' ');
    text += quote_value(v);
  }
  try {
    builder.check_operator();
  } catch (const ValueError& e) {
    sc_.fail(e.what());
  }
  Item item;
  item.check = builder.build();
  item.text = std::move(text);
  add_item(std::move(item));
}

// Canonical text and evaluation tree of a group; a group of one item is
// replaced by that item (negations combine).
void describe_item(const Item& it, bool negate, std::string& out);

void describe_group(const Group& g, std::string& out) {
  for (size_t i = 0; i < g.items.size(); ++i) {
    if (i) out += g.has_or ? " or " : " and ";
    describe_item(g.items[i], g.items[i].boolop & kNot, out);
  }
}

void describe_item(const Item& it, bool negate, std::string& out) {
  if (it.group && it.group->items.size() == 1) {
    const Item& inner = it.group->items[0];
    describe_item(inner, negate != bool(inner.boolop & kNot), out);
    return;
  }
  if (negate) out += "not ";
  if (it.check) {
    out += it.text;
  } else {
    out += "(";
    describe_group(*it.group, out);
    out += ")";
  }
}

std::unique_ptr<Node> build_group(Group& g);

// The node of an item and whether it is negated.
GroupNode::Item build_item(Item& it, bool negate) {
  if (it.group && it.group->items.size() == 1) {
    Item& inner = it.group->items[0];
    return build_item(inner, negate != bool(inner.boolop & kNot));
  }
  GroupNode::Item out;
  out.negate = negate;
  out.node = it.check ? std::move(it.check) : build_group(*it.group);
  return out;
}

std::unique_ptr<Node> build_group(Group& g) {
  std::vector<GroupNode::Item> items;
  for (Item& it : g.items) items.push_back(build_item(it, it.boolop & kNot));
  return std::make_unique<GroupNode>(g.has_or, std::move(items));
}

ParsedFilter Parser::run() {
  while (true) {
    const char c = sc_.next();
    switch (c) {
      case '\0': {
        if (nest_ != 0 || need_expr_) sc_.fail("filter error: unexpected end of filter");
        check_ambiguity(root_);
        if (deviation_) throw *deviation_;
        ParsedFilter out;
        Item top;
        top.group = std::make_unique<Group>(std::move(root_));
        if (top.group->items.size() == 1) describe_item(top, false, out.canonical);
        else describe_group(*top.group, out.canonical);
        GroupNode::Item node = build_item(top, false);
        if (node.negate) {
          std::vector<GroupNode::Item> one;
          one.push_back(std::move(node));
          out.root = std::make_unique<GroupNode>(false, std::move(one));
        } else {
          out.root = std::move(node.node);
        }
        return out;
      }
      case '(': {
        if (!need_expr_)
          sc_.fail("unexpected '(' after " + std::string(sc_.text().substr(0, size_t(sc_.pos()))));
        Item item;
        item.group = std::make_unique<Group>();
        Group* g = item.group.get();
        add_item(std::move(item));
        stack_.push_back(g);
        ++nest_;
        break;
      }
      case ')':
        check_ambiguity(*stack_.back());
        if (need_expr_ || nest_ <= 0) deviation(sc_.pos());
        if (stack_.size() > 1) stack_.pop_back();
        --nest_;
        break;
      case 'o':
      case 'a':
        if (sc_.pos() != 0 && !need_expr_) {
          const char* rest = c == 'o' ? "r" : "nd";
          for (; *rest; ++rest)
            if (sc_.next() != *rest) syntax_error();
          boolop_ = c == 'o' ? kOr : kAnd;
          need_expr_ = true;
        } else {
          parse_check();
          need_expr_ = false;
        }
        break;
      case 'n': {
        const long not_pos = sc_.pos();
        if (sc_.next() != 'o' || sc_.next() != 't') syntax_error();
        if (!need_expr_) deviation(not_pos);
        boolop_ |= kNot;
        need_expr_ = true;
        break;
      }
      default:
        if (!need_expr_) syntax_error();
        parse_check();
        need_expr_ = false;
        break;
    }
  }
}

}  // namespace

ParsedFilter parse_filter(std::string_view text, FieldResolver& resolver) {
  Parser p(text, resolver);
  return p.run();
}

}  // namespace trowel::engine::filter
