#!/bin/sh
# Agendum's command line, /opt/agendum/bin/agendum (packaging/README.md, "The command-line launcher"):
# "agendum export FILE -o OUT.docx", "agendum validate FILE", "agendum --version"; "agendum" alone or with one
# meeting file opens the window, as bin/Agendum does.
# It starts the package's Java runtime itself: jpackage's own launcher asks rpm and dpkg which package it belongs
# to at every start, 0.4 s of each command here. The build writes it from packaging/linux/agendum.sh
# (cli-launcher.sh): the class path and the exports and opens are the main launcher's (lib/app/Agendum.cfg), in
# the same order.
#   -XX:TieredStopAtLevel=1  C1 only: C2 compiling beside a run of one or two seconds costs more than it gains
#   -XX:+UseSerialGC -Xms64m the serial collector; a heap starting at 64 MB measured fastest for an export
#   -XX:-UsePerfData         no hsperfdata file in /tmp at each start
#   -XX:SharedArchiveFile    the command line's own archive, which the .deb's postinst makes (lib/app/cds-dump.sh);
#   -Xlog:cds*=off           without it, or if the JVM refuses it, Agendum runs as well, only slower, and says nothing
# A link to this file elsewhere (~/.local/bin/agendum) works: the folders are found from the file itself.
self=$(readlink -f -- "$0") || exit 126
root=${self%/*/*}
app=$root/lib/app
exec "$root/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -XX:-UsePerfData \
  @ACCESS@ \
  -XX:SharedArchiveFile="$app/agendum-cli.jsa" -Xlog:cds*=off \
  -cp "@CLASSPATH@" @MAINCLASS@ "$@"
