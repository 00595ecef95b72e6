// Grammar, precedence, quoting and the canonical text (describe()).
#include <doctest/doctest.h>

#include "engine/filter/filter_test_util.h"

using namespace trowel::engine::filter::testing;

TEST_CASE("parse: whitespace, keywords and the canonical text") {
  CHECK(describe("proc.name=cat") == "proc.name = cat");
  CHECK(describe("proc.name = cat") == "proc.name = cat");
  CHECK(describe(" \tproc.name  =  cat ") == "proc.name = cat");
  CHECK(describe("proc.pid=1 and proc.name=cat") == "proc.pid = 1 and proc.name = cat");
  CHECK(describe("proc.pid=1 or proc.name=cat or proc.pid=2") == "proc.pid = 1 or proc.name = cat or proc.pid = 2");
  // sysdig reads keywords letter by letter, skipping blanks (checked: "o r",
  // "a n d" and "andproc.pid>0" work in sysdig 0.29.3).
  CHECK(describe("proc.name=x o r proc.pid>0") == "proc.name = x or proc.pid > 0");
  CHECK(describe("proc.name=x a n d proc.pid>0") == "proc.name = x and proc.pid > 0");
  CHECK(describe("proc.name=x andproc.pid>0") == "proc.name = x and proc.pid > 0");
  CHECK(describe("proc.name=\"x\"and proc.pid>0") == "proc.name = x and proc.pid > 0");
  CHECK(describe("proc.name in(cat)and proc.pid>0") == "proc.name in (cat) and proc.pid > 0");
  CHECK(describe("notproc.name=x") == "not proc.name = x");
  CHECK(describe("not(proc.name=x)") == "not proc.name = x");
  // Operators are matched as prefixes: "containsx" is contains "x", "==" is = "=...".
  CHECK(describe("proc.name containsx") == "proc.name contains x");
  CHECK(describe("proc.name==x") == "proc.name = =x");
  CHECK(describe("proc.name=a=b") == "proc.name = a=b");
  CHECK(describe("proc.name=a!b") == "proc.name = a!b");
  CHECK(describe("proc.name exists") == "proc.name exists");
  CHECK(describe("proc.name  exists and proc.pid=1") == "proc.name exists and proc.pid = 1");
  CHECK(describe("proc.name =") == "proc.name = \"\"");
  CHECK(describe("proc.name=") == "proc.name = \"\"");
  CHECK(describe("(proc.name=)") == "proc.name = \"\"");
}

TEST_CASE("parse: grouping and not") {
  CHECK(describe("((proc.name=cat))") == "proc.name = cat");
  CHECK(describe("( proc.name=cat )") == "proc.name = cat");
  CHECK(describe("proc.name=cat and (proc.pid=1 or proc.pid=2)") == "proc.name = cat and (proc.pid = 1 or proc.pid = 2)");
  CHECK(describe("(proc.pid=1 or proc.pid=2) and proc.name=cat") == "(proc.pid = 1 or proc.pid = 2) and proc.name = cat");
  CHECK(describe("not (proc.pid=1 or proc.pid=2)") == "not (proc.pid = 1 or proc.pid = 2)");
  CHECK(describe("not (not proc.pid=1)") == "proc.pid = 1");
  CHECK(describe("not ((proc.pid=1))") == "not proc.pid = 1");
  // sysdig 0.29.3 ORs the 'not' flags: "not not X" is "not X" (checked:
  // 758 matches for both "not not proc.name=python3" and "not proc.name=python3").
  CHECK(describe("not not proc.pid=1") == "not proc.pid = 1");
  CHECK(describe("proc.name=x and not not proc.pid=1") == "proc.name = x and not proc.pid = 1");
  CHECK(describe("proc.name=x or not proc.pid=1") == "proc.name = x or not proc.pid = 1");
}

TEST_CASE("parse: quoting and escapes") {
  CHECK(describe("proc.name=\"a b\"") == "proc.name = \"a b\"");
  CHECK(describe("proc.name='a b'") == "proc.name = \"a b\"");
  CHECK(describe("proc.name=\"pyth\\x6fn3\"") == "proc.name = python3");
  CHECK(describe("proc.name=pyth\\x6Fn3") == "proc.name = python3");
  CHECK(describe("proc.name=\"a\\\\b\"") == "proc.name = \"a\\\\b\"");
  CHECK(describe("proc.name=\"a\\\"b\"") == "proc.name = \"a\\\"b\"");
  CHECK(describe("proc.name=\"pyt\\hon3\"") == "proc.name = \"pyt\\\\hon3\"");  // \h kept as is
  CHECK(describe("proc.name='py\\'thon3'") == "proc.name = \"py\\x27thon3\"");
  CHECK(describe("proc.name=py\\'thon3") == "proc.name = \"py\\\\\\x27thon3\"");  // bare: \' kept
  CHECK(describe("proc.name=\"a\\ b\"") == "proc.name = \"a\\\\ b\"");
  CHECK(describe("proc.name=a\\,b") == "proc.name = \"a\\\\,b\"");
  CHECK(describe("proc.name=py\\\"thon3") == "proc.name = \"py\\\"thon3\"");
  CHECK(describe("proc.name=python3\\") == "proc.name = python3");     // trailing '\' dropped
  CHECK(describe("proc.name=python3\\x") == "proc.name = python3");    // incomplete \x at the end dropped
  CHECK(describe("proc.name=python3\"") == "proc.name = \"python3\\\"\"");
  CHECK(describe("proc.name=pyt\"hon3") == "proc.name = \"pyt\\\"hon3\"");
  CHECK(describe("proc.name=\"\"") == "proc.name = \"\"");
  CHECK(describe("proc.name=\"\\x01\"") == "proc.name = \"\\x01\"");
  CHECK(describe("proc.name in (a,\"b c\", 'd')") == "proc.name in (a, \"b c\", d)");
  CHECK(describe("proc.name in (a,,b)") == "proc.name in (a, \"\", b)");
  CHECK(describe("proc.name in ()") == "proc.name in (\"\")");
  CHECK(describe("proc.name in ( a , b )") == "proc.name in (a, b)");
  CHECK(describe("proc.name in (\"x,y\")") == "proc.name in (\"x,y\")");
}

TEST_CASE("parse: field argument forms") {
  CHECK(describe("proc.aname[2]=bash") == "proc.aname[2] = bash");
  CHECK(describe("proc.aname=bash") == "proc.aname = bash");
  CHECK(describe("evt.arg[0]=3") == "evt.arg[0] = 3");
  CHECK(describe("evt.arg.fd=3") == "evt.arg.fd = 3");
  CHECK(describe("thread.cgroup.cpuacct exists") == "thread.cgroup.cpuacct exists");
  CHECK(describe("evt.type.is.open=1") == "evt.type.is.open = 1");
  CHECK(describe("proc.pid in (1,2)") == "proc.pid in (1, 2)");
  CHECK(describe("proc.pid intersects (1,2)") == "proc.pid intersects (1, 2)");
  CHECK(describe("fd.name pmatch (/etc, /usr/lib)") == "fd.name pmatch (/etc, /usr/lib)");
}

TEST_CASE("parse: describe() is a fixed point") {
  const char* texts[] = {
      "proc.name=cat and (proc.pid=1 or not proc.pid in (2,3))",
      "not (proc.name='a b' or fd.name glob \"/etc/*\")",
      "proc.name=\"q\\x27\\\"\\\\\\x7f\" and evt.buffer contains \"\\x00\\xff\"",
      "fd.net=10.0.0.0/8 or fd.ip=::1 or fd.port in (80, http)",
      "((proc.pid=1 and proc.pid=2) or (proc.pid=3 and not (proc.pid=4 or proc.pid=5)))",
  };
  for (const char* t : texts) {
    CAPTURE(t);
    std::string d = describe(t);
    CHECK(describe(d) == d);
  }
}
