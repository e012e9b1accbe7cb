#!/usr/bin/env bash
# The benchmark of issue 7 (docs/benchmark.md): Agendum on the built-in sample and on a General-Assembly-size
# meeting, against pandoc and a bare JavaFX window, in one run. From the clone:
#
#     bash src/bench/run.sh
#
# Installs what is missing (GTK through .ci/setup app; pandoc, hyperfine, Xvfb from Debian), builds with the
# "benchmark" profile and the native package (the app-image target/dist/Agendum, whose two launchers and
# class-data-sharing archive are "as shipped" below), then measures, printing as it goes, and closes with the table
# of every figure, ratio and target, also written to target/bench/figures.md. About 17 minutes on two busy cores.
#   RUNS=n        whole-process runs per command (default 5; the median is reported)
#   LAUNCHES=n    launches per window variant (default 5)
#   COMMANDS=n    random commands per round of the window benchmark (default 2000)
#   JMH_OPTIONS   more options for JMH, e.g. "-wi 1 -i 1 -r 200ms" for a quick trial of the script
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/bench
runs=${RUNS:-5}
launches=${LAUNCHES:-5}
commands=${COMMANDS:-2000}
# The packaged launchers, as shipped (docs/packaging.md): the window's, whose memory options the in-process
# figures below use too (read from the image after the build, below), and the command line's (a script that starts
# the runtime's java with C1 only and its own heap; packaging/linux/agendum.sh). Each maps its class-data-sharing
# archive in the app-image, made by the build.
image=target/dist/Agendum
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT
say() { printf '\n=== %s\n' "$*"; }

say "what the benchmark needs"
bash .ci/setup app
need=()
command -v pandoc >/dev/null || need+=(pandoc)
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v Xvfb >/dev/null || need+=(xvfb)
if ((${#need[@]})); then
  echo "installing ${need[*]}"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

say "build (mvn -Pbenchmark,package package, tests skipped: mvn verify runs them; the .deb gzipped, not measured)"
export DPKG_DEB_COMPRESSOR_TYPE=gzip
mvn -B -q -o -Pbenchmark,package -DskipTests package 2>/dev/null || mvn -B -q -Pbenchmark,package -DskipTests package
for archive in agendum.jsa agendum-cli.jsa; do
  [[ -s $image/lib/app/$archive ]] || { echo "no $archive in $image (see the build's cds-archive lines)" >&2; exit 1; }
done
# The window launcher's JVM options as the build wrote them into the image (their source: pom.xml, the jpackage
# javaOptions), for the runs below that start the app's classes in a JVM of their own. Left out: the app version,
# the class-data-sharing archive's options, and the exports and opens of the one list (agendum.jvm.access in
# pom.xml), which those runs do not need: they load JavaFX from the class path, not as modules.
mapfile -t window_options < <(sed -n 's/^java-options=//p' "$image/lib/app/Agendum.cfg" \
  | grep -Ev '^(-Djpackage\.|-XX:SharedArchiveFile=|-Xlog:cds|--add-exports=|--add-opens=)')
((${#window_options[@]})) || { echo "no JVM options in $image/lib/app/Agendum.cfg" >&2; exit 1; }
echo "the window launcher's memory options: ${window_options[*]}"
rm -f "$out"/*.json "$out"/*.tsv "$out"/figures.md
cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
jar=target/agendum.jar
{
  printf 'cpu\t%s\n' "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  printf 'cores\t%s\n' "$(nproc)"
  printf 'memory\t%s GiB\n' "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)"
  printf 'java\t%s\n' "$(java -version 2>&1 | head -1)"
  printf 'pandoc\t%s\n' "$(pandoc --version | head -1)"
  printf 'load.before\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/machine.txt"
echo "$(uptime)"

say "the meetings: sample (built in) and large (170 items, 300 sub-items, 2,000 paragraphs, 180 entries)"
java -cp "$cp" org.agendum.bench.BenchmarkFiles "$out"

say "in one process, warm (JMH): open, save, validate, export; 10,000 random commands and their undos"
java -cp "$cp" org.openjdk.jmh.Main ${JMH_OPTIONS:-} -rf json -rff "$out/jmh.json" \
  -jvmArgsAppend "${window_options[*]} -Dagendum.bench.dir=$PWD/$out" \
  'org.agendum.bench.(MeetingBenchmark|CommandsBenchmark)' >"$out/jmh.log" 2>&1 \
  || { tail -40 "$out/jmh.log"; exit 1; }
sed -n '/^Benchmark /,$p' "$out/jmh.log"
# The same export with the JVM's default heap and collector (not shipped): what the window's small heap costs it;
# with JMH's GC profiler, which gives the bytes allocated per export (the same whatever the heap)
java -cp "$cp" org.openjdk.jmh.Main ${JMH_OPTIONS:-} -prof gc -rf json -rff "$out/jmh-defaults.json" \
  -jvmArgsAppend "-Dagendum.bench.dir=$PWD/$out" 'org.agendum.bench.MeetingBenchmark.exportDocx' \
  >"$out/jmh-defaults.log" 2>&1 || { tail -40 "$out/jmh-defaults.log"; exit 1; }
sed -n '/^Benchmark /,$p' "$out/jmh-defaults.log"

say "the meeting at every limit (docs/reliability.md): read, validated and exported with the heap at 256 MB to 1 GB"
rm -f "$out/limits.txt"
for heap in 256m 384m 512m 1g; do
  java -XX:+UseSerialGC -Xmx$heap -cp "$cp" org.agendum.bench.ExportAtTheLimits 2>/dev/null | tee -a "$out/limits.txt"
done

say "command-line export as a whole process (JVM start included) against pandoc, median of $runs runs"
# "nocds": the same launcher with class-data sharing off (-Xshare:off; the runtime has no archive of its own), which
# is how the package ran before it had an archive. JAVA_TOOL_OPTIONS reaches the JVM through either launcher.
export_args() { echo "export $out/$1.agendum -o $tmp/$1.docx"; }
for meeting in sample large; do
  hyperfine -N --style basic --warmup 1 --runs "$runs" --export-json "$out/cli-$meeting.json" \
    -n pandoc "pandoc $out/$meeting.md -o $tmp/$meeting-pandoc.docx" \
    -n jar "java -jar $jar $(export_args $meeting)" \
    -n Agendum-nocds "env JAVA_TOOL_OPTIONS=-Xshare:off $image/bin/Agendum $(export_args $meeting)" \
    -n Agendum "$image/bin/Agendum $(export_args $meeting)" \
    -n agendum-nocds "env JAVA_TOOL_OPTIONS=-Xshare:off $image/bin/agendum $(export_args $meeting)" \
    -n agendum "$image/bin/agendum $(export_args $meeting)"
done

say "a display: Xvfb with GTK, as on a desktop (not Monocle)"
Xvfb -displayfd 5 -screen 0 1600x1000x24 -nolisten tcp 5>"$tmp/display" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do [[ -s $tmp/display ]] && break; sleep 0.1; done
[[ -s $tmp/display ]] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(cat "$tmp/display")

# first_window NAME RSS JVM-OPTIONS COMMAND...: runs the command (java or a packaged launcher) with JVM-OPTIONS and the
# startup probe in JAVA_TOOL_OPTIONS, and appends to launch.tsv the name, the milliseconds from just before the
# process started to the end of its first shown window's first pulse, and (when RSS is 1) its peak resident memory
# once the window is up and the memory has stopped growing for 2 s (the Word export's warm-up loads its classes after
# the window shows), else 0.
first_window() {
  local name=$1 rss=$2 options=$3 probe=$tmp/probe
  shift 3
  rm -f "$probe"
  local start=${EPOCHREALTIME/./}
  JAVA_TOOL_OPTIONS="$options -Dagendum.startupProbe=$probe" "$@" >"$tmp/$name.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1200); do [[ -s $probe ]] && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.02; done
  [[ -s $probe ]] || { cat "$tmp/$name.log" >&2; echo "$name: no first window" >&2; exit 1; }
  local shown
  shown=$(awk '{print $2}' "$probe")
  local hwm=0 last=-1 still=0
  if ((rss)); then
    for _ in $(seq 120); do
      hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
      if [[ $hwm == "$last" ]]; then ((++still >= 8)) && break; else still=0; last=$hwm; fi
      sleep 0.25
    done
  fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  printf '%s\t%s\t%s\n' "$name" "$(( (shown / 1000 - start) / 1000 ))" "$hwm" >>"$out/launch.tsv"
}

say "launch to first window: Agendum (sample, large) against a bare JavaFX window, $launches launches each"
for i in $(seq "$launches"); do
  measure_rss=$((i <= 3))   # the peak memory of three launches: waiting for it to settle takes seconds each
  first_window bare "$measure_rss" "" java -cp "target/test-classes:$jar" org.agendum.bench.BareWindow
  first_window Agendum-sample 0 "" "$image/bin/Agendum" "$out/sample.agendum"
  first_window jar-large "$measure_rss" "" java -jar "$jar" "$out/large.agendum"
  first_window Agendum-nocds-large "$measure_rss" -Xshare:off "$image/bin/Agendum" "$out/large.agendum"
  first_window Agendum-large "$measure_rss" "" "$image/bin/Agendum" "$out/large.agendum"
  first_window Agendum-c1-large 0 -XX:TieredStopAtLevel=1 "$image/bin/Agendum" "$out/large.agendum"
  echo "launch round $i of $launches: $(tail -6 "$out/launch.tsv" | awk '{printf "%s %s ms  ", $1, $2}')"
done

say "one command + view update in the window, $commands random commands and their undos per round"
for meeting in sample large; do
  java "${window_options[@]}" -cp "$cp" org.agendum.ui.window.WindowCommandBenchmark "$out/$meeting.agendum" "$out/window-$meeting.tsv" \
    "$([[ $meeting == large ]] && echo "$commands" || echo 500)" 2> >(grep -v 'WARNING\|PlatformImpl' >&2)
done

printf 'load.after\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
say "figures (also in $out/figures.md)"
echo "$(uptime)"
java -cp "$cp" org.agendum.bench.BenchReport "$out"
