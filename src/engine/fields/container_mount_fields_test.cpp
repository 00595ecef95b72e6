// container.* fields from JSON container events, on testdata/containers.scap
// (values checked against sysdig 0.29.3 by the print golden test).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "engine/fields/field.h"
#include "engine/state.h"

using namespace trowel;

namespace {

// The rendered value of `field` on the first event of thread `tid` ("<NA>"
// if it has none).
std::string value_on(const char* field, int64_t tid) {
  std::filesystem::path p = std::filesystem::path(TROWEL_SOURCE_DIR) / "testdata" / "containers.scap";
  std::string err;
  auto f = engine::fields::bind_field(field, &err);
  REQUIRE_MESSAGE(f, err);
  auto reader = capture::CaptureReader::open(p.string());
  engine::State state;
  state.load_tables(reader->tables());
  capture::EventView ev;
  engine::EventContext ctx;
  while (reader->next(ev)) {
    state.process(ev, ctx);
    if (!ctx.thread || ctx.thread->tid != tid) continue;
    std::string out;
    return f->render(ctx, out) ? out : "<NA>";
  }
  return "(no event)";
}

}  // namespace

TEST_CASE("container image fields come from the JSON event; empty is no value") {
  CHECK(value_on("container.image.id", 500) == "a8758716bb6aa4d90071160d27028fe4eaee7ce8166221a97d30440c8eac2be6");
  CHECK(value_on("container.image.repository", 500) == "registry.local:5000/web/nginx");
  CHECK(value_on("container.image.tag", 500) == "1.25");
  CHECK(value_on("container.image.digest", 600) == "<NA>");
  CHECK(value_on("container.image.repository", 600) == "<NA>");  // not split from "postgres"
  CHECK(value_on("container.image.id", 700) == "<NA>");          // host
}

TEST_CASE("container mounts: by index, by source glob, by destination glob for .source") {
  CHECK(value_on("container.mounts", 500) ==
        "/var/lib/docker/volumes/site/_data:/usr/share/nginx/html::true:rprivate,"
        "/home/ops/nginx/conf.d:/etc/nginx/conf.d:ro:false:");
  CHECK(value_on("container.mounts", 600) == "");
  CHECK(value_on("container.mount[1]", 500) == "/home/ops/nginx/conf.d:/etc/nginx/conf.d:ro:false:");
  CHECK(value_on("container.mount[2]", 500) == "<NA>");
  CHECK(value_on("container.mount[/home/*]", 500) == "/home/ops/nginx/conf.d:/etc/nginx/conf.d:ro:false:");
  CHECK(value_on("container.mount.source[/usr/share/*]", 500) == "/var/lib/docker/volumes/site/_data");
  CHECK(value_on("container.mount.source[/var/*]", 500) == "<NA>");  // .source matches destinations
  CHECK(value_on("container.mount.dest[/home/ops/nginx/conf.d]", 500) == "/etc/nginx/conf.d");
  CHECK(value_on("container.mount.mode[0]", 500) == "");
  CHECK(value_on("container.mount.rdwr[1]", 500) == "false");
  CHECK(value_on("container.mount.propagation[0]", 500) == "rprivate");
  std::string err;
  CHECK(engine::fields::bind_field("container.mount", &err) == nullptr);
  CHECK(err == "filter syntax error: container.mount");
  CHECK(engine::fields::bind_field("container.mount.rdwr", &err) == nullptr);
}
