// Robustness of the reader on the shared captures (TROWEL_SHARED_DIR):
//   * every capture has exactly the number of events of captures/README.md;
//   * the decompressed bytes cut at 50 random offsets (fixed seed) read up to
//     the cut: End at a block boundary, else Truncated with exactly the events
//     whose blocks end before the cut and a one-line message naming the byte;
//   * random byte flips (biased towards block and event headers) and cuts or
//     flips of the compressed bytes never crash or hang and end with
//     End/Truncated/Corrupt (or CaptureError from open()), one-line messages;
//   * every parameter of every event read goes through the param decoders.
// Skips cleanly when the shared directory is absent.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "capture/capture_error.h"
#include "capture/capture_reader.h"
#include "capture/param_decode.h"

using namespace trowel::capture;
namespace fs = std::filesystem;

namespace {

#ifndef TROWEL_SHARED_DIR
#define TROWEL_SHARED_DIR ""
#endif

struct Reference {
  const char* file;
  uint64_t events;
};
// captures/README.md, column "events".
constexpr Reference kReference[] = {
    {"falco_cat_write.scap", 345},
    {"falco_connect_localhost.scap", 374},
    {"falco_empty.scap", 83},
    {"falco_open-multiple-files.scap", 1272},
    {"falco_ping_sendto.scap", 1526},
    {"falco_syscall.scap", 368},
    {"falco_write_tmp_test.scap", 229},
    {"libs_curl_google_comments.scap", 1536},
    {"libs_single_ipv6_conn.scap", 1728},
    {"leaky-logtxt.scap", 34725},
    {"leaky-logtxt.scap.zst", 34725},
    {"leaky-logtxt.scap.gz", 34725},
    {"leaky-logtxt-sysdig029.scap", 31281},
    {"libs_test_ipv6_client.scap", 326},
};

fs::path captures_dir() { return fs::path(TROWEL_SHARED_DIR) / "captures"; }

bool have_captures() {
  std::error_code ec;
  return fs::is_directory(captures_dir(), ec) && fs::exists(captures_dir() / kReference[0].file, ec);
}

std::vector<uint8_t> read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The decompressed bytes of a capture, through the reader's own byte source.
std::vector<uint8_t> decompress(const fs::path& p) {
  auto src = open_byte_source(p.string());
  std::vector<uint8_t> out;
  uint8_t buf[1 << 16];
  for (size_t n; (n = src->read(buf, sizeof buf)) > 0;) out.insert(out.end(), buf, buf + n);
  return out;
}

uint64_t g_sink = 0;

void touch_params(const EventView& ev) {
  const EventInfo* info = ev.info();
  const uint8_t* p = ev.values;
  for (uint32_t i = 0; i < ev.nparams; ++i) {
    uint32_t n = ev.param_len(i);
    ParamBytes b(p, n);
    p += n;
    ParamValue v = info && i < info->nparams ? decode_param(b, info->params[i])
                                             : decode_param(b, ParamType::ByteBuf);
    g_sink += v.u + v.str.size() + v.bytes.size();
    if (v.kind == ParamValue::Kind::FdList)
      for (FdListEntry e : v.fdlist) g_sink += e.flags;
    for (std::string_view s : decode_nul_list(b)) g_sink += s.size();
  }
}

struct Outcome {
  bool threw = false;  // open() threw CaptureError
  std::string error;   // its message
  CaptureReader::Status status = CaptureReader::Status::Ok;
  std::string message;
  uint64_t events = 0;
  uint64_t stop_offset = 0;
  std::vector<uint64_t> block_offsets;  // of the events read (if asked)
};

Outcome read_memory(const uint8_t* data, size_t size, const std::string& name,
                    bool keep_offsets = false) {
  Outcome o;
  try {
    auto r = CaptureReader::open(open_memory_source(data, size), name);
    EventView ev;
    while (r->next(ev)) {
      ++o.events;
      touch_params(ev);
      if (keep_offsets) o.block_offsets.push_back(ev.block_offset);
    }
    o.status = r->status();
    o.message = r->message();
    o.stop_offset = r->stop_offset();
    CHECK(r->stats().events == o.events);
  } catch (const CaptureError& e) {
    o.threw = true;
    o.error = e.what();
  }
  return o;
}

// A message for the user: one line, starting with the input's name.
void check_one_line(const std::string& msg, const std::string& name) {
  CAPTURE(msg);
  CHECK(!msg.empty());
  CHECK(msg.find('\n') == std::string::npos);
  CHECK(msg.rfind(name + ": ", 0) == 0);
}

// Block boundaries of plain capture bytes (walks the framing; stops at the
// first impossible length).
std::vector<uint64_t> block_starts(const std::vector<uint8_t>& d) {
  std::vector<uint64_t> v;
  uint64_t off = 0;
  while (off + 8 <= d.size()) {
    uint32_t len = load_u32(d.data() + off + 4);
    if (len < 12 || off + len > d.size()) break;
    v.push_back(off);
    off += len;
  }
  v.push_back(off);  // end of the last whole block
  return v;
}

struct TrialCounts {
  uint64_t cut_trials = 0, flip_trials = 0, compressed_trials = 0;
  uint64_t end = 0, truncated = 0, corrupt = 0, open_errors = 0;
  void count(const Outcome& o) {
    if (o.threw) ++open_errors;
    else if (o.status == CaptureReader::Status::End) ++end;
    else if (o.status == CaptureReader::Status::Truncated) ++truncated;
    else if (o.status == CaptureReader::Status::Corrupt) ++corrupt;
  }
};

// Any outcome that is not a crash is acceptable after corruption, as long as
// the status is final and the message is one line naming a byte offset.
void check_damaged(const Outcome& o, const std::string& name) {
  if (o.threw) {
    // open() errors of a memory source may name the source ("<memory>")
    // rather than the display name: only warn about that.
    CAPTURE(o.error);
    CHECK(!o.error.empty());
    CHECK(o.error.find('\n') == std::string::npos);
    WARN(o.error.rfind(name + ": ", 0) == 0);
    return;
  }
  CHECK(o.status != CaptureReader::Status::Ok);
  if (o.status == CaptureReader::Status::End) return;
  check_one_line(o.message, name);
  CAPTURE(o.message);
  CHECK(o.message.find("byte") != std::string::npos);
  if (o.status == CaptureReader::Status::Truncated) CHECK(o.message.find("truncated") != std::string::npos);
}

}  // namespace

TEST_CASE("shared captures: event counts equal the README table") {
  if (!have_captures()) {
    MESSAGE("shared captures not found in " << captures_dir().string() << ": skipped");
    return;
  }
  for (const auto& ref : kReference) {
    fs::path p = captures_dir() / ref.file;
    if (!fs::exists(p)) {
      MESSAGE(ref.file << " missing: skipped");
      continue;
    }
    CAPTURE(ref.file);
    auto r = CaptureReader::open(p.string());
    EventView ev;
    uint64_t n = 0;
    while (r->next(ev)) {
      ++n;
      touch_params(ev);
    }
    CHECK(r->status() == CaptureReader::Status::End);
    CHECK(r->message().empty());
    CHECK(n == ref.events);
    CHECK(r->stats().events == ref.events);
  }
}

TEST_CASE("shared captures: cuts, byte flips and damaged compressed data") {
  if (!have_captures()) {
    MESSAGE("shared captures not found in " << captures_dir().string() << ": skipped");
    return;
  }
  TrialCounts tc;
  uint32_t file_index = 0;
  for (const auto& ref : kReference) {
    fs::path p = captures_dir() / ref.file;
    if (!fs::exists(p)) continue;
    const std::string name = ref.file;
    CAPTURE(name);
    std::mt19937_64 rng(0x7e0e1 + 977 * file_index++);
    const std::vector<uint8_t> raw = read_file(p);
    const std::vector<uint8_t> plain = decompress(p);
    REQUIRE(plain.size() > 64);

    // The undamaged bytes, for reference.
    Outcome whole = read_memory(plain.data(), plain.size(), name, true);
    REQUIRE(!whole.threw);
    REQUIRE(whole.status == CaptureReader::Status::End);
    REQUIRE(whole.events == ref.events);
    const std::vector<uint64_t> starts = block_starts(plain);
    REQUIRE(starts.back() == plain.size());
    std::vector<uint64_t> event_ends;  // end offset of each event's block
    for (uint64_t off : whole.block_offsets) event_ends.push_back(off + load_u32(plain.data() + off + 4));
    const uint64_t shb_end = starts.size() > 1 ? starts[1] : plain.size();

    // 1. Cuts of the decompressed bytes.
    for (int i = 0; i < 50; ++i) {
      const uint64_t cut = 1 + rng() % (plain.size() - 1);
      CAPTURE(cut);
      Outcome o = read_memory(plain.data(), cut, name);
      ++tc.cut_trials;
      tc.count(o);
      if (cut < shb_end) {  // not even a section header
        CHECK(o.threw);
        if (o.threw) check_one_line(o.error, name);
        continue;
      }
      REQUIRE(!o.threw);
      uint64_t expect_events = 0;
      for (uint64_t e : event_ends) expect_events += e <= cut;
      auto it = std::upper_bound(starts.begin(), starts.end(), cut);
      const uint64_t cut_block = *(it - 1);  // start of the block the cut falls in
      CHECK(o.events == expect_events);
      if (cut_block == cut) {
        CHECK(o.status == CaptureReader::Status::End);
      } else {
        CHECK(o.status == CaptureReader::Status::Truncated);
        CHECK(o.stop_offset == cut_block);
        check_one_line(o.message, name);
        CHECK(o.message.find("truncated at byte " + std::to_string(cut_block)) != std::string::npos);
        CHECK(o.message.find(std::to_string(expect_events) + " events") != std::string::npos);
      }
    }

    // 2. Random byte changes, half of them in the first 48 bytes of a block
    //    (block header, cpuid/flags, event header, length array).
    const int flips = plain.size() > (1u << 20) ? 40 : 150;
    std::vector<uint8_t> buf;
    for (int i = 0; i < flips; ++i) {
      buf = plain;
      const int changes = 1 + static_cast<int>(rng() % 4);
      for (int c = 0; c < changes; ++c) {
        uint64_t pos;
        if (rng() & 1) {
          uint64_t b = starts[rng() % (starts.size() - 1)];
          pos = std::min<uint64_t>(b + rng() % 48, buf.size() - 1);
        } else {
          pos = rng() % buf.size();
        }
        buf[pos] ^= static_cast<uint8_t>(1 + rng() % 255);
      }
      Outcome o = read_memory(buf.data(), buf.size(), name);
      ++tc.flip_trials;
      tc.count(o);
      check_damaged(o, name);
    }

    // 3. Compressed files: cuts and flips of the compressed bytes.
    if (raw.size() != plain.size() || raw != plain) {
      for (int i = 0; i < 12; ++i) {
        buf = raw;
        if (i % 2 == 0) {
          buf.resize(1 + rng() % (raw.size() - 1));
        } else {
          // Past the gzip/zstd header, so that the format is still detected.
          uint64_t pos = 16 + rng() % (buf.size() - 16);
          buf[pos] ^= static_cast<uint8_t>(1 + rng() % 255);
        }
        Outcome o = read_memory(buf.data(), buf.size(), name);
        ++tc.compressed_trials;
        tc.count(o);
        check_damaged(o, name);
        CHECK(o.events <= ref.events + 1000);
      }
    }
  }

  // Two sections in one stream (cat a.scap b.scap): both counted.
  {
    fs::path a = captures_dir() / "falco_empty.scap", b = captures_dir() / "falco_cat_write.scap";
    if (fs::exists(a) && fs::exists(b)) {
      std::vector<uint8_t> two = decompress(a), pb = decompress(b);
      two.insert(two.end(), pb.begin(), pb.end());
      Outcome o = read_memory(two.data(), two.size(), "two-sections");
      CHECK(!o.threw);
      CHECK(o.status == CaptureReader::Status::End);
      CHECK(o.events == 83 + 345);
    }
  }

  MESSAGE("robustness trials: " << tc.cut_trials << " cuts, " << tc.flip_trials << " byte-flip inputs, "
                                << tc.compressed_trials << " damaged compressed inputs; outcomes: "
                                << tc.end << " End, " << tc.truncated << " Truncated, " << tc.corrupt
                                << " Corrupt, " << tc.open_errors << " rejected by open()");
}
