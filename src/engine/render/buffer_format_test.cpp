#include <doctest/doctest.h>

#include <string>

#include "engine/render/buffer_format.h"

using namespace trowel::engine::render;

namespace {
std::string fmt(std::string_view s, BufferFormat f, uint32_t max = 0) {
  std::string out;
  append_buffer(out, {reinterpret_cast<const uint8_t*>(s.data()), s.size()}, f, max);
  return out;
}
}  // namespace

TEST_CASE("buffer: normal replaces non-printables and cuts at max_len") {
  CHECK(fmt("hello\r\nworld\n", BufferFormat::Normal) == "hello..world.");
  CHECK(fmt(std::string_view("\x7f\x80 ~", 4), BufferFormat::Normal) == ".. ~");
  CHECK(fmt(std::string(80, 'z'), BufferFormat::Normal, 80) == std::string(80, 'z'));
  CHECK(fmt(std::string(81, 'z'), BufferFormat::Normal, 80) == std::string(77, 'z') + "...");
  CHECK(fmt(std::string(81, 'z'), BufferFormat::Normal, 0) == std::string(81, 'z'));
  CHECK(fmt("", BufferFormat::Normal, 80).empty());
}

TEST_CASE("buffer: ascii (-A)") {
  CHECK(fmt("hello\r\nworld\n", BufferFormat::Ascii) == "\nhello\nworld\n");
  CHECK(fmt("a\rb\r\r\nc\td\r", BufferFormat::Ascii) == "\na\nb\n\ncd\n");
  CHECK(fmt("ab\x01" "cd", BufferFormat::Ascii) == "\nabcd");
  CHECK(fmt(std::string(100, 'z'), BufferFormat::Ascii, 80).size() == 101);  // never cut
  CHECK(fmt("", BufferFormat::Ascii).empty());
}

TEST_CASE("buffer: hex (-x) and hex+ascii (-X)") {
  CHECK(fmt("ab\x01" "cd", BufferFormat::Hex) == "\n\t0x0000: 6162 0163 64\n");
  CHECK(fmt("ab\x01" "cd", BufferFormat::HexAscii) ==
        "\n\t0x0000: 6162 0163 64                           ab.cd\n");
  CHECK(fmt("hello\r\nworld\n", BufferFormat::HexAscii) ==
        "\n\t0x0000: 6865 6c6c 6f0d 0a77 6f72 6c64 0a       hello..world.\n");
  std::string z(24, 'z');
  CHECK(fmt(z, BufferFormat::HexAscii) ==
        "\n\t0x0000: 7a7a 7a7a 7a7a 7a7a 7a7a 7a7a 7a7a 7a7a  zzzzzzzzzzzzzzzz"
        "\n\t0x0010: 7a7a 7a7a 7a7a 7a7a                      zzzzzzzz\n");
  CHECK(fmt("", BufferFormat::Hex).empty());
}

TEST_CASE("buffer: base64 (-b)") {
  CHECK(fmt("hello\r\nworld\n", BufferFormat::Base64) == "aGVsbG8NCndvcmxkCg==");
  CHECK(fmt("ab\x01" "cd", BufferFormat::Base64) == "YWIBY2Q=");
  CHECK(fmt("abc", BufferFormat::Base64) == "YWJj");
}
