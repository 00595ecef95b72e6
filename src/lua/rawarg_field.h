// evt.rawarg.NAME: one parameter of the current event, undecorated, typed by
// the parameter's own type (integers, strings, raw buffers, IPv4 addresses),
// as sysdig's chisels see it. Parameters of the current event only: on an
// `open <` exit, evt.rawarg.res has no value (that exit has `fd`).
#pragma once
#include <memory>
#include <string>

#include "engine/fields/field.h"

namespace trowel::lua {

std::unique_ptr<engine::fields::Field> make_rawarg_field(const std::string& param_name);

// The tracer fields of sysdig 0.29.3 (span.*, evtin.*): trowel does not
// decode tracer events (removed from falcosecurity/libs), so these fields
// never have a value. They bind so that chisels requesting them (flame,
// tracers_2_statsd) still run, as they do under sysdig on captures without
// tracers. Null for other names.
std::unique_ptr<engine::fields::Field> make_tracer_field(const std::string& token);

}  // namespace trowel::lua
