#include "engine/filter/filter.h"

#include "engine/filter/node.h"
#include "engine/filter/parser.h"

namespace trowel::engine::filter {

Filter::Filter(std::unique_ptr<Node> root, std::string canonical)
    : root_(std::move(root)), canonical_(std::move(canonical)) {}

Filter::~Filter() = default;

bool Filter::matches(const EventRef& ev) { return root_->eval(ev); }
int Filter::type_answer(uint16_t type) const { return root_->type_answer(type); }

std::unique_ptr<Filter> compile_filter(std::string_view text, FieldResolver& resolver) {
  ParsedFilter p = parse_filter(text, resolver);
  return std::make_unique<Filter>(std::move(p.root), std::move(p.canonical));
}

}  // namespace trowel::engine::filter
