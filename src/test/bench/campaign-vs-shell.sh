#!/usr/bin/env bash
# Workflow W1 end to end on one spamd log: `trapscope campaign` against the articles' shell
# loop (find the senders, then one grep over the whole log per sender). Uses hyperfine when it
# is installed, otherwise /usr/bin/time (or bash's time) once per contestant.
#
#   src/test/bench/campaign-vs-shell.sh LOG [PHRASE]
#
# Needs target/trapscope.jar (./mvnw -q package -DskipTests). Make a corpus with
#   python3 ../shared/tools/genlogs.py /tmp/corpus --spamd-mb 1000 --plain --seed 7
set -euo pipefail
log=${1:?usage: $0 LOG [PHRASE]}
phrase=${2:-really big trouble}
here=$(cd "$(dirname "$0")/../../.." && pwd)
jar="$here/target/trapscope.jar"
[ -f "$jar" ] || { echo "build $jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The analyst's way (see the articles): senders, then all activity of each sender.
cat > "$work/shell.sh" <<SHELL
#!/usr/bin/env bash
set -e
hosts=\$(grep "$phrase" "$log" | awk '{print \$6}' | tr -d ':' | sort -u)
: > "$work/shell-extract.txt"
for h in \$hosts; do grep "\$h" "$log" >> "$work/shell-extract.txt" || true; done
SHELL
chmod +x "$work/shell.sh"

trapscope="java -Xmx${TRAPSCOPE_HEAP:-6g} -jar $jar campaign --zone UTC --phrase '$phrase' --out $work/out $log"

if command -v hyperfine >/dev/null; then
    hyperfine --runs "${RUNS:-3}" --export-markdown "$work/result.md" \
        -n shell-loop "$work/shell.sh" -n trapscope "$trapscope"
    cat "$work/result.md"
else
    timer() {
        if [ -x /usr/bin/time ]; then /usr/bin/time -f "%e s elapsed, %M KB max RSS" "$@"
        else time "$@"; fi
    }
    echo "== shell loop"; timer "$work/shell.sh"
    echo "== trapscope campaign"; timer bash -c "$trapscope > /dev/null"
fi
echo "shell extract lines: $(wc -l < "$work/shell-extract.txt"); trapscope extract lines: $(wc -l < "$work/out/extract.log")"
