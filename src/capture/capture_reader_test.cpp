// Reader tests on the shared captures (event counts of their README) and on
// small hand-built byte streams (sections, truncation, corruption).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <vector>

#include "capture/block_types.h"
#include "capture/capture_error.h"
#include "capture/capture_reader.h"
#include "capture/capture_summary.h"

using namespace trowel::capture;
namespace fs = std::filesystem;

namespace {

fs::path shared_captures() { return fs::path(TROWEL_SHARED_DIR) / "captures"; }

// (file, events) rows of the shared captures' README table.
std::vector<std::pair<std::string, uint64_t>> reference_counts() {
  std::vector<std::pair<std::string, uint64_t>> rows;
  std::ifstream in(shared_captures() / "README.md");
  std::string line;
  std::regex row(R"(^\|\s*([A-Za-z0-9_.-]+\.scap[A-Za-z.]*)\s*\|\s*([0-9]+)\s*\|)");
  std::smatch m;
  while (std::getline(in, line))
    if (std::regex_search(line, m, row)) rows.emplace_back(m[1], std::stoull(m[2]));
  return rows;
}

std::vector<uint8_t> slurp_decompressed(const fs::path& p) {
  // Reads through the reader's own byte source, so gzip/zstd come out plain.
  auto src = open_byte_source(p.string());
  std::vector<uint8_t> out;
  uint8_t buf[65536];
  size_t n;
  while ((n = src->read(buf, sizeof buf)) > 0) out.insert(out.end(), buf, buf + n);
  return out;
}

uint64_t count_events(const std::vector<uint8_t>& bytes, CaptureReader::Status* st = nullptr) {
  auto r = CaptureReader::open(open_memory_source(bytes.data(), bytes.size()), "mem");
  EventView ev;
  while (r->next(ev)) {
  }
  if (st) *st = r->status();
  return r->stats().events;
}

void put32(std::vector<uint8_t>& v, uint32_t x) { v.insert(v.end(), reinterpret_cast<uint8_t*>(&x), reinterpret_cast<uint8_t*>(&x) + 4); }

std::vector<uint8_t> minimal_shb() {
  std::vector<uint8_t> v;
  put32(v, block::kShb);
  put32(v, 28);
  put32(v, block::kShbMagic);
  put32(v, 1 | (2u << 16));
  put32(v, 0xffffffff);
  put32(v, 0xffffffff);
  put32(v, 28);
  return v;
}

}  // namespace

TEST_CASE("every shared capture decodes to its reference event count") {
  auto rows = reference_counts();
  if (rows.empty()) {
    MESSAGE("shared captures not found; skipped");
    return;
  }
  CHECK(rows.size() >= 14);
  for (auto& [file, events] : rows) {
    CAPTURE(file);
    auto r = CaptureReader::open((shared_captures() / file).string());
    CaptureSummary s = summarize_capture(*r);
    CHECK(s.status == CaptureReader::Status::End);
    CHECK(s.events == events);
    uint64_t sum = 0;
    for (uint64_t n : s.per_type) sum += n;
    for (auto& [t, n] : s.unknown_types) sum += n;
    CHECK(sum == events);
  }
}

TEST_CASE("compression is detected from the bytes") {
  if (!fs::exists(shared_captures() / "leaky-logtxt.scap.zst")) return;
  CHECK(std::string(CaptureReader::open((shared_captures() / "leaky-logtxt.scap").string())->compression()) == "none");
  CHECK(std::string(CaptureReader::open((shared_captures() / "leaky-logtxt.scap.gz").string())->compression()) == "gzip");
  CHECK(std::string(CaptureReader::open((shared_captures() / "leaky-logtxt.scap.zst").string())->compression()) == "zstd");
}

TEST_CASE("SHB options are skipped and tables are read (libs_curl_google_comments)") {
  fs::path p = shared_captures() / "libs_curl_google_comments.scap";
  if (!fs::exists(p)) return;
  auto r = CaptureReader::open(p.string());
  CHECK(r->tables().shb_options_bytes == 88);
  CHECK(r->tables().threads.size() == 54);
  CHECK(r->tables().fds.size() == 316);
  CaptureSummary s = summarize_capture(*r);
  CHECK(s.stats.ignored_trailing_bytes > 0);  // editcap comments on 3 event blocks
}

TEST_CASE("concatenated captures are two sections with their own tables") {
  fs::path a = shared_captures() / "falco_cat_write.scap", b = shared_captures() / "falco_syscall.scap";
  if (!fs::exists(a)) return;
  std::vector<uint8_t> bytes = slurp_decompressed(a);
  std::vector<uint8_t> second = slurp_decompressed(b);
  bytes.insert(bytes.end(), second.begin(), second.end());
  auto r = CaptureReader::open(open_memory_source(bytes.data(), bytes.size()), "two");
  CaptureSummary s = summarize_capture(*r);
  CHECK(s.events == 345 + 368);
  REQUIRE(s.sections.size() == 2);
  CHECK(s.sections[0].threads.size() == 73);
  CHECK(s.sections[1].threads.size() == 229);
  CHECK(s.sections[1].offset > 0);
}

TEST_CASE("a cut file yields every complete event and reports the truncation") {
  fs::path p = shared_captures() / "falco_open-multiple-files.scap";
  if (!fs::exists(p)) return;
  std::vector<uint8_t> bytes = slurp_decompressed(p);
  uint64_t prev = 0;
  for (size_t cut = 0; cut < bytes.size(); cut += bytes.size() / 37 + 1) {
    std::vector<uint8_t> part(bytes.begin(), bytes.begin() + cut);
    CAPTURE(cut);
    if (cut < 28) {
      CHECK_THROWS_AS(count_events(part), CaptureError);
      continue;
    }
    CaptureReader::Status st;
    uint64_t n = count_events(part, &st);
    CHECK(n >= prev);  // more bytes never give fewer events
    prev = n;
    CHECK((st == CaptureReader::Status::Truncated || st == CaptureReader::Status::End));
  }
}

TEST_CASE("impossible lengths and bad trailers are corrupt, with a one-line message") {
  std::vector<uint8_t> v = minimal_shb();
  put32(v, block::kMi);
  put32(v, 7);  // not a multiple of 4 and below the minimum
  put32(v, 0);
  auto r = CaptureReader::open(open_memory_source(v.data(), v.size()), "bad.scap");
  EventView ev;
  CHECK_FALSE(r->next(ev));
  CHECK(r->status() == CaptureReader::Status::Corrupt);
  CHECK(r->message().find("bad.scap: corrupt block at byte 28") == 0);
  CHECK(r->message().find('\n') == std::string::npos);

  std::vector<uint8_t> w = minimal_shb();
  put32(w, 0x7777);  // unknown metadata block with a wrong trailer
  put32(w, 16);
  put32(w, 0);
  put32(w, 20);
  auto r2 = CaptureReader::open(open_memory_source(w.data(), w.size()), "t.scap");
  CHECK_FALSE(r2->next(ev));
  CHECK(r2->status() == CaptureReader::Status::Corrupt);
  CHECK(r2->message().find("trailer") != std::string::npos);
}

TEST_CASE("unknown metadata blocks before the first event are skipped and counted") {
  std::vector<uint8_t> v = minimal_shb();
  put32(v, 0x7777);
  put32(v, 16);
  put32(v, 0xabcdef);
  put32(v, 16);
  auto r = CaptureReader::open(open_memory_source(v.data(), v.size()), "u.scap");
  EventView ev;
  CHECK_FALSE(r->next(ev));
  CHECK(r->status() == CaptureReader::Status::End);
  CHECK(r->stats().unknown_blocks == 1);
}

TEST_CASE("a file that is not a capture is refused at open") {
  const uint8_t junk[] = "hello world, this is not a capture";
  CHECK_THROWS_AS(CaptureReader::open(open_memory_source(junk, sizeof junk), "j"), CaptureError);
  std::vector<uint8_t> be = minimal_shb();
  std::swap(be[8], be[11]);
  std::swap(be[9], be[10]);
  try {
    CaptureReader::open(open_memory_source(be.data(), be.size()), "be.scap");
    FAIL("big-endian magic accepted");
  } catch (const CaptureError& e) {
    CHECK(std::string(e.what()).find("big-endian") != std::string::npos);
  }
}

TEST_CASE("mapped reading (its fast path) gives what read(2) gives, on every capture") {
  // Each capture is repeated (one section per copy) to over a megabyte, so
  // that the reader maps it; the original small file is read with read(2)
  // (or inflated) as many times. Every event must agree, byte for byte, also when
  // skimmed (next_skim: headers alike, parameters left out or checked).
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(shared_captures()))
    if (e.path().extension() == ".scap") paths.push_back(e.path());
  for (const auto& e : fs::directory_iterator(fs::path(TROWEL_SOURCE_DIR) / "testdata"))
    if (e.path().extension() == ".scap") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  static bool every_other[kEventTypeCount];
  for (uint32_t t = 0; t < kEventTypeCount; ++t) every_other[t] = t % 2 == 1;
  size_t mapped_files = 0;
  for (const fs::path& path : paths) {
    CAPTURE(path);
    const std::vector<uint8_t> bytes = slurp_decompressed(path);  // gzip'd ones too
    if (bytes.size() < 8 || bytes.size() >= (1u << 20)) continue;  // the big ones are mapped already
    {
      auto whole = CaptureReader::open(path.string());
      EventView ev;
      while (whole->next(ev)) {
      }
      if (whole->status() != CaptureReader::Status::End) continue;  // a damaged capture ends early
    }
    const size_t copies = (1u << 20) / bytes.size() + 2;
    const fs::path big = fs::temp_directory_path() / ("trowel_mapped_" + path.filename().string());
    {
      std::ofstream out(big, std::ios::binary);
      for (size_t i = 0; i < copies; ++i)
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    }
    for (bool skim : {false, true}) {
      CAPTURE(skim);
      auto mapped = CaptureReader::open(big.string());
      REQUIRE(mapped->events_stay_valid());
      ++mapped_files;
      EventView a, b;
      uint64_t events = 0, mismatches = 0;
      uint32_t sections_before = 0;  // in the copies before this one
      for (size_t i = 0; i < copies; ++i) {
        auto small = CaptureReader::open(path.string());
        CHECK_FALSE(small->events_stay_valid());
        while (small->next(b)) {
          REQUIRE((skim ? mapped->next_skim(a, every_other, 7) : mapped->next(a)));
          ++events;
          const bool header_only = a.lens == nullptr && a.nparams == 0 && b.nparams != 0;
          bool same = a.ts == b.ts && a.tid == b.tid && a.type == b.type && a.len == b.len && a.flags == b.flags &&
                      a.cpuid == b.cpuid && a.block_type == b.block_type && a.v2 == b.v2 &&
                      a.len_width == b.len_width && a.num == events && a.section == sections_before + b.section &&
                      std::memcmp(a.data, b.data, a.len) == 0;
          if (header_only) {
            same = same && skim && every_other[a.type] && (a.num & 7) != 0;
          } else {
            same = same && a.nparams == b.nparams;
            for (uint32_t k = 0; same && k < b.nparams; ++k) {
              auto pa = a.param(k), pb = b.param(k);
              same = pa.size() == pb.size() && std::memcmp(pa.data(), pb.data(), pa.size()) == 0;
            }
          }
          if (!same) ++mismatches;
        }
        CHECK(small->status() == CaptureReader::Status::End);
        sections_before += static_cast<uint32_t>(small->stats().sections);
      }
      CHECK_FALSE(mapped->next(a));
      CHECK(mapped->status() == CaptureReader::Status::End);
      CHECK(mapped->stats().events == events);
      CHECK(mismatches == 0);
    }
    fs::remove(big);
  }
  CHECK(mapped_files > 10);
}
