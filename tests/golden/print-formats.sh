# Shared by regen-print-golden and tests/print_golden_test.sh.
# shellcheck shell=sh
PRINT_CAPTURES="falco_cat_write falco_connect_localhost falco_empty falco_open-multiple-files
  falco_ping_sendto falco_syscall falco_write_tmp_test libs_single_ipv6_conn
  libs_test_ipv6_client leaky-logtxt-sysdig029 net_poll containers"
# Captures looked for in testdata/ (the committed fixtures) when the shared
# captures directory does not have them.
FIXTURE_DIR_REL=../../testdata
# A second -p format: the fields whose values need particular events
# (poll fd lists, containers).
FIELDS2_FMT='*%evt.num %evt.type %fdlist.nums|%fdlist.names|%fdlist.cips|%fdlist.sips|%fdlist.cports|%fdlist.sports %fd.l4proto %fd.cip.name %fd.sip.name %fd.lip.name %fd.rip.name %evt.around[1795699396000010000] %container.image.id %container.image.repository %container.image.tag %container.image.digest %container.privileged [%container.mounts] %container.mount[0]|%container.mount[/home/*]|%container.mount.source[/usr/share/*]|%container.mount.dest[1]|%container.mount.mode[1]|%container.mount.rdwr[0]|%container.mount.propagation[0]|%container.mount[7]'

FIELDS_FMT='*%evt.num %evt.time %evt.cpu %proc.name %thread.tid %proc.pid %proc.ppid %evt.dir %evt.type %fd.num %fd.type %fd.name %evt.res %evt.failed %evt.latency %user.name %proc.exeline %container.id'
# Captures without a JSON golden: they hold event types >= 336, so sysdig's
# evt.num differs from trowel's inside the JSON objects.
JSON_SKIP="leaky-logtxt-sysdig029"
# Captures without a FIELDS2_FMT golden: in leaky-logtxt-sysdig029 every
# fd-based column of it is sysdig's stale fd table (known-differences.txt).
FIELDS2_SKIP="leaky-logtxt-sysdig029"
