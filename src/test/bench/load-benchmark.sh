#!/usr/bin/env bash
# Load benchmark: Trapscope against `grep -c`, `zcat` and lnav (when installed) on the same files,
# in one run. Usage: src/test/bench/load-benchmark.sh FILE...   (e.g. the 1 GB genlogs corpus:
#   python3 ../shared/tools/genlogs.py /tmp/corpus --spamd-mb 1000 --plain --seed 7
#   src/test/bench/load-benchmark.sh /tmp/corpus/spamd
# or the rotated gzip set of the same corpus without --plain: spamd.1.gz spamd.0.gz spamd)
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ $# -gt 0 ] || { echo "usage: $0 FILE..." >&2; exit 2; }

./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile
cp=target/classes:target/test-classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)

cat "$@" > /dev/null   # same page cache state for every tool
echo "== grep -c (count lines matching 'spamd', decompressing with zgrep where needed)"
/usr/bin/time -f "   %e s wall, %M KB resident" zgrep -c spamd "$@" | tail -n 3
echo "== zcat (decompression alone; plain files are copied)"
/usr/bin/time -f "   %e s wall" sh -c 'zcat -f "$@" > /dev/null' sh "$@"
if command -v lnav >/dev/null; then
    echo "== lnav -n (load and index)"
    /usr/bin/time -f "   %e s wall, %M KB resident" lnav -n -c ':echo loaded' "$@" > /dev/null
fi
echo "== Trapscope load (best of 3 after a warm-up)"
/usr/bin/time -f "   whole JVM: %e s wall, %M KB resident" java -Xmx6g -Xms6g -cp "$cp" org.trapscope.bench.LoadBenchmark 3 "$@"
