// V2/V9 metadata entries carry a length that counts its own 4 bytes; a length
// below 4 or past the block must be refused with the list's own name.
#include "capture/metadata_parser.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "capture/block_types.h"

using namespace trowel::capture;

namespace {

std::string parse_error(uint32_t type, const std::vector<uint8_t>& body) {
  SectionTables t;
  try {
    parse_metadata_block(type, body.data(), static_cast<uint32_t>(body.size()), t);
  } catch (const MetadataError& e) {
    return e.what();
  }
  return "";
}

void put_u32(std::vector<uint8_t>& b, uint32_t v) {
  for (int i = 0; i < 4; ++i) b.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

}  // namespace

TEST_CASE("metadata: sized entries refuse lengths below 4 or past the block") {
  std::vector<uint8_t> fdl(8, 0);  // tid
  put_u32(fdl, 3);
  CHECK(parse_error(block::kFdlV2, fdl) == "fd entry length 3 exceeds the block");

  std::vector<uint8_t> pl;
  put_u32(pl, 200);
  put_u32(pl, 0);
  CHECK(parse_error(block::kPlV9, pl) == "thread entry length 200 exceeds the block");

  std::vector<uint8_t> ul;
  put_u32(ul, 9);
  put_u32(ul, 0);
  CHECK(parse_error(block::kUlV2, ul) == "user entry length 9 exceeds the block");
}

TEST_CASE("metadata: a sized user entry ends where its length says") {
  // type 1 (group), gid 7, name "ab", then 3 bytes of padding inside the entry.
  std::vector<uint8_t> ul;
  put_u32(ul, 4 + 1 + 4 + 2 + 2 + 3);
  ul.push_back(1);
  put_u32(ul, 7);
  ul.push_back(2);
  ul.push_back(0);
  ul.push_back('a');
  ul.push_back('b');
  ul.insert(ul.end(), 3, 0);
  SectionTables t;
  REQUIRE(parse_metadata_block(block::kUlV2, ul.data(), static_cast<uint32_t>(ul.size()), t));
  REQUIRE(t.groups.size() == 1);
  CHECK(t.groups[0].gid == 7);
  CHECK(t.groups[0].name == "ab");
}
