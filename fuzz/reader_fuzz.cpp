// libFuzzer target: the whole read path (byte source with gzip/zstd detection,
// block framing, section/metadata parsing, event decoding) plus every
// parameter decoder on every parameter of every event.
//
// Build: CXX=clang++ meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined
// Run:   scripts/run-fuzzers SECONDS
#include <cstddef>
#include <cstdint>

#include "capture/capture_error.h"
#include "capture/capture_reader.h"
#include "capture/param_decode.h"

using namespace trowel::capture;

namespace {

// Keeps the optimizer from discarding decoded values.
volatile uint64_t g_sink;

void touch(const ParamValue& v) {
  uint64_t h = static_cast<uint64_t>(v.kind) + v.u + v.str.size() + v.bytes.size();
  for (char c : v.str) h += static_cast<uint8_t>(c);
  switch (v.kind) {
    case ParamValue::Kind::Ipv4: {
      char buf[kIpv4TextSize];
      h += format_ipv4(v.addr.data(), buf, sizeof buf).size();
      break;
    }
    case ParamValue::Kind::Ipv6: {
      char buf[kIpv6TextSize];
      h += format_ipv6(v.addr.data(), buf, sizeof buf).size();
      break;
    }
    case ParamValue::Kind::SockAddr: {
      char buf[kIpv6TextSize];
      h += v.sockaddr.port + v.sockaddr.path.size();
      if (v.sockaddr.kind == AddrKind::Ipv6) h += format_ipv6(v.sockaddr.addr.data(), buf, sizeof buf).size();
      if (v.sockaddr.kind == AddrKind::Ipv4) h += format_ipv4(v.sockaddr.addr.data(), buf, sizeof buf).size();
      break;
    }
    case ParamValue::Kind::SockTuple: {
      char buf[kIpv6TextSize];
      const SockTuple& t = v.socktuple;
      h += t.sport + t.dport + t.unix_src + t.unix_dst + t.path.size();
      if (t.kind == AddrKind::Ipv6) {
        h += format_ipv6(t.saddr.data(), buf, sizeof buf).size();
        h += format_ipv6(t.daddr.data(), buf, sizeof buf).size();
      }
      break;
    }
    case ParamValue::Kind::FdList:
      for (FdListEntry e : v.fdlist) h += static_cast<uint64_t>(e.fd) + e.flags;
      break;
    default:
      break;
  }
  g_sink = g_sink + h;
}

void touch_event(const EventView& ev) {
  const EventInfo* info = ev.info();
  // Walk the parameters once (param(i) is O(i)).
  const uint8_t* p = ev.values;
  for (uint32_t i = 0; i < ev.nparams; ++i) {
    uint32_t n = ev.param_len(i);
    ParamBytes b(p, n);
    p += n;
    if (info && i < info->nparams) {
      touch(decode_param(b, info->params[i]));
    } else {
      // No schema entry: decode the bytes as every type, and as a list.
      for (int t = 0; t < kParamTypeCount; ++t) touch(decode_param(b, static_cast<ParamType>(t)));
    }
    for (std::string_view s : decode_nul_list(b)) g_sink = g_sink + s.size();
  }
  // The O(i) accessor must agree with the walk.
  if (ev.nparams) g_sink = g_sink + ev.param(ev.nparams - 1).size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    auto reader = CaptureReader::open(open_memory_source(data, size), "fuzz");
    EventView ev;
    uint64_t n = 0;
    while (reader->next(ev)) {
      touch_event(ev);
      ++n;
    }
    // next() never throws; the status must be a final one with a message.
    auto st = reader->status();
    if (st == CaptureReader::Status::Ok) __builtin_trap();
    if (st != CaptureReader::Status::End && reader->message().empty()) __builtin_trap();
    if (reader->stats().events != n) __builtin_trap();
  } catch (const CaptureError&) {
    // open() rejects the input: fine.
  }
  return 0;
}
