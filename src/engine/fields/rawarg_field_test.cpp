// evt.rawarg.NAME: the field's type comes from the parameter's name.
#include <doctest/doctest.h>

#include "engine/fields/field.h"

using namespace trowel;

TEST_CASE("evt.rawarg.NAME is typed by the first parameter of that name") {
  std::string err;
  auto res = engine::fields::bind_field("evt.rawarg.res", &err);
  REQUIRE(res);
  CHECK(res->info().type == engine::filter::ValueType::Int);
  auto size = engine::fields::bind_field("evt.rawarg.size", &err);
  REQUIRE(size);
  CHECK(size->info().type == engine::filter::ValueType::UInt);
  auto name = engine::fields::bind_field("evt.rawarg.name", &err);
  REQUIRE(name);
  CHECK(name->info().type == engine::filter::ValueType::String);
  auto tuple = engine::fields::bind_field("evt.rawarg.tuple", &err);
  REQUIRE(tuple);
  CHECK(tuple->info().type == engine::filter::ValueType::Buffer);
  CHECK(engine::fields::bind_field("evt.rawarg.nosuch", &err) == nullptr);
  CHECK(err == "unknown event argument nosuch");
  CHECK(engine::fields::bind_field("evt.rawarg[0]", &err) == nullptr);
}
