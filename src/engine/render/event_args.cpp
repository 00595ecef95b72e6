// event_args.cpp: see event_args.h.
#include "engine/render/event_args.h"

#include <cstring>

namespace trowel::engine::render {

SchemaPick render_schema(const capture::EventView& ev, SchemaChoice c) {
  const capture::EventInfo* cur = capture::event_info(ev.type);
  const capture::EventInfo* old = capture::legacy_event_info(ev.type);
  const capture::EventInfo* pick = cur;
  if (old && c != SchemaChoice::Current) {
    if (c == SchemaChoice::Sysdig029 || ev.nparams <= old->nparams) pick = old;  // Full: fits
  }
  if (!pick) return {};
  uint32_t n = ev.nparams < pick->nparams ? ev.nparams : pick->nparams;
  return {pick, n};
}

void EventArgsRenderer::append_args(std::string& out, const capture::EventView& ev) {
  if (ev.type == 0 || ev.type == 1) return;  // generic syscalls: nothing
  SchemaPick s = render_schema(ev, schema_);
  if (!s.info) return;
  const uint8_t* p = ev.values;
  for (uint32_t i = 0; i < s.nparams; ++i) {
    uint32_t len = ev.param_len(i);
    out += s.info->params[i].name;
    out.push_back('=');
    params_.append_bytes(out, ev, *s.info, i, {p, len}, ParamPart::Both);
    out.push_back(' ');
    p += len;
  }
}

void EventArgsRenderer::append_info(std::string& out, const capture::EventView& ev) {
  append_args(out, ev);
}

bool EventArgsRenderer::append_arg(std::string& out, const capture::EventView& ev,
                                   std::string_view name, ParamPart part) {
  SchemaPick s = render_schema(ev, schema_);
  if (!s.info) return false;
  for (uint32_t i = 0; i < s.nparams; ++i) {
    if (name == s.info->params[i].name) {
      params_.append(out, ev, *s.info, i, part);
      return true;
    }
  }
  return false;
}

bool EventArgsRenderer::append_arg_at(std::string& out, const capture::EventView& ev, uint32_t n,
                                      ParamPart part) {
  SchemaPick s = render_schema(ev, schema_);
  if (!s.info || n >= s.nparams) return false;
  params_.append(out, ev, *s.info, n, part);
  return true;
}

}  // namespace trowel::engine::render
