#!/bin/sh
# Writes agendum.jsa beside this script: the class-data-sharing archive that both launchers map at start
# (-XX:SharedArchiveFile: lib/app/Agendum.cfg, and bin/agendum, the command line's script), made from agendum.classlist,
# the classes that a window start and a command-line export loaded when the package was built.
# A JDK 17 archive records the jars' absolute paths and refuses to work anywhere else, so it is made where the app
# is: by the .deb's postinst in /opt/agendum, by the build in target/dist/Agendum. Run it again after moving the
# folder. Without the archive the app runs as well, only starts slower. packaging/README.md, "Class-data sharing".
set -eu
app=$(cd "$(dirname "$0")" && pwd -P)
[ -f "$app/agendum.classlist" ] || { echo "cds-dump: $app/agendum.classlist is missing" >&2; exit 1; }
rm -f "$app/agendum.jsa.tmp"
# The main launcher dumps, so the archive records the class path the launchers use. _JAVA_OPTIONS is read after
# the launcher's own options, so its SharedArchiveFile wins over the cfg's: the archive is written under another
# name, then renamed, because JDK 17 crashes on an archive cut short instead of refusing it.
if out=$(_JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/agendum.classlist -XX:SharedArchiveFile=$app/agendum.jsa.tmp" \
    "$app/../../bin/Agendum" 2>&1) && [ -s "$app/agendum.jsa.tmp" ]; then
  mv -f "$app/agendum.jsa.tmp" "$app/agendum.jsa"
else
  rm -f "$app/agendum.jsa.tmp"
  printf '%s\ncds-dump: no archive written\n' "$out" >&2
  exit 1
fi
