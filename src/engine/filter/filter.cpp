#include "engine/filter/filter.h"

#include "engine/filter/node.h"
#include "engine/filter/parser.h"

namespace trowel::engine::filter {

Filter::Filter(std::unique_ptr<Node> root, std::string canonical)
    : root_(std::move(root)), canonical_(std::move(canonical)) {}

Filter::~Filter() = default;

bool Filter::check(const EventRef& ev) { return root_->eval(ev); }

int Filter::type_answer(uint16_t type) const { return root_->type_answer(type); }

void Filter::use_type_table(FieldResolver::EventTypes types) {
  type_of_ = nullptr;
  by_type_.clear();
  if (!types.type_of || types.count == 0) return;
  bool any = false;
  by_type_.resize(types.count);
  for (uint32_t t = 0; t < types.count; ++t) {
    by_type_[t] = static_cast<int8_t>(root_->type_answer(static_cast<uint16_t>(t)));
    any = any || by_type_[t] >= 0;
  }
  if (!any) {  // the type never decides: the checks every time
    by_type_.clear();
    return;
  }
  type_of_ = types.type_of;
}

std::unique_ptr<Filter> compile_filter(std::string_view text, FieldResolver& resolver) {
  ParsedFilter p = parse_filter(text, resolver);
  auto f = std::make_unique<Filter>(std::move(p.root), std::move(p.canonical));
  f->use_type_table(resolver.event_types());
  return f;
}

}  // namespace trowel::engine::filter
