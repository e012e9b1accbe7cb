#!/usr/bin/env bash
# Class-data sharing for the Linux package (packaging/README.md, "Class-data sharing"), two build steps of the
# profile package-linux (pom.xml):
#
#   cds-archive.sh train IMAGE SAMPLE   after the app-image, before the .deb: runs the image's launchers as a user
#       would (the window opening the built-in sample; "agendum validate" and "agendum export" of SAMPLE) with
#       -XX:DumpLoadedClassList, and puts into IMAGE/lib/app the lists of the classes they loaded (agendum.classlist:
#       all three runs, for the main launcher, which also runs commands; agendum-cli.classlist: the two commands,
#       for bin/agendum) and cds-dump.sh, which turns the lists into the archives; then names the main launcher's
#       archive in its cfg (bin/agendum, the command line's script, names its own).
#   cds-archive.sh dump IMAGE           after the .deb: makes the archives of IMAGE itself (IMAGE/lib/app/agendum.jsa,
#       agendum-cli.jsa) with cds-dump.sh and checks that each launcher maps its own.
#
# Why a class list and not the archive: a JDK 17 archive records the jars' absolute paths, so one made in
# target/dist is refused once installed in /opt/agendum; the .deb carries the list and its postinst makes the
# archive (as Debian's own JDK packages make theirs). Why a static archive (-Xshare:dump) and not a dynamic one
# (-XX:ArchiveClassesAtExit): it needs no base archive in the runtime, it can hold the classes of both launchers,
# and it takes picocli, whose Java 5 class files JDK 17 leaves out of dynamic archives. Why a second archive for the
# command line: the JVM relocates an archive at every start, in proportion to its size; the window's classes made
# the one archive 50 MB, and a command 20 ms slower than with its own 28 MB.
#
# A training that fails leaves the image as jpackage made it (no list, no option) and says so; the build goes on.
set -euo pipefail
mode=${1:?train or dump}
image=${2:?the app-image folder}
app=$image/lib/app
say() { echo "cds-archive: $*"; }

case $mode in
train)
  sample=${3:?a meeting file to export}
  tmp=$(mktemp -d)
  pids=()
  cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
  trap cleanup EXIT
  give_up() { say "$*; the package gets no class-data-sharing archive"; exit 0; }

  # Trainings write their files (JavaFX's native-library cache, recent files, autosave) under $tmp, not $HOME.
  export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
  mkdir "$tmp/lists"
  # JVM options reach the launchers through JAVA_TOOL_OPTIONS (their arguments go to the app; JDK 17's jpackage
  # launcher ignores JDK_JAVA_OPTIONS); NAME.classlist gets the classes that run loads.
  jvm() { echo "-XX:DumpLoadedClassList=$tmp/lists/$1.classlist -Duser.home=$tmp/home"; }

  JAVA_TOOL_OPTIONS=$(jvm validate) "$image/bin/agendum" validate "$sample" >"$tmp/validate.log" 2>&1 \
    || { cat "$tmp/validate.log" >&2; give_up "agendum validate failed"; }
  JAVA_TOOL_OPTIONS=$(jvm export) "$image/bin/agendum" export "$sample" -o "$tmp/sample.docx" >"$tmp/export.log" 2>&1 \
    || { cat "$tmp/export.log" >&2; give_up "agendum export failed"; }

  # The window: on $DISPLAY, else on a virtual display (Xvfb, which .ci/setup installs), else not at all.
  if [[ -z ${DISPLAY:-} ]] && command -v Xvfb >/dev/null; then
    Xvfb -displayfd 5 -screen 0 1600x1000x24 -nolisten tcp 5>"$tmp/display" 2>/dev/null &
    pids+=($!)
    for _ in $(seq 100); do [[ -s $tmp/display ]] && break; sleep 0.1; done
    [[ -s $tmp/display ]] && export DISPLAY=:$(cat "$tmp/display")
  fi
  window=no
  if [[ -n ${DISPLAY:-} ]]; then
    # Agendum alone opens the window with the built-in sample. It writes $tmp/probe once its first frame is laid
    # out (StartupProbe); five seconds more let the Word export's warm-up, which starts after the first frame, load
    # its classes. SIGTERM then ends it; the list is complete, the JVM writes it as the classes load.
    JAVA_TOOL_OPTIONS="$(jvm window) -Dagendum.startupProbe=$tmp/probe" "$image/bin/Agendum" >"$tmp/window.log" 2>&1 &
    app_pid=$!
    pids+=($app_pid)
    for _ in $(seq 1200); do   # up to 2 minutes on a busy machine
      [[ -s $tmp/probe ]] && break
      kill -0 "$app_pid" 2>/dev/null || break
      sleep 0.1
    done
    if [[ -s $tmp/probe ]]; then
      sleep 5
      kill -TERM "$app_pid" 2>/dev/null || true
      wait "$app_pid" 2>/dev/null || true
      window=yes
    else
      kill "$app_pid" 2>/dev/null || true
      wait "$app_pid" 2>/dev/null || true
      cat "$tmp/window.log" >&2 || true
      say "the window did not open (log above): training on the command line only, the window will start slower"
      rm -f "$tmp/lists/window.classlist"
    fi
  else
    say "no display (DISPLAY unset, no Xvfb): training on the command line only, the window will start slower"
  fi

  {
    echo "# Agendum: the classes loaded by a window start and by agendum validate/export, for cds-dump.sh"
    cat "$tmp"/lists/*.classlist | grep -v '^#' | awk '!seen[$0]++'
  } >"$tmp/agendum.classlist"
  {
    echo "# Agendum: the classes loaded by agendum validate and agendum export, for cds-dump.sh"
    cat "$tmp"/lists/validate.classlist "$tmp"/lists/export.classlist | grep -v '^#' | awk '!seen[$0]++'
  } >"$tmp/agendum-cli.classlist"
  (($(wc -l <"$tmp/agendum.classlist") > 1000)) || give_up "the class list is too short"

  # Into the image: the list, the script that makes the archive from it, and in the main launcher's cfg, after its
  # last JVM option, the archive's name and -Xlog:cds*=off, so that an archive the JVM refuses (the folder moved,
  # a jar changed) never prints anything: JDK 17 refuses a static archive silently, but warns about some failures.
  # (bin/agendum, the command line's script, names it already: packaging/linux/agendum.sh.)
  cp "$tmp/agendum.classlist" "$tmp/agendum-cli.classlist" "$app/"
  install -m 755 "$(dirname "$0")/cds-dump.sh" "$app/cds-dump.sh"
  cfg=$app/Agendum.cfg
  awk -v last="$(grep -n '^java-options=' "$cfg" | tail -1 | cut -d: -f1)" '
    { print }
    NR == last { print "java-options=-XX:SharedArchiveFile=$APPDIR/agendum.jsa"; print "java-options=-Xlog:cds*=off" }
  ' "$cfg" >"$tmp/cfg"
  cat "$tmp/cfg" >"$cfg"
  say "class lists of $(($(wc -l <"$app/agendum.classlist") - 1)) entries (window trained: $window) and of" \
    "$(($(wc -l <"$app/agendum-cli.classlist") - 1)) (the command line) in $app"
  ;;

dump)
  if [[ ! -f $app/cds-dump.sh ]]; then
    say "no class list in $image (the training failed): no archive"
    exit 0
  fi
  start=$SECONDS
  sh "$app/cds-dump.sh" || { say "cds-dump.sh failed: no archive"; exit 0; }
  # -Xshare:on stops the JVM if it cannot map the archive
  for launcher in Agendum:agendum.jsa agendum:agendum-cli.jsa; do
    if ! JAVA_TOOL_OPTIONS=-Xshare:on "$image/bin/${launcher%%:*}" --version >/dev/null 2>&1; then
      rm -f "$app/${launcher#*:}"
      say "bin/${launcher%%:*} cannot use its archive: ${launcher#*:} removed"
      exit 0
    fi
  done
  say "$app/agendum.jsa ($(du -m "$app/agendum.jsa" | cut -f1) MB, mapped by bin/Agendum) and agendum-cli.jsa" \
    "($(du -m "$app/agendum-cli.jsa" | cut -f1) MB, mapped by bin/agendum) in $((SECONDS - start)) s"
  ;;

*)
  echo "usage: cds-archive.sh train IMAGE SAMPLE | dump IMAGE" >&2
  exit 2
  ;;
esac
