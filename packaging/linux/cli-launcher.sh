#!/usr/bin/env bash
# cli-launcher.sh IMAGE TEMPLATE: writes IMAGE/bin/agendum, the command-line launcher of the Linux package, from
# TEMPLATE (packaging/linux/agendum.sh). A build step of the profile package-linux (pom.xml), after jpackage has made
# the app-image: the class path, the main class and the exports and opens (the one list, agendum.jvm.access in
# pom.xml) are read from the main launcher's lib/app/Agendum.cfg, so the two launchers cannot drift apart.
set -euo pipefail
image=${1:?the app-image folder}
template=${2:?packaging/linux/agendum.sh}
cfg=$image/lib/app/Agendum.cfg
fail() { echo "cli-launcher: $*" >&2; exit 1; }
[[ -f $cfg ]] || fail "no $cfg"
[[ -x $image/lib/runtime/bin/java ]] || fail "$image/lib/runtime has no bin/java (jlink --strip-native-commands?)"
# $APPDIR/x.jar in the cfg is "$app/x.jar" in the script, which sets app to the same folder
classpath=$(sed -n 's/^app\.classpath=\$APPDIR\//$app\//p' "$cfg" | paste -sd: -)
mainclass=$(sed -n 's/^app\.mainclass=//p' "$cfg")
access=$(sed -n 's/^java-options=\(--add-\(exports\|opens\)=.*\)$/\1/p' "$cfg" | paste -sd' ' -)
[[ -n $classpath ]] || fail "no app.classpath in $cfg"
[[ $mainclass =~ ^[A-Za-z0-9_.]+$ ]] || fail "no app.mainclass in $cfg"
[[ $classpath != *'|'* && $access != *'|'* ]] || fail "a '|' in the class path or the options"
sed -e "s|@CLASSPATH@|$classpath|" -e "s|@MAINCLASS@|$mainclass|" -e "s|@ACCESS@|$access|" "$template" \
  >"$image/bin/agendum.tmp"
! grep -q '@[A-Z]*@' "$image/bin/agendum.tmp" || fail "a placeholder left in $image/bin/agendum"
chmod 755 "$image/bin/agendum.tmp"
mv -f "$image/bin/agendum.tmp" "$image/bin/agendum"
echo "cli-launcher: $image/bin/agendum starts lib/runtime/bin/java with $(tr ':' '\n' <<<"$classpath" | wc -l) jars"
