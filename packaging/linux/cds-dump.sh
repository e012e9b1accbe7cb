#!/bin/sh
# Writes the class-data-sharing archives beside this script, which the launchers map at start: agendum.jsa, made
# from agendum.classlist (the classes a window start and the commands loaded when the package was built), for
# bin/Agendum (-XX:SharedArchiveFile in lib/app/Agendum.cfg), and agendum-cli.jsa, from agendum-cli.classlist (the
# commands' classes alone: a smaller archive starts a command sooner), for bin/agendum, the command line's script.
# A JDK 17 archive records the jars' absolute paths and refuses to work anywhere else, so they are made where the
# app is: by the .deb's postinst in /opt/agendum, by the build in target/dist/Agendum. Run it again after moving the
# folder. Without them the app runs as well, only starts slower. packaging/README.md, "Class-data sharing".
set -eu
app=$(cd "$(dirname "$0")" && pwd -P)
# dump LAUNCHER NAME: NAME.jsa from NAME.classlist, through the launcher that maps it, so that the archive records
# the class path that launcher uses. _JAVA_OPTIONS is read after the launcher's own options, so its
# SharedArchiveFile wins over theirs: the archive is written under another name, then renamed, because JDK 17
# crashes on an archive cut short instead of refusing it.
dump() {
  [ -f "$app/$2.classlist" ] || { echo "cds-dump: $app/$2.classlist is missing" >&2; return 1; }
  rm -f "$app/$2.jsa.tmp"
  if out=$(_JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/$2.classlist -XX:SharedArchiveFile=$app/$2.jsa.tmp" \
      "$app/../../bin/$1" 2>&1) && [ -s "$app/$2.jsa.tmp" ]; then
    mv -f "$app/$2.jsa.tmp" "$app/$2.jsa"
  else
    rm -f "$app/$2.jsa.tmp"
    printf '%s\ncds-dump: no %s.jsa written\n' "$out" "$2" >&2
    return 1
  fi
}
status=0
dump Agendum agendum || status=1
dump agendum agendum-cli || status=1
exit $status
