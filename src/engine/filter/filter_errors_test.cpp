// Every filter error kind, with the message and position sysdig 0.29.3 printed
// for the same text (`sysdig -r falco_cat_write.scap 'TEXT'` or on
// leaky-logtxt-sysdig029.scap; the expected strings below are its output).
#include <doctest/doctest.h>

#include "engine/filter/filter_test_util.h"

using namespace trowel::engine::filter::testing;

namespace {

struct Case {
  const char* text;
  const char* sysdig;  // what sysdig 0.29.3 printed
};

void check_cases(const Case* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    CAPTURE(cases[i].text);
    CHECK(compile_error(cases[i].text) == cases[i].sysdig);
  }
}

}  // namespace

TEST_CASE("filter errors: quotes and escapes (sysdig 0.29.3 outputs)") {
  static const Case cases[] = {
      {"proc.name=\"cat", "filter error at position 14: filter error: unclosed quotes"},
      {"proc.name='cat", "filter error at position 14: filter error: unclosed quotes"},
      {"proc.name=\"python3\\\"", "filter error at position 20: filter error: unclosed quotes"},
      {"proc.name=\"python3\\x", "filter error at position 20: filter error: unclosed quotes"},
      {"proc.name in (\"python3)", "filter error at position 23: filter error: unclosed quotes"},
      {"proc.name=\"python\\x3\"",
       "filter error at position 20: filter error: unrecognized escape sequence at python\\x3\""},
      {"proc.name=\"python\\xZZ\"",
       "filter error at position 20: filter error: unrecognized escape sequence at python\\xZZ\""},
      {"proc.name=\"python3\\x\"",
       "filter error at position 20: filter error: unrecognized escape sequence at python3\\x\""},
      {"proc.name=\"python3\\x3\"",
       "filter error at position 21: filter error: unrecognized escape sequence at python3\\x3\""},
      {"proc.name=\"python3\\x\" and x",
       "filter error at position 20: filter error: unrecognized escape sequence at python3\\x\" and x"},
      {"proc.name=python\\xZZ and x",
       "filter error at position 19: filter error: unrecognized escape sequence at python\\xZZ and x"},
      {"proc.name=python\\x4 and x",
       "filter error at position 19: filter error: unrecognized escape sequence at python\\x4 and x"},
      {"proc.name in (a,b\\x4)", "filter error at position 20: filter error: unrecognized escape sequence at b\\x4)"},
      {"proc.name=a\\ b", "filter error at position 12: filter error: unrecognized escape sequence at a\\ b"},
      {"proc.name=a\\(b", "filter error at position 12: filter error: unrecognized escape sequence at a\\(b"},
      {"proc.name=python3\\)", "filter error at position 18: filter error: unrecognized escape sequence at python3\\)"},
      {"proc.name in (python3\\,x)",
       "filter error at position 22: filter error: unrecognized escape sequence at python3\\,x)"},
      {"proc.name=a\\x4or and x", "filter error at position 15: filter error: unrecognized escape sequence at a\\x4or and x"},
      {"proc.name=a\\xZ4 and x", "filter error at position 14: filter error: unrecognized escape sequence at a\\xZ4 and x"},
      {"proc.name=\"a\\x4Zb\"", "filter error at position 16: filter error: unrecognized escape sequence at a\\x4Zb\""},
      // The quoted text is substr(value start, error position).
      {"proc.name< a\\x(4 and ((proc.name<=a\\x4 )",
       "filter error at position 14: filter error: unrecognized escape sequence at a\\x(4 and ((pr"},
      {"proc.name=\"py'thon3\"", "filter error at position 14: syntax error in filter"},
      {"proc.name='py\"thon3'", "filter error at position 14: syntax error in filter"},
      {"proc.name=pyt\"hon 3\"", "filter error at position 18: syntax error in filter"},
      {"proc.name=\"\"python3", "filter error at position 12: syntax error in filter"},
      {"proc.name=\"python3\"x", "filter error at position 19: syntax error in filter"},
  };
  check_cases(cases, std::size(cases));
}

TEST_CASE("filter errors: structure (sysdig 0.29.3 outputs)") {
  static const Case cases[] = {
      {"proc.name=cat and", "filter error at position 17: filter error: unexpected end of filter"},
      {"proc.name=cat and ", "filter error at position 18: filter error: unexpected end of filter"},
      {"(proc.name=cat", "filter error at position 15: filter error: unexpected end of filter"},
      {"proc.name=cat)", "filter error at position 14: filter error: unexpected end of filter"},
      {"not", "filter error at position 3: filter error: unexpected end of filter"},
      {"()", "filter error at position 2: filter error: unexpected end of filter"},
      {"( )", "filter error at position 3: filter error: unexpected end of filter"},
      {")", "filter error at position 1: filter error: unexpected end of filter"},
      {"(", "filter error at position 1: filter error: unexpected end of filter"},
      {"proc.name=cat and (", "filter error at position 19: filter error: unexpected end of filter"},
      {"proc.name=cat and not", "filter error at position 21: filter error: unexpected end of filter"},
      {"proc.name=cat and not (", "filter error at position 23: filter error: unexpected end of filter"},
      {"not proc.name=cat and", "filter error at position 21: filter error: unexpected end of filter"},
      {"proc.name=cat and proc.pid>0 or", "filter error at position 31: filter error: unexpected end of filter"},
      {"(proc.name=python3 and evt.type=openat or evt.type=read",
       "filter error at position 56: filter error: unexpected end of filter"},
      {"proc.name=cat x", "filter error at position 14: syntax error in filter"},
      {"proc.name=python3and proc.pid>0", "filter error at position 21: syntax error in filter"},
      {"proc.name=python3 ax", "filter error at position 19: syntax error in filter"},
      {"proc.name=python3 an", "filter error at position 20: syntax error in filter"},
      {"proc.name=python3 o", "filter error at position 19: syntax error in filter"},
      {"proc.name=python3 ox", "filter error at position 19: syntax error in filter"},
      {"proc.name existsx", "filter error at position 16: syntax error in filter"},
      {"nfoo=1", "filter error at position 1: syntax error in filter"},
      {"n=1", "filter error at position 1: syntax error in filter"},
      {"n", "filter error at position 1: syntax error in filter"},
      {"no", "filter error at position 2: syntax error in filter"},
      {"nox=1", "filter error at position 2: syntax error in filter"},
      {"proc.name in (python3)x", "filter error at position 22: syntax error in filter"},
      {"proc.name in (python3) x", "filter error at position 23: syntax error in filter"},
      {"proc.name=a(b", "filter error at position 11: unexpected '(' after proc.name=a"},
      {"proc.name=a(b)", "filter error at position 11: unexpected '(' after proc.name=a"},
      {"(proc.name=a(b))", "filter error at position 12: unexpected '(' after (proc.name=a"},
      {"proc.name=(python3)", "filter error at position 10: unexpected '(' after proc.name="},
      {"proc.name in (a)(", "filter error at position 16: unexpected '(' after proc.name in (a)"},
      {"proc.name=cat)(", "filter error at position 14: unexpected '(' after proc.name=cat)"},
  };
  check_cases(cases, std::size(cases));
}

TEST_CASE("filter errors: and/or mixing (sysdig 0.29.3 outputs)") {
  static const Case cases[] = {
      {"proc.name=cat and evt.type=open or evt.type=read",
       "filter error at position 49: expression mixes 'and' and 'or' in an ambiguous way. Please use brackets."},
      {"(proc.name=python3 and evt.type=openat or evt.type=read)",
       "filter error at position 55: expression mixes 'and' and 'or' in an ambiguous way. Please use brackets."},
      {"(proc.name=python3 and evt.type=openat or evt.type=read) and proc.pid=1",
       "filter error at position 55: expression mixes 'and' and 'or' in an ambiguous way. Please use brackets."},
      {"proc.name=python3 or evt.type=openat and evt.type=read",
       "filter error at position 55: expression mixes 'and' and 'or' in an ambiguous way. Please use brackets."},
      {"proc.name=python3 and not evt.type=openat or evt.type=read",
       "filter error at position 59: expression mixes 'and' and 'or' in an ambiguous way. Please use brackets."},
      {"proc.name=python3 and (evt.type=openat) or evt.type=read",
       "filter error at position 57: expression mixes 'and' and 'or' in an ambiguous way. Please use brackets."},
      {"proc.name=cat and proc.pid>0 or proc.pid>1)",
       "filter error at position 42: expression mixes 'and' and 'or' in an ambiguous way. Please use brackets."},
  };
  check_cases(cases, std::size(cases));
}

TEST_CASE("filter errors: fields and operators (sysdig 0.29.3 outputs)") {
  static const Case cases[] = {
      {"foo.bar=1", "filter error at position 7: filter error: unrecognized field foo.bar at pos 0"},
      {"!evt.type=open", "filter error at position 0: filter error: unrecognized field  at pos 0"},
      {"proc.name=cat andx evt.type=open", "filter error at position 18: filter error: unrecognized field x at pos 17"},
      {"x", "filter error at position 1: filter error: unrecognized field x at pos 0"},
      {"or", "filter error at position 2: filter error: unrecognized field or at pos 0"},
      {"and", "filter error at position 3: filter error: unrecognized field and at pos 0"},
      {" and=1", "filter error at position 4: filter error: unrecognized field and at pos 1"},
      {"(and=1", "filter error at position 4: filter error: unrecognized field and at pos 1"},
      {"proc.name=python3 and and=1", "filter error at position 25: filter error: unrecognized field and at pos 22"},
      {"(proc.name=python3 and ) or x", "filter error at position 27: filter error: unrecognized field or at pos 25"},
      {"proc.name=cat and proc.pid=1 and proc.pid=1 or x",
       "filter error at position 48: filter error: unrecognized field x at pos 47"},
      {"proc.n\\x61me=python3", "filter error at position 12: filter error: unrecognized field proc.n\\x61me at pos 0"},
      {"\"proc.name\"=python3", "filter error at position 11: filter error: unrecognized field proc.name\" at pos 0"},
      {"proc.aname[x]=bash", "filter error at position 13: filter error: unrecognized field proc.aname[x] at pos 0"},
      {"proc.aname[]=bash", "filter error at position 12: filter error: unrecognized field proc.aname[] at pos 0"},
      {"proc.aname[=bash", "filter error at position 11: filter error: unrecognized field proc.aname[ at pos 0"},
      {"proc.aname[1=bash", "filter error at position 12: filter error: unrecognized field proc.aname[1 at pos 0"},
      {"proc.aname[1]x=bash", "filter error at position 14: filter error: unrecognized field proc.aname[1]x at pos 0"},
      {"proc.aname.1=bash", "filter error at position 12: filter error: unrecognized field proc.aname.1 at pos 0"},
      {"proc.anamex=bash", "filter error at position 11: filter error: unrecognized field proc.anamex at pos 0"},
      {"proc.name[1]=x", "filter error at position 12: filter error: unrecognized field proc.name[1] at pos 0"},
      {"proc.name.x=x", "filter error at position 11: filter error: unrecognized field proc.name.x at pos 0"},
      {"evt.arg.foo=3", "filter error at position 11: unknown event argument foo"},
      {"evt.arg=3", "filter error at position 7: filter syntax error: evt.arg"},
      {"evt.type.is=1", "filter error at position 11: filter syntax error: evt.type.is"},
      {"thread.cgroup=x", "filter error at position 13: filter syntax error: thread.cgroup"},
      {"proc.name ~ cat", "filter error at position 10: filter error: unrecognized comparison operator after proc.name "},
      {"proc.name bcontains cat",
       "filter error at position 10: filter error: unrecognized comparison operator after proc.name "},
      {"proc.name", "filter error at position 9: filter error: unrecognized comparison operator after proc.name"},
      {"proc.name exist", "filter error at position 10: filter error: unrecognized comparison operator after proc.name "},
      {"proc.name(", "filter error at position 8: filter error: unrecognized comparison operator after proc.nam"},
      {"proc.name)", "filter error at position 8: filter error: unrecognized comparison operator after proc.nam"},
      {"evt.failedendswith(a,b)", "filter error at position 17: filter error: unrecognized field evt.failedendswith at pos 0"},
      {"o((proc.aname <=10.0.0.0/8 )", "filter error at position 0: filter error: unrecognized field o at pos 0"},
      {"(not' (not proc.nameicontains \"a b\"))", "filter error at position 5: filter error: unrecognized field  at pos 4"},
      {"proc.pid!1", "filter error at position 8: filter error: unrecognized comparison operator after proc.pid"},
  };
  check_cases(cases, std::size(cases));
}

TEST_CASE("filter errors: in / pmatch lists (sysdig 0.29.3 outputs)") {
  static const Case cases[] = {
      {"proc.name in cat", "filter error at position 13: expected '(' after 'in/intersects/pmatch' operand"},
      {"proc.name pmatch cat", "filter error at position 17: expected '(' after 'in/intersects/pmatch' operand"},
      {"proc.name in python3", "filter error at position 13: expected '(' after 'in/intersects/pmatch' operand"},
      {"proc.name in (python3 bash)",
       "filter error at position 22: expected either ')' or ',' after a value inside the 'in/pmatch' clause"},
      {"proc.name in (python3",
       "filter error at position 22: expected either ')' or ',' after a value inside the 'in/pmatch' clause"},
      {"proc.name in (python3,",
       "filter error at position 23: expected either ')' or ',' after a value inside the 'in/pmatch' clause"},
      {"proc.name in (a", "filter error at position 16: expected either ')' or ',' after a value inside the 'in/pmatch' clause"},
      {"proc.name in (a,", "filter error at position 17: expected either ')' or ',' after a value inside the 'in/pmatch' clause"},
      {"proc.name in (\"a\"b)",
       "filter error at position 17: expected either ')' or ',' after a value inside the 'in/pmatch' clause"},
      {"proc.name in (\"a\" b)",
       "filter error at position 18: expected either ')' or ',' after a value inside the 'in/pmatch' clause"},
      {"proc.name in (a(b)",
       "filter error at position 15: expected either ')' or ',' after a value inside the 'in/pmatch' clause"},
      {"proc.pid in (1,2", "filter error at position 17: expected either ')' or ',' after a value inside the 'in' clause"},
      {"proc.pid in (1 2)", "filter error at position 15: expected either ')' or ',' after a value inside the 'in' clause"},
      {"proc.pid in ()", "filter error at position 12:  is not a valid number"},
      {"proc.pid in (1, abc)", "filter error at position 18: abc is not a valid number"},
      {"proc.pid in (1) or fd.ip in (1.2.3.4, foo)", "filter error at position 40: unrecognized IPv6 address foo"},
      {"proc.pid pmatch (1)", "filter error at position 17: pmatch requires all charbuf arguments"},
      {"evt.buffer pmatch (/a)", "filter error at position 19: pmatch requires all charbuf arguments"},
  };
  check_cases(cases, std::size(cases));
}

TEST_CASE("filter errors: value conversion (sysdig 0.29.3 outputs)") {
  static const Case cases[] = {
      {"proc.pid=abc", "filter error at position 12: abc is not a valid number"},
      {"proc.pid=", "filter error at position 9:  is not a valid number"},
      {"proc.pid=12x", "filter error at position 12: 12x is not a valid number"},
      {"proc.pid=0x10", "filter error at position 13: 0x10 is not a valid number"},
      {"proc.pid=1.5", "filter error at position 12: 1.5 is not a valid number"},
      {"proc.pid=abc and x", "filter error at position 12: abc is not a valid number"},
      {"proc.pid=abc)", "filter error at position 11: abc is not a valid number"},
      {"proc.pid=\"abc\" and x", "filter error at position 13: abc is not a valid number"},
      {"proc.pid=>1", "filter error at position 11: >1 is not a valid number"},
      {"proc.pid<>1", "filter error at position 11: >1 is not a valid number"},
      {"evt.rawres=abc", "filter error at position 14: abc is not a valid number"},
      {"evt.rawtime=abc", "filter error at position 15: abc is not a valid number"},
      {"evt.latency=abc", "filter error at position 15: abc is not a valid number"},
      {"evt.type.is.openat=true", "filter error at position 23: true is not a valid number"},
      {"evt.failed=1", "filter error at position 12: filter error: unrecognized boolean value 1"},
      {"evt.failed=0", "filter error at position 12: filter error: unrecognized boolean value 0"},
      {"evt.failed=yes", "filter error at position 14: filter error: unrecognized boolean value yes"},
      {"evt.failed contains t", "filter error at position 21: filter error: unrecognized boolean value t"},
      {"fd.ip=foo", "filter error at position 9: unrecognized IPv6 address foo"},
      {"fd.ip=127.0.0", "filter error at position 13: unrecognized IPv4 address 127.0.0"},
      {"fd.ip=1.2.3.4.5", "filter error at position 15: unrecognized IPv4 address 1.2.3.4.5"},
      {"fd.ip=1:2", "filter error at position 9: unrecognized IPv6 address 1:2"},
      {"fd.ip=1.2.3.4/8", "filter error at position 15: unrecognized IPv4 address 1.2.3.4/8"},
      {"fd.net=127.0.0.0", "filter error at position 16: unrecognized IP network 127.0.0.0"},
      {"fd.net=127.0.0.0/33", "filter error at position 19: invalid netmask 33"},
      {"fd.net=foo/8", "filter error at position 12: unrecognized IPv6 address foo/8"},
      {"not fd.net<= ::1orfd.ip>true", "filter error at position 28: unrecognized IP network ::1orfd.ip>true"},
      {"fd.net=http", "filter error at position 11: unrecognized IPv6 address http"},
      {"fd.port=abc", "filter error at position 11: unrecognized protocol abc"},
      {"fd.port=-1", "filter error at position 10: unrecognized protocol -1"},
      {"fd.sport=abc", "filter error at position 12: unrecognized protocol abc"},
      {"fd.sport=8080 and fd.port=-1", "filter error at position 28: unrecognized protocol -1"},
  };
  check_cases(cases, std::size(cases));
}

// sysdig 0.29.3 accepts these and fails on the first event with the message
// alone (no position); trowel rejects them at compile time, at the end of the
// value, with the same text.
TEST_CASE("filter errors: operators a type does not support (compile time here, run time in sysdig)") {
  static const Case cases[] = {
      // sysdig: 'contains' not supported for numeric filters
      {"proc.pid contains 1", "filter error at position 19: 'contains' not supported for numeric filters"},
      // sysdig: 'startswith' not supported for numeric filters
      {"proc.pid startswith 1", "filter error at position 21: 'startswith' not supported for numeric filters"},
      // sysdig: 'glob' not supported for numeric filters
      {"proc.pid glob 1", "filter error at position 15: 'glob' not supported for numeric filters"},
      {"evt.latency icontains 1", "filter error at position 23: 'icontains' not supported for numeric filters"},
      // sysdig: 'icontains' not supported for buffer filters
      {"evt.buffer icontains get", "filter error at position 24: 'icontains' not supported for buffer filters"},
      // sysdig: 'glob' not supported for buffer filters
      {"evt.buffer glob *GET*", "filter error at position 21: 'glob' not supported for buffer filters"},
      // sysdig: '<' not supported for buffer filters
      {"evt.buffer < a", "filter error at position 14: '<' not supported for buffer filters"},
      // sysdig: filter error: IP filter only supports '=' and '!=' operators
      {"fd.ip > 1.2.3.4", "filter error at position 15: '>' not supported for IP filters"},
      {"fd.net contains 1.2.3.4/8", "filter error at position 25: 'contains' not supported for IP filters"},
  };
  check_cases(cases, std::size(cases));
}

// Filters sysdig 0.29.3 accepts but evaluates by silently dropping part of
// them; trowel rejects them (see parser.h).
TEST_CASE("filter errors: sysdig-accepted filters trowel rejects") {
  // sysdig: same 30452 matches as "proc.name=python3" (the 'not B' is ignored).
  CHECK(compile_error("proc.name=python3 not evt.type=openat") ==
        "filter error at position 18: syntax error in filter");
  // sysdig: matches every event.
  CHECK(compile_error("() proc.name=x") == "filter error at position 1: syntax error in filter");
  CHECK(compile_error("(proc.name=x and ) proc.pid=1") == "filter error at position 17: syntax error in filter");
  // sysdig: 0 matches, no error.
  CHECK(compile_error("proc.name=python3) and (proc.pid>0") == "filter error at position 17: syntax error in filter");
  // Still sysdig's own errors when sysdig reports one.
  CHECK(compile_error("proc.name=cat not") == "filter error at position 17: filter error: unexpected end of filter");
}

TEST_CASE("filter errors: empty text") {
  // sysdig never compiles an empty filter (it means no filter); the compiler
  // reports it as it would any missing check.
  CHECK(compile_error("") == "filter error at position 0: filter error: unexpected end of filter");
  CHECK(compile_error("  ") == "filter error at position 2: filter error: unexpected end of filter");
}

TEST_CASE("FilterError carries position and detail") {
  FakeResolver r;
  try {
    compile_filter("proc.pid=abc", r);
    FAIL("no error");
  } catch (const trowel::engine::filter::FilterError& e) {
    CHECK(e.position() == 12);
    CHECK(e.detail() == "abc is not a valid number");
  }
}
